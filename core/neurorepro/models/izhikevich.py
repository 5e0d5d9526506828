"""Izhikevich (2003) simple model.

    dv/dt = 0.04 v² + 5 v + 140 − u + I      (v in mV, t in ms, I in the model's units)
    du/dt = a (b v − u)
    if v ≥ v_peak:  v ← c,  u ← u + d

Izhikevich, E. M. (2003). Simple model of spiking neurons. IEEE Trans. Neural Netw. 14(6),
1569–1572. doi:10.1109/TNN.2003.820440
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import jax
import jax.numpy as jnp

from ..integrators import integrate


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    a: float = 0.02       # recovery time scale [1/ms]
    b: float = 0.2        # sensitivity of u to v
    c: float = -65.0      # after-spike reset of v [mV]
    d: float = 8.0        # after-spike increment of u
    v_peak: float = 30.0  # spike cut-off [mV]


class State(NamedTuple):
    v: jax.Array      # membrane potential [mV]
    u: jax.Array      # recovery variable
    spike: jax.Array  # spiked in the last step (bool)


def init(v, params: Params) -> State:
    """A state at potential ``v`` [mV] with u = b v (the u-nullcline)."""
    v = jnp.asarray(v, dtype=jnp.result_type(float))
    return State(v=v, u=params.b * v, spike=jnp.zeros(v.shape, bool))


def derivative(t, y, args):
    """(dv/dt, du/dt) for ``y = (v, u)`` and ``args = (params, I)``."""
    (v, u), (params, current) = y, args
    return (0.04 * v * v + 5.0 * v + 140.0 - u + current, params.a * (params.b * v - u))


def step(state: State, params: Params, dt, current=0.0, method="euler") -> State:
    """Advance by ``dt`` [ms] with ``method``, then reset the neurons that reached v_peak."""
    v, u = integrate(method, derivative, 0.0, (state.v, state.u), dt, (params, current))
    spike = v >= params.v_peak
    return State(v=jnp.where(spike, params.c, v), u=jnp.where(spike, u + params.d, u), spike=spike)
