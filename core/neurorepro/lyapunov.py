"""Lyapunov exponents by QR re-orthonormalisation of the tangent dynamics.

For a map y_{k+1} = F(y_k) (a flow advanced by a fixed-step integrator is one), k tangent
vectors Q are carried along by the Jacobian of F (computed by ``jax.jvp``) and
re-orthonormalised each step, Q R = J Q; the exponents are the time averages of log |R_ii|
(Benettin et al. 1980; Eckmann & Ruelle 1985). Per unit of ``dt``: pass the integrator's
step for a flow, 1 for a map.
"""

from __future__ import annotations

from collections.abc import Callable

import jax
import jax.numpy as jnp
from jax.flatten_util import ravel_pytree

from . import _validate


def lyapunov_spectrum(step_map: Callable, y0, n_steps: int, dt: float = 1.0,
                      n_exponents: int | None = None, transient: int = 0) -> jax.Array:
    """The ``n_exponents`` largest Lyapunov exponents of ``y -> step_map(y)``, in decreasing order.

    Args:
        step_map: one step of the map or of the integrated flow, ``y -> y_next`` (pytree).
        y0: initial state; ``transient`` steps are run first to reach the attractor.
        n_steps: steps averaged over.
        dt: time per step, so exponents are per unit time (1/ms, or per iteration for maps).
        n_exponents: how many (default: all, the state's dimension).
    """
    n_steps = _validate.count("n_steps", n_steps)
    dt = _validate.positive("dt", dt)
    flat0, unravel = ravel_pytree(y0)
    dim = flat0.size
    k = dim if n_exponents is None else _validate.count("n_exponents", n_exponents)
    if k > dim:
        raise ValueError(f"n_exponents must be <= the state dimension {dim}, got {k}")

    def flat_map(y):
        return ravel_pytree(step_map(unravel(y)))[0]

    y = jax.lax.fori_loop(0, _validate.count("transient", transient, 0), lambda _, y: flat_map(y), flat0)

    def body(carry, _):
        y, q = carry
        y_next, jq = jax.vmap(lambda v: jax.jvp(flat_map, (y,), (v,)), in_axes=1, out_axes=(None, 1))(q)
        q, r = jnp.linalg.qr(jq)
        return (y_next, q), jnp.log(jnp.abs(jnp.diag(r)))

    q0 = jnp.eye(dim, k, dtype=flat0.dtype)
    _, logs = jax.lax.scan(body, (y, q0), None, length=n_steps)
    return jnp.sort(jnp.mean(logs, axis=0) / dt)[::-1]


def largest_lyapunov(step_map: Callable, y0, n_steps: int, dt: float = 1.0, transient: int = 0) -> float:
    """The largest Lyapunov exponent (per unit time), see :func:`lyapunov_spectrum`."""
    return float(lyapunov_spectrum(step_map, y0, n_steps, dt, n_exponents=1, transient=transient)[0])
