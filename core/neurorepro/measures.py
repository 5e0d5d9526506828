"""Measures of activity: spike times, peaks, counts, rates, irregularity, bursts, rhythms,
synchrony and periodicity. Host-side numpy, applied to what a run recorded.

Spikes are :class:`neurorepro.monitors.Spikes` (index, time [ms]) pairs; times in ms,
rates in Hz, frequencies in Hz. One convention throughout:

* **A sample belongs to the end of its step.** Monitors stamp the sample of step i with
  t = (i + 1) dt, so a run of duration T holds samples and spikes at times in (0, T].
* **Windows are closed on the right**: counts, rates and selections over (start, stop].
* **Threshold crossings are upward**: sample k − 1 below the threshold (<) and sample k at or
  above it (≥). :func:`threshold_crossings` says by its required ``interpolate`` argument
  whether the time is the linear interpolation between the two samples or the time of sample k.
* **Peaks** are strict interior local maxima: x[k − 1] < x[k] ≥ x[k + 1]; ``refine=True``
  places each at the vertex of the parabola through the three samples.
"""

from __future__ import annotations

from typing import NamedTuple

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
    x = (binned(spikes, duration, bin_size) > 0)
    x = x[x.sum(axis=1) > 0]
    if len(x) < 2:
        return float("nan")
    pairs = ~np.eye(len(x), dtype=bool)
    return float(np.mean(coherence_matrix(x.T)[pairs]))


def coherence_matrix(x: np.ndarray) -> np.ndarray:
    """κ_ij = Σ_t X_i X_j / √(Σ_t X_i Σ_t X_j) for binary trains ``x`` [..., time, n] (Wang &
    Buzsáki 1996): the coherence of every pair, float[..., n, n] (NaN for a silent train)."""
    x = np.asarray(x, float)
    counts = x.sum(axis=-2)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.swapaxes(x, -1, -2) @ x / np.sqrt(counts[..., :, None] * counts[..., None, :])


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


def threshold_crossings(x: np.ndarray, t: np.ndarray, threshold: float, *, interpolate: bool,
                        direction: str = "up"):
    """Times [ms] at which the samples ``x`` (at times ``t``) cross ``threshold``.

    An upward crossing is x[k − 1] < threshold ≤ x[k] (``direction="down"``: x[k − 1] >
    threshold ≥ x[k]); its time is t[k] (``interpolate=False``, the spike time of a clock-driven
    simulator) or the linear interpolation between t[k − 1] and t[k] (``interpolate=True``).
    For ``x`` of shape [time, n], a list of n arrays.
    """
    _validate.one_of("direction", direction, ("up", "down"))
    x, t = np.asarray(x), np.asarray(t)
    if x.shape[0] != t.shape[0]:
        raise ValueError(f"x and t must have one sample per time along axis 0, got {x.shape[0]} and {t.shape[0]}")
    if direction == "down":
        x, threshold = -x, -threshold
    if x.ndim == 2:
        return [threshold_crossings(column, t, threshold, interpolate=interpolate) for column in x.T]
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D or [time, n], got shape {x.shape}")
    k = np.flatnonzero((x[:-1] < threshold) & (x[1:] >= threshold)) + 1
    if not interpolate:
        return t[k]
    return t[k - 1] + (threshold - x[k - 1]) / (x[k] - x[k - 1]) * (t[k] - t[k - 1])


def spike_times(v: np.ndarray, t: np.ndarray, threshold: float, *, interpolate: bool):
    """Spike times [ms] of a recorded membrane potential: its upward crossings of ``threshold``
    (see :func:`threshold_crossings`, which this is)."""
    return threshold_crossings(v, t, threshold, interpolate=interpolate)


class Peaks(NamedTuple):
    """Times and heights of the local maxima of a sampled signal."""

    t: np.ndarray
    height: np.ndarray


def peaks(x: np.ndarray, t: np.ndarray | None = None, *, refine: bool = False,
          min_height: float = -np.inf) -> Peaks:
    """The strict interior local maxima x[k − 1] < x[k] ≥ x[k + 1] of a 1-D signal, at least
    ``min_height`` high. ``refine=True`` puts each at the vertex of the parabola through its
    three samples (uniform sampling), the usual estimate of a flow's true maximum; ``t``
    defaults to the sample index."""
    x = np.asarray(x, float)
    if x.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {x.shape}")
    t = np.arange(len(x), dtype=float) if t is None else np.asarray(t, float)
    k = np.flatnonzero((x[1:-1] > x[:-2]) & (x[1:-1] >= x[2:])) + 1
    k = k[x[k] >= min_height]
    if not refine:
        return Peaks(t=t[k], height=x[k])
    before, at, after = x[k - 1], x[k], x[k + 1]
    curvature = before - 2.0 * at + after
    shift = np.where(curvature != 0, 0.5 * (before - after) / np.where(curvature != 0, curvature, 1.0), 0.0)
    step = t[1] - t[0] if len(t) > 1 else 0.0
    return Peaks(t=t[k] + shift * step, height=at - 0.25 * (before - after) * shift)


def between(times: np.ndarray, start: float, stop: float) -> np.ndarray:
    """The times in (start, stop] [ms]."""
    times = np.asarray(times)
    return times[(times > start) & (times <= stop)]


def count_between(times: np.ndarray, start: float, stop: float) -> int:
    """How many times lie in (start, stop] [ms]."""
    times = np.asarray(times)
    return int(np.sum((times > start) & (times <= stop)))


def cycle_period(sequence: np.ndarray, tol: float = 1e-3, longest: int = 32) -> int:
    """The smallest p ≤ ``longest`` such that the sequence repeats after p entries within
    ``tol`` (|s[k + p] − s[k]| < tol for every k): the period of a cycle read from its
    successive maxima or iterates; 0 if none (chaos, or a longer period)."""
    sequence = np.asarray(sequence, float)
    for p in range(1, min(longest, len(sequence) // 2) + 1):
        if np.abs(sequence[p:] - sequence[:-p]).max() < tol:
            return p
    return 0


def distinct_values(values: np.ndarray, tol: float = 1e-6) -> int:
    """How many distinct values (further apart than ``tol``) a recorded orbit visits: the
    period of a cycle of a map."""
    values = np.sort(np.ravel(values))
    return 0 if values.size == 0 else 1 + int(np.sum(np.diff(values) > tol))


def weibull(c, alpha, beta):
    """P(correct) = 1 − ½ exp(−(c/α)^β): the Weibull psychometric function of a two-choice task
    against the coherence c [%] (Quick 1974), α the threshold (82 % correct), β the slope."""
    return 1.0 - 0.5 * np.exp(-((np.asarray(c) / alpha) ** beta))


def fit_weibull(c, n_correct, n, start=(7.0, 1.3)):
    """Maximum-likelihood (α, β) of binomial counts (``n_correct`` of ``n`` at coherences c > 0)
    and their standard errors from the Fisher information: (α, β, (se_α, se_β))."""
    from scipy import optimize

    c, n_correct, n = (np.asarray(x, dtype=float) for x in (c, n_correct, n))

    def negative_log_likelihood(log_alpha_beta):
        p = np.clip(weibull(c, *np.exp(log_alpha_beta)), 1e-12, 1 - 1e-12)
        return -np.sum(n_correct * np.log(p) + (n - n_correct) * np.log1p(-p))

    alpha, beta = np.exp(optimize.minimize(negative_log_likelihood, np.log(start), method="Nelder-Mead").x)
    u = (c / alpha) ** beta
    error = 0.5 * np.exp(-u)
    gradient = np.stack([-beta * u / alpha, u * np.log(c / alpha)]) * error  # ∂p/∂(α, β)
    variance = error * (1 - error)  # 0 where p rounds to 1: there ∂p/∂θ ∝ error too, no information
    weight = np.divide(n, variance, out=np.zeros_like(variance), where=variance > 0)
    fisher = (weight * gradient) @ gradient.T
    return alpha, beta, np.sqrt(np.diag(np.linalg.inv(fisher)))
