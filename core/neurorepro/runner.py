"""``run`` and ``sweep``: host-side wrappers over :func:`neurorepro.simulate`.

A model is a pure function ``step(state, params, clock) -> state`` (see :class:`Clock`).
:func:`run` compiles :func:`~neurorepro.simulate` once for a step function and a set of
monitors; parameters, initial state, dt, key and input stream are arguments of the compiled
function, so new values never recompile. :func:`sweep` maps the same compiled run over a batch
of parameters with ``vmap`` and returns every result with a leading batch axis.

Long runs are split into chunks of ``chunk_steps`` steps: each chunk continues from the last
state, and its monitored samples move to the host before the next one starts, so device memory
does not grow with the duration; on the host, spikes are kept as (index, time) pairs, so memory
grows with the spikes, not the steps (:mod:`neurorepro.records`). Before the run, and after each
chunk, the records' size is checked against what memory allows (``max_memory``), so a run too
large for memory stops at once with :class:`~neurorepro.records.RecordsTooLarge`; with
``record_to`` the records stream to files instead. The key of step i is ``fold_in(key, i)``: a
run's result does not depend on how it is chunked, and a run resumed from a checkpoint
(``checkpoint``, ``checkpoint_every``, ``resume``) is bit-identical to an uninterrupted one.

``simulate`` flags a chunk whose final state holds a NaN/Inf; that chunk is then rerun with a
check at every step, and the run stops with :class:`SimulationDiverged` naming the variable and
the time it first went bad. (A NaN that a reset overwrites within the chunk goes unseen.) That
error, an interrupt (:class:`RunInterrupted`, on Ctrl-C) and ``RecordsTooLarge`` raised during
a run carry the run so far as ``error.result``: the last good state and the records up to it.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
from tqdm.auto import tqdm

from . import _validate, checkpoint as checkpoints, records as records_
from .records import RecordsTooLarge
from .simulate import Clock, simulate, time_dtype

__all__ = ["Clock", "RecordsTooLarge", "RunInterrupted", "RunResult", "SimulationDiverged", "run", "sweep"]

PyTree = Any


class SimulationDiverged(FloatingPointError):
    """A state variable became NaN or infinite; ``result`` holds the run up to the last state
    checked finite (the start of the chunk in which it diverged)."""

    result: "RunResult | None" = None


class RunInterrupted(KeyboardInterrupt):
    """The run was interrupted (Ctrl-C); ``result`` holds the run up to the last whole chunk."""

    result: "RunResult | None" = None


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
    """Steps per chunk: ``chunk_steps`` if given; otherwise at most 10 000 steps and 256 MiB of
    records, and, where a divisor of the run's steps lies between half that and that, the
    divisor, so that every chunk has one length and the run compiles once (a shorter last
    chunk is a second compilation)."""
    if chunk_steps is not None:
        return _validate.count("chunk_steps", chunk_steps)
    budget = 256 * 2**20  # monitored bytes held on the device per chunk
    cap = max(1, min(n_total, 10_000, budget // max(bytes_per_step, 1)))
    for steps in range(cap, (cap + 1) // 2 - 1, -1):
        if n_total % steps == 0:
            return steps
    return cap


def _folder(name: str, value) -> Path | None:
    if value is None:
        return None
    if not isinstance(value, (str, os.PathLike)):
        raise TypeError(f"{name} must be a folder path (str or Path) or None, got {value!r}")
    return Path(value)


def _run_chunks(step, state, params, *, duration, dt, monitors, inputs, key, t0, chunk_steps,
                check_finite, progress, record_to, max_memory, checkpoint, checkpoint_every, resume,
                batch=None, size=None):
    dt = _validate.positive("dt", dt)
    n_total = _validate.n_steps(duration, dt)
    i_start = _validate.whole_steps("t0", _validate.non_negative("t0", t0), dt)
    if n_total + i_start >= 2**31:
        raise ValueError(f"t0 + duration must be fewer than 2**31 steps of dt = {dt}, got {n_total + i_start}")
    monitors = dict(monitors or {})
    mons = tuple(monitors.values())
    single_state = state if size is None else jax.tree.map(lambda x: x[0], state)
    for name, monitor in monitors.items():
        if not hasattr(monitor, "sample"):
            raise TypeError(f"monitors[{name!r}] must be a SpikeMonitor, StateMonitor or RateMonitor, got {monitor!r}")
        monitor.check(single_state, name)
    time_axis = 1 if batch is not None and batch[3] else 0
    if inputs is not None:
        lengths = {np.shape(leaf)[time_axis] for leaf in jax.tree.leaves(inputs)}
        if lengths != {n_total}:
            raise ValueError(f"inputs must have one entry per step along axis {time_axis}: "
                             f"{n_total} steps, got lengths {sorted(lengths)}")
        inputs = jax.tree.map(jnp.asarray, inputs)  # on the device once, cut per chunk there
    record_to, checkpoint = _folder("record_to", record_to), _folder("checkpoint", checkpoint)
    if resume and checkpoint is None:
        raise ValueError("resume=True needs checkpoint=folder, the folder of the run to resume")

    probe = jax.eval_shape(lambda s: tuple(m.sample(s) for m in mons), state if size else single_state)
    bytes_per_step = sum(p.size * p.dtype.itemsize for p in probe)
    per_chunk = _chunk_plan(n_total, chunk_steps, bytes_per_step)
    every = None
    if checkpoint is not None:
        every = n_total if checkpoint_every is None else _validate.whole_steps(
            "checkpoint_every", _validate.positive("checkpoint_every", checkpoint_every), dt)
        per_chunk = min(per_chunk, every)
    elif checkpoint_every is not None:
        raise ValueError("checkpoint_every needs checkpoint=folder")

    # what a checkpoint must match to be resumed by this call
    about = {"steps": n_total, "first_step": i_start, "dt": dt, "size": size,
             "monitors": [[n, repr(m)] for n, m in monitors.items()], "initial_state": checkpoints.fingerprint(state),
             "params": checkpoints.fingerprint(params), "key": checkpoints.fingerprint(key),
             "inputs": checkpoints.fingerprint(inputs)}
    done, committed = 0, None
    if checkpoint is not None:
        if (checkpoint / checkpoints.FILE).exists():
            if not resume:
                raise FileExistsError(f"{checkpoint} holds a checkpoint already: pass resume=True to continue "
                                      f"that run, or choose another folder")
            state, done, committed = checkpoints.load(checkpoint, state, about)
        elif resume:
            raise FileNotFoundError(f"resume=True, but {checkpoint} holds no checkpoint ({checkpoints.FILE})")
        checkpoint.mkdir(parents=True, exist_ok=True)
    folder = record_to if record_to is not None else (checkpoint / "records" if checkpoint is not None else None)
    allowed = records_.allowance(max_memory, folder)
    records = records_.Records(monitors, probe, n_total, batch is not None, folder, committed)
    records_.check_room(records, allowed, 0)

    t_all = (i_start + np.arange(1, n_total + 1)) * dt
    names_of_leaves = leaf_names(state)
    dt_arr = jnp.asarray(dt, dtype=time_dtype(state))

    def so_far(state, upto):
        """The run up to step ``upto``: its state then, and the records up to it."""
        arrays = records.arrays(upto)
        results = {name: monitor.result(arrays[name], t_all[:upto], dt, state, size)
                   for name, monitor in monitors.items()}
        return RunResult(state=state, monitors=results, t_end=(i_start + upto) * dt)

    # TQDM_DISABLE is read here too: tqdm's notebook bar (tqdm.auto in a kernel) ignores it
    hidden = progress is False or os.environ.get("TQDM_DISABLE", "").lower() in ("1", "true", "yes")
    bar_options = {"disable": True} if hidden else {}
    last_saved = done
    with tqdm(total=n_total, initial=done, unit="step", delay=2.0, desc="simulating", leave=False,
              **bar_options) as bar:
        try:
            while done < n_total:
                n = min(per_chunk, n_total - done)
                i0 = jnp.asarray(i_start + done, jnp.int32)
                offset = jnp.asarray(done, jnp.int32)
                try:
                    new_state, samples, diverged, _, _ = _compile(step, mons, n, False, batch)(
                        state, params, key, i0, dt_arr, inputs, offset)
                except (TypeError, ValueError) as error:  # name what does not fit, if we can tell
                    _diagnose(step, single_state, params, batch, key, dt_arr, inputs, error)
                    raise
                if check_finite and bool(jnp.any(diverged)):
                    # rerun the chunk checking every step, to name the first bad variable and step
                    _, _, _, bad_step, bad_leaf = _compile(step, mons, n, True, batch)(
                        state, params, key, i0, dt_arr, inputs, offset)
                    try:
                        _raise_if_diverged(np.asarray(bad_step) + i_start + done, np.asarray(bad_leaf),
                                           names_of_leaves, dt)
                    except SimulationDiverged as error:
                        error.result = so_far(state, done)
                        raise
                records.write(tuple(np.asarray(s) for s in samples or ()), t_all[done:done + n], done)
                state, done = new_state, done + n
                bar.update(n)
                try:
                    records_.check_room(records, allowed, done)
                except RecordsTooLarge as error:
                    error.result = so_far(state, done)
                    raise
                if checkpoint is not None and (done - last_saved >= every or done == n_total):
                    checkpoints.save(checkpoint, state, done, about, records.committed())
                    last_saved = done
        except KeyboardInterrupt as interrupt:
            error = RunInterrupted(f"interrupted at t = {(i_start + done) * dt:g} ms; error.result holds the run "
                                   f"so far" + ("" if checkpoint is None else
                                                f", and {checkpoint} its last checkpoint (resume=True)"))
            error.result = so_far(state, done)
            raise error from interrupt

    result = so_far(state, n_total)
    if checkpoint is not None and record_to is None:  # records asked for in memory: read them in
        result = result._replace(monitors={name: _in_memory(r) for name, r in result.monitors.items()})
    records.close()
    return result


def _describe(tree) -> str:
    return ", ".join(f"{name} {jnp.result_type(leaf).name}{list(np.shape(leaf))}"
                     for name, leaf in zip(leaf_names(tree), jax.tree.leaves(tree))) or "none"


def _diagnose(step, state, params, batch, key, dt, inputs, error):
    """After a run failed to trace: raise a clear error if ``step`` fails on one entry's state
    and params, or returns a state whose structure, shape or dtype differs from the one it was
    given (which ``lax.scan`` cannot carry); return if neither."""
    if batch is not None:
        treedef, axes, keys_batched, inputs_batched = batch
        params = treedef.unflatten([leaf[0] if axis == 0 else leaf
                                    for leaf, axis in zip(jax.tree.leaves(params), axes)])
        key = key[0] if keys_batched and key is not None else key
        inputs = jax.tree.map(lambda x: x[0], inputs) if inputs_batched else inputs
    clock = Clock(t=dt * 0, dt=dt, i=jnp.asarray(0, jnp.int32), key=None if key is None else jax.random.fold_in(key, 0),
                  input=jax.tree.map(lambda x: x[0], inputs))
    try:
        out = jax.eval_shape(step, state, params, clock)
    except Exception as inner:  # the step itself cannot run on these arguments
        raise TypeError(f"step(state, params, clock) fails on this state and these params ({inner}); check that "
                        f"every parameter array fits the state's shape. state: {_describe(state)}; params: "
                        f"{_describe(params)}") from error
    if jax.tree.structure(out) != jax.tree.structure(state):
        raise TypeError(f"step must return a state of the structure it was given: got {jax.tree.structure(out)}, "
                        f"expected {jax.tree.structure(state)}") from error
    changed = [f"{name}: {jnp.result_type(a).name}{list(np.shape(a))} -> {b.dtype.name}{list(b.shape)}"
               for name, a, b in zip(leaf_names(state), jax.tree.leaves(state), jax.tree.leaves(out))
               if (np.shape(a), jnp.result_type(a)) != (b.shape, b.dtype)]
    if changed:
        raise TypeError("step must return every state variable with the shape and dtype it was given "
                        f"({'; '.join(changed)}): an integer state needs float values, and a float32 "
                        "state float32 parameters when x64 is on") from error


def _in_memory(result):
    """``result`` (a NamedTuple or dataclass of arrays) with memory-mapped arrays read into memory."""
    if isinstance(result, tuple):
        return type(result)(*(np.array(v) if isinstance(v, np.ndarray) else v for v in result))
    return dataclasses.replace(result, **{f.name: np.array(getattr(result, f.name)) for f in dataclasses.fields(result)
                                          if isinstance(getattr(result, f.name), np.ndarray)})


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
        progress: bool | None = None, max_memory: float | None = None, record_to=None,
        checkpoint=None, checkpoint_every: float | None = None, resume: bool = False) -> RunResult:
    """Run ``step`` for ``duration`` ms in steps of ``dt`` ms from ``state``.

    Args:
        step: ``step(state, params, clock) -> state``, a pure function. Keep the same function
            object across calls to reuse its compiled form.
        state: initial state pytree.
        params: parameter pytree (arrays are traced: new values do not recompile).
        duration, dt: run length and step [ms]; ``duration >= dt > 0``, and ``duration`` a
            whole number of steps (to 1e-9 relative): never rounded silently.
        monitors: ``{name: SpikeMonitor | StateMonitor | RateMonitor}``.
        inputs: per-step input stream, a pytree of arrays with one entry per step on axis 0;
            step i sees ``clock.input = inputs[i]``.
        key: ``jax.random`` key; step i receives ``fold_in(key, i)`` (None: ``clock.key`` is None).
        t0: start time [ms] when continuing an earlier run from its final state (a whole number
            of steps).
        chunk_steps: steps per compiled chunk (default: at most 10 000 steps and 256 MiB
            of monitored samples, with equal chunks where a divisor of the steps allows, so
            the run compiles once).
        check_finite: stop with :class:`SimulationDiverged` when the state turns NaN/Inf.
        progress: show a tqdm bar (it appears only if the run takes longer than 2 s);
            ``False`` hides it, and so does the environment variable ``TQDM_DISABLE=1``
            (also in a Jupyter kernel, whose notebook bar tqdm itself does not switch off).
        max_memory: bytes the monitors' records may take (default: 80 % of the memory available
            when the run starts; with ``record_to``, the free disk space there). The run checks
            before it starts (state and rate records exactly) and after each chunk (spikes,
            projected to the whole run) and raises :class:`RecordsTooLarge` saying what to do.
        record_to: a folder to stream the records to, chunk by chunk, for runs whose records
            exceed memory; the results are then memory-mapped views of its files.
        checkpoint: a folder to save the run to (state, step and records; atomically) every
            ``checkpoint_every`` ms (default: at the end only). If it holds a checkpoint already,
            the run raises unless ``resume=True``, which continues that run from it — the same
            call, with the same arguments, gives a result bit-identical to an uninterrupted run.
    """
    _validate.random_key("key", key)
    return _run_chunks(step, state, params, duration=duration, dt=dt, monitors=monitors, inputs=inputs,
                       key=key, t0=t0, chunk_steps=chunk_steps, check_finite=check_finite,
                       progress=progress, max_memory=max_memory, record_to=record_to,
                       checkpoint=checkpoint, checkpoint_every=checkpoint_every, resume=resume)


def sweep(step: Callable, state: PyTree, params: PyTree, *, duration: float, dt: float,
          monitors: Mapping[str, Any] | None = None, inputs: PyTree = None, key: jax.Array | None = None,
          batch_state: bool = False, batch_keys: bool = False, batch_inputs: bool = False,
          param_axes: PyTree = 0, t0: float = 0.0, chunk_steps: int | None = None,
          check_finite: bool = True, progress: bool | None = None, max_memory: float | None = None,
          record_to=None, checkpoint=None, checkpoint_every: float | None = None,
          resume: bool = False) -> RunResult:
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
    The other arguments are :func:`run`'s.
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
                       progress=progress, max_memory=max_memory, record_to=record_to,
                       checkpoint=checkpoint, checkpoint_every=checkpoint_every, resume=resume,
                       batch=batch, size=size)
