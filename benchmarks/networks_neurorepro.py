"""The three benchmark networks written with neurorepro's public API.

Each network is a state pytree, a parameter pytree and a step function, run by
``neurorepro.run`` exactly as a notebook would run it (papers/ei_nets/brette_2007_coba.py is the
COBA network at 4000 neurons). Spike propagation is event-driven (``neurorepro.propagate``)
with an event buffer sized by ``common.max_events``. Step functions are made once per
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
    excitatory: nr.Connectivity   # N_E -> N, weight w_e
    inhibitory: nr.Connectivity   # N_I -> N, weight w_i


def _arriving(spike, params, events_exc, events_inh, propagation):
    n_exc = params.excitatory.n_pre
    if not propagation:
        zero = jnp.zeros(spike.shape, params.excitatory.weights.dtype)
        return zero, zero
    return (nr.propagate(params.excitatory, spike[:n_exc], events_exc),
            nr.propagate(params.inhibitory, spike[n_exc:], events_inh))


def _synapses(state, params, dt, arriving):
    return (synapses.exponential(state.x_e, params.tau_e, dt, arriving[0]),
            synapses.exponential(state.x_i, params.tau_i, dt, arriving[1]))


@functools.cache
def step_function(network: str, events_exc: int | None, events_inh: int | None,
                  propagation: bool = True):
    """The step function of ``network``; one object per argument tuple (compiled once)."""

    def conductance_current(state, params):
        def current(v):  # a function of v: exponential Euler then treats it exactly in v
            return (synapses.conductance_current(state.x_e, params.E_e, v)
                    + synapses.conductance_current(state.x_i, params.E_i, v))
        return current

    def coba(state, params, clock):
        neuron = lif.step(state.neuron, params.neuron, clock.dt, conductance_current(state, params))
        arriving = _arriving(neuron.spike, params, events_exc, events_inh, propagation)
        return LifNetworkState(neuron, *_synapses(state, params, clock.dt, arriving))

    def cuba(state, params, clock):
        neuron = lif.step(state.neuron, params.neuron, clock.dt, state.x_e + state.x_i)
        arriving = _arriving(neuron.spike, params, events_exc, events_inh, propagation)
        return LifNetworkState(neuron, *_synapses(state, params, clock.dt, arriving))

    def cobahh(state, params, clock):
        neuron = hh_traub.step(state.neuron, params.neuron, clock.dt,
                               conductance_current(state, params))
        arriving = _arriving(neuron.spike, params, events_exc, events_inh, propagation)
        return HHNetworkState(neuron, *_synapses(state, params, clock.dt, arriving))

    return {"coba": coba, "cuba": cuba, "cobahh": cobahh}[network]


def _connect(key, n_pre, n, weight, rule, k_name):
    if rule["kind"] == "probability":
        return nr.fixed_probability(key, n_pre, n, rule["p"], weight)
    return nr.fixed_indegree(key, n_pre, n, rule[k_name], weight)


def build(network: str, n: int, seed: int = 0, propagation: bool = True, events: bool = True):
    """(step, initial state, params, run key) of ``network`` with ``n`` neurons.

    ``events=False`` propagates with a full pass over all presynaptic rows every step.
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
                           excitatory=excitatory, inhibitory=inhibitory)

    if network == "cuba":
        v = jax.random.uniform(k_v, (n,), minval=p["V_reset"], maxval=p["V_th"])
        state = LifNetworkState(lif.init(v), jnp.zeros(n), jnp.zeros(n))
    else:
        v = p["v0_mean"] + p["v0_sd"] * jax.random.normal(k_v, (n,))
        g_e = p["ge0_mean"] + p["ge0_sd"] * jax.random.normal(k_ge, (n,))
        g_i = p["gi0_mean"] + p["gi0_sd"] * jax.random.normal(k_gi, (n,))
        if network == "coba":
            state = LifNetworkState(lif.init(v), g_e, g_i)
        else:  # gates start at 0, as in Brian's COBAHH example
            zero = jnp.zeros(n)
            state = HHNetworkState(hh_traub.State(v=v, m=zero, h=zero, n=zero,
                                                  spike=jnp.zeros(n, bool)), g_e, g_i)
    events_exc = common.max_events(n_exc) if events else None
    events_inh = common.max_events(n_inh) if events else None
    step = step_function(network, events_exc, events_inh, propagation)
    jax.block_until_ready((state, params))
    return step, state, params, k_run


def spike_monitor(n: int):
    """Spikes of neurons 0 .. min(n, 4000) - 1 (all neurons at 4000)."""
    n_rec, _ = common.recorded(n)
    return nr.SpikeMonitor("neuron.spike", indices=None if n_rec == n else range(n_rec))


def with_excitatory_weight(params: NetworkParams, w_e) -> NetworkParams:
    """The same network with excitatory weight ``w_e`` (a traced leaf: no recompilation)."""
    weight = jnp.asarray(w_e, params.excitatory.weights.dtype)
    return replace(params, excitatory=nr.connectivity.with_weights(params.excitatory, weight))


def batched_excitatory_weights(params: NetworkParams, weights) -> NetworkParams:
    """Parameters for ``neurorepro.sweep``: every leaf gets a leading batch axis (the sweep
    requires it), the excitatory weight varies along it."""
    weights = jnp.asarray(weights, params.excitatory.weights.dtype)
    size = weights.shape[0]
    batched = jax.tree.map(lambda x: jnp.broadcast_to(x, (size, *jnp.shape(x))), params)
    return replace(batched, excitatory=replace(batched.excitatory, weights=weights))
