"""Adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005).

    C dV/dt = −g_L (V − E_L) + g_L Δ_T exp((V − V_T) / Δ_T) − w + I(V)
    τ_w dw/dt = a (V − E_L) − w
    if V ≥ V_peak:  V ← V_r,  w ← w + b        (pF, nS, mV, pA, ms)

Brette, R. & Gerstner, W. (2005). Adaptive exponential integrate-and-fire model as an
effective description of neuronal activity. J. Neurophysiol. 94, 3637–3642.
doi:10.1152/jn.00686.2005. Default parameters are those of the paper's Table 1 (a
pyramidal-cell fit); Naud et al. (2008) give the sets for the firing patterns.
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
    C: float = 281.0        # membrane capacitance [pF]
    g_L: float = 30.0       # leak conductance [nS]
    E_L: float = -70.6      # leak reversal potential [mV]
    V_T: float = -50.4      # threshold slope factor's centre [mV]
    Delta_T: float = 2.0    # slope factor [mV]
    tau_w: float = 144.0    # adaptation time constant [ms]
    a: float = 4.0          # subthreshold adaptation [nS]
    b: float = 80.5         # spike-triggered adaptation [pA]
    V_r: float = -70.6      # reset potential [mV]
    V_peak: float = 20.0    # spike cut-off [mV]


class State(NamedTuple):
    V: jax.Array      # membrane potential [mV]
    w: jax.Array      # adaptation current [pA]
    spike: jax.Array  # spiked in the last step (bool)


def init(V, params: Params, w=0.0) -> State:
    """A state at potential ``V`` [mV] and adaptation ``w`` [pA]."""
    V = jnp.asarray(V, dtype=jnp.result_type(float))
    return State(V=V, w=jnp.broadcast_to(jnp.asarray(w, V.dtype), V.shape), spike=jnp.zeros(V.shape, bool))


def derivative(t, y, args):
    """(dV/dt, dw/dt) for ``y = (V, w)`` and ``args = (params, current)``."""
    (V, w), (p, current) = y, args
    # the exponential is capped at V_peak: beyond it the spike is already detected, and the cap
    # keeps a large step from overflowing
    exponential = p.g_L * p.Delta_T * jnp.exp((jnp.minimum(V, p.V_peak) - p.V_T) / p.Delta_T)
    dV = (-p.g_L * (V - p.E_L) + exponential - w + evaluate_current(current, V)) / p.C
    dw = (p.a * (V - p.E_L) - w) / p.tau_w
    return dV, dw


def step(state: State, params: Params, dt, current=0.0, method="euler") -> State:
    """Advance by ``dt`` [ms], then reset the neurons that reached V_peak (V ← V_r, w ← w + b)."""
    V, w = integrate(method, derivative, 0.0, (state.V, state.w), dt, (params, current))
    spike = V >= params.V_peak
    return State(V=jnp.where(spike, params.V_r, V), w=jnp.where(spike, w + params.b, w), spike=spike)
