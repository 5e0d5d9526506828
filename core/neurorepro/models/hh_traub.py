"""Hodgkin–Huxley-type neuron of the COBA-HH benchmark (Traub & Miles 1991 kinetics).

    C_m dv/dt = g_L (E_L − v) − g_Na m³ h (v − E_Na) − g_K n⁴ (v − E_K) + I(v)
    dx/dt = α_x(v) (1 − x) − β_x(v) x,   x ∈ {m, h, n}

with, writing w = v − V_T (mV) and rates in 1/ms,
    α_m = 0.32 (13 − w) / (exp((13 − w)/4) − 1)     β_m = 0.28 (w − 40) / (exp((w − 40)/5) − 1)
    α_h = 0.128 exp((17 − w)/18)                     β_h = 4 / (1 + exp((40 − w)/5))
    α_n = 0.032 (15 − w) / (exp((15 − w)/5) − 1)     β_n = 0.5 exp((10 − w)/40)
A spike is an upward crossing of v_spike (−20 mV). Parameters are those of benchmark 3 of
Brette et al. (2007), J. Comput. Neurosci. 23:349–398, doi:10.1007/s10827-007-0038-6.
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
    C_m: float = 200.0       # membrane capacitance [pF]
    g_L: float = 10.0        # leak conductance [nS]
    E_L: float = -60.0       # leak reversal [mV]
    g_Na: float = 20000.0    # maximal sodium conductance [nS]
    E_Na: float = 50.0       # sodium reversal [mV]
    g_K: float = 6000.0      # maximal delayed-rectifier potassium conductance [nS]
    E_K: float = -90.0       # potassium reversal [mV]
    V_T: float = -63.0       # shift of the rate functions [mV]
    v_spike: float = -20.0   # spike detection threshold (upward crossing) [mV]


class State(NamedTuple):
    v: jax.Array      # membrane potential [mV]
    m: jax.Array      # sodium activation
    h: jax.Array      # sodium inactivation
    n: jax.Array      # potassium activation
    spike: jax.Array  # crossed v_spike upwards in the last step (bool)


def _ratio(x, k):
    """x / (exp(x / k) − 1), continued by its limit k at x = 0."""
    z = x / k
    small = jnp.abs(z) < 1e-6
    return jnp.where(small, k * (1.0 - 0.5 * z), x / jnp.expm1(jnp.where(small, 1.0, z)))


def rates(v, params: Params):
    """((α_m, β_m), (α_h, β_h), (α_n, β_n)) [1/ms] at potential v [mV]."""
    w = v - params.V_T
    return (
        (0.32 * _ratio(13.0 - w, 4.0), 0.28 * _ratio(w - 40.0, 5.0)),
        (0.128 * jnp.exp((17.0 - w) / 18.0), 4.0 / (1.0 + jnp.exp((40.0 - w) / 5.0))),
        (0.032 * _ratio(15.0 - w, 5.0), 0.5 * jnp.exp((10.0 - w) / 40.0)),
    )


def steady_state(v, params: Params):
    """(m∞, h∞, n∞) = α / (α + β) at v."""
    return tuple(a / (a + b) for a, b in rates(v, params))


def init(v, params: Params) -> State:
    """A state at potential ``v`` [mV] with gates at their steady state."""
    v = jnp.asarray(v, dtype=jnp.result_type(float))
    m, h, n = steady_state(v, params)
    return State(v=v, m=m, h=h, n=n, spike=jnp.zeros(v.shape, bool))


def derivative(t, y, args):
    """d(v, m, h, n)/dt for ``args = (params, current)``; current [pA] array or function of v."""
    (v, m, h, n), (params, current) = y, args
    (am, bm), (ah, bh), (an, bn) = rates(v, params)
    ionic = (params.g_L * (params.E_L - v)
             + params.g_Na * m**3 * h * (params.E_Na - v)
             + params.g_K * n**4 * (params.E_K - v))
    dv = (ionic + evaluate_current(current, v)) / params.C_m
    return (dv, am * (1 - m) - bm * m, ah * (1 - h) - bh * h, an * (1 - n) - bn * n)


def step(state: State, params: Params, dt, current=0.0, method="exponential_euler") -> State:
    """Advance by ``dt`` [ms]; a spike is v crossing v_spike upwards during the step."""
    v, m, h, n = integrate(method, derivative, 0.0, (state.v, state.m, state.h, state.n), dt,
                           (params, current))
    spike = (state.v < params.v_spike) & (v >= params.v_spike)
    return State(v=v, m=m, h=h, n=n, spike=spike)
