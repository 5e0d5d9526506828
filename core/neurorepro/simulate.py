"""``simulate``: a model advanced step by step in one ``jax.lax.scan``, pure and on the device.

A model is a step function ``step(state, params, clock) -> state`` over pytrees (see
:func:`neurorepro.make_step` to make one from a vector field). :func:`simulate` runs it for
``n_steps`` steps and returns a :class:`Solution`: the final state, what ``save`` returned
every ``save_every`` steps, the times of those samples and a divergence flag. Nothing leaves the
device and nothing is checked on the host, so ``simulate`` composes with JAX's transformations:

    jax.jit(simulate, static_argnames=...)       # compiled with the caller
    jax.vmap(lambda p: simulate(step, y0, p, dt=0.1, n_steps=1000).state)(batched_params)
    jax.grad(lambda p: loss(simulate(step, y0, p, dt=0.1, n_steps=100, save=readout).saved))(p)

Step i (from ``start_step``) runs from t_i = i dt to t_i + dt; its :class:`Clock` holds t_i, dt,
i, the step's key ``fold_in(key, i)`` (so results do not depend on how a run is split) and the
step's slice ``inputs[i - start_step]`` of the input stream. A sample is taken after its step:
sample k belongs to the time (start_step + (k + 1) save_every) dt.

:func:`neurorepro.run` and :func:`neurorepro.sweep` are the host-side wrappers: chunks, progress,
records moved to the host, Brian-like monitors, and a divergence located and named.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp

from . import _validate

PyTree = Any


class Clock(NamedTuple):
    """Where a step stands: t [ms] at its start, dt [ms], step index i, its random key (None
    when the run was given none) and its slice of the input stream (None without inputs)."""

    t: jax.Array
    dt: jax.Array
    i: jax.Array
    key: jax.Array | None = None
    input: PyTree = None


class Solution(NamedTuple):
    """What :func:`simulate` returns (a pytree: it can leave ``jit`` and ``vmap``).

    Attributes:
        state: the state after the last step.
        saved: ``save``'s output stacked over samples on a leading axis (None without ``save``).
        t: time [ms] of each sample, at the end of its step.
        diverged: True if the final state holds a NaN or an infinity, or (with
            ``locate_divergence``) any state along the way did.
        bad_step: with ``locate_divergence``, the first step whose resulting state held a
            NaN/Inf, counted from ``start_step``; -1 if none (always -1 without it).
        bad_leaf: the index (in ``jax.tree.leaves`` order) of that state's first bad leaf, or -1.
    """

    state: PyTree
    saved: PyTree
    t: jax.Array
    diverged: jax.Array
    bad_step: jax.Array
    bad_leaf: jax.Array


def first_non_finite(state: PyTree) -> jax.Array:
    """Index (in ``jax.tree.leaves`` order) of the first floating-point leaf holding NaN/Inf, or -1."""
    flags = [
        jnp.logical_not(jnp.all(jnp.isfinite(leaf)))
        if jnp.issubdtype(jnp.result_type(leaf), jnp.inexact)
        else jnp.asarray(False)
        for leaf in jax.tree.leaves(state)
    ]
    if not flags:
        return jnp.asarray(-1, jnp.int32)
    flags = jnp.stack(flags)
    return jnp.where(jnp.any(flags), jnp.argmax(flags), -1).astype(jnp.int32)


def time_dtype(state: PyTree):
    """The dtype of t and dt in a run of ``state``: its floating-point leaves' (float32 for a
    float32 model also when x64 is on), else the default float."""
    floats = [leaf for leaf in jax.tree.leaves(state) if jnp.issubdtype(jnp.result_type(leaf), jnp.floating)]
    return jnp.result_type(*floats) if floats else jnp.result_type(float)


def _saver(save) -> Callable[[PyTree], PyTree] | None:
    """``save`` as a function of the state: a function, or a mapping of names to functions or
    monitors (objects with a ``sample(state)`` method), giving a dict of samples."""
    if save is None or callable(save):
        return save
    if isinstance(save, Mapping):
        samplers = {name: getattr(s, "sample", s) for name, s in save.items()}
        for name, sampler in samplers.items():
            if not callable(sampler):
                raise TypeError(f"save[{name!r}] must be a function of the state or a monitor, got {sampler!r}")
        return lambda state: {name: sampler(state) for name, sampler in samplers.items()}
    raise TypeError(f"save must be None, a function of the state or a mapping of them, got {save!r}")


def _count_steps(n_steps, duration, dt, inputs) -> int:
    """The number of steps from exactly one of n_steps, duration (with a concrete dt) and the
    length of the input stream; the stream, when given, must be that long."""
    lengths = {jnp.shape(leaf)[0] if jnp.ndim(leaf) else None for leaf in jax.tree.leaves(inputs)}
    if None in lengths or len(lengths) > 1:
        raise ValueError(f"every leaf of inputs must carry the time axis first, with one length; got lengths {lengths}")
    if n_steps is not None and duration is not None:
        raise ValueError("give n_steps or duration, not both")
    if n_steps is None and duration is not None:
        try:
            n_steps = _validate.n_steps(duration, dt)
        except (TypeError, jax.errors.ConcretizationTypeError) as error:
            raise ValueError("duration needs a concrete dt; under jit or vmap over dt pass n_steps") from error
    if n_steps is None:
        if not lengths:
            raise ValueError("give n_steps or duration (or inputs, whose length sets the number of steps)")
        (n_steps,) = lengths
    n_steps = _validate.count("n_steps", n_steps)
    if lengths and lengths != {n_steps}:
        raise ValueError(f"inputs must have one entry per step: {n_steps} steps, but inputs have length {lengths.pop()}")
    return n_steps


def simulate(step: Callable, state: PyTree, params: PyTree = None, *, dt, n_steps: int | None = None,
             duration: float | None = None, inputs: PyTree = None, save=None, save_every: int = 1,
             key: jax.Array | None = None, start_step=0, checkpoint: bool = False,
             locate_divergence: bool = False) -> Solution:
    """Advance ``state`` by ``n_steps`` steps of ``step`` in one ``lax.scan``; see the module docstring.

    Args:
        step: ``step(state, params, clock) -> state``, pure.
        state: initial state (pytree).
        params: parameters (pytree; traced, so new values never recompile).
        dt: step [ms] (may be traced).
        n_steps: number of steps (a Python int). Or give ``duration`` [ms] (with a concrete dt),
            or neither and let the input stream's length set it.
        inputs: a pytree of arrays whose leading axis is time, one entry per step; step i sees
            ``clock.input = inputs[i]`` (a per-step input current, say).
        save: what to record after each saved step: a function ``state -> pytree``, or a mapping
            of names to such functions or to monitors (:class:`neurorepro.StateMonitor`, …,
            evaluated by their ``sample``). Recorded on the device, differentiable.
        save_every: record after every ``save_every``-th step only (decimation);
            ``n_steps`` must be a multiple of it.
        key: ``jax.random`` key; step i gets ``fold_in(key, i)`` (None: ``clock.key`` is None).
        start_step: index of the first step (continuing an earlier run); t_i = i dt.
        checkpoint: rematerialise each saved block of steps in the backward pass
            (``jax.checkpoint``): memory for ``jax.grad`` grows with the number of samples,
            not of steps, at the cost of recomputing the steps.
        locate_divergence: check the state for NaN/Inf after every step and report the first
            bad step and leaf in the solution (costs a reduction over the state per step).
    """
    n_steps = _count_steps(n_steps, duration, dt, inputs)
    save_every = _validate.count("save_every", save_every)
    if n_steps % save_every:
        raise ValueError(f"n_steps must be a multiple of save_every = {save_every}, got {n_steps}")
    if not isinstance(key, jax.core.Tracer):  # under vmap the key is a tracer: checked by jax itself
        _validate.random_key("key", key)
    sample = _saver(save)
    dt = jnp.asarray(dt, dtype=time_dtype(state))
    start_step = jnp.asarray(start_step, jnp.int32)
    n_samples = n_steps // save_every

    def one_step(carry, xs):
        state, bad_step, bad_leaf = carry
        i, step_input = xs
        clock = Clock(t=i * dt, dt=dt, i=i, key=None if key is None else jax.random.fold_in(key, i),
                      input=step_input)
        state = step(state, params, clock)
        if locate_divergence:
            leaf = first_non_finite(state)
            newly = (bad_step < 0) & (leaf >= 0)
            bad_step = jnp.where(newly, i - start_step, bad_step)
            bad_leaf = jnp.where(newly, leaf, bad_leaf)
        return (state, bad_step, bad_leaf), None

    def block(carry, xs):
        """``save_every`` steps, then one sample."""
        if save_every == 1:
            carry, _ = one_step(carry, jax.tree.map(lambda x: x[0], xs))
        else:
            carry, _ = jax.lax.scan(one_step, carry, xs)
        return carry, (None if sample is None else sample(carry[0]))

    if checkpoint:
        block = jax.checkpoint(block)
    indices = start_step + jnp.arange(n_steps, dtype=jnp.int32)
    xs = jax.tree.map(lambda x: x.reshape(n_samples, save_every, *x.shape[1:]), (indices, inputs))
    start = (state, jnp.asarray(-1, jnp.int32), jnp.asarray(-1, jnp.int32))
    (state, bad_step, bad_leaf), saved = jax.lax.scan(block, start, xs)
    t = (start_step + save_every * jnp.arange(1, n_samples + 1, dtype=jnp.int32)) * dt
    diverged = (first_non_finite(state) >= 0) | (bad_step >= 0)
    return Solution(state=state, saved=saved, t=t, diverged=diverged, bad_step=bad_step, bad_leaf=bad_leaf)
