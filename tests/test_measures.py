"""Measures on spike trains and signals with known answers."""

import jax
import numpy as np
import pytest

from neurorepro import inputs, measures
from neurorepro.monitors import Spikes


def spikes_from_trains(trains):
    i = np.concatenate([np.full(len(t), k) for k, t in enumerate(trains)])
    t = np.concatenate(trains)
    order = np.lexsort((i, t))
    return Spikes(i=i[order], t=t[order], n=len(trains))


def test_rates_and_cv_of_regular_and_poisson_trains():
    regular = np.arange(10.0, 1000.0, 25.0)  # 40 spikes in 1 s
    rng = np.random.default_rng(0)
    poisson = np.cumsum(rng.exponential(1000.0 / 50.0, size=5000))  # 50 Hz
    poisson = poisson[poisson < 100_000.0]
    spikes = spikes_from_trains([regular, poisson, np.array([3.0])])
    rates = measures.firing_rates(spikes, 1000.0)
    assert rates[0] == pytest.approx(40.0)
    assert rates[2] == pytest.approx(1.0)
    cv = measures.isi_cv(spikes)
    assert cv[0] == pytest.approx(0.0, abs=1e-12)
    assert cv[1] == pytest.approx(1.0, abs=0.05)
    assert np.isnan(cv[2])


def test_spectrum_peak_finds_a_sinusoid():
    dt = 0.5  # ms
    t = np.arange(0, 4000, dt)
    x = np.sin(2 * np.pi * 40.0 * t / 1000.0) + 0.5 * np.random.default_rng(1).standard_normal(t.size)
    assert measures.spectrum_peak(x, dt, band=(5, 200), resolution=1.0) == pytest.approx(40.0, abs=1.0)
    with pytest.raises(ValueError, match="band"):
        measures.spectrum_peak(x, dt, band=(5000, 6000))


def test_smoothing_preserves_mass():
    rate = np.zeros(1000)
    rate[500] = 1000.0
    smooth = measures.smoothed_rate(rate, dt=0.1, width=2.0)
    assert smooth.sum() == pytest.approx(1000.0)
    assert smooth.max() < 100.0


def test_coherence_is_one_for_identical_and_small_for_independent_trains():
    train = np.arange(5.0, 1000.0, 20.0)
    assert measures.coherence(spikes_from_trains([train, train, train]), 1000.0, 2.0) == pytest.approx(1.0)
    rng = np.random.default_rng(2)
    independent = [np.sort(rng.uniform(0, 1000.0, 50)) for _ in range(20)]
    # chance overlap of two 50-spike trains in 500 bins is about 0.1
    assert measures.coherence(spikes_from_trains(independent), 1000.0, 2.0) < 0.2


def test_binned_counts():
    spikes = spikes_from_trains([np.array([0.5, 1.5, 1.7, 2.0]), np.array([10.0])])
    np.testing.assert_array_equal(measures.binned(spikes, 10.0, 1.0).sum(axis=1), [4, 1])
    np.testing.assert_array_equal(measures.binned(spikes, 10.0, 1.0)[0, :3], [1, 3, 0])


def test_rate_window_includes_its_last_step():
    # a run of 100 ms stamps the spikes of its last step at t = 100 ms
    spikes = spikes_from_trains([np.array([0.1, 50.0, 100.0])])
    assert measures.firing_rates(spikes, 100.0)[0] == pytest.approx(30.0)
    assert measures.firing_rates(spikes, 50.0, t_start=50.0)[0] == pytest.approx(20.0)


def test_spike_trains_split_by_neuron():
    spikes = spikes_from_trains([np.array([1.0, 4.0]), np.array([]), np.array([2.0])])
    trains = spikes.trains()
    assert [list(t) for t in trains] == [[1.0, 4.0], [], [2.0]]


def test_input_protocols():
    steps = inputs.sections([0.0, 5.0, -2.0], [10.0, 20.0, 5.0])
    np.testing.assert_allclose([steps(t) for t in (0.0, 9.9, 10.0, 29.9, 30.0, 34.9, 35.0)],
                               [0, 0, 5, 5, -2, -2, 0])
    ramp = inputs.ramp(10.0, 20.0, 0.0, 1.0)
    np.testing.assert_allclose([ramp(t) for t in (5.0, 10.0, 15.0, 19.999, 20.0)], [0, 0, 0.5, 0.9999, 0], atol=1e-9)
    assert float(inputs.constant(3.0)(123.0)) == 3.0
    spikes = inputs.poisson_spikes(jax.random.key(0), 20.0, 0.1, shape=(200_000,))
    assert spikes.mean() == pytest.approx(20.0 * 0.1e-3, rel=0.1)
    with pytest.raises(ValueError, match="durations must be >= 0"):
        inputs.sections([1.0], [-1.0])
    with pytest.raises(ValueError, match="t_stop must be > t_start"):
        inputs.ramp(5.0, 5.0, 0.0, 1.0)


def test_measures_reject_bad_arguments():
    spikes = spikes_from_trains([np.array([1.0])])
    with pytest.raises(ValueError, match="duration must be a finite number > 0"):
        measures.firing_rates(spikes, 0.0)
    with pytest.raises(ValueError, match="bin_size must be a finite number > 0"):
        measures.binned(spikes, 10.0, -1.0)


def test_bursts_and_isolated_spikes():
    times = np.array([10.0, 12.0, 14.0, 60.0, 100.0, 103.0])
    assert [list(g) for g in measures.spike_groups(times, 5.0)] == [[10.0, 12.0, 14.0], [60.0], [100.0, 103.0]]
    assert len(measures.bursts(times, 5.0)) == 2 and len(measures.bursts(times, 5.0, min_spikes=3)) == 1
    assert measures.isolated_spikes(times, 5.0) == 1
    assert measures.spike_groups(np.array([]), 5.0) == []


def test_threshold_crossings_are_upward_interpolated_or_at_the_sample():
    t = np.arange(1, 11) * 0.5             # samples at the end of their steps
    x = np.array([0.0, 1.0, 3.0, 1.0, -1.0, 4.0, 4.0, 1.0, 2.0, 2.0])
    np.testing.assert_allclose(measures.threshold_crossings(x, t, 2.0, interpolate=False), [1.5, 3.0, 4.5])
    # linear interpolation: 1 -> 3 crosses 2 halfway between 1.0 and 1.5 ms
    np.testing.assert_allclose(measures.threshold_crossings(x, t, 2.0, interpolate=True), [1.25, 2.8, 4.5])
    both = measures.spike_times(np.stack([x, -x], axis=1), t, 2.0, interpolate=False)
    assert len(both) == 2 and both[1].size == 0
    # a sample exactly at the threshold counts as the crossing's sample (x[k-1] < θ <= x[k])
    np.testing.assert_allclose(measures.threshold_crossings(np.array([0.0, 2.0, 2.0]), t[:3], 2.0,
                                                            interpolate=True), [1.0])


def test_peaks_strict_interior_maxima_and_their_parabolic_refinement():
    t = np.linspace(0.0, 4 * np.pi, 401)
    coarse = measures.peaks(np.sin(t), t)
    refined = measures.peaks(np.sin(t), t, refine=True)
    np.testing.assert_allclose(refined.t, [np.pi / 2, 5 * np.pi / 2], atol=1e-6)
    np.testing.assert_allclose(refined.height, [1.0, 1.0], atol=1e-6)
    assert np.all(np.abs(coarse.t - refined.t) <= t[1] - t[0])
    # a plateau counts once (at its first sample), edges never, min_height filters
    x = np.array([3.0, 1.0, 2.0, 2.0, 1.0, 0.5, 1.5, 1.0, 5.0])
    np.testing.assert_array_equal(measures.peaks(x).t, [2.0, 6.0])
    np.testing.assert_array_equal(measures.peaks(x, min_height=1.8).height, [2.0])


def test_windows_are_closed_on_the_right():
    times = np.array([1.0, 2.0, 3.0, 4.0])
    assert measures.count_between(times, 1.0, 3.0) == 2
    np.testing.assert_array_equal(measures.between(times, 0.0, 1.0), [1.0])


def test_cycle_period_and_distinct_values():
    assert measures.cycle_period(np.tile([1.0, 2.0, 1.5], 10)) == 3
    assert measures.cycle_period(np.random.default_rng(0).random(50)) == 0
    assert measures.distinct_values(np.tile([0.2, 0.8], 20) + 1e-9) == 2


def test_downward_crossings():
    t = np.arange(1.0, 9.0)
    x = np.array([0.0, 5.0, 1.0, 1.4, 1.2, 6.0, 2.0, 3.0])
    np.testing.assert_allclose(measures.threshold_crossings(x, t, 3.0, interpolate=False, direction="down"),
                               [3.0, 7.0])
    np.testing.assert_allclose(measures.threshold_crossings(x, t, 3.0, interpolate=True, direction="down"),
                               [2.5, 6.75])


def test_coherence_matrix_of_binary_trains():
    x = np.array([[1, 1, 0], [0, 1, 0], [1, 0, 0], [0, 1, 0]])  # [time, train]
    kappa = measures.coherence_matrix(x)
    np.testing.assert_allclose(kappa[0, 1], 1 / np.sqrt(2 * 3))
    np.testing.assert_allclose(np.diag(kappa)[:2], [1.0, 1.0])
    assert np.isnan(kappa[2, 2])


def test_weibull_fit_recovers_its_parameters_from_exact_counts():
    from neurorepro import measures

    c = np.array([3.2, 6.4, 12.8, 25.6, 51.2])
    n = np.full(5, 1e6)
    alpha, beta, se = measures.fit_weibull(c, measures.weibull(c, 8.4, 1.6) * n, n)
    assert (alpha, beta) == pytest.approx((8.4, 1.6), rel=1e-4)
    assert np.all(se < 0.02) and measures.weibull(8.4, 8.4, 1.6) == pytest.approx(1 - 0.5 / np.e)
