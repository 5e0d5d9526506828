"""Lyapunov exponents by QR re-orthonormalisation of the tangent dynamics.

The model is the runner's step ``step(state, params, clock)`` (see
:func:`neurorepro.make_step`): one step is a map y_{k+1} = F(y_k) (a flow advanced by a
fixed-step integrator is one; a map's step ignores ``clock.dt``). k tangent vectors Q are carried
along by the Jacobian of F (computed by ``jax.jvp``) and re-orthonormalised each step,
Q R = J Q; the exponents are the time averages of log |R_ii| (Benettin et al. 1980; Eckmann &
Ruelle 1985), per unit time: per ms for a flow stepped with dt, per iteration for a map
(dt = 1). Parameters are traced arguments, so the spectrum can be ``vmap``-ped over them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from jax.flatten_util import ravel_pytree

from . import _validate
from .simulate import Clock


def lyapunov_spectrum(step: Callable, y0, params=None, *, n_steps: int, dt: float = 1.0,
                      n_exponents: int | None = None, transient: int = 0,
                      align_steps: int = 0) -> jax.Array:
    """The ``n_exponents`` largest Lyapunov exponents of the model's step, in decreasing order.

    Args:
        step: ``step(state, params, clock) -> state``, the runner's step function.
        y0: initial state; ``transient`` steps are run first to reach the attractor.
        params: the model's parameters (traced: vmappable, no recompilation for new values).
        n_steps: steps averaged over.
        dt: step size handed to ``step`` and the time per step, so exponents are per unit time
            (1/ms, or per iteration for maps with dt = 1).
        n_exponents: how many (default: all, the dimension of the state's floating-point part).
        align_steps: steps, after the transient, over which the tangent vectors are evolved and
            re-orthonormalised without being counted, so that they align with the Lyapunov
            directions before the average starts (initial axes bias short averages).

    Compiled once per ``step`` object and step counts. Integer and boolean leaves of the state
    (counters, spike flags) are carried along without tangents.
    """
    n_steps = _validate.count("n_steps", n_steps)
    if not isinstance(dt, jax.core.Tracer):
        _validate.positive("dt", dt)
    dim = ravel_pytree(_split(y0)[0])[0].size
    k = dim if n_exponents is None else _validate.count("n_exponents", n_exponents)
    if k > dim:
        raise ValueError(f"n_exponents must be <= the state dimension {dim}, got {k}")
    transient = _validate.count("transient", transient, 0)
    align_steps = _validate.count("align_steps", align_steps, 0)
    return _spectrum(step, y0, params, jnp.asarray(dt, dtype=jnp.result_type(float)), n_steps, k,
                     transient, align_steps)


def _split(tree):
    """(floating-point leaves, the others): only the former carry tangent vectors."""
    is_float = lambda x: jnp.issubdtype(jnp.result_type(x), jnp.inexact)  # noqa: E731
    floats = jax.tree.map(lambda x: x if is_float(x) else None, tree)
    others = jax.tree.map(lambda x: None if is_float(x) else x, tree)
    return floats, others


def _merge(floats, others):
    return jax.tree.map(lambda f, o: o if f is None else f, floats, others, is_leaf=lambda x: x is None)


@functools.partial(jax.jit, static_argnums=(0, 4, 5, 6, 7))
def _spectrum(step, y0, params, dt, n_steps, k, transient, align_steps):
    """Exponents per unit time, compiled once per (step, n_steps, k, transient, align_steps)."""
    floats0, others0 = _split(y0)
    flat0, unravel = ravel_pytree(floats0)
    dim = flat0.size

    def flat_map(y, others, i):
        clock = Clock(t=i * dt, dt=dt, i=i)
        floats, others = _split(step(_merge(unravel(y), others), params, clock))
        return ravel_pytree(floats)[0], others

    def advance(i, carry):
        return flat_map(*carry, i)

    y, others = jax.lax.fori_loop(0, transient, advance, (flat0, others0))

    def body(carry, i):
        y, others, q = carry
        (y_next, others_next), (jq, _) = jax.vmap(
            lambda v: jax.jvp(lambda z: flat_map(z, others, i), (y,), (v,)),
            in_axes=1, out_axes=((None, None), (1, None)))(q)
        if k == 1:  # one vector: re-orthonormalising is normalising, no QR needed
            norm = jnp.linalg.norm(jq, axis=0)
            return (y_next, others_next, jq / norm), jnp.log(norm)
        q, r = jnp.linalg.qr(jq)
        return (y_next, others_next, q), jnp.log(jnp.abs(jnp.diag(r)))

    q0 = jnp.eye(dim, k, dtype=flat0.dtype)
    aligned, _ = jax.lax.scan(body, (y, others, q0), transient + jnp.arange(align_steps))
    _, logs = jax.lax.scan(body, aligned, transient + align_steps + jnp.arange(n_steps))
    return jnp.sort(jnp.mean(logs, axis=0))[::-1] / dt


def largest_lyapunov(step: Callable, y0, params=None, *, n_steps: int, dt: float = 1.0,
                     transient: int = 0, align_steps: int = 0) -> jax.Array:
    """The largest Lyapunov exponent (per unit time), a scalar array (so it can be vmapped);
    see :func:`lyapunov_spectrum`."""
    return lyapunov_spectrum(step, y0, params, n_steps=n_steps, dt=dt, n_exponents=1,
                             transient=transient, align_steps=align_steps)[0]


class Estimate(NamedTuple):
    """Lyapunov exponents estimated from several starts: ``mean`` and ``standard_error`` [k]
    (std with ddof = 1 over √n), and ``samples`` [n, k], one spectrum per start."""

    mean: np.ndarray
    standard_error: np.ndarray
    samples: np.ndarray


def spectrum_over_starts(step: Callable, starts, params=None, *, n_steps: int, dt: float = 1.0,
                         n_exponents: int | None = None, transient: int = 0, align_steps: int = 0) -> Estimate:
    """The spectrum of :func:`lyapunov_spectrum` from every start (a pytree whose leaves carry a
    leading axis of n ≥ 2 starts), in one vmapped call, with its mean and standard error.

    The standard error is honest only if the runs are independent: a start copied from a
    recorded trajectory retraces that trajectory bit for bit, so runs from several points of one
    recording are overlapping windows of one orbit. Displace such starts (:func:`displaced`).
    """
    samples = np.asarray(jax.vmap(lambda y0: lyapunov_spectrum(
        step, y0, params, n_steps=n_steps, dt=dt, n_exponents=n_exponents, transient=transient,
        align_steps=align_steps))(starts))
    if len(samples) < 2:
        raise ValueError(f"starts must hold at least 2 starts for a standard error, got {len(samples)}")
    return Estimate(mean=samples.mean(axis=0), standard_error=samples.std(axis=0, ddof=1) / np.sqrt(len(samples)),
                    samples=samples)


def displaced(key: jax.Array, states, scale: float = 1e-9):
    """``states`` with every floating-point element displaced by N(0, scale²): starts on a
    recorded trajectory that begin new orbits instead of retracing the recording."""
    _validate.positive("scale", scale)
    leaves, treedef = jax.tree.flatten(states)
    keys = jax.random.split(key, len(leaves))
    return treedef.unflatten([x + scale * jax.random.normal(k, jnp.shape(x), jnp.result_type(x))
                              if jnp.issubdtype(jnp.result_type(x), jnp.inexact) else x
                              for k, x in zip(keys, leaves)])
