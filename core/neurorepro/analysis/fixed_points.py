"""Fixed points of flows and maps: Newton's method from many starts at once, Jacobians,
eigenvalues and the classification of each point.

For a flow dy/dt = f(t, y, args) a fixed point solves f(y) = 0 and is stable when every
eigenvalue of the Jacobian ∂f/∂y has a negative real part; for a map y ← F(y) it solves
F(y) = y and is stable when every eigenvalue lies inside the unit circle. Jacobians come from
``jax.jacfwd``; Newton's iterations run for all starts in one ``vmap``-ped, compiled loop;
converged roots are de-duplicated on the host.
"""

from __future__ import annotations

import functools
import warnings
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


@functools.partial(jax.jit, static_argnums=0)
def jacobian(vector_field: Callable, y, args=None, t=0.0) -> jax.Array:
    """∂f/∂y at y as float[n, n], with y's leaves flattened in ``ravel_pytree`` order (compiled
    once per vector field and state shape)."""
    g, y_flat, _ = flatten(vector_field, y, t)
    return jax.jacfwd(g)(y_flat, args)


@functools.partial(jax.jit, static_argnames="is_map")
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


@functools.partial(jax.jit, static_argnums=(0, 4))
def newton(g: Callable, z0, args, tol, max_steps: int):
    """Newton's method for g(z, args) = 0 from the flat z0: (z, converged).

    Once the residual |g|∞ is ≤ ``tol``, one more step is taken (and kept if its residual is
    still ≤ ``tol``), then the iteration stops: Newton converges quadratically, so that step
    brings a root found to the residual ``tol`` to about the rounding level, however badly the
    system is scaled (a residual tol alone leaves the root only tol / σ_min exact, σ_min the
    Jacobian's smallest singular value). ``tol = 0`` runs all ``max_steps`` steps. Not
    differentiable in reverse mode (a while loop). Compiled once
    per ``g`` (keep the same function object to reuse it) and ``max_steps``; ``args`` and
    ``tol`` are traced.
    """

    def body(carry):
        i, z, done = carry
        residual = g(z, args)
        candidate = z - jnp.linalg.solve(jax.jacfwd(g)(z, args), residual)
        small = jnp.max(jnp.abs(residual)) <= tol
        # the polishing step must not undo convergence (near the rounding level it may not help)
        polish_ok = ~small | (jnp.max(jnp.abs(g(candidate, args))) <= tol)
        take = ~done & jnp.all(jnp.isfinite(candidate)) & polish_ok
        return i + 1, jnp.where(take, candidate, z), done | small

    # stops once converged (under vmap, once every start has): no step is wasted after
    _, z, _ = jax.lax.while_loop(lambda c: (c[0] < max_steps) & ~c[2], body,
                                 (jnp.asarray(0), z0, jnp.asarray(False)))
    residual = g(z, args)
    return z, jnp.all(jnp.isfinite(z)) & (jnp.max(jnp.abs(residual)) <= tol)


def fixed_points(vector_field: Callable, guesses, args=None, *, t=0.0, is_map: bool = False,
                 tol: float | None = None, max_steps: int = 50, distinct_tol: float = 1e-6) -> FixedPoints:
    """The distinct fixed points reached by Newton's method from every start in ``guesses``.

    Args:
        vector_field: ``f(t, y, args)`` (for a map: ``F(t, y, args)``, the next state).
        guesses: starting states, a pytree like the state with a leading axis of starts.
        args: the parameters (shared by every start; traced, so new values do not recompile).
        is_map: solve F(y) = y and classify by the unit circle.
        tol: largest residual |f(y)|∞ accepted (default 1e-9 in double precision, 1e-4 in single).
        max_steps: Newton iterations.
        distinct_tol: points closer than this (∞-norm, relative to 1 + |y|) are one point.

    Newton's iterations, Jacobians and eigenvalues of every start run in one compiled call,
    compiled once per ``vector_field`` (keep the same function object), ``is_map`` and
    ``max_steps``; the de-duplication runs on the host.
    """
    max_steps = _validate.count("max_steps", max_steps)
    starts = jax.vmap(lambda y: ravel_pytree(y)[0])(guesses)
    tol = default_tol(starts.dtype) if tol is None else _validate.positive("tol", tol)
    first = jax.tree.map(lambda x: x[0], guesses)
    _, _, unravel = flatten(vector_field, first, t, is_map)
    roots, converged, jacobians, values = (np.asarray(x) for x in _solve_all(
        vector_field, first, guesses, args, t, tol, is_map, max_steps))
    if not converged.any():
        warnings.warn(f"fixed_points: Newton's method converged from none of the {len(roots)} starts "
                      "(no fixed point nearby, too few steps, or a singular Jacobian: a variable with "
                      "no dynamics of its own makes every equilibrium non-isolated)", stacklevel=2)
    keep = _distinct_indices(roots, converged, distinct_tol)
    flat, jacobians, values = roots[keep], jacobians[keep], values[keep]
    growth = np.abs(values) - 1.0 if is_map else values.real
    return FixedPoints(y=batched_unravel(unravel, jnp.asarray(flat)) if len(keep) else None, flat=flat,
                       jacobian=jacobians, eigenvalues=values, stable=np.all(growth < 0, axis=-1),
                       kind=[classify(v, is_map) for v in values])


@functools.partial(jax.jit, static_argnums=(0, 6, 7))
def _solve_all(vector_field, first, guesses, args, t, tol, is_map, max_steps):
    """Newton from every start, with the Jacobian (of f, or of F for a map) and its sorted
    eigenvalues at every end point, in one compiled call."""
    g, _, _ = flatten(vector_field, first, t, is_map)
    starts = jax.vmap(lambda y: ravel_pytree(y)[0])(guesses)

    def solve(z0):
        z, converged = newton.__wrapped__(g, z0, args, tol, max_steps)
        jacobian = jax.jacfwd(g)(z, args)
        if is_map:
            jacobian = jacobian + jnp.eye(z.size, dtype=jacobian.dtype)  # ∂(F − id) + id = ∂F
        return z, converged, jacobian, eigenvalues(jacobian, is_map)

    return jax.vmap(solve)(starts)


def _distinct_indices(points: np.ndarray, converged: np.ndarray, tol: float) -> np.ndarray:
    """Indices of one representative per cluster of converged points within ``tol`` (∞-norm,
    relative to 1 + |y|), sorted along the first variable."""
    candidates = np.flatnonzero(converged)
    candidates = candidates[np.lexsort(points[candidates].T[::-1])] if candidates.size else candidates
    kept: list[int] = []
    for k in candidates:
        if not any(np.max(np.abs(points[k] - points[j]) / (1.0 + np.abs(points[j]))) <= tol for j in kept):
            kept.append(k)
    return np.array(kept, dtype=int)
