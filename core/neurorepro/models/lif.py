"""Leaky integrate-and-fire neuron with an absolute refractory period.

    C_m dv/dt = g_L (E_L − v) + I        (pF, nS, mV, pA; t in ms)

When v reaches v_threshold a spike is emitted, v is set to v_reset and held there for tau_ref
ms. Used by the Brette et al. 2007 benchmarks (COBA, CUBA) and the balanced-network papers.
The model follows the package's convention (:mod:`neurorepro.stepping`): ``vector_field``,
``event`` (threshold, reset and the refractory clock) and ``step``, its exponential-Euler step
(exact for the membrane between spikes) with the input current ``I`` taken from the run's
input stream when it has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import jax
import jax.numpy as jnp

from .. import _validate
from ..stepping import Spiking, make_step


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    C_m: float = 200.0          # membrane capacitance [pF]
    g_L: float = 10.0           # leak conductance [nS]  (tau_m = C_m / g_L = 20 ms)
    E_L: float = -60.0          # leak reversal (resting) potential [mV]
    v_threshold: float = -50.0  # spike threshold [mV]
    v_reset: float = -60.0      # reset potential [mV]
    tau_ref: float = 5.0        # absolute refractory period [ms]
    I: float = 0.0              # input current [pA]


class State(NamedTuple):
    v: jax.Array            # membrane potential [mV]
    refractory: jax.Array   # refractory time left [ms]


def vector_field(t, y: State, params: Params) -> State:
    """dv/dt [mV/ms]; the refractory clock is advanced by :func:`event`, step by step."""
    dv = (params.g_L * (params.E_L - y.v) + params.I) / params.C_m
    return State(v=dv, refractory=jnp.zeros_like(y.refractory))


def event(y_start: State, y: State, params: Params, clock):
    """Hold v at v_reset while refractory at the start of the step; spike at v ≥ v_threshold,
    then reset and start the refractory period."""
    refractory = y_start.refractory > 0.5 * clock.dt
    v = jnp.where(refractory, params.v_reset, y.v)
    spike = v >= params.v_threshold
    return State(
        v=jnp.where(spike, params.v_reset, v),
        refractory=jnp.where(spike, params.tau_ref, jnp.maximum(y_start.refractory - clock.dt, 0.0)),
    ), spike


step = make_step(vector_field, "exponential_euler", event=event, input="I")


def init(v) -> Spiking:
    """A state at membrane potentials ``v`` [mV], not refractory, no spike."""
    v = _validate.float_array(v)
    return Spiking(State(v=v, refractory=jnp.zeros_like(v)), jnp.zeros(v.shape, bool))
