"""Argument checks that fail early with a message naming the parameter and its allowed range."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np


def number(name: str, value) -> float:
    """``value`` as a float, or a ``TypeError`` naming ``name`` (a string, None, an array of
    several values are not numbers)."""
    try:
        if isinstance(value, (str, bytes, bool)) or (hasattr(value, "shape") and getattr(value, "size", 1) != 1):
            raise TypeError
        return float(value)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number, got {value!r}") from None


def positive(name: str, value: float) -> float:
    """Return ``value`` if it is a finite number > 0, else raise ``ValueError``."""
    value = number(name, value)
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a finite number > 0, got {value!r}")
    return value


def non_negative(name: str, value: float) -> float:
    """Return ``value`` if it is a finite number >= 0, else raise ``ValueError``."""
    value = number(name, value)
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    return value


def probability(name: str, value: float) -> float:
    """Return ``value`` if it lies in [0, 1], else raise ``ValueError``."""
    value = number(name, value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must lie in [0, 1], got {value!r}")
    return value


def count(name: str, value: int, minimum: int = 1) -> int:
    """Return ``value`` if it is an integer >= ``minimum``, else raise ``ValueError``."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be an integer >= {minimum}, got {value!r}")
    if not math.isfinite(value) or int(value) != value or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def one_of(name: str, value: str, allowed: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``allowed``, else raise ``ValueError`` listing them."""
    allowed = sorted(allowed)
    if value not in allowed:
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}")
    return value


def whole_steps(name: str, value: float, dt: float) -> int:
    """``value`` [ms] in steps of ``dt`` [ms], if it is a whole number of them (to 1e-9 relative):
    a time is never rounded to the grid silently."""
    steps = round(value / dt)
    if abs(steps * dt - value) > 1e-9 * max(abs(value), dt):
        raise ValueError(f"{name} must be a whole number of steps of dt = {dt:g} ms, got {value!r} ms "
                         f"= {value / dt:.6g} steps; use {steps * dt:g} ms, or a dt that divides it")
    return int(steps)


def n_steps(duration: float, dt: float) -> int:
    """Number of steps of size ``dt`` [ms] in ``duration`` [ms]; both checked."""
    dt = positive("dt", dt)
    duration = number("duration", duration)
    if not math.isfinite(duration) or duration < dt:
        raise ValueError(f"duration must be a finite number >= dt = {dt}, got {duration!r}")
    return whole_steps("duration", duration, dt)


def random_key(name: str, key, size: int | None = None):
    """Return ``key`` if it is None or a typed ``jax.random`` key (an array of ``size`` keys when
    ``size`` is given), else raise ``TypeError`` saying how to make one."""
    import jax
    import jax.numpy as jnp

    is_key = isinstance(key, jax.Array) and jnp.issubdtype(key.dtype, jax.dtypes.prng_key)
    if size is None:
        if key is not None and not (is_key and key.shape == ()):
            raise TypeError(f"{name} must be a typed jax.random key (jax.random.key(seed)) or None, got {key!r}")
    elif not (is_key and key.shape == (size,)):
        raise TypeError(f"{name} must be an array of {size} typed jax.random keys, one per entry "
                        f"(jax.random.split(key, {size})), got {key!r}")
    return key


def float_array(value):
    """``value`` as a floating-point array: a float dtype it has is kept (a float32 model stays
    float32 with x64 on); integers and Python numbers become the default float."""
    import jax.numpy as jnp

    value = jnp.asarray(value)
    return value if jnp.issubdtype(value.dtype, jnp.floating) else value.astype(jnp.result_type(float))
