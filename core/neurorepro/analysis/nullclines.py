"""Nullclines of planar systems: the curves where one component of the flow vanishes.

For dy/dt = f(y) with y = (x₁, x₂), the x₁-nullcline is f₁(x₁, x₂) = 0 and the x₂-nullcline
f₂ = 0; fixed points lie where they cross. The field is evaluated on a grid (one ``vmap``-ped
call) and each zero level traced by contourpy (matplotlib's contouring engine), so every branch
of a nullcline is found, with linear interpolation between grid points.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import contourpy
import jax
import jax.numpy as jnp
import numpy as np

from .. import _validate
from ._flat import flatten


def nullclines(vector_field: Callable, y_like, args, xlim, ylim, *, resolution: int = 400,
               t=0.0) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """(curves where f₁ = 0, curves where f₂ = 0), each a list of float[k, 2] polylines, for a
    planar system whose state ``y_like`` (any pytree of two scalars; its first variable on x)."""
    resolution = _validate.count("resolution", resolution, minimum=3)
    _, z, _ = flatten(vector_field, y_like, t)
    if z.size != 2:
        raise ValueError(f"nullclines need a planar system (2 variables), the state has {z.size}")
    x = np.linspace(*xlim, resolution)
    y = np.linspace(*ylim, resolution)
    X, Y = np.meshgrid(x, y)
    grid = jnp.asarray(np.stack([X.ravel(), Y.ravel()], axis=1), dtype=z.dtype)
    field = np.asarray(field_on_grid(vector_field, y_like, grid, args, t)).reshape(resolution, resolution, 2)
    curves = []
    for component in range(2):
        generator = contourpy.contour_generator(X, Y, field[..., component])
        curves.append([np.asarray(line) for line in generator.lines(0.0) if len(line) > 1])
    return curves[0], curves[1]


@functools.partial(jax.jit, static_argnums=0)
def field_on_grid(vector_field: Callable, y_like, grid, args, t=0.0):
    """The flat field at every row of ``grid`` [k, n] (compiled once per vector field and shape)."""
    g, _, _ = flatten(vector_field, y_like, t)
    return jax.vmap(lambda w: g(w, args))(grid)
