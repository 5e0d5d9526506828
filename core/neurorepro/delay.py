"""Delay differential equations with constant delays: dy/dt = f(t, y(t), y(t − τ₁), …, args).

The state carries a ring buffer of the solution on the time grid, long enough for the largest
delay; each delay must be a whole number of steps, at least 2. Delayed values between grid
points (the stages of Heun and RK4) come from cubic Lagrange interpolation of four buffered
points, which keeps RK4 fourth-order accurate.

    state = delay.init(history, delays=(17.0,), dt=0.1)     # history: y(t) for t <= 0
    state = delay.step(f, t, state, dt, args, method="rk4")  # inside a runner step function
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from . import _validate


class DelayState(NamedTuple):
    y: jax.Array        # y(t), the current state
    buffer: jax.Array   # y on the grid, buffer[k % depth] = y(t_k), t_0 = 0
    k: jax.Array        # index of the current time on the grid
    lags: jax.Array     # int[n_delays], each delay in steps


def init(history: Callable | jax.Array, delays, dt: float) -> DelayState:
    """A DDE state at t = 0 whose past is ``history`` (a function of t <= 0, or a constant)."""
    dt = _validate.positive("dt", dt)
    delays = np.atleast_1d(np.asarray(delays, float))
    lags = np.rint(delays / dt).astype(int)
    if np.any(~np.isclose(lags * dt, delays, rtol=1e-9, atol=1e-12)) or np.any(lags < 2):
        raise ValueError(f"delays must be whole multiples of dt = {dt} and at least 2 dt, got {delays.tolist()}")
    depth = int(lags.max()) + 3
    times = -dt * np.arange(depth)  # t_0 = 0 back to t_{-(depth-1)}
    values = _history_on_grid(history, times)
    buffer = values[(-np.arange(depth)) % depth]  # value at t_j sits at j % depth
    return DelayState(y=values[0], buffer=buffer, k=jnp.asarray(0), lags=jnp.asarray(lags))


def _history_on_grid(history, times: np.ndarray) -> jax.Array:
    """``history`` at every time of ``times``, in one vectorised call where it allows (a
    history written with jnp), else point by point on the host (Python control flow on t)."""
    if not callable(history):
        value = jnp.asarray(history, dtype=float)
        return jnp.broadcast_to(value, (len(times), *value.shape))
    try:
        return jax.vmap(lambda t: jnp.asarray(history(t), dtype=float))(jnp.asarray(times))
    except jax.errors.JAXTypeError:  # e.g. ``if t < -5:``: no tracer allowed
        return jnp.asarray(np.stack([np.asarray(history(t), dtype=float) for t in times]))


def _delayed(state: DelayState, offset):
    """y(t_k − lag·dt + offset·dt) for each lag, offset ∈ {0, 1/2, 1}, by cubic interpolation."""
    depth = state.buffer.shape[0]
    base = state.k - state.lags  # grid index of t − τ

    def at(j):
        return state.buffer[j % depth]

    if offset == 0:
        return at(base)
    if offset == 1:
        return at(base + 1)
    # Lagrange cubic through j−1, j, j+1, j+2 evaluated at j + 1/2
    w = jnp.array([-1.0, 9.0, 9.0, -1.0]) / 16.0
    points = jnp.stack([at(base - 1), at(base), at(base + 1), at(base + 2)])
    return jnp.tensordot(w, points, axes=1)


def step(f: Callable, t, state: DelayState, dt, args=None, method: str = "rk4") -> DelayState:
    """Advance a DDE by one step ``dt`` with ``method`` ("euler", "heun" or "rk4").

    ``f(t, y, y_delayed, args)`` gets ``y_delayed[i] = y(t − τᵢ)``.
    """
    method = _validate.one_of("method", method, ("euler", "heun", "rk4"))
    y = state.y
    lag0, lag_half, lag1 = (_delayed(state, o) for o in (0, 0.5, 1))
    k1 = f(t, y, lag0, args)
    if method == "euler":
        y_next = y + dt * k1
    elif method == "heun":
        k2 = f(t + dt, y + dt * k1, lag1, args)
        y_next = y + 0.5 * dt * (k1 + k2)
    else:
        k2 = f(t + 0.5 * dt, y + 0.5 * dt * k1, lag_half, args)
        k3 = f(t + 0.5 * dt, y + 0.5 * dt * k2, lag_half, args)
        k4 = f(t + dt, y + dt * k3, lag1, args)
        y_next = y + dt / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4)
    k = state.k + 1
    buffer = state.buffer.at[k % state.buffer.shape[0]].set(y_next)
    return DelayState(y=y_next, buffer=buffer, k=k, lags=state.lags)
