"""Pieces the neuron models share."""

from __future__ import annotations

import jax.numpy as jnp


def evaluate_current(current, v):
    """The input current [pA] at membrane potential ``v``: ``current`` is an array or ``v -> array``.

    Passing a function of v (e.g. conductance inputs g (E - v)) lets exponential Euler
    treat the input's dependence on v exactly within the step.
    """
    return current(v) if callable(current) else jnp.broadcast_to(current, jnp.shape(v))
