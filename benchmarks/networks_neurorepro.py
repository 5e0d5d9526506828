"""The three benchmark networks written with neurorepro's public API.

Each network is a state pytree, a parameter pytree and a step function, run by
``neurorepro.run`` exactly as a notebook would run it (papers/ei_nets/brette_2007_coba.py is the
COBA network at 4000 neurons). Spike propagation is event-driven (``neurorepro.propagate``
over the excitatory and inhibitory projections combined by ``neurorepro.combine``) in passes
of ``common.max_events`` spiking neurons. Step functions are made once per
(network, event-buffer size) so that repeated runs reuse their compiled form.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import NamedTuple

import jax
import jax.numpy as jnp

import neurorepro as nr
from neurorepro import synapses
from neurorepro.models import hh_traub, lif

import common


class LifNetworkState(NamedTuple):
    neuron: lif.State
    x_e: jax.Array   # excitatory synaptic variable: conductance [nS] (COBA) or current [pA] (CUBA)
    x_i: jax.Array   # inhibitory synaptic variable


class HHNetworkState(NamedTuple):
    neuron: hh_traub.State
    x_e: jax.Array   # excitatory conductance [nS]
    x_i: jax.Array   # inhibitory conductance [nS]


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class NetworkParams:
    neuron: lif.Params | hh_traub.Params
    E_e: float          # reversal potentials [mV] (unused by CUBA)
    E_i: float
    tau_e: float        # synaptic decay times [ms]
    tau_i: float
    synapses: nr.Connectivity   # nr.combine(N_E -> N with weight w_e, N_I -> N with weight w_i)


def _arriving(spike, params, events, propagation):
    """Summed weights arriving at (x_e, x_i) in this step: one pass over the spiking neurons."""
    if not propagation:
        zero = jnp.zeros(spike.shape, jnp.result_type(params.synapses.weights))
        return zero, zero
    return nr.propagate(params.synapses, spike, events).reshape(2, -1)


def _synapses(state, params, dt, arriving):
    return (synapses.exponential(state.x_e, params.tau_e, dt, arriving[0]),
            synapses.exponential(state.x_i, params.tau_i, dt, arriving[1]))


@functools.cache
def step_function(network: str, events: int | None, propagation: bool = True):
    """The step function of ``network``; one object per argument tuple (compiled once)."""

    def conductance_current(state, params):
        def current(v):  # a function of v: exponential Euler then treats it exactly in v
            return (synapses.conductance_current(state.x_e, params.E_e, v)
                    + synapses.conductance_current(state.x_i, params.E_i, v))
        return current

    def coba(state, params, clock):
        neuron = lif.step(state.neuron, params.neuron, clock.dt, conductance_current(state, params))
        arriving = _arriving(neuron.spike, params, events, propagation)
        return LifNetworkState(neuron, *_synapses(state, params, clock.dt, arriving))

    def cuba(state, params, clock):
        neuron = lif.step(state.neuron, params.neuron, clock.dt, state.x_e + state.x_i)
        arriving = _arriving(neuron.spike, params, events, propagation)
        return LifNetworkState(neuron, *_synapses(state, params, clock.dt, arriving))

    def cobahh(state, params, clock):
        neuron = hh_traub.step(state.neuron, params.neuron, clock.dt,
                               conductance_current(state, params))
        arriving = _arriving(neuron.spike, params, events, propagation)
        return HHNetworkState(neuron, *_synapses(state, params, clock.dt, arriving))

    return {"coba": coba, "cuba": cuba, "cobahh": cobahh}[network]


def _connect(key, n_pre, n, weight, rule, k_name):
    if rule["kind"] == "probability":
        return nr.fixed_probability(key, n_pre, n, rule["p"], weight)
    return nr.fixed_indegree(key, n_pre, n, rule[k_name], weight)


def build(network: str, n: int, seed: int = 0, propagation: bool = True, events: bool = True):
    """(step, initial state, params, run key) of ``network`` with ``n`` neurons.

    ``events=False`` propagates with one pass over all presynaptic rows every step.
    """
    p = common.PARAMS[network]
    n_exc, n_inh = common.populations(n)
    rule = common.connectivity_rule(n)
    k_exc, k_inh, k_v, k_ge, k_gi, k_run = jax.random.split(jax.random.key(seed), 6)
    excitatory = _connect(k_exc, n_exc, n, p["w_e"], rule, "k_exc")
    inhibitory = _connect(k_inh, n_inh, n, p["w_i"], rule, "k_inh")

    if network == "cobahh":
        neuron_params = hh_traub.Params(
            C_m=p["C_m"], g_L=p["g_L"], E_L=p["E_L"], g_Na=p["g_Na"], E_Na=p["E_Na"],
            g_K=p["g_K"], E_K=p["E_K"], V_T=p["V_T"], v_spike=p["V_spike"])
    else:
        neuron_params = lif.Params(C_m=p["C_m"], g_L=p["g_L"], E_L=p["E_L"],
                                   v_threshold=p["V_th"], v_reset=p["V_reset"],
                                   tau_ref=p["tau_ref"])
    params = NetworkParams(neuron=neuron_params, E_e=p.get("E_e", 0.0), E_i=p.get("E_i", 0.0),
                           tau_e=p["tau_e"], tau_i=p["tau_i"],
                           synapses=nr.combine(excitatory, inhibitory))

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
        return LifNetworkState(lif.init(v), jnp.zeros(n), jnp.zeros(n))
    v = p["v0_mean"] + p["v0_sd"] * jax.random.normal(k_v, (n,))
    g_e = p["ge0_mean"] + p["ge0_sd"] * jax.random.normal(k_ge, (n,))
    g_i = p["gi0_mean"] + p["gi0_sd"] * jax.random.normal(k_gi, (n,))
    if network == "coba":
        return LifNetworkState(lif.init(v), g_e, g_i)
    zero = jnp.zeros(n)  # gates start at 0, as in Brian's COBAHH example
    return HHNetworkState(hh_traub.State(v=v, m=zero, h=zero, n=zero, spike=jnp.zeros(n, bool)),
                          g_e, g_i)


def spike_monitor(n: int):
    """Spikes of neurons 0 .. min(n, 4000) - 1 (all neurons at 4000)."""
    n_rec, _ = common.recorded(n)
    return nr.SpikeMonitor("neuron.spike", indices=None if n_rec == n else range(n_rec))


def with_excitatory_weight(params: NetworkParams, w_e) -> NetworkParams:
    """The same network with excitatory weight ``w_e`` (a traced leaf: no recompilation)."""
    return replace(params, synapses=nr.connectivity.with_weights(
        params.synapses, _weights(params, jnp.asarray(w_e))))


def _weights(params: NetworkParams, w_e):
    """Per-presynaptic weights [n, 1] with the excitatory rows set to ``w_e``."""
    n_exc = common.populations(params.synapses.n_pre)[0]
    weights = params.synapses.weights
    return weights.at[:n_exc].set(jnp.asarray(w_e, weights.dtype))


def batched_excitatory_weights(params: NetworkParams, weights) -> tuple[NetworkParams, NetworkParams]:
    """(params, param_axes) for ``neurorepro.sweep``: the synaptic weights carry the batch (the
    excitatory weight varies along it); everything else, the synapses' targets included, is
    shared by the entries."""
    batched = replace(params, synapses=replace(
        params.synapses, weights=jax.vmap(lambda w: _weights(params, w))(jnp.asarray(weights))))
    axes = jax.tree.map(lambda _: None, params)
    axes = replace(axes, synapses=replace(axes.synapses, weights=0))
    return batched, axes
