"""Input protocols as small pytrees that are called with the time t [ms].

Because they are pytrees of arrays, an input can sit inside a run's ``params``: a new
protocol with the same number of sections does not recompile the run.
"""

from __future__ import annotations

from dataclasses import dataclass

import jax
import jax.numpy as jnp
import numpy as np

from . import _validate


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Piecewise:
    """A piecewise-constant signal: ``values[k]`` from ``starts[k]`` [ms] until the next start."""

    starts: jax.Array
    values: jax.Array

    def __call__(self, t):
        k = jnp.searchsorted(self.starts, t, side="right") - 1
        return jnp.where(k >= 0, self.values[jnp.clip(k, 0, None)], 0.0)


def constant(value) -> Piecewise:
    """``value`` at all t >= 0."""
    return Piecewise(starts=jnp.zeros(1), values=jnp.asarray([value], dtype=jnp.result_type(float)))


def sections(values, durations) -> Piecewise:
    """``values[k]`` for ``durations[k]`` ms, one section after the other from t = 0
    (0 after the last section ends)."""
    values, durations = np.asarray(values, float), np.asarray(durations, float)
    if values.shape != durations.shape or values.ndim != 1:
        raise ValueError(f"values and durations must be 1-D of one length, got {values.shape} and {durations.shape}")
    if np.any(durations < 0):
        raise ValueError(f"durations must be >= 0 ms, got {durations.tolist()}")
    ends = np.cumsum(durations)
    return Piecewise(starts=jnp.asarray(np.concatenate([[0.0], ends])),
                     values=jnp.asarray(np.concatenate([values, [0.0]])))


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Ramp:
    """Linear from ``value_start`` at ``t_start`` to ``value_stop`` at ``t_stop`` [ms], 0 outside."""

    t_start: jax.Array
    t_stop: jax.Array
    value_start: jax.Array
    value_stop: jax.Array

    def __call__(self, t):
        fraction = (t - self.t_start) / (self.t_stop - self.t_start)
        value = self.value_start + fraction * (self.value_stop - self.value_start)
        return jnp.where((t >= self.t_start) & (t < self.t_stop), value, 0.0)


def ramp(t_start, t_stop, value_start, value_stop) -> Ramp:
    """A linear ramp; see :class:`Ramp`."""
    _validate.non_negative("t_start", t_start)
    if not t_stop > t_start:
        raise ValueError(f"t_stop must be > t_start = {t_start}, got {t_stop!r}")
    as_array = lambda x: jnp.asarray(x, dtype=jnp.result_type(float))  # noqa: E731
    return Ramp(*map(as_array, (t_start, t_stop, value_start, value_stop)))


def poisson_spikes(key: jax.Array, rate, dt, shape=()) -> jax.Array:
    """Boolean spikes of independent Poisson trains at ``rate`` [Hz] in one step of ``dt`` [ms].

    A step holds at most one spike, so ``0 <= rate * dt <= 1000`` (probability ≤ 1): checked
    when ``rate`` and ``dt`` are concrete (under tracing they cannot be).
    """
    if not any(isinstance(x, jax.core.Tracer) for x in (rate, dt)):
        values = np.asarray(rate, dtype=float) * float(dt) * 1e-3
        if not np.all((values >= 0) & (values <= 1)):
            raise ValueError(f"rate * dt must lie in [0, 1000] Hz·ms (one spike per step at most, rate >= 0), "
                             f"got rate in [{np.min(rate)}, {np.max(rate)}] Hz at dt = {dt} ms")
    probability = jnp.asarray(rate) * dt * 1e-3
    return jax.random.uniform(key, jnp.broadcast_shapes(shape, jnp.shape(probability))) < probability
