"""Vector fields over pytrees seen as functions of one flat vector (the analysis works there)."""

from __future__ import annotations

from collections.abc import Callable

import jax
import jax.numpy as jnp
from jax.flatten_util import ravel_pytree

from ..stepping import replace_at


def flatten(vector_field: Callable, y_like, t=0.0, is_map: bool = False):
    """(g, y_flat, unravel): g(y_flat, args) is the field at y = unravel(y_flat) as a flat vector
    (for a map y -> F(y), ``is_map=True`` gives F(y) − y, whose zeros are its fixed points)."""
    y_flat, unravel = ravel_pytree(y_like)

    def g(z, args):
        out = ravel_pytree(vector_field(t, unravel(z), args))[0]
        return out - z if is_map else out

    return g, y_flat, unravel


def with_parameter(args, parameter: str | None, value):
    """``args`` with the dotted ``parameter`` set to ``value`` (``args`` itself for None: a
    scalar args is then the parameter)."""
    return value if parameter is None else replace_at(args, parameter, value)


def get_parameter(args, parameter: str | None):
    if parameter is None:
        return args
    value = args
    for part in parameter.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def default_tol(dtype) -> float:
    """Residual tolerance: 1e-9 in double precision, 1e-4 in single."""
    return 1e-9 if jnp.finfo(dtype).bits >= 64 else 1e-4


def batched_unravel(unravel, flats):
    """A pytree whose leaves carry the leading axis of ``flats`` [k, n]."""
    return jax.vmap(unravel)(flats)
