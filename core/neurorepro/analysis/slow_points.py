"""Fixed and slow points of a trained network by optimisation (Sussillo & Barak 2013).

Each start x is moved downhill on the speed q(x) = ½ |F(x)|², with F the vector field, by an
optax optimiser; all starts in one ``vmap``-ped, compiled loop. Minima with q ≈ 0 are fixed
points; shallow minima with small q > 0 are slow points, where the flow nearly stops, and
explain how trained networks compute. Linearising there (:func:`neurorepro.analysis.jacobian`)
shows the local dynamics.

Sussillo, D. & Barak, O. (2013). Opening the black box: low-dimensional dynamics in
high-dimensional recurrent neural networks. Neural Comput. 25(3), 626–649.
doi:10.1162/NECO_a_00409
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
import optax
from jax.flatten_util import ravel_pytree

from .. import _validate
from ._flat import batched_unravel, flatten


class SlowPoints(NamedTuple):
    """Where each start ended: ``y`` (pytree, leading axis of starts), ``flat`` float[k, n],
    and the speed ``q`` = ½|F|² there."""

    y: Any
    flat: np.ndarray
    q: np.ndarray


def speed(vector_field: Callable, y, args=None, t=0.0) -> jax.Array:
    """q(y) = ½ |F(y)|², the squared speed of the flow at y."""
    return 0.5 * jnp.sum(ravel_pytree(vector_field(t, y, args))[0] ** 2)


_ADAM = optax.adam(1e-2)  # one default optimiser object, so that calls share its compiled loop


def slow_points(vector_field: Callable, starts, args=None, *, n_steps: int = 2000,
                optimizer: optax.GradientTransformation | None = None, t=0.0) -> SlowPoints:
    """Minimise q = ½|F|² from every start (a pytree with a leading axis of starts) with
    ``optimizer`` (default ``optax.adam(1e-2)``) for ``n_steps`` steps. Compiled once per vector
    field, optimiser object, ``n_steps`` and state structure: new starts, args and t do not
    recompile (pass the same optimiser object to reuse it)."""
    n_steps = _validate.count("n_steps", n_steps)
    optimizer = _ADAM if optimizer is None else optimizer
    first = jax.tree.map(lambda x: x[0], starts)
    _, z, unravel = flatten(vector_field, first, t)
    flats = jax.vmap(lambda y: ravel_pytree(y)[0])(starts)
    leaves, treedef = jax.tree.flatten(first)
    descend_all = _compiled(vector_field, optimizer, n_steps, treedef,
                            tuple((jnp.shape(x), jnp.result_type(x)) for x in leaves))
    flat, q_values = descend_all(flats, args, jnp.asarray(t, z.dtype))
    return SlowPoints(y=batched_unravel(unravel, flat), flat=np.asarray(flat), q=np.asarray(q_values))


@functools.lru_cache(maxsize=32)
def _compiled(vector_field: Callable, optimizer, n_steps: int, treedef, leaf_types):
    """The vmapped descent of every start, compiled once per field, optimiser, steps and structure."""
    y_like = treedef.unflatten([jnp.zeros(shape, dtype) for shape, dtype in leaf_types])

    @jax.jit
    def descend_all(flats, args, t):
        g, _, _ = flatten(vector_field, y_like, t)

        def q(z):
            return 0.5 * jnp.sum(g(z, args) ** 2)

        def descend(z):
            def body(carry, _):
                z, state = carry
                updates, state = optimizer.update(jax.grad(q)(z), state, z)
                return (optax.apply_updates(z, updates), state), None

            (z, _), _ = jax.lax.scan(body, (z, optimizer.init(z)), None, length=n_steps)
            return z, q(z)

        return jax.vmap(descend)(flats)

    return descend_all
