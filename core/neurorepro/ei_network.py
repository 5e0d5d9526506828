"""A network of excitatory and inhibitory spiking neurons with exponential synapses: the recipe
of the Brette et al. (2007) benchmarks (COBA, CUBA, COBA-HH) and of the balanced networks.

N = N_E + N_I neurons of one model (excitatory first), each with an excitatory and an
inhibitory synaptic variable x_e, x_i that decay exponentially and jump by the weights of
arriving spikes:

    conductance synapses:  I_syn = x_e (E_e − v) + x_i (E_i − v)    (x in nS)
    current synapses:      I_syn = x_e + x_i                        (x in pA)
    dx_e/dt = −x_e / τ_e,  dx_i/dt = −x_i / τ_i

The neuron's vector field is evaluated with I = params.neuron.I + I_syn (an external current
plus the synaptic one), so the synaptic current enters the integration as a function of v:
exponential Euler is exact for the LIF membrane at frozen conductances. The synaptic variables
decay exactly; a spike emitted in a step arrives in the next (one step of transmission delay).
Propagation is event-driven over ``nr.combine(E → all, I → all)``: one pass over the spiking
neurons gives the input to both synaptic variables.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from types import ModuleType
from typing import Any, NamedTuple

import jax

from . import _validate, synapses
from .connectivity import Connectivity, combine, fixed_indegree, fixed_probability
from .integrators import get_method
from .propagation import propagate
from .stepping import Spiking

PyTree = Any


class State(NamedTuple):
    neuron: Spiking   # the neurons' variables (neuron.y) and spikes of the last step (neuron.spike)
    x_e: jax.Array    # excitatory synaptic variable of each neuron [nS or pA]
    x_i: jax.Array    # inhibitory synaptic variable of each neuron [nS or pA]


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    neuron: PyTree              # the neuron model's Params (its I: external current [pA])
    synapses: Connectivity      # combine(N_E -> N with weight w_e, N_I -> N with weight w_i)
    tau_e: float = 5.0          # excitatory synaptic decay time [ms]
    tau_i: float = 10.0         # inhibitory synaptic decay time [ms]
    E_e: float = 0.0            # excitatory reversal potential [mV] (conductance synapses)
    E_i: float = -80.0          # inhibitory reversal potential [mV] (conductance synapses)


SYNAPSES = ("conductance", "current")


@functools.cache
def make_step(neuron: ModuleType, synapse: str = "conductance", spikes_per_pass: int = 32,
              method: str | None = None):
    """The runner step of the network for a neuron model (a module such as ``models.lif`` or
    ``models.hh_traub``, or any hashable object with ``vector_field`` and ``event``; its Params
    need a field ``I``), synapses "conductance" or "current",
    visiting spiking neurons ``spikes_per_pass`` at a time (exact for any count), integrating
    the neurons with ``method`` (default: exponential Euler)."""
    spikes_per_pass = _validate.count("spikes_per_pass", spikes_per_pass)

    update = neuron_update(neuron, synapse, method)

    def step(state: State, params: Params, clock) -> State:
        spiking = update(state, params, clock)
        arriving_e, arriving_i = propagate(params.synapses, spiking.spike, spikes_per_pass).reshape(2, -1)
        return State(
            neuron=spiking,
            x_e=synapses.exponential(state.x_e, params.tau_e, clock.dt, arriving_e),
            x_i=synapses.exponential(state.x_i, params.tau_i, clock.dt, arriving_i),
        )

    return step


@functools.cache
def neuron_update(neuron: ModuleType, synapse: str = "conductance", method: str | None = None):
    """``update(state, params, clock) -> Spiking``: the neurons' step under the synaptic
    current of the frozen synaptic variables (the first half of :func:`make_step`'s step)."""
    _validate.one_of("synapse", synapse, SYNAPSES)
    integrate = get_method(method or "exponential_euler")

    def neuron_field(t, y, args):
        params, x_e, x_i = args
        if synapse == "conductance":
            current = (synapses.conductance_current(x_e, params.E_e, y.v)
                       + synapses.conductance_current(x_i, params.E_i, y.v))
        else:
            current = x_e + x_i
        return neuron.vector_field(t, y, dataclasses.replace(params.neuron, I=params.neuron.I + current))

    def update(state: State, params: Params, clock) -> Spiking:
        y_start = state.neuron.y
        y = integrate(neuron_field, clock.t, y_start, clock.dt, (params, state.x_e, state.x_i))
        return Spiking(*neuron.event(y_start, y, params.neuron, clock))

    return update


def connect(key_e: jax.Array, key_i: jax.Array, n_e: int, n_i: int, w_e, w_i, *, p: float | None = None,
            k_e: int | None = None, k_i: int | None = None) -> Connectivity:
    """E → all and I → all as one connectivity: each pair connected with probability ``p``
    (autapses allowed), or each neuron receiving exactly ``k_e`` excitatory and ``k_i``
    inhibitory synapses (sources drawn with replacement); weights w_e and w_i."""
    n = n_e + n_i
    if (p is None) == (k_e is None or k_i is None):
        raise ValueError("give either p, or both k_e and k_i")
    if p is not None:
        return combine(fixed_probability(key_e, n_e, n, p, w_e), fixed_probability(key_i, n_i, n, p, w_i))
    return combine(fixed_indegree(key_e, n_e, n, k_e, w_e), fixed_indegree(key_i, n_i, n, k_i, w_i))
