"""Hodgkin–Huxley-type neuron of the COBA-HH benchmark (Traub & Miles 1991 kinetics).

    C_m dv/dt = g_L (E_L − v) − g_Na m³ h (v − E_Na) − g_K n⁴ (v − E_K) + I
    dx/dt = α_x(v) (1 − x) − β_x(v) x,   x ∈ {m, h, n}

with, writing w = v − v_T (mV) and rates in 1/ms,
    α_m = 0.32 (13 − w) / (exp((13 − w)/4) − 1)     β_m = 0.28 (w − 40) / (exp((w − 40)/5) − 1)
    α_h = 0.128 exp((17 − w)/18)                     β_h = 4 / (1 + exp((40 − w)/5))
    α_n = 0.032 (15 − w) / (exp((15 − w)/5) − 1)     β_n = 0.5 exp((10 − w)/40)
A spike is an upward crossing of v_spike (−20 mV) during a step (:func:`event`; no reset).
Parameters are those of benchmark 3 of Brette et al. (2007), J. Comput. Neurosci. 23:349–398,
doi:10.1007/s10827-007-0038-6. ``step`` is exponential Euler (exact for the gates at frozen v).
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
    C_m: float = 200.0       # membrane capacitance [pF]
    g_L: float = 10.0        # leak conductance [nS]
    E_L: float = -60.0       # leak reversal [mV]
    g_Na: float = 20000.0    # maximal sodium conductance [nS]
    E_Na: float = 50.0       # sodium reversal [mV]
    g_K: float = 6000.0      # maximal delayed-rectifier potassium conductance [nS]
    E_K: float = -90.0       # potassium reversal [mV]
    v_T: float = -63.0       # shift of the rate functions [mV]
    v_spike: float = -20.0   # spike detection threshold (upward crossing) [mV]
    I: float = 0.0           # input current [pA]


class State(NamedTuple):
    v: jax.Array      # membrane potential [mV]
    m: jax.Array      # sodium activation
    h: jax.Array      # sodium inactivation
    n: jax.Array      # potassium activation


def _ratio(x, k):
    """x / (exp(x / k) − 1), continued by its limit k at x = 0."""
    z = x / k
    small = jnp.abs(z) < 1e-6
    return jnp.where(small, k * (1.0 - 0.5 * z), x / jnp.expm1(jnp.where(small, 1.0, z)))


def rates(v, params: Params):
    """((α_m, β_m), (α_h, β_h), (α_n, β_n)) [1/ms] at potential v [mV]."""
    w = v - params.v_T
    return (
        (0.32 * _ratio(13.0 - w, 4.0), 0.28 * _ratio(w - 40.0, 5.0)),
        (0.128 * jnp.exp((17.0 - w) / 18.0), 4.0 / (1.0 + jnp.exp((40.0 - w) / 5.0))),
        (0.032 * _ratio(15.0 - w, 5.0), 0.5 * jnp.exp((10.0 - w) / 40.0)),
    )


def steady_state(v, params: Params):
    """(m∞, h∞, n∞) = α / (α + β) at v."""
    return tuple(a / (a + b) for a, b in rates(v, params))


def vector_field(t, y: State, params: Params) -> State:
    """d(v, m, h, n)/dt [mV/ms, 1/ms]."""
    (am, bm), (ah, bh), (an, bn) = rates(y.v, params)
    ionic = (params.g_L * (params.E_L - y.v)
             + params.g_Na * y.m**3 * y.h * (params.E_Na - y.v)
             + params.g_K * y.n**4 * (params.E_K - y.v))
    return State(v=(ionic + params.I) / params.C_m, m=am * (1 - y.m) - bm * y.m,
                 h=ah * (1 - y.h) - bh * y.h, n=an * (1 - y.n) - bn * y.n)


def event(y_start: State, y: State, params: Params, clock):
    """A spike is v crossing v_spike upwards during the step; nothing is reset."""
    return y, (y_start.v < params.v_spike) & (y.v >= params.v_spike)


step = make_step(vector_field, "exponential_euler", event=event, input="I")


def init(v, params: Params) -> Spiking:
    """A state at potential ``v`` [mV] with gates at their steady state, no spike."""
    v = _validate.float_array(v)
    m, h, n = steady_state(v, params)
    return Spiking(State(v=v, m=m, h=h, n=n), jnp.zeros(v.shape, bool))
