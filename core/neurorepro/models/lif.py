"""Leaky integrate-and-fire neuron with an absolute refractory period.

    C_m dv/dt = g_L (E_L - v) + I(v)        (pF, nS, mV, pA; t in ms)

When v reaches v_threshold a spike is emitted, v is set to v_reset and held there for
tau_ref ms. Used by the Brette et al. 2007 benchmarks (COBA, CUBA) and the balanced-network
papers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import jax
import jax.numpy as jnp

from ..integrators import integrate
from ._common import evaluate_current


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    C_m: float = 200.0          # membrane capacitance [pF]
    g_L: float = 10.0           # leak conductance [nS]  (tau_m = C_m / g_L = 20 ms)
    E_L: float = -60.0          # leak reversal (resting) potential [mV]
    v_threshold: float = -50.0  # spike threshold [mV]
    v_reset: float = -60.0      # reset potential [mV]
    tau_ref: float = 5.0        # absolute refractory period [ms]


class State(NamedTuple):
    v: jax.Array            # membrane potential [mV]
    refractory: jax.Array   # refractory time left [ms]
    spike: jax.Array        # spiked in the last step (bool)


def init(v: jax.Array) -> State:
    """A state at membrane potentials ``v`` [mV], not refractory."""
    v = jnp.asarray(v, dtype=jnp.result_type(float))
    return State(v=v, refractory=jnp.zeros_like(v), spike=jnp.zeros(v.shape, bool))


def derivative(v, params: Params, current):
    """dv/dt [mV/ms] for input ``current`` (array [pA], or a function of v)."""
    return (params.g_L * (params.E_L - v) + evaluate_current(current, v)) / params.C_m


def step(state: State, params: Params, dt, current=0.0, method="exponential_euler") -> State:
    """Advance by ``dt`` [ms]: integrate v (held at v_reset while refractory), then spike and reset."""
    v = integrate(method, lambda t, v, _: derivative(v, params, current), 0.0, state.v, dt)
    refractory = state.refractory > 0.5 * dt
    v = jnp.where(refractory, params.v_reset, v)
    spike = v >= params.v_threshold
    return State(
        v=jnp.where(spike, params.v_reset, v),
        refractory=jnp.where(spike, params.tau_ref, jnp.maximum(state.refractory - dt, 0.0)),
        spike=spike,
    )
