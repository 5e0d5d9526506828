"""One model convention: a vector field, an optional event map, and a step made from them.

Every model in the package and in the notebooks is written as

* a **vector field** ``f(t, y, args) -> dy/dt``, the integrators' (and diffrax's) signature:
  ``y`` is a pytree of the continuous variables only, ``args`` the parameters (a pytree), t in
  ms and rates per ms;
* optionally an **event map** ``event(y_start, y, args, clock) -> (y, spike)`` applied after
  each integration step: it gets the state at the start and at the end of the step, detects
  spikes (a threshold reached, an upward crossing) and applies resets.

:func:`make_step` turns them into the runner's ``step(state, params, clock)`` with a chosen
method. Without an event map the runner's state is ``y`` itself; with one it is
:class:`Spiking` ``(y, spike)``, so a monitor records ``"y.v"`` and ``"spike"``. The same
vector field serves :mod:`neurorepro.analysis` (fixed points, Jacobians, continuation) and the
same step serves :func:`neurorepro.lyapunov_spectrum` and :func:`neurorepro.bifurcation.orbit_diagram`.

An input stream (``simulate(..., inputs=...)``) reaches the vector field through the parameters:
``make_step(..., input="I")`` replaces ``params.I`` by the step's input ``clock.input``.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp

from .integrators import euler_maruyama, get_method

PyTree = Any


class Spiking(NamedTuple):
    """The runner state of a model with an event map: its continuous variables ``y`` and
    which elements spiked in the last step (bool, shaped like the population)."""

    y: PyTree
    spike: jax.Array


def replace_at(tree, path: str, value):
    """``tree`` with the field at the dotted ``path`` replaced by ``value`` (dataclasses,
    named tuples and dicts, nested)."""
    head, _, rest = path.partition(".")
    if isinstance(tree, dict):
        if head not in tree:
            raise KeyError(f"parameters have no field {head!r} to receive the input")
        return {**tree, head: replace_at(tree[head], rest, value) if rest else value}
    if not hasattr(tree, head):
        raise KeyError(f"parameters {type(tree).__name__} have no field {head!r} to receive the input")
    new = replace_at(getattr(tree, head), rest, value) if rest else value
    if dataclasses.is_dataclass(tree):
        return dataclasses.replace(tree, **{head: new})
    if hasattr(tree, "_replace"):
        return tree._replace(**{head: new})
    raise TypeError(f"cannot replace field {head!r} of {type(tree).__name__}")


def _check_floating(y):
    """An integrator moves real numbers: name the state variable that is not one (the dtype is
    known when the step is traced, so this costs nothing in the compiled run)."""
    for path, leaf in jax.tree_util.tree_flatten_with_path(y)[0]:
        if not jnp.issubdtype(jnp.result_type(leaf), jnp.floating):
            name = ".".join(str(getattr(k, "name", getattr(k, "key", getattr(k, "idx", k)))) for k in path) or "y"
            raise TypeError(f"state variable {name!r} is {jnp.result_type(leaf)}: a vector field's variables must be "
                            f"floating-point (give them as floats, e.g. -65.0 rather than -65)")


@functools.cache
def make_step(vector_field: Callable, method: str | Callable = "rk4", *, event: Callable | None = None,
              input: str | None = None, noise: Callable | None = None) -> Callable:
    """The runner step ``step(state, params, clock)`` of a model.

    Args:
        vector_field: ``f(t, y, args) -> dy/dt`` (a pytree like y); ``args`` are the run's params.
        method: an integrator of :mod:`neurorepro.integrators` by name ("euler", "heun", "rk4",
            "exponential_euler") or a callable ``method(f, t, y, dt, args) -> y``.
        event: ``event(y_start, y, args, clock) -> (y, spike)``, applied after every step; the
            state is then :class:`Spiking` ``(y, spike)``.
        input: dotted name of the parameter that the step's input ``clock.input`` replaces (when
            the run has an input stream), e.g. ``"I"``.
        noise: diagonal noise amplitude ``g(t, y, args)`` [units of y / sqrt(ms)]: the step is then
            Euler–Maruyama for dy = f dt + g dW with increments drawn from ``clock.key``
            (``method`` must be "euler").

    Steps are cached: the same arguments give the same function object, so runs reuse their
    compiled form.
    """
    if noise is not None and method != "euler":
        raise ValueError(f"a step with noise uses Euler–Maruyama: method must be 'euler', got {method!r}")
    integrate = get_method(method)

    def step(state, params, clock):
        y_start = state.y if event is not None else state
        _check_floating(y_start)
        args = params if input is None or clock.input is None else replace_at(params, input, clock.input)
        if noise is None:
            y = integrate(vector_field, clock.t, y_start, clock.dt, args)
        else:
            if clock.key is None:
                raise ValueError("a step with noise needs a random key: pass key=jax.random.key(seed) to the run")
            y = euler_maruyama(vector_field, noise, clock.t, y_start, clock.dt, args, clock.key)
        if event is None:
            return y
        return Spiking(*event(y_start, y, args, clock))

    step.__doc__ = f"Step of {getattr(vector_field, '__name__', 'the model')} with {getattr(method, '__name__', method)}."
    return step
