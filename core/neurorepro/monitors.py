"""Monitors: what a run records, shaped like Brian's SpikeMonitor, StateMonitor and
PopulationRateMonitor.

A monitor names a state variable by its attribute (or key) path, e.g. ``"v"`` or
``"neuron.y.v"``, or ``""`` for a state that is a bare array. During the compiled run it takes one sample per step on the device
(:meth:`sample`; :func:`neurorepro.simulate` accepts monitors as its ``save``); after each chunk
the samples move to host memory, and :meth:`collect` turns all of them (with their times and
dt, in ms, and the run's final state) into the result — :meth:`collect_sweep` into a result
with a leading batch axis for :func:`neurorepro.sweep`. Samples are taken after each step, so
the sample of step i belongs to t = (i + 1) dt. Monitors are frozen dataclasses: equal monitors
reuse the same compiled run.
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

    def _n(self, state):
        return len(self.indices) if self.indices is not None else np.size(get_variable(state, self.variable))

    def collect(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> Spikes:
        # unpack only the bytes holding a spike: most are zero
        step, byte = np.nonzero(samples)
        which, bit = np.nonzero(np.unpackbits(samples[step, byte][:, None], axis=1))
        i = byte[which].astype(np.int64) * 8 + bit
        return Spikes(i=i, t=t[step[which]], n=self._n(state))

    def collect_sweep(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> SweepSpikes:
        entry, step, byte = np.nonzero(samples)
        which, bit = np.nonzero(np.unpackbits(samples[entry, step, byte][:, None], axis=1))
        i = byte[which].astype(np.int64) * 8 + bit
        size = samples.shape[0]
        n = len(self.indices) if self.indices is not None else np.size(get_variable(state, self.variable)) // size
        return SweepSpikes(entry=entry[which], i=i, t=t[step[which]], n=n, size=size)


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

    def collect(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> Trace:
        return Trace(t=t, values=samples)

    def collect_sweep(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> SweepTrace:
        return SweepTrace(t=t, values=samples)


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

    def collect(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> Rate:
        return Rate(t=t, rate=samples / dt * 1000.0)

    def collect_sweep(self, samples: np.ndarray, t: np.ndarray, dt: float, state) -> SweepRate:
        return SweepRate(t=t, rate=samples / dt * 1000.0)
