"""Electrical coupling through gap junctions.

A gap junction of conductance g between cells i and j passes the current g (V_j − V_i) into
cell i (and the opposite into j), so the coupling current of every cell is

    I_i = Σ_j G_ij (V_j − V_i) = (G V)_i − (Σ_j G_ij) V_i        (nS, mV -> pA)

for a symmetric conductance matrix G with zero diagonal.
"""

from __future__ import annotations

import jax.numpy as jnp


def coupling_current(v, conductances):
    """I_i = Σ_j G_ij (v_j − v_i) for the conductance matrix G [nS] and potentials v [mV]."""
    conductances = jnp.asarray(conductances)
    if conductances.ndim == 0:  # two cells joined by one conductance
        return conductances * (v[::-1] - v)
    if conductances.shape != (v.shape[-1], v.shape[-1]):
        raise ValueError(f"conductances must be a scalar or shaped ({v.shape[-1]}, {v.shape[-1]}), "
                         f"got {conductances.shape}")
    return conductances @ v - conductances.sum(axis=-1) * v
