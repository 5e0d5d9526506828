"""Measures of spiking activity: rates, irregularity, population rhythms and synchrony.

Spikes are :class:`neurorepro.monitors.Spikes` (index, time [ms]) pairs; times in ms,
rates in Hz, frequencies in Hz.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage, signal

from . import _validate
from .monitors import Spikes


def firing_rates(spikes: Spikes, duration: float, t_start: float = 0.0) -> np.ndarray:
    """Rate [Hz] of each of the ``spikes.n`` neurons over (t_start, t_start + duration] ms.

    The window is closed on the right because monitors stamp a step's spikes with the time at
    its end: a run of duration T holds spikes at times in (0, T].
    """
    duration = _validate.positive("duration", duration)
    inside = (spikes.t > t_start) & (spikes.t <= t_start + duration)
    return np.bincount(spikes.i[inside], minlength=spikes.n) / (duration * 1e-3)


def isi_cv(spikes: Spikes, min_spikes: int = 3) -> np.ndarray:
    """Coefficient of variation std/mean of the inter-spike intervals of each neuron.

    NaN for neurons with fewer than ``min_spikes`` spikes.
    """
    _validate.count("min_spikes", min_spikes, minimum=2)
    cv = np.full(spikes.n, np.nan)
    for k, train in enumerate(spikes.trains()):
        if len(train) >= min_spikes:
            isi = np.diff(train)
            cv[k] = isi.std() / isi.mean()
    return cv


def smoothed_rate(rate: np.ndarray, dt: float, width: float) -> np.ndarray:
    """A population rate smoothed with a Gaussian kernel of standard deviation ``width`` [ms]."""
    dt, width = _validate.positive("dt", dt), _validate.positive("width", width)
    return ndimage.gaussian_filter1d(np.asarray(rate, float), sigma=width / dt, mode="nearest")


def power_spectrum(x: np.ndarray, dt: float, resolution: float = 2.0):
    """Welch power spectrum of ``x`` sampled every ``dt`` ms: (frequencies [Hz], power).

    ``resolution`` is the frequency resolution [Hz] (segment length 1000 / resolution ms).
    """
    dt = _validate.positive("dt", dt)
    fs = 1000.0 / dt
    nperseg = min(len(x), int(round(fs / _validate.positive("resolution", resolution))))
    return signal.welch(np.asarray(x, float) - np.mean(x), fs=fs, nperseg=nperseg)


def spectrum_peak(x: np.ndarray, dt: float, band=(1.0, np.inf), resolution: float = 2.0) -> float:
    """Frequency [Hz] of the largest power-spectrum peak of ``x`` within ``band``."""
    freqs, power = power_spectrum(x, dt, resolution)
    inside = (freqs >= band[0]) & (freqs <= band[1])
    if not inside.any():
        raise ValueError(f"band {band} Hz holds no frequency of the spectrum (0–{freqs[-1]:g} Hz)")
    return float(freqs[inside][np.argmax(power[inside])])


def binned(spikes: Spikes, duration: float, bin_size: float) -> np.ndarray:
    """Spike counts, int[n, n_bins], in bins (k b, (k + 1) b] of ``bin_size`` b ms over (0, duration]."""
    bin_size = _validate.positive("bin_size", bin_size)
    n_bins = int(np.ceil(_validate.positive("duration", duration) / bin_size))
    inside = (spikes.t > 0) & (spikes.t <= n_bins * bin_size)
    counts = np.zeros((spikes.n, n_bins), np.int64)
    bins = np.ceil(spikes.t[inside] / bin_size).astype(int) - 1
    np.add.at(counts, (spikes.i[inside], bins), 1)
    return counts


def coherence(spikes: Spikes, duration: float, bin_size: float) -> float:
    """Wang & Buzsáki (1996) synchrony κ: the mean over pairs of Σ XᵢXⱼ / √(Σ Xᵢ Σ Xⱼ),
    with Xᵢ the binary train of neuron i in bins of ``bin_size`` ms (silent neurons excluded)."""
    x = (binned(spikes, duration, bin_size) > 0).astype(float)
    x = x[x.sum(axis=1) > 0]
    if len(x) < 2:
        return float("nan")
    overlap = x @ x.T
    norm = np.sqrt(np.outer(np.diag(overlap), np.diag(overlap)))
    pairs = ~np.eye(len(x), dtype=bool)
    return float(np.mean(overlap[pairs] / norm[pairs]))


def spike_groups(times: np.ndarray, max_isi: float) -> list[np.ndarray]:
    """Split one neuron's sorted spike times [ms] into runs whose successive intervals are
    below ``max_isi`` [ms]."""
    _validate.positive("max_isi", max_isi)
    times = np.asarray(times)
    if len(times) == 0:
        return []
    return np.split(times, np.flatnonzero(np.diff(times) >= max_isi) + 1)


def bursts(times: np.ndarray, max_isi: float, min_spikes: int = 2) -> list[np.ndarray]:
    """The runs of :func:`spike_groups` holding at least ``min_spikes`` spikes."""
    return [group for group in spike_groups(times, max_isi) if len(group) >= min_spikes]


def isolated_spikes(times: np.ndarray, max_isi: float) -> int:
    """How many spikes stand alone: farther than ``max_isi`` [ms] from both neighbours."""
    return sum(len(group) == 1 for group in spike_groups(times, max_isi))
