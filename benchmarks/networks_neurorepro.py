"""The three benchmark networks written with neurorepro's public API.

Each network is the core's E/I recipe (``neurorepro.ei_network``: LIF or Traub–Miles HH neurons,
conductance or current synapses, event-driven propagation over the excitatory and inhibitory
projections combined by ``neurorepro.combine`` in passes of ``common.max_events`` spiking
neurons), run by ``neurorepro.run`` exactly as the notebooks run it (papers/ei_nets/brette_2007_coba.py
is the COBA network at 4000 neurons). The recipe caches its step functions, so repeated runs
reuse their compiled form.
"""

from __future__ import annotations

import functools
from dataclasses import replace

import jax
import jax.numpy as jnp

import neurorepro as nr
from neurorepro import ei_network, synapses
from neurorepro.models import hh_traub, lif

import common

NEURON = {"coba": lif, "cuba": lif, "cobahh": hh_traub}
SYNAPSE = {"coba": "conductance", "cuba": "current", "cobahh": "conductance"}


def step_function(network: str, events: int, propagation: bool = True):
    """The step function of ``network`` (one object per argument tuple: compiled once);
    ``propagation=False`` leaves out spike propagation (for the profile)."""
    if propagation:
        return ei_network.make_step(NEURON[network], SYNAPSE[network], events)
    return _silent_step(network)


@functools.cache
def _silent_step(network):
    update = ei_network.neuron_update(NEURON[network], SYNAPSE[network])

    def step(state, params, clock):
        return ei_network.State(neuron=update(state, params, clock),
                                x_e=synapses.exponential(state.x_e, params.tau_e, clock.dt),
                                x_i=synapses.exponential(state.x_i, params.tau_i, clock.dt))

    return step


def build(network: str, n: int, seed: int = 0, propagation: bool = True, events: bool = True):
    """(step, initial state, params, run key) of ``network`` with ``n`` neurons.

    ``events=False`` propagates with one pass over all presynaptic rows every step.
    """
    p = common.PARAMS[network]
    n_exc, n_inh = common.populations(n)
    rule = common.connectivity_rule(n)
    k_exc, k_inh, k_v, k_ge, k_gi, k_run = jax.random.split(jax.random.key(seed), 6)
    if rule["kind"] == "probability":
        connectivity = ei_network.connect(k_exc, k_inh, n_exc, n_inh, p["w_e"], p["w_i"], p=rule["p"])
    else:
        connectivity = ei_network.connect(k_exc, k_inh, n_exc, n_inh, p["w_e"], p["w_i"],
                                          k_e=rule["k_exc"], k_i=rule["k_inh"])
    if network == "cobahh":
        neuron_params = hh_traub.Params(
            C_m=p["C_m"], g_L=p["g_L"], E_L=p["E_L"], g_Na=p["g_Na"], E_Na=p["E_Na"],
            g_K=p["g_K"], E_K=p["E_K"], v_T=p["V_T"], v_spike=p["V_spike"])
    else:
        neuron_params = lif.Params(C_m=p["C_m"], g_L=p["g_L"], E_L=p["E_L"],
                                   v_threshold=p["V_th"], v_reset=p["V_reset"], tau_ref=p["tau_ref"])
    params = ei_network.Params(neuron=neuron_params, synapses=connectivity, tau_e=p["tau_e"],
                               tau_i=p["tau_i"], E_e=p.get("E_e", 0.0), E_i=p.get("E_i", 0.0))
    state = initial_state(network, n, k_v, k_ge, k_gi)
    step = step_function(network, common.max_events(network, n) if events else n, propagation)
    jax.block_until_ready((state, params))
    return step, state, params, k_run


@functools.partial(jax.jit, static_argnums=(0, 1))
def initial_state(network: str, n: int, k_v, k_ge, k_gi):
    """The random initial state (one compiled call rather than a dozen eager ones)."""
    p = common.PARAMS[network]
    if network == "cuba":
        v = jax.random.uniform(k_v, (n,), minval=p["V_reset"], maxval=p["V_th"])
        return ei_network.State(lif.init(v), jnp.zeros(n), jnp.zeros(n))
    v = p["v0_mean"] + p["v0_sd"] * jax.random.normal(k_v, (n,))
    g_e = p["ge0_mean"] + p["ge0_sd"] * jax.random.normal(k_ge, (n,))
    g_i = p["gi0_mean"] + p["gi0_sd"] * jax.random.normal(k_gi, (n,))
    if network == "coba":
        return ei_network.State(lif.init(v), g_e, g_i)
    zero = jnp.zeros(n)  # gates start at 0, as in Brian's COBAHH example
    neuron = nr.Spiking(hh_traub.State(v=v, m=zero, h=zero, n=zero), jnp.zeros(n, bool))
    return ei_network.State(neuron, g_e, g_i)


def spike_monitor(n: int):
    """Spikes of neurons 0 .. min(n, 4000) - 1 (all neurons at 4000)."""
    n_rec, _ = common.recorded(n)
    return nr.SpikeMonitor("neuron.spike", indices=None if n_rec == n else range(n_rec))


def with_excitatory_weight(params: ei_network.Params, w_e) -> ei_network.Params:
    """The same network with excitatory weight ``w_e`` (a traced leaf: no recompilation)."""
    return replace(params, synapses=nr.connectivity.with_weights(
        params.synapses, _weights(params, jnp.asarray(w_e))))


def _weights(params: ei_network.Params, w_e):
    """Per-presynaptic weights [n, 1] with the excitatory rows set to ``w_e``."""
    n_exc = common.populations(params.synapses.n_pre)[0]
    weights = params.synapses.weights
    return weights.at[:n_exc].set(jnp.asarray(w_e, weights.dtype))


def batched_excitatory_weights(params: ei_network.Params, weights):
    """(params, param_axes) for ``neurorepro.sweep``: the synaptic weights carry the batch (the
    excitatory weight varies along it); everything else, the synapses' targets included, is
    shared by the entries."""
    batched = replace(params, synapses=replace(
        params.synapses, weights=jax.vmap(lambda w: _weights(params, w))(jnp.asarray(weights))))
    axes = jax.tree.map(lambda _: None, params)
    axes = replace(axes, synapses=replace(axes.synapses, weights=0))
    return batched, axes
