"""Exponential synapses, current- and conductance-based.

A synaptic variable x (a current [pA] or a conductance [nS]) decays as dx/dt = -x / tau and
jumps by the summed weights of arriving spikes. :func:`exponential` advances it exactly over
one step; :func:`conductance_current` turns a conductance into the current it drives.
"""

from __future__ import annotations

import jax.numpy as jnp


def exponential(x, tau, dt, arriving=0.0):
    """x(t + dt) = x(t) exp(-dt / tau) + arriving  (tau, dt in ms).

    ``arriving`` is the summed weight of the spikes delivered in this step (see
    :func:`neurorepro.propagation.propagate`).
    """
    return x * jnp.exp(-dt / tau) + arriving


def conductance_current(g, reversal, v):
    """I = g (E_rev - v): pA for g in nS and potentials in mV; positive current depolarises."""
    return g * (reversal - v)
