"""Gating functions of conductance-based models.

    x∞(v) = 1 / (1 + exp((v_half − v) / slope))

the Boltzmann steady-state activation of a gate (inactivation: a negative slope), v and v_half in
mV, slope in mV.
"""

from __future__ import annotations

import jax.numpy as jnp


def boltzmann(v, v_half, slope):
    """Steady-state activation 1 / (1 + exp((v_half − v) / slope)) at potential v [mV]."""
    return 1.0 / (1.0 + jnp.exp((v_half - v) / slope))
