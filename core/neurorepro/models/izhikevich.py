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

from .. import _validate
from ..stepping import Spiking, make_step


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    a: float = 0.02       # recovery time scale [1/ms]
    b: float = 0.2        # sensitivity of u to v
    c: float = -65.0      # after-spike reset of v [mV]
    d: float = 8.0        # after-spike increment of u
    v_peak: float = 30.0  # spike cut-off [mV]
    I: float = 0.0        # input current (model units)


class State(NamedTuple):
    v: jax.Array      # membrane potential [mV]
    u: jax.Array      # recovery variable


def vector_field(t, y: State, params: Params) -> State:
    """(dv/dt, du/dt) [per ms]."""
    return State(v=0.04 * y.v * y.v + 5.0 * y.v + 140.0 - y.u + params.I,
                 u=params.a * (params.b * y.v - y.u))


def event(y_start: State, y: State, params: Params, clock):
    """Spike at v ≥ v_peak, then v ← c, u ← u + d."""
    spike = y.v >= params.v_peak
    return State(v=jnp.where(spike, params.c, y.v), u=jnp.where(spike, y.u + params.d, y.u)), spike


step = make_step(vector_field, "euler", event=event, input="I")


def init(v, params: Params) -> Spiking:
    """A state at potential ``v`` [mV] with u = b v (the u-nullcline), no spike."""
    v = _validate.float_array(v)
    return Spiking(State(v=v, u=params.b * v), jnp.zeros(v.shape, bool))
