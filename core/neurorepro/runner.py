"""The runner: a model's step function compiled once with ``jax.lax.scan``.

A model is a pure function ``step(state, params, clock) -> state``. ``state`` and ``params``
are pytrees; ``clock`` is a :class:`Clock` holding the time t [ms] at the start of the step,
the step size dt [ms], the step index and a ``jax.random`` key for that step. Parameters,
initial state, dt and key are arguments of the compiled function, so new values never
recompile; :func:`sweep` maps the same compiled run over a batch of parameters with ``vmap``.

Long runs are split into chunks of ``chunk_steps`` steps: each chunk continues from the last
state, and its monitored samples move to host memory before the next one starts, so device
memory does not grow with the duration. The key of step i is ``fold_in(key, i)``: a run's
result does not depend on how it is chunked. The state at the end of every chunk is checked
for NaN/Inf (a per-step check would slow every step); when it fails, the chunk is rerun with a
check at every step, and the run stops with :class:`SimulationDiverged` naming the variable
and the time it first went bad. (A NaN that a reset overwrites within the chunk goes unseen.)
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

from . import _validate

PyTree = Any


class Clock(NamedTuple):
    """Where a step stands: t [ms] at its start, dt [ms], step index i, and its random key."""

    t: jax.Array
    dt: jax.Array
    i: jax.Array
    key: jax.Array


class SimulationDiverged(FloatingPointError):
    """A state variable became NaN or infinite."""


class RunResult(NamedTuple):
    """Final state, monitor results by name, and the time [ms] the run ended at."""

    state: PyTree
    monitors: dict[str, Any]
    t_end: float

    def __getitem__(self, name):
        if isinstance(name, str):
            return self.monitors[name]
        return tuple.__getitem__(self, name)


def _leaf_names(state) -> list[str]:
    """Dotted names of the state's leaves, e.g. "neuron.v" or "g_e"."""
    def name(path):
        parts = [getattr(k, "name", getattr(k, "key", getattr(k, "idx", k))) for k in path]
        return ".".join(map(str, parts)) or "state"

    return [name(path) for path, _ in jax.tree_util.tree_flatten_with_path(state)[0]]


def _first_non_finite(state) -> jax.Array:
    """Index of the first floating-point leaf holding NaN/Inf, or -1."""
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


@functools.lru_cache(maxsize=64)
def _compile(step: Callable, monitors: tuple, n_steps: int, locate_divergence: bool, keys: str | None,
             param_axes: tuple | None = None):
    """A jitted ``chunk(state, params, key, i0, dt) -> (state, samples, bad_step, bad_leaf)``.

    With ``locate_divergence`` every step checks the state for NaN/Inf and the chunk returns the
    first bad step and leaf (-1 if none); without it (the fast path) they are -1. ``keys`` is
    None for a single run; for a sweep (vmapped over axis 0 of state and params) it is
    "shared" (one random stream for every entry) or "batched" (one key per entry), and
    ``param_axes`` is (treedef of params, 0 or None per leaf): which leaves carry the batch.
    """

    def chunk(state, params, key, i0, dt):
        def body(carry, i):
            state, bad_step, bad_leaf = carry
            clock = Clock(t=i * dt, dt=dt, i=i, key=jax.random.fold_in(key, i))
            state = step(state, params, clock)
            samples = tuple(m.sample(state) for m in monitors)
            if locate_divergence:
                leaf = _first_non_finite(state)
                newly = (bad_step < 0) & (leaf >= 0)
                bad_step = jnp.where(newly, i, bad_step)
                bad_leaf = jnp.where(newly, leaf, bad_leaf)
            return (state, bad_step, bad_leaf), samples

        start = (state, jnp.asarray(-1, jnp.int32), jnp.asarray(-1, jnp.int32))
        indices = i0 + jnp.arange(n_steps, dtype=jnp.int32)
        (state, bad_step, bad_leaf), samples = jax.lax.scan(body, start, indices)
        return state, samples, bad_step, bad_leaf

    if keys is not None:
        treedef, axes = param_axes
        chunk = jax.vmap(chunk, in_axes=(0, treedef.unflatten(axes), 0 if keys == "batched" else None,
                                         None, None))
    return jax.jit(chunk)


@jax.jit
def _chunk_end_is_finite(state) -> jax.Array:
    return _first_non_finite(state) < 0


def _chunk_plan(n_total: int, chunk_steps: int | None, bytes_per_step: int) -> int:
    if chunk_steps is not None:
        return _validate.count("chunk_steps", chunk_steps)
    budget = 256 * 2**20  # monitored bytes held on the device per chunk
    return max(1, min(n_total, 10_000, budget // max(bytes_per_step, 1)))


def _simulate(step, state, params, *, duration, dt, monitors, key, t0, chunk_steps,
              check_finite, progress, keys, param_axes=None, batch=None):
    n_total = _validate.n_steps(duration, dt)
    i_start = int(round(_validate.non_negative("t0", t0) / dt))
    monitors = dict(monitors or {})
    names, mons = tuple(monitors), tuple(monitors.values())
    key = jax.random.key(0) if key is None else key

    probe = jax.eval_shape(
        lambda s: tuple(m.sample(s) for m in mons),
        state if batch is None else jax.tree.map(lambda x: x[0], state),
    )
    bytes_per_step = sum(math.prod(p.shape) * p.dtype.itemsize for p in probe) * (batch or 1)
    per_chunk = _chunk_plan(n_total, chunk_steps, bytes_per_step)

    host = [[] for _ in mons]
    leaf_names = _leaf_names(state)
    dt_arr = jnp.asarray(dt, dtype=jnp.result_type(float))
    done = 0
    # passing disable only when asked leaves tqdm's own TQDM_DISABLE variable in charge otherwise
    bar_options = {"disable": True} if progress is False else {}
    with tqdm(total=n_total, unit="step", delay=2.0, desc="simulating", leave=False, **bar_options) as bar:
        while done < n_total:
            n = min(per_chunk, n_total - done)
            i0 = jnp.asarray(i_start + done, jnp.int32)
            start = state
            state, samples, _, _ = _compile(step, mons, n, False, keys, param_axes)(state, params, key, i0, dt_arr)
            if check_finite and not bool(jnp.all(_chunk_end_is_finite(state))):
                # rerun the chunk checking every step, to name the first bad variable and step
                _, _, bad_step, bad_leaf = _compile(step, mons, n, True, keys, param_axes)(start, params, key, i0, dt_arr)
                _raise_if_diverged(np.asarray(bad_step), np.asarray(bad_leaf), leaf_names, dt)
            for store, s in zip(host, samples):
                store.append(np.asarray(s))
            done += n
            bar.update(n)

    t = (i_start + np.arange(1, n_total + 1)) * dt
    results = {}
    for name, monitor, store in zip(names, mons, host):
        data = np.concatenate(store, axis=0 if batch is None else 1)
        if batch is None:
            results[name] = monitor.collect(data, t, dt, state)
        else:
            entries = [jax.tree.map(lambda x: x[b], state) for b in range(batch)]
            results[name] = [monitor.collect(d, t, dt, entry) for d, entry in zip(data, entries)]
    return RunResult(state=state, monitors=results, t_end=(i_start + n_total) * dt)


def _raise_if_diverged(bad_step, bad_leaf, leaf_names, dt):
    bad_step, bad_leaf = np.atleast_1d(bad_step), np.atleast_1d(bad_leaf)
    hit = np.flatnonzero(bad_step >= 0)
    if hit.size:
        b = hit[np.argmin(bad_step[hit])]
        where = f" in sweep element {b}" if bad_step.size > 1 else ""
        raise SimulationDiverged(
            f"variable {leaf_names[bad_leaf[b]]!r} became NaN/Inf{where} at step {bad_step[b]} "
            f"(t = {(bad_step[b] + 1) * dt:g} ms); reduce dt or check the parameters"
        )


def run(step: Callable, state: PyTree, params: PyTree = None, *, duration: float, dt: float,
        monitors: Mapping[str, Any] | None = None, key: jax.Array | None = None, t0: float = 0.0,
        chunk_steps: int | None = None, check_finite: bool = True,
        progress: bool | None = None) -> RunResult:
    """Run ``step`` for ``duration`` ms in steps of ``dt`` ms from ``state``.

    Args:
        step: ``step(state, params, clock) -> state``, a pure function. Keep the same function
            object across calls to reuse its compiled form.
        state: initial state pytree.
        params: parameter pytree (arrays are traced: new values do not recompile).
        duration, dt: run length and step [ms]; ``duration >= dt > 0``.
        monitors: ``{name: SpikeMonitor | StateMonitor | RateMonitor}``.
        key: ``jax.random`` key; step i receives ``fold_in(key, i)``.
        t0: start time [ms] when continuing an earlier run from its final state.
        chunk_steps: steps per compiled chunk (default: at most 10 000 steps and 256 MiB
            of monitored samples).
        check_finite: stop with :class:`SimulationDiverged` when the state turns NaN/Inf.
        progress: show a tqdm bar (it appears only if the run takes longer than 2 s);
            ``False`` hides it, and so does the environment variable ``TQDM_DISABLE=1``.
    """
    return _simulate(step, state, params, duration=duration, dt=dt, monitors=monitors, key=key,
                     t0=t0, chunk_steps=chunk_steps, check_finite=check_finite,
                     progress=progress, keys=None)


def sweep(step: Callable, state: PyTree, params: PyTree, *, duration: float, dt: float,
          monitors: Mapping[str, Any] | None = None, key: jax.Array | None = None,
          batch_state: bool = False, batch_keys: bool = False, param_axes: PyTree = 0,
          t0: float = 0.0, chunk_steps: int | None = None, check_finite: bool = True,
          progress: bool | None = None) -> RunResult:
    """Run one compiled, ``vmap``-ped simulation per entry of a batch of parameters.

    By default every leaf of ``params`` carries the batch on axis 0. ``param_axes`` — ``params``'
    structure with 0 (batched) or None (shared) at each leaf, as ``jax.vmap``'s ``in_axes`` —
    lets the other leaves be shared by every entry (a connectivity, say: one copy in memory
    instead of one per entry). The initial ``state`` is shared unless ``batch_state`` (then its
    leaves are batched too), and so is the random stream unless ``batch_keys`` (then ``key`` is
    an array of keys, one per entry). Monitor results are lists, one per entry; the final state
    is batched.
    """
    treedef = jax.tree.structure(params)
    if param_axes == 0:
        axes = (0,) * treedef.num_leaves
    else:
        axes_tree, axes_def = jax.tree.flatten(param_axes, is_leaf=lambda x: x is None)
        if axes_def.num_leaves != treedef.num_leaves or any(a not in (0, None) for a in axes_tree):
            raise ValueError("param_axes must have the structure of params with 0 or None at "
                             f"every leaf ({treedef.num_leaves} leaves), got {param_axes!r}")
        axes = tuple(axes_tree)
    leaves = jax.tree.leaves(params)
    sizes = {np.shape(leaf)[0] if np.ndim(leaf) else None for leaf, a in zip(leaves, axes) if a == 0}
    if len(sizes) != 1 or None in sizes:
        raise ValueError(f"the batched leaves of params must all carry the same leading batch "
                         f"axis, got sizes {sizes}")
    (size,) = sizes
    if not batch_state:
        state = jax.tree.map(lambda x: jnp.broadcast_to(x, (size, *jnp.shape(x))), state)
    key = jax.random.key(0) if key is None else key
    return _simulate(step, state, params, duration=duration, dt=dt, monitors=monitors, key=key,
                     t0=t0, chunk_steps=chunk_steps, check_finite=check_finite,
                     progress=progress, keys="batched" if batch_keys else "shared",
                     param_axes=(treedef, axes), batch=size)
