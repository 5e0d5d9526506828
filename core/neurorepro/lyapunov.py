"""Lyapunov exponents by QR re-orthonormalisation of the tangent dynamics.

For a map y_{k+1} = F(y_k) (a flow advanced by a fixed-step integrator is one), k tangent
vectors Q are carried along by the Jacobian of F (computed by ``jax.jvp``) and
re-orthonormalised each step, Q R = J Q; the exponents are the time averages of log |R_ii|
(Benettin et al. 1980; Eckmann & Ruelle 1985). Per unit of ``dt``: pass the integrator's
step for a flow, 1 for a map.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import jax
import jax.numpy as jnp
from jax.flatten_util import ravel_pytree

from . import _validate


def lyapunov_spectrum(step_map: Callable, y0, n_steps: int, dt: float = 1.0,
                      n_exponents: int | None = None, transient: int = 0,
                      align_steps: int = 0) -> jax.Array:
    """The ``n_exponents`` largest Lyapunov exponents of ``y -> step_map(y)``, in decreasing order.

    Args:
        step_map: one step of the map or of the integrated flow, ``y -> y_next`` (pytree).
        y0: initial state; ``transient`` steps are run first to reach the attractor.
        n_steps: steps averaged over.
        dt: time per step, so exponents are per unit time (1/ms, or per iteration for maps).
        n_exponents: how many (default: all, the state's dimension).
        align_steps: steps, after the transient, over which the tangent vectors are evolved and
            re-orthonormalised without being counted, so that they align with the Lyapunov
            directions before the average starts (initial axes bias short averages).

    Compiled once per ``step_map`` object and step counts: keep the same function object
    (parameters can enter through a closure over arrays only at the cost of a new compile).
    """
    n_steps = _validate.count("n_steps", n_steps)
    dt = _validate.positive("dt", dt)
    dim = ravel_pytree(_split(y0)[0])[0].size
    k = dim if n_exponents is None else _validate.count("n_exponents", n_exponents)
    if k > dim:
        raise ValueError(f"n_exponents must be <= the state dimension {dim}, got {k}")
    transient = _validate.count("transient", transient, 0)
    align_steps = _validate.count("align_steps", align_steps, 0)
    return _spectrum(step_map, y0, n_steps, k, transient, align_steps) / dt


def _split(tree):
    """(floating-point leaves, the others): only the former carry tangent vectors."""
    is_float = lambda x: jnp.issubdtype(jnp.result_type(x), jnp.inexact)  # noqa: E731
    floats = jax.tree.map(lambda x: x if is_float(x) else None, tree)
    others = jax.tree.map(lambda x: None if is_float(x) else x, tree)
    return floats, others


def _merge(floats, others):
    return jax.tree.map(lambda f, o: o if f is None else f, floats, others, is_leaf=lambda x: x is None)


@functools.partial(jax.jit, static_argnums=(0, 2, 3, 4, 5))
def _spectrum(step_map, y0, n_steps, k, transient, align_steps):
    """Exponents per step, compiled once per (map, n_steps, k, transient, align_steps).

    Integer leaves of the state (step counters, indices) are carried along without tangents.
    """
    floats0, others0 = _split(y0)
    flat0, unravel = ravel_pytree(floats0)
    dim = flat0.size

    def flat_map(y, others):
        floats, others = _split(step_map(_merge(unravel(y), others)))
        return ravel_pytree(floats)[0], others

    y, others = jax.lax.fori_loop(0, transient, lambda _, c: flat_map(*c), (flat0, others0))

    def body(carry, _):
        y, others, q = carry
        (y_next, others_next), (jq, _) = jax.vmap(
            lambda v: jax.jvp(lambda z: flat_map(z, others), (y,), (v,)),
            in_axes=1, out_axes=((None, None), (1, None)))(q)
        q, r = jnp.linalg.qr(jq)
        return (y_next, others_next, q), jnp.log(jnp.abs(jnp.diag(r)))

    q0 = jnp.eye(dim, k, dtype=flat0.dtype)
    aligned, _ = jax.lax.scan(body, (y, others, q0), None, length=align_steps)
    _, logs = jax.lax.scan(body, aligned, None, length=n_steps)
    return jnp.sort(jnp.mean(logs, axis=0))[::-1]


def largest_lyapunov(step_map: Callable, y0, n_steps: int, dt: float = 1.0, transient: int = 0) -> jax.Array:
    """The largest Lyapunov exponent (per unit time), a scalar array (so it can be vmapped);
    see :func:`lyapunov_spectrum`."""
    return lyapunov_spectrum(step_map, y0, n_steps, dt, n_exponents=1, transient=transient)[0]
