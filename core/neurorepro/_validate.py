"""Argument checks that fail early with a message naming the parameter and its allowed range."""

from __future__ import annotations

import math
from collections.abc import Iterable


def positive(name: str, value: float) -> float:
    """Return ``value`` if it is a finite number > 0, else raise ``ValueError``."""
    value = float(value)
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name} must be a finite number > 0, got {value!r}")
    return value


def non_negative(name: str, value: float) -> float:
    """Return ``value`` if it is a finite number >= 0, else raise ``ValueError``."""
    value = float(value)
    if not (math.isfinite(value) and value >= 0):
        raise ValueError(f"{name} must be a finite number >= 0, got {value!r}")
    return value


def probability(name: str, value: float) -> float:
    """Return ``value`` if it lies in [0, 1], else raise ``ValueError``."""
    value = float(value)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{name} must lie in [0, 1], got {value!r}")
    return value


def count(name: str, value: int, minimum: int = 1) -> int:
    """Return ``value`` if it is an integer >= ``minimum``, else raise ``ValueError``."""
    if int(value) != value or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return int(value)


def one_of(name: str, value: str, allowed: Iterable[str]) -> str:
    """Return ``value`` if it is one of ``allowed``, else raise ``ValueError`` listing them."""
    allowed = sorted(allowed)
    if value not in allowed:
        raise ValueError(f"{name} must be one of {allowed}, got {value!r}")
    return value


def n_steps(duration: float, dt: float) -> int:
    """Number of steps of size ``dt`` [ms] in ``duration`` [ms]; both checked."""
    dt = positive("dt", dt)
    duration = float(duration)
    if not math.isfinite(duration) or duration < dt:
        raise ValueError(f"duration must be a finite number >= dt = {dt}, got {duration!r}")
    return int(round(duration / dt))


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
