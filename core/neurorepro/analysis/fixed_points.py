"""Fixed points of flows and maps: Newton's method from many starts at once, Jacobians,
eigenvalues and the classification of each point.

For a flow dy/dt = f(t, y, args) a fixed point solves f(y) = 0 and is stable when every
eigenvalue of the Jacobian ∂f/∂y has a negative real part; for a map y ← F(y) it solves
F(y) = y and is stable when every eigenvalue lies inside the unit circle. Jacobians come from
``jax.jacfwd``; Newton's iterations run for all starts in one ``vmap``-ped, compiled loop;
converged roots are de-duplicated on the host.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from jax.flatten_util import ravel_pytree

from .. import _validate
from ._flat import batched_unravel, default_tol, flatten


class FixedPoints(NamedTuple):
    """Distinct fixed points found, sorted along the first variable.

    y: the points (a pytree like the state, each leaf with a leading axis of points);
    flat: the same as float[k, n] (variables in ``ravel_pytree`` order);
    jacobian: float[k, n, n] (of f, or of F for a map); eigenvalues: complex[k, n] sorted by
    decreasing real part (modulus for a map); stable: bool[k]; kind: a label per point.
    """

    y: Any
    flat: np.ndarray
    jacobian: np.ndarray
    eigenvalues: np.ndarray
    stable: np.ndarray
    kind: list


def jacobian(vector_field: Callable, y, args=None, t=0.0) -> jax.Array:
    """∂f/∂y at y as float[n, n], with y's leaves flattened in ``ravel_pytree`` order."""
    g, y_flat, _ = flatten(vector_field, y, t)
    return jax.jacfwd(g)(y_flat, args)


def eigenvalues(matrix, is_map: bool = False) -> jax.Array:
    """Eigenvalues of ``matrix`` (…, n, n) sorted by decreasing real part (modulus for a map)."""
    values = jnp.linalg.eigvals(matrix)
    order = jnp.argsort(-(jnp.abs(values) if is_map else values.real), axis=-1)
    return jnp.take_along_axis(values, order, axis=-1)


def classify(values, is_map: bool = False, tol: float = 1e-9) -> str:
    """Name of a fixed point from its eigenvalues: "stable node", "stable focus", "unstable
    node", "unstable focus", "saddle", "saddle-focus", or "non-hyperbolic" when an eigenvalue
    lies within ``tol`` of the imaginary axis (of the unit circle, for a map)."""
    values = np.asarray(values)
    growth = np.abs(values) - 1.0 if is_map else values.real
    rotating = np.any(np.abs(values.imag) > tol)
    if np.any(np.abs(growth) <= tol):
        return "non-hyperbolic"
    if np.all(growth < 0):
        return "stable focus" if rotating else "stable node"
    if np.all(growth > 0):
        return "unstable focus" if rotating else "unstable node"
    return "saddle-focus" if rotating else "saddle"


def newton(g: Callable, z0, args, tol: float, max_steps: int):
    """Newton's method for g(z, args) = 0 from z0 (flat): (z, converged)."""

    def body(_, z):
        residual = g(z, args)
        step = jnp.linalg.solve(jax.jacfwd(g)(z, args), residual)
        done = jnp.max(jnp.abs(residual)) <= tol
        return jnp.where(done | ~jnp.all(jnp.isfinite(step)), z, z - step)

    z = jax.lax.fori_loop(0, max_steps, body, z0)
    residual = g(z, args)
    return z, jnp.all(jnp.isfinite(z)) & (jnp.max(jnp.abs(residual)) <= tol)


def fixed_points(vector_field: Callable, guesses, args=None, *, t=0.0, is_map: bool = False,
                 tol: float | None = None, max_steps: int = 50, distinct_tol: float = 1e-6) -> FixedPoints:
    """The distinct fixed points reached by Newton's method from every start in ``guesses``.

    Args:
        vector_field: ``f(t, y, args)`` (for a map: ``F(t, y, args)``, the next state).
        guesses: starting states, a pytree like the state with a leading axis of starts.
        args: the parameters (shared by every start).
        is_map: solve F(y) = y and classify by the unit circle.
        tol: largest residual |f(y)|∞ accepted (default 1e-9 in double precision, 1e-4 in single).
        max_steps: Newton iterations.
        distinct_tol: points closer than this (∞-norm, relative to 1 + |y|) are one point.
    """
    max_steps = _validate.count("max_steps", max_steps)
    first = jax.tree.map(lambda x: x[0], guesses)
    g, _, unravel = flatten(vector_field, first, t, is_map)
    starts = jax.vmap(lambda y: ravel_pytree(y)[0])(guesses)
    tol = default_tol(starts.dtype) if tol is None else _validate.positive("tol", tol)
    roots, converged = _solve_all(g, starts, args, tol, max_steps)
    roots = np.asarray(roots)[np.asarray(converged)]
    distinct = _distinct(roots, distinct_tol)
    flat = jnp.asarray(distinct)
    jacobians = np.asarray(jax.vmap(lambda z: jax.jacfwd(g)(z, args))(flat)) if len(distinct) else np.zeros((0,) * 3)
    if is_map and len(distinct):
        jacobians = jacobians + np.eye(jacobians.shape[-1])  # ∂(F − id) + id = ∂F
    values = np.asarray(eigenvalues(jnp.asarray(jacobians), is_map)) if len(distinct) else np.zeros((0, 0), complex)
    growth = np.abs(values) - 1.0 if is_map else values.real
    return FixedPoints(y=batched_unravel(unravel, flat) if len(distinct) else None, flat=distinct,
                       jacobian=jacobians, eigenvalues=values, stable=np.all(growth < 0, axis=-1),
                       kind=[classify(v, is_map) for v in values])


def _solve_all(g, starts, args, tol, max_steps):
    return jax.jit(jax.vmap(lambda z: newton(g, z, args, tol, max_steps)))(starts)


def _distinct(points: np.ndarray, tol: float) -> np.ndarray:
    """One representative per cluster of points within ``tol`` (∞-norm, relative to 1 + |y|),
    sorted along the first variable."""
    kept: list[np.ndarray] = []
    for p in points[np.lexsort(points.T[::-1])] if len(points) else points:
        if not any(np.max(np.abs(p - q) / (1.0 + np.abs(q))) <= tol for q in kept):
            kept.append(p)
    return np.array(kept).reshape(len(kept), points.shape[-1] if points.ndim == 2 else 0)
