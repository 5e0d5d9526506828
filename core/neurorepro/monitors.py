"""Monitors: what a run records, shaped like Brian's SpikeMonitor, StateMonitor and
PopulationRateMonitor.

A monitor names a state variable by its attribute (or key) path, e.g. ``"v"`` or
``"neuron.y.v"``, or ``""`` for a state that is a bare array. During the compiled run it takes one sample per step on the device
(:meth:`sample`; :func:`neurorepro.simulate` accepts monitors as its ``save``). After each chunk
:meth:`record` turns the chunk's samples into its host record — the samples themselves for a
state or rate monitor (``events = False``: one row per step), only the spikes as (index, time)
for a spike monitor (``events = True``: one row per spike, so memory grows with the spikes, not
the steps) — and :meth:`result` turns the whole record into the result (with a leading batch
axis for :func:`neurorepro.sweep`). :meth:`collect` does both for samples of a whole run, such
as :func:`neurorepro.simulate` saves. Samples are taken after each step, so the sample of step i
belongs to t = (i + 1) dt. Monitors are frozen dataclasses: equal monitors reuse the same
compiled run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import jax.numpy as jnp
import numpy as np


def get_variable(state: Any, path: str):
    """The variable at the dotted attribute/key ``path`` of ``state`` (the state itself for
    ``""``, when the state is a bare array)."""
    value = state
    if path == "":
        return value
    for part in path.split("."):
        if isinstance(value, dict):
            if part not in value:
                raise KeyError(f"state has no variable {path!r} (no key {part!r})")
            value = value[part]
        elif hasattr(value, part):
            value = getattr(value, part)
        else:
            raise KeyError(f"state has no variable {path!r} (no attribute {part!r})")
    return value


def _as_indices(indices):
    return None if indices is None else tuple(int(i) for i in np.ravel(indices))


def _select(values, indices):
    return values if indices is None else values[..., jnp.asarray(indices)]


class Spikes(NamedTuple):
    """Spikes as (neuron index, time [ms]) pairs, sorted by time then index."""

    i: np.ndarray
    t: np.ndarray
    n: int  # number of monitored neurons

    def trains(self) -> list[np.ndarray]:
        """Spike times [ms] of each monitored neuron."""
        order = np.argsort(self.i, kind="stable")
        bounds = np.searchsorted(self.i[order], np.arange(self.n + 1))
        times = self.t[order]
        return [times[a:b] for a, b in zip(bounds[:-1], bounds[1:])]

    def subset(self, start: int, stop: int) -> "Spikes":
        """The spikes of neurons start … stop − 1, renumbered from 0 (one population, say)."""
        keep = (self.i >= start) & (self.i < stop)
        return Spikes(i=self.i[keep] - start, t=self.t[keep], n=stop - start)


class Trace(NamedTuple):
    """Recorded values: ``values[k, j]`` is the j-th monitored element at ``t[k]`` [ms]."""

    t: np.ndarray
    values: np.ndarray


class Rate(NamedTuple):
    """Instantaneous population rate [Hz] at ``t`` [ms] (fraction spiking per step / dt)."""

    t: np.ndarray
    rate: np.ndarray


class _Entries:
    """A sweep's result: arrays with a leading batch axis; ``result[k]`` is entry k's result."""

    def __len__(self):
        return self.size

    def __iter__(self):
        return (self[k] for k in range(self.size))


@dataclass(frozen=True)
class SweepSpikes(_Entries):
    """Spikes of every sweep entry as (entry, neuron index, time [ms]) triples."""

    entry: np.ndarray
    i: np.ndarray
    t: np.ndarray
    n: int      # monitored neurons per entry
    size: int   # entries

    def __getitem__(self, k) -> Spikes:
        k = range(self.size)[k]
        keep = self.entry == k
        return Spikes(i=self.i[keep], t=self.t[keep], n=self.n)


@dataclass(frozen=True)
class SweepTrace(_Entries):
    """Recorded values of every sweep entry: ``values[b, k, j]`` (entry b, time ``t[k]``, element j)."""

    t: np.ndarray
    values: np.ndarray

    @property
    def size(self) -> int:
        return self.values.shape[0]

    def __getitem__(self, k) -> Trace:
        return Trace(t=self.t, values=self.values[range(self.size)[k]])


@dataclass(frozen=True)
class SweepRate(_Entries):
    """Population rate [Hz] of every sweep entry: ``rate[b, k]`` at ``t[k]`` [ms]."""

    t: np.ndarray
    rate: np.ndarray

    @property
    def size(self) -> int:
        return self.rate.shape[0]

    def __getitem__(self, k) -> Rate:
        return Rate(t=self.t, rate=self.rate[range(self.size)[k]])


def _check_indices(monitor, state, name):
    """The monitored variable exists, and every index lies inside its last axis."""
    values = get_variable(state, monitor.variable)
    if monitor.indices is None:
        return values
    size = np.shape(values)[-1] if np.ndim(values) else 1
    bad = [i for i in monitor.indices if not 0 <= i < size]
    if bad:
        raise IndexError(f"monitor {name!r}: indices must lie in [0, {size}) for {monitor.variable!r} "
                         f"of {size} elements, got {bad[:5]}")
    return values


def _check_boolean(monitor, values, name):
    if jnp.result_type(values) != jnp.bool_:
        raise TypeError(f"monitor {name!r}: {type(monitor).__name__} records spikes, a boolean variable; "
                        f"{monitor.variable!r} is {jnp.result_type(values)}")


@dataclass(frozen=True)
class SpikeMonitor:
    """Records the spikes of the boolean variable ``variable`` (optionally a subset ``indices``)."""

    variable: str = "spike"
    indices: tuple[int, ...] | None = None

    def __post_init__(self):
        object.__setattr__(self, "indices", _as_indices(self.indices))

    def check(self, state, name="spikes"):
        """Raise a clear error if the monitor cannot record ``state`` (one run's state)."""
        _check_boolean(self, _check_indices(self, state, name), name)

    def sample(self, state):
        # packed 8 neurons to a byte: an eighth of the memory, and faster to record
        spikes = jnp.atleast_1d(_select(get_variable(state, self.variable), self.indices))
        return jnp.packbits(spikes.astype(jnp.bool_), axis=-1)

    events = True

    def record(self, samples: np.ndarray, t: np.ndarray, batched: bool) -> dict[str, np.ndarray]:
        """The spikes of a chunk's packed samples ([step, byte], or [entry, step, byte] when
        ``batched``) sampled at times ``t``: neuron index (int32), time [ms] and, batched, entry."""
        # unpack only the bytes holding a spike: most are zero
        where = np.nonzero(samples)
        which, bit = np.nonzero(np.unpackbits(samples[where][:, None], axis=1))
        record = {"i": (where[-1][which] * 8 + bit).astype(np.int32), "t": t[where[-2][which]]}
        if batched:
            record["entry"] = where[0][which].astype(np.int32)
        return record

    def result(self, record: dict[str, np.ndarray], t: np.ndarray, dt: float, state,
               size: int | None = None) -> Spikes | SweepSpikes:
        """The run's :class:`Spikes` (a sweep's :class:`SweepSpikes` when ``size`` is given)."""
        n = len(self.indices) if self.indices is not None else np.size(get_variable(state, self.variable))
        if size is None:
            return Spikes(i=record["i"], t=record["t"], n=n)
        if self.indices is None:
            n //= size
        return SweepSpikes(entry=record["entry"], i=record["i"], t=record["t"], n=n, size=size)

    def collect(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> Spikes:
        """The :class:`Spikes` of a whole run's packed samples at times ``t``."""
        return self.result(self.record(np.asarray(samples), np.asarray(t), False), t, dt, state)


@dataclass(frozen=True)
class StateMonitor:
    """Records the variable ``variable`` at every step (optionally only elements ``indices``)."""

    variable: str
    indices: tuple[int, ...] | None = None

    def __post_init__(self):
        object.__setattr__(self, "indices", _as_indices(self.indices))

    def check(self, state, name="state"):
        """Raise a clear error if the monitor cannot record ``state`` (one run's state)."""
        _check_indices(self, state, name)

    def sample(self, state):
        return _select(jnp.asarray(get_variable(state, self.variable)), self.indices)

    events, field = False, "values"

    def record(self, samples: np.ndarray, t: np.ndarray, batched: bool) -> dict[str, np.ndarray]:
        return {"values": samples}

    def result(self, record, t, dt, state, size=None) -> Trace | SweepTrace:
        return Trace(t=t, values=record["values"]) if size is None else SweepTrace(t=t, values=record["values"])

    def collect(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> Trace:
        return self.result({"values": np.asarray(samples)}, t, dt, state)


@dataclass(frozen=True)
class RateMonitor:
    """Records the population rate [Hz] of the boolean variable ``variable``."""

    variable: str = "spike"
    indices: tuple[int, ...] | None = None

    def __post_init__(self):
        object.__setattr__(self, "indices", _as_indices(self.indices))

    def check(self, state, name="rate"):
        """Raise a clear error if the monitor cannot record ``state`` (one run's state)."""
        values = _check_indices(self, state, name)
        _check_boolean(self, values, name)
        if np.size(values) == 0:
            raise ValueError(f"monitor {name!r}: {self.variable!r} has no neurons to take a rate of")

    def sample(self, state):
        spikes = _select(get_variable(state, self.variable), self.indices)
        return jnp.mean(spikes.astype(jnp.float32), axis=-1)

    events, field = False, "fraction"

    def record(self, samples: np.ndarray, t: np.ndarray, batched: bool) -> dict[str, np.ndarray]:
        return {"fraction": samples}

    def result(self, record, t, dt, state, size=None) -> Rate | SweepRate:
        rate = record["fraction"] / dt * 1000.0
        return Rate(t=t, rate=rate) if size is None else SweepRate(t=t, rate=rate)

    def collect(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> Rate:
        return self.result({"fraction": np.asarray(samples)}, t, dt, state)
