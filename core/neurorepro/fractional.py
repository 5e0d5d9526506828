"""Fractional-order (Caputo) differential equations, D^α y = f(t, y), 0 < α ≤ 1.

The Grünwald–Letnikov scheme for the Caputo derivative (the Riemann–Liouville derivative of
y − y(0)) gives, with step h and weights w₀ = 1, w_j = w_{j−1} (1 − (1 + α)/j),

    y_n = y_0 + h^α f(t_{n−1}, y_{n−1}) − Σ_{j=1}^{n} w_j (y_{n−j} − y_0),

a first-order explicit scheme whose every step looks back over the whole past: the memory of
a fractional derivative. The state keeps the last ``memory`` values in a ring buffer; a memory
shorter than the run truncates the sum (the "short-memory principle", Podlubny 1999), exact
when the memory covers the run. Truncation treats the forgotten past as y_0: it acts like an
added leak κ_L (y − y_0) with κ_L = h^−α Σ_{j≤L} w_j ≈ (L h)^−α / Γ(1 − α), which shifts the
fixed points slightly. α may differ between components (an array like y).

    state = fractional.init(y0, memory=n_steps)
    state = fractional.grunwald_letnikov(f, t, state, dt, alpha, args)   # in a step function
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from jax.scipy.special import gammaln

from . import _validate


class FractionalState(NamedTuple):
    y: jax.Array        # y(t_n)
    y0: jax.Array       # the initial value the Caputo derivative refers to
    history: jax.Array  # history[n % memory] = y_n, the last ``memory`` values
    n: jax.Array        # steps taken


def init(y0, memory: int) -> FractionalState:
    """A state at y(0) = ``y0`` that remembers ``memory`` past steps (use the run's length
    for the exact scheme)."""
    memory = _validate.count("memory", memory)
    y0 = jnp.asarray(y0, dtype=float)
    history = jnp.zeros((memory, *y0.shape), y0.dtype).at[0].set(y0)
    return FractionalState(y=y0, y0=y0, history=history, n=jnp.asarray(0))


def _check_order(alpha):
    """True where 0 < α ≤ 1; a concrete α outside raises ``ValueError`` naming it."""
    if not isinstance(alpha, jax.core.Tracer):
        values = np.asarray(alpha, dtype=float)
        if not np.all((values > 0) & (values <= 1)):
            raise ValueError(f"alpha (the fractional order) must lie in (0, 1], got {values.tolist()}")
        return True
    return (alpha > 0) & (alpha <= 1)


@functools.partial(jax.jit, static_argnums=1)
def weights(alpha, count: int) -> jax.Array:
    """Grünwald–Letnikov weights w_1 … w_count, w_j = (−1)^j C(α, j), for each α (last axis)."""
    alpha = jnp.asarray(alpha, dtype=float)
    j = jnp.arange(1, count + 1, dtype=float).reshape((count,) + (1,) * alpha.ndim)
    return jnp.cumprod(1.0 - (1.0 + alpha) / j, axis=0)


def grunwald_letnikov(f: Callable, t, state: FractionalState, dt, alpha, args=None) -> FractionalState:
    """One step of D^α y = f(t, y, args) (Caputo, 0 < α ≤ 1), see the module docstring.

    An order outside (0, 1] raises ``ValueError`` when ``alpha`` is concrete; when it is traced
    (a parameter of a run) the step returns NaN, which the runner reports as a divergence.
    """
    alpha_ok = _check_order(alpha)
    memory = state.history.shape[0]
    alpha = jnp.broadcast_to(jnp.asarray(alpha, dtype=state.y.dtype), state.y.shape)
    w = weights(alpha, memory)  # w_1 … w_memory, each shaped like y
    n = state.n
    j = jnp.arange(1, memory + 1)
    past_index = n + 1 - j          # y_{n+1-j}, j = 1 … memory
    reachable = (past_index >= 0).reshape((memory,) + (1,) * state.y.ndim)
    past = state.history[past_index % memory] - state.y0
    memory_term = jnp.sum(jnp.where(reachable, w * past, 0.0), axis=0)
    y_next = state.y0 + dt**alpha * f(t, state.y, args) - memory_term
    y_next = jnp.where(alpha_ok, y_next, jnp.nan)
    history = state.history.at[(n + 1) % memory].set(y_next)
    return FractionalState(y=y_next, y0=state.y0, history=history, n=n + 1)


def truncation_leak(alpha, memory: int, dt):
    """κ_L = h^−α (1 + Σ_{j=1}^{L} w_j) = h^−α Γ(L + 1 − α) / (Γ(1 − α) L!): the leak
    κ_L (y − y_0) that a memory of L = ``memory`` steps of size h = ``dt`` adds to the scheme
    (see the module docstring; ≈ (L h)^−α / Γ(1 − α) for large L). Per unit time; for each α."""
    memory = _validate.count("memory", memory)
    alpha = jnp.asarray(alpha, dtype=jnp.result_type(float))
    log_sum = gammaln(memory + 1.0 - alpha) - gammaln(1.0 - alpha) - gammaln(memory + 1.0)
    return jnp.exp(log_sum) / jnp.asarray(dt, alpha.dtype) ** alpha


def matignon_order(eigenvalues) -> jax.Array:
    """The largest order α* = (2/π) min |arg λ| for which an equilibrium with Jacobian
    eigenvalues λ is stable: D^α y = f(y) is locally asymptotically stable there iff
    |arg λ| > απ/2 for every λ (Matignon 1996), i.e. iff α < α*. Over the last axis."""
    return 2.0 / jnp.pi * jnp.min(jnp.abs(jnp.angle(jnp.asarray(eigenvalues))), axis=-1)
