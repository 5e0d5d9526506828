"""``run`` and ``sweep``: host-side wrappers over :func:`neurorepro.simulate`.

A model is a pure function ``step(state, params, clock) -> state`` (see :class:`Clock`).
:func:`run` compiles :func:`~neurorepro.simulate` once for a step function and a set of
monitors; parameters, initial state, dt, key and input stream are arguments of the compiled
function, so new values never recompile. :func:`sweep` maps the same compiled run over a batch
of parameters with ``vmap`` and returns every result with a leading batch axis.

Long runs are split into chunks of ``chunk_steps`` steps: each chunk continues from the last
state, and its monitored samples move to host memory before the next one starts, so device
memory does not grow with the duration. The key of step i is ``fold_in(key, i)``: a run's
result does not depend on how it is chunked. ``simulate`` flags a chunk whose final state holds
a NaN/Inf; that chunk is then rerun with a check at every step, and the run stops with
:class:`SimulationDiverged` naming the variable and the time it first went bad. (A NaN that a
reset overwrites within the chunk goes unseen.)
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

from . import _validate
from .simulate import Clock, simulate

__all__ = ["Clock", "RunResult", "SimulationDiverged", "run", "sweep"]

PyTree = Any


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


def leaf_names(state) -> list[str]:
    """Dotted names of the state's leaves, e.g. "neuron.y.v" or "g_e"."""
    def name(path):
        parts = [getattr(k, "name", getattr(k, "key", getattr(k, "idx", k))) for k in path]
        return ".".join(map(str, parts)) or "state"

    return [name(path) for path, _ in jax.tree_util.tree_flatten_with_path(state)[0]]


@functools.lru_cache(maxsize=64)
def _compile(step: Callable, monitors: tuple, n_steps: int, locate_divergence: bool,
             batch: tuple | None = None):
    """A jitted ``chunk(state, params, key, i0, dt, inputs, offset) -> (state, samples, diverged,
    bad_step, bad_leaf)``: :func:`simulate` over ``n_steps`` steps sampling ``monitors``, fed
    the steps ``offset`` … ``offset + n_steps − 1`` of the whole input stream ``inputs``.

    ``batch`` is None for a single run; for a sweep it is (treedef of params, 0 or None per
    leaf of params, keys batched?, inputs batched?): the chunk is vmapped over axis 0 of the
    state and of the batched leaves.
    """

    def chunk(state, params, key, i0, dt, inputs, offset):
        # this chunk's steps of the input stream, cut on the device: one compile for every chunk
        inputs = jax.tree.map(lambda x: jax.lax.dynamic_slice_in_dim(x, offset, n_steps, axis=0), inputs)
        solution = simulate(step, state, params, dt=dt, n_steps=n_steps, inputs=inputs,
                            save=(lambda s: tuple(m.sample(s) for m in monitors)) if monitors else None,
                            key=key, start_step=i0, locate_divergence=locate_divergence)
        return solution.state, solution.saved, solution.diverged, solution.bad_step, solution.bad_leaf

    if batch is not None:
        treedef, axes, keys_batched, inputs_batched = batch
        chunk = jax.vmap(chunk, in_axes=(0, treedef.unflatten(axes), 0 if keys_batched else None,
                                         None, None, 0 if inputs_batched else None, None))
    return jax.jit(chunk)


def _chunk_plan(n_total: int, chunk_steps: int | None, bytes_per_step: int) -> int:
    if chunk_steps is not None:
        return _validate.count("chunk_steps", chunk_steps)
    budget = 256 * 2**20  # monitored bytes held on the device per chunk
    return max(1, min(n_total, 10_000, budget // max(bytes_per_step, 1)))


def _run_chunks(step, state, params, *, duration, dt, monitors, inputs, key, t0, chunk_steps,
                check_finite, progress, batch=None, size=None):
    n_total = _validate.n_steps(duration, dt)
    i_start = int(round(_validate.non_negative("t0", t0) / dt))
    monitors = dict(monitors or {})
    names, mons = tuple(monitors), tuple(monitors.values())
    single_state = state if size is None else jax.tree.map(lambda x: x[0], state)
    for name, monitor in monitors.items():
        if hasattr(monitor, "check"):
            monitor.check(single_state, name)
    time_axis = 1 if batch is not None and batch[3] else 0
    if inputs is not None:
        lengths = {np.shape(leaf)[time_axis] for leaf in jax.tree.leaves(inputs)}
        if lengths != {n_total}:
            raise ValueError(f"inputs must have one entry per step along axis {time_axis}: "
                             f"{n_total} steps, got lengths {sorted(lengths)}")
        inputs = jax.tree.map(jnp.asarray, inputs)  # on the device once, cut per chunk there

    probe = jax.eval_shape(lambda s: tuple(m.sample(s) for m in mons), single_state)
    bytes_per_step = sum(math.prod(p.shape) * p.dtype.itemsize for p in probe) * (size or 1)
    per_chunk = _chunk_plan(n_total, chunk_steps, bytes_per_step)

    host = [[] for _ in mons]
    names_of_leaves = leaf_names(state)
    dt_arr = jnp.asarray(dt, dtype=jnp.result_type(float))
    done = 0
    # TQDM_DISABLE is read here too: tqdm's notebook bar (tqdm.auto in a kernel) ignores it
    hidden = progress is False or os.environ.get("TQDM_DISABLE", "").lower() in ("1", "true", "yes")
    bar_options = {"disable": True} if hidden else {}
    with tqdm(total=n_total, unit="step", delay=2.0, desc="simulating", leave=False, **bar_options) as bar:
        while done < n_total:
            n = min(per_chunk, n_total - done)
            i0 = jnp.asarray(i_start + done, jnp.int32)
            offset = jnp.asarray(done, jnp.int32)
            start = state
            state, samples, diverged, _, _ = _compile(step, mons, n, False, batch)(
                state, params, key, i0, dt_arr, inputs, offset)
            if check_finite and bool(jnp.any(diverged)):
                # rerun the chunk checking every step, to name the first bad variable and step
                _, _, _, bad_step, bad_leaf = _compile(step, mons, n, True, batch)(
                    start, params, key, i0, dt_arr, inputs, offset)
                _raise_if_diverged(np.asarray(bad_step) + i_start + done, np.asarray(bad_leaf),
                                   names_of_leaves, dt)
            for store, s in zip(host, samples or ()):
                store.append(np.asarray(s))
            done += n
            bar.update(n)

    t = (i_start + np.arange(1, n_total + 1)) * dt
    results = {}
    for name, monitor, store in zip(names, mons, host):
        data = np.concatenate(store, axis=0 if size is None else 1)
        if size is None:
            results[name] = monitor.collect(data, t, dt, state)
        else:
            results[name] = monitor.collect_sweep(data, t, dt, state)
    return RunResult(state=state, monitors=results, t_end=(i_start + n_total) * dt)


def _raise_if_diverged(bad_step, bad_leaf, names, dt):
    bad_step, bad_leaf = np.atleast_1d(bad_step), np.atleast_1d(bad_leaf)
    hit = np.flatnonzero(bad_leaf >= 0)
    if hit.size:
        b = hit[np.argmin(bad_step[hit])]
        where = f" in sweep element {b}" if bad_step.size > 1 else ""
        raise SimulationDiverged(
            f"variable {names[bad_leaf[b]]!r} became NaN/Inf{where} at step {bad_step[b]} "
            f"(t = {(bad_step[b] + 1) * dt:g} ms); reduce dt or check the parameters"
        )


def run(step: Callable, state: PyTree, params: PyTree = None, *, duration: float, dt: float,
        monitors: Mapping[str, Any] | None = None, inputs: PyTree = None, key: jax.Array | None = None,
        t0: float = 0.0, chunk_steps: int | None = None, check_finite: bool = True,
        progress: bool | None = None) -> RunResult:
    """Run ``step`` for ``duration`` ms in steps of ``dt`` ms from ``state``.

    Args:
        step: ``step(state, params, clock) -> state``, a pure function. Keep the same function
            object across calls to reuse its compiled form.
        state: initial state pytree.
        params: parameter pytree (arrays are traced: new values do not recompile).
        duration, dt: run length and step [ms]; ``duration >= dt > 0``.
        monitors: ``{name: SpikeMonitor | StateMonitor | RateMonitor}``.
        inputs: per-step input stream, a pytree of arrays with one entry per step on axis 0;
            step i sees ``clock.input = inputs[i]``.
        key: ``jax.random`` key; step i receives ``fold_in(key, i)`` (None: ``clock.key`` is None).
        t0: start time [ms] when continuing an earlier run from its final state.
        chunk_steps: steps per compiled chunk (default: at most 10 000 steps and 256 MiB
            of monitored samples).
        check_finite: stop with :class:`SimulationDiverged` when the state turns NaN/Inf.
        progress: show a tqdm bar (it appears only if the run takes longer than 2 s);
            ``False`` hides it, and so does the environment variable ``TQDM_DISABLE=1``
            (also in a Jupyter kernel, whose notebook bar tqdm itself does not switch off).
    """
    _validate.random_key("key", key)
    return _run_chunks(step, state, params, duration=duration, dt=dt, monitors=monitors, inputs=inputs,
                       key=key, t0=t0, chunk_steps=chunk_steps, check_finite=check_finite,
                       progress=progress)


def sweep(step: Callable, state: PyTree, params: PyTree, *, duration: float, dt: float,
          monitors: Mapping[str, Any] | None = None, inputs: PyTree = None, key: jax.Array | None = None,
          batch_state: bool = False, batch_keys: bool = False, batch_inputs: bool = False,
          param_axes: PyTree = 0, t0: float = 0.0, chunk_steps: int | None = None,
          check_finite: bool = True, progress: bool | None = None) -> RunResult:
    """Run one compiled, ``vmap``-ped simulation per entry of a batch of parameters.

    By default every leaf of ``params`` carries the batch on axis 0. ``param_axes`` — ``params``'
    structure with 0 (batched) or None (shared) at each leaf, as ``jax.vmap``'s ``in_axes`` —
    lets the other leaves be shared by every entry (a connectivity, say: one copy in memory
    instead of one per entry). The initial ``state`` is shared unless ``batch_state`` (then its
    leaves are batched too), the random stream unless ``batch_keys`` (then ``key`` is an array of
    keys, one per entry), and the input stream unless ``batch_inputs`` (then its leaves are
    [entry, step, ...]).

    Results carry the batch on a leading axis: the final state's leaves, ``Trace.values``
    [entry, time, ...] and ``Rate.rate`` [entry, time]; spikes come as one array of
    (entry, index, time) triples. Indexing or iterating a monitor's result gives the entries'
    single-run results (``result["v"][k]`` is entry k's :class:`~neurorepro.monitors.Trace`).
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
    if not sizes and batch_state:  # every parameter shared: the batch is the initial states'
        sizes = {np.shape(leaf)[0] if np.ndim(leaf) else None for leaf in jax.tree.leaves(state)}
    if len(sizes) != 1 or None in sizes:
        raise ValueError(f"the batched leaves of params (or, with every parameter shared and "
                         f"batch_state=True, of state) must all carry the same leading batch "
                         f"axis, got sizes {sizes}")
    (size,) = sizes
    _validate.random_key("key", key, size if batch_keys else None)
    if batch_state:
        state_sizes = {np.shape(leaf)[0] if np.ndim(leaf) else None for leaf in jax.tree.leaves(state)}
        if state_sizes != {size}:
            raise ValueError(f"batch_state=True needs every leaf of state to carry the batch of "
                             f"{size} entries on axis 0, got sizes {state_sizes}")
    else:
        state = jax.tree.map(lambda x: jnp.broadcast_to(x, (size, *jnp.shape(x))), state)
    if batch_inputs and inputs is not None:
        input_sizes = {np.shape(leaf)[0] for leaf in jax.tree.leaves(inputs)}
        if input_sizes != {size}:
            raise ValueError(f"batch_inputs=True needs inputs shaped [entry, step, ...] with {size} "
                             f"entries, got {input_sizes}")
    batch = (treedef, axes, bool(batch_keys), bool(batch_inputs and inputs is not None))
    return _run_chunks(step, state, params, duration=duration, dt=dt, monitors=monitors, inputs=inputs,
                       key=key, t0=t0, chunk_steps=chunk_steps, check_finite=check_finite,
                       progress=progress, batch=batch, size=size)
