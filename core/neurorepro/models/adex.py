"""Adaptive exponential integrate-and-fire neuron (Brette & Gerstner 2005).

    C_m dv/dt = −g_L (v − E_L) + g_L Δ_T exp((v − v_T) / Δ_T) − w + I
    τ_w dw/dt = a (v − E_L) − w
    if v ≥ v_peak:  v ← v_reset,  w ← w + b        (pF, nS, mV, pA, ms)

Brette, R. & Gerstner, W. (2005). Adaptive exponential integrate-and-fire model as an
effective description of neuronal activity. J. Neurophysiol. 94, 3637–3642.
doi:10.1152/jn.00686.2005. Default parameters are those of the paper's Table 1 (a
pyramidal-cell fit; the paper's C, V_T, V_r, V_peak are C_m, v_T, v_reset, v_peak here);
Naud et al. (2008) give the sets for the firing patterns.
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
    C_m: float = 281.0      # membrane capacitance [pF]
    g_L: float = 30.0       # leak conductance [nS]
    E_L: float = -70.6      # leak reversal potential [mV]
    v_T: float = -50.4      # threshold slope factor's centre [mV]
    Delta_T: float = 2.0    # slope factor [mV]
    tau_w: float = 144.0    # adaptation time constant [ms]
    a: float = 4.0          # subthreshold adaptation [nS]
    b: float = 80.5         # spike-triggered adaptation [pA]
    v_reset: float = -70.6  # reset potential [mV]
    v_peak: float = 20.0    # spike cut-off [mV]
    I: float = 0.0          # input current [pA]


class State(NamedTuple):
    v: jax.Array      # membrane potential [mV]
    w: jax.Array      # adaptation current [pA]


def vector_field(t, y: State, params: Params) -> State:
    """(dv/dt, dw/dt) [mV/ms, pA/ms]."""
    p = params
    # the exponential is capped at v_peak: beyond it the spike is already detected, and the cap
    # keeps a large step from overflowing
    exponential = p.g_L * p.Delta_T * jnp.exp((jnp.minimum(y.v, p.v_peak) - p.v_T) / p.Delta_T)
    dv = (-p.g_L * (y.v - p.E_L) + exponential - y.w + p.I) / p.C_m
    dw = (p.a * (y.v - p.E_L) - y.w) / p.tau_w
    return State(v=dv, w=dw)


def event(y_start: State, y: State, params: Params, clock):
    """Spike at v ≥ v_peak, then v ← v_reset, w ← w + b."""
    spike = y.v >= params.v_peak
    return State(v=jnp.where(spike, params.v_reset, y.v), w=jnp.where(spike, y.w + params.b, y.w)), spike


step = make_step(vector_field, "euler", event=event, input="I")


def init(v, params: Params, w=0.0) -> Spiking:
    """A state at potential ``v`` [mV] and adaptation ``w`` [pA], no spike."""
    v = _validate.float_array(v)
    return Spiking(State(v=v, w=jnp.broadcast_to(jnp.asarray(w, v.dtype), v.shape)), jnp.zeros(v.shape, bool))
