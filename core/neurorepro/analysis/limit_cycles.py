"""Limit cycles: periodic orbits found by shooting, and their Floquet multipliers.

A periodic orbit of dy/dt = f(y) with period T is a zero of φ_T(y) − y, with φ_T the flow over
time T (here ``n_steps`` fixed steps of size T / n_steps of a one-step method, differentiable in
y and in T). A phase condition f(y*)·(y − y*) = 0, with y* the initial guess, picks one point of
the orbit. Newton's method on (y, T) with exact derivatives (``jax.jacfwd``) solves both.

The Floquet multipliers are the eigenvalues of the monodromy matrix ∂φ_T/∂y at a point of the
orbit: one of them is 1 (along the orbit), and the orbit is stable when the others lie inside
the unit circle. For a cycle born in a supercritical Hopf bifurcation of the normal form,
μ_2 = exp(−2 μ T) (Kuznetsov 2004, ch. 3).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from .. import _validate
from ..integrators import get_method
from ._flat import default_tol, flatten
from .fixed_points import newton


class PeriodicOrbit(NamedTuple):
    """A periodic orbit: a point ``y`` on it (pytree; ``flat`` its flat form), its ``period``,
    its Floquet ``multipliers`` (decreasing modulus) and whether Newton's method converged
    (to a positive period, with a finite flow; otherwise the multipliers are NaN)."""

    y: Any
    flat: np.ndarray
    period: float
    multipliers: np.ndarray
    converged: bool


def _flow(g, method, n_steps):
    integrate = get_method(method)

    def flow(z, period, args):
        h = period / n_steps
        field = lambda t, y, a: g(y, a)  # noqa: E731
        return jax.lax.fori_loop(0, n_steps, lambda k, y: integrate(field, k * h, y, h, args), z)

    return flow


@functools.lru_cache(maxsize=32)
def _compiled(vector_field: Callable, method: str, n_steps: int, max_steps: int, treedef, leaf_types):
    """The shooting solver and the monodromy matrix for a vector field, a method, a number of
    steps and a state structure, compiled once: guesses, periods, args, t and tol are traced."""
    y_like = treedef.unflatten([jnp.zeros(shape, dtype) for shape, dtype in leaf_types])

    def field_and_flow(t):
        g, _, _ = flatten(vector_field, y_like, t)
        return g, _flow(g, method, n_steps)

    @jax.jit
    def solve(z_guess, period_guess, args, t, tol):
        g, flow = field_and_flow(t)
        direction = g(z_guess, args)

        def residual(w, _):
            z, period = w[:-1], w[-1]
            return jnp.append(flow(z, period, args) - z, jnp.dot(direction, z - z_guess))

        return newton.__wrapped__(residual, jnp.append(z_guess, period_guess), None, tol, max_steps)

    @jax.jit
    def monodromy(z, period, args, t):
        return jax.jacfwd(field_and_flow(t)[1])(z, period, args)

    return solve, monodromy


def _tools(vector_field, y, method, n_steps, max_steps=30):
    leaves, treedef = jax.tree.flatten(y)
    return _compiled(vector_field, method, n_steps, max_steps, treedef,
                     tuple((jnp.shape(x), jnp.result_type(x)) for x in leaves))


def floquet_multipliers(vector_field: Callable, y, period: float, args=None, *, n_steps: int = 1000,
                        method: str = "rk4", t=0.0) -> np.ndarray:
    """Eigenvalues of the monodromy matrix ∂φ_T/∂y at ``y`` (a point of a cycle of period T),
    sorted by decreasing modulus; φ_T integrated in ``n_steps`` steps of ``method``. Compiled once
    per vector field, method, ``n_steps`` and state structure."""
    n_steps = _validate.count("n_steps", n_steps)
    _, z, _ = flatten(vector_field, y, t)
    _, monodromy = _tools(vector_field, y, method, n_steps)
    matrix = np.asarray(monodromy(z, jnp.asarray(period, z.dtype), args, t))
    if not np.all(np.isfinite(matrix)):
        raise FloatingPointError(f"floquet_multipliers: the flow over the period {period:g} from y is not finite "
                                 "(the trajectory blows up): y and period are not a cycle of this field")
    values = np.linalg.eigvals(matrix)
    return values[np.argsort(-np.abs(values))]


def periodic_orbit(vector_field: Callable, y_guess, period_guess: float, args=None, *, n_steps: int = 1000,
                   method: str = "rk4", t=0.0, tol: float | None = None, max_steps: int = 30) -> PeriodicOrbit:
    """The periodic orbit through (near) ``y_guess`` with period near ``period_guess``, by
    shooting; see the module docstring. ``tol`` bounds the residual |φ_T(y) − y|∞ (default
    1e-9 in double, 1e-4 in single precision). Compiled once per vector field, method,
    ``n_steps``, ``max_steps`` and state structure: new guesses and args do not recompile."""
    n_steps = _validate.count("n_steps", n_steps)
    max_steps = _validate.count("max_steps", max_steps)
    _validate.positive("period_guess", period_guess)
    _, z_guess, unravel = flatten(vector_field, y_guess, t)
    tol = default_tol(z_guess.dtype) if tol is None else _validate.positive("tol", tol)
    solve, _ = _tools(vector_field, y_guess, method, n_steps, max_steps)
    w, converged = solve(z_guess, jnp.asarray(period_guess, z_guess.dtype), args, t, tol)
    z, period = w[:-1], float(w[-1])
    converged = bool(converged) and period > 0.0
    multipliers = np.full(z.size, np.nan, dtype=complex)  # none for a cycle that was not found
    if converged:
        try:
            multipliers = floquet_multipliers(vector_field, unravel(z), period, args, n_steps=n_steps,
                                              method=method, t=t)
        except FloatingPointError:
            converged = False
    return PeriodicOrbit(y=unravel(z), flat=np.asarray(z), period=period, multipliers=multipliers,
                         converged=converged)
