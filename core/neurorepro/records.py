"""Where a run's monitor records go, chunk by chunk: host memory, or files in a folder.

A monitor's record is a dict of arrays (see :meth:`neurorepro.SpikeMonitor.record`). Two kinds:

- **per step** (state and rate monitors): one row per step, so its size is known before the
  run: it is allocated once, [n_steps, ...] (a sweep's [entry, n_steps, ...]), and each chunk
  writes its rows in place — no concatenation at the end, which would need twice the memory;
- **per event** (spike monitors): one row per spike, appended chunk by chunk, so memory grows
  with the spikes, not the steps. In memory they grow in an ``array.array``, which the C library
  enlarges in place (``mremap`` for large blocks): the records are never held twice, neither
  while they grow nor when the result is made from them (a zero-copy view).

With a ``folder`` the records live in files there (``<name>.<field>.npy`` per step, preallocated;
``<name>.<field>.bin`` per event, appended), written as the run goes, and the results are
memory-mapped views of them: runs whose records exceed memory. The files' committed lengths
are what a checkpoint stores, so that a resumed run continues them exactly.
"""

from __future__ import annotations

import os
import shutil
from array import array as growing_array
from pathlib import Path

import numpy as np

__all__ = ["RecordsTooLarge", "Records", "available_memory"]


_TYPECODES = {np.dtype(np.int32): "i", np.dtype(np.float64): "d"}
assert all(growing_array(code).itemsize == dtype.itemsize for dtype, code in _TYPECODES.items())


class RecordsTooLarge(MemoryError):
    """The monitors' records would exceed the memory (or disk) allowed for them."""


def available_memory() -> int:
    """Bytes of memory available to a new allocation (Linux: MemAvailable; else free pages)."""
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 2**63 - 1


def gib(n: float) -> str:
    return f"{n / 2**30:.3g} GiB"


class Records:
    """The records of a run's monitors.

    Args:
        monitors: ``{name: monitor}``.
        probes: per monitor, the ``jax.ShapeDtypeStruct`` of one step's sample (with the batch
            axis first for a sweep).
        n_steps: steps in the run.
        batched: a sweep (time is axis 1 of the samples).
        folder: keep the records in files under this folder (None: in memory).
        resume: ``{name: {field: rows}}`` committed by a checkpoint: open the existing files and
            continue after those rows.
    """

    def __init__(self, monitors, probes, n_steps: int, batched: bool, folder: Path | None = None,
                 resume: dict | None = None):
        self.monitors, self.n_steps, self.batched, self.folder = dict(monitors), n_steps, batched, folder
        self.per_step, self.per_event = {}, {}
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        for (name, monitor), probe in zip(self.monitors.items(), probes):
            if monitor.events:
                self.per_event[name] = self._open_events(name, resume)
            else:
                shape = (*probe.shape[:1], n_steps, *probe.shape[1:]) if batched else (n_steps, *probe.shape)
                field = monitor.field
                self.per_step[name] = (field, self._allocate(name, field, shape, np.dtype(probe.dtype), resume))

    def per_step_bytes(self) -> int:
        """Bytes of every per-step record of the whole run (known before it starts)."""
        return sum(array.nbytes for _, array in self.per_step.values())

    def event_bytes(self) -> int:
        """Bytes of the per-event records so far."""
        return sum(sum(n * dtype.itemsize for dtype, n, _ in fields.values()) for fields in self.per_event.values())

    # -- storage -------------------------------------------------------------------------------
    def _allocate(self, name, field, shape, dtype, resume):
        if self.folder is None:
            return np.empty(shape, dtype)
        path = self.folder / f"{name}.{field}.npy"
        if resume is not None:
            array = np.load(path, mmap_mode="r+")
            if array.shape != shape or array.dtype != dtype:
                raise ValueError(f"checkpoint record {path} is {array.shape} {array.dtype}, "
                                 f"expected {shape} {dtype}")
            return array
        return np.lib.format.open_memmap(path, mode="w+", dtype=dtype, shape=shape)

    def _open_events(self, name, resume):
        """{field: [dtype, rows, growing array (in memory) or open file]}."""
        fields = {"i": np.dtype(np.int32), "t": np.dtype(np.float64)}
        if self.batched:
            fields["entry"] = np.dtype(np.int32)
        out = {}
        for field, dtype in fields.items():
            rows = 0 if resume is None else int(resume[name][field])
            if self.folder is None:
                out[field] = [dtype, rows, growing_array(_TYPECODES[dtype])]
                continue
            path = self.folder / f"{name}.{field}.bin"
            handle = open(path, "r+b" if resume is not None else "w+b")
            handle.truncate(rows * dtype.itemsize)  # rows after the checkpoint are dropped
            handle.seek(0, os.SEEK_END)
            out[field] = [dtype, rows, handle]
        return out

    def write(self, samples: tuple, t: np.ndarray, done: int) -> None:
        """Add one chunk: ``samples`` per monitor (host arrays) of the steps ``done`` … taken at ``t``."""
        for (name, monitor), chunk in zip(self.monitors.items(), samples):
            if name in self.per_step:
                field, array = self.per_step[name]
                if self.batched:
                    array[:, done:done + len(t)] = chunk
                else:
                    array[done:done + len(t)] = chunk
            else:
                for field, values in monitor.record(chunk, t, self.batched).items():
                    entry = self.per_event[name][field]
                    values = np.ascontiguousarray(values, entry[0])
                    entry[1] += len(values)
                    if isinstance(entry[2], growing_array):
                        entry[2].frombytes(values.tobytes())
                    else:
                        entry[2].write(values.tobytes())

    def committed(self) -> dict:
        """Rows of each per-event field so far (flushed to its file): what a checkpoint stores."""
        for name, fields in self.per_event.items():
            for dtype, rows, store in fields.values():
                if not isinstance(store, growing_array):
                    store.flush()
                    os.fsync(store.fileno())
        for _, array in self.per_step.values():
            if isinstance(array, np.memmap):
                array.flush()
        return {name: {field: rows for field, (_, rows, _) in fields.items()} for name, fields in self.per_event.items()}

    def arrays(self, upto: int | None = None) -> dict[str, dict[str, np.ndarray]]:
        """Every monitor's record (per-step records cut to the first ``upto`` steps), as arrays:
        in memory, or read-only memory maps of the files."""
        out = {}
        for name, (field, array) in self.per_step.items():
            if upto is not None:
                array = array[:, :upto] if self.batched else array[:upto]
            out[name] = {field: array}
        committed = self.committed() if self.folder is not None else None
        for name, fields in self.per_event.items():
            out[name] = {}
            for field, (dtype, rows, store) in fields.items():
                if isinstance(store, growing_array):  # a view: the array can no longer grow
                    out[name][field] = np.frombuffer(store, dtype) if rows else np.empty(0, dtype)
                elif committed[name][field] == 0:
                    out[name][field] = np.empty(0, dtype)
                else:
                    out[name][field] = np.memmap(self.folder / f"{name}.{field}.bin", dtype=dtype, mode="r",
                                                 shape=(rows,))
        return out

    def close(self) -> None:
        for fields in self.per_event.values():
            for _, _, store in fields.values():
                if not isinstance(store, growing_array):
                    store.close()


def allowance(max_memory: float | None, folder: Path | None) -> tuple[float, str]:
    """Bytes the records may take, and how that was decided: ``max_memory`` if given, else 80 %
    of the memory available now, or 95 % of the free disk space when they go to ``folder``."""
    if max_memory is not None:
        if not (isinstance(max_memory, (int, float)) and max_memory > 0):
            raise ValueError(f"max_memory must be a number of bytes > 0, got {max_memory!r}")
        return float(max_memory), f"max_memory = {gib(max_memory)}"
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        return 0.95 * shutil.disk_usage(folder).free, f"the free disk space of {folder}"
    return 0.8 * available_memory(), "80 % of the memory available"


def check_room(records: Records, allowed: tuple[float, str], n_done: int) -> None:
    """Raise :class:`RecordsTooLarge` if the records of the whole run — the per-step ones exactly,
    the per-event ones projected from the ``n_done`` steps so far — need more than ``allowed``
    (bytes, and how it was decided; see :func:`allowance`)."""
    limit, where = allowed
    events = records.event_bytes() * (records.n_steps / n_done) if n_done else 0.0
    need = records.per_step_bytes() + events
    if need <= limit:
        return
    parts = [f"{name!r}: {gib(array.nbytes)}" for name, (_, array) in records.per_step.items()]
    if n_done:
        parts.append(f"spikes, projected from the first {n_done} steps: {gib(events)}")
    advice = ("record fewer indices, or run the duration in pieces (pass the final state and t0 to the "
              "next run)" + ("" if records.folder is not None else ", or stream the records to disk with "
                             "record_to=folder"))
    raise RecordsTooLarge(f"the monitors' records need about {gib(need)} ({'; '.join(parts)}), more than "
                          f"{where} ({gib(limit)}): {advice}")
