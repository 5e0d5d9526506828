"""Neuron and rate models against analytical results: LIF subthreshold solution and firing
period, HH gates and spikes, Izhikevich reset, AdEx adaptation, Wilson–Cowan, the RNN cell."""

from dataclasses import replace

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro.models import hh_traub, izhikevich, lif


def run_lif(current, duration, dt=0.1, v0=-60.0):
    params = lif.Params(I=jnp.asarray(current))
    return nr.run(lif.step, lif.init(jnp.full(jnp.shape(current), v0)), params, duration=duration,
                  dt=dt, monitors={"v": nr.StateMonitor("y.v"), "spikes": nr.SpikeMonitor("spike")})


def test_lif_subthreshold_response_is_exact():
    p = lif.Params()
    current = 80.0  # pA: v_inf = E_L + I / g_L = -52 mV, below threshold
    result = run_lif(jnp.array([current]), 100.0, dt=0.5)
    tau = p.C_m / p.g_L
    v_inf = p.E_L + current / p.g_L
    expected = v_inf + (-60.0 - v_inf) * np.exp(-result["v"].t / tau)
    np.testing.assert_allclose(result["v"].values[:, 0], expected, rtol=1e-10)
    assert len(result["spikes"].t) == 0


def test_lif_firing_period_matches_theory():
    p = lif.Params()
    currents = jnp.array([150.0, 250.0, 400.0])  # pA, suprathreshold
    result = run_lif(currents, 1000.0, dt=0.01)
    tau = p.C_m / p.g_L
    v_inf = p.E_L + np.asarray(currents) / p.g_L
    period = p.tau_ref + tau * np.log((v_inf - p.v_reset) / (v_inf - p.v_threshold))
    for k, train in enumerate(result["spikes"].trains()):
        assert np.mean(np.diff(train)) == pytest.approx(period[k], abs=0.02)  # within 2 steps


def test_lif_holds_reset_during_refractory_period():
    result = run_lif(jnp.array([1000.0]), 30.0, dt=0.1)
    first = result["spikes"].t[0]
    during = (result["v"].t > first) & (result["v"].t <= first + lif.Params().tau_ref - 1e-9)
    np.testing.assert_array_equal(result["v"].values[during, 0], lif.Params().v_reset)


def test_lif_input_stream_reaches_the_membrane():
    # 50 ms of 300 pA then nothing: spikes only while the current is on
    dt, n = 0.1, 1000
    current = np.where(np.arange(n) < 500, 300.0, 0.0)[:, None]
    result = nr.run(lif.step, lif.init(jnp.array([-60.0])), lif.Params(), duration=n * dt, dt=dt,
                    inputs=jnp.asarray(current), monitors={"spikes": nr.SpikeMonitor()})
    times = result["spikes"].t
    assert len(times) >= 3 and times.max() <= 50.0 + dt


def test_lif_conductance_input_inside_the_vector_field_is_exact():
    # a constant conductance to E = -50 mV is a leak change: v_inf = (g_L E_L + g E) / (g_L + g),
    # reached exactly by exponential Euler when the current is computed from v in the field
    p = lif.Params()
    g = 5.0

    def field(t, y, params):
        return lif.vector_field(t, y, replace(params, I=g * (-50.0 - y.v)))

    step = nr.make_step(field, "exponential_euler", event=lif.event)
    state = nr.run(step, lif.init(jnp.array([-60.0])), p, duration=1000.0, dt=0.5).state
    v_inf = (p.g_L * p.E_L + g * -50.0) / (p.g_L + g)
    assert float(state.y.v[0]) == pytest.approx(v_inf, abs=1e-8)


def hh_spike_times(method, dt, current, duration=200.0):
    p = hh_traub.Params(I=current)
    step = nr.make_step(hh_traub.vector_field, method, event=hh_traub.event)
    result = nr.run(step, hh_traub.init(jnp.array([-60.0]), p), p, duration=duration, dt=dt,
                    monitors={"spikes": nr.SpikeMonitor("spike"), "v": nr.StateMonitor("y.v")})
    return result["spikes"].t, result["v"].values


@pytest.mark.parametrize("current", [0.0, 500.0])
def test_hh_exponential_euler_spike_times_converge_at_first_order(current):
    # with these benchmark parameters the isolated neuron fires spontaneously (~14 Hz)
    reference, _ = hh_spike_times("rk4", 0.002, current, duration=100.0)
    errors = []
    for dt in (0.02, 0.01):
        times, v = hh_spike_times("exponential_euler", dt, current, duration=100.0)
        assert len(times) >= 2 and len(reference) >= 2
        assert v.max() > 0.0  # the action potential overshoots
        errors.append(np.max(np.abs(times[:2] - reference[:2])))
    assert errors[1] < 0.5
    assert 1.5 < errors[0] / errors[1] < 2.7


def test_hh_gate_steady_states_are_fixed_points_at_clamped_voltage():
    p = hh_traub.Params()
    v = jnp.linspace(-90, 20, 12)
    m, h, n = hh_traub.steady_state(v, p)
    rates = hh_traub.vector_field(0.0, hh_traub.State(v, m, h, n), p)
    for rate in (rates.m, rates.h, rates.n):
        np.testing.assert_allclose(rate, 0.0, atol=1e-12)


def test_hh_rate_functions_are_continuous_at_their_removable_singularities():
    p = hh_traub.Params()
    for v_singular in (p.v_T + 13.0, p.v_T + 40.0, p.v_T + 15.0):
        v = jnp.array([v_singular - 1e-4, v_singular, v_singular + 1e-4])
        for alpha, beta in hh_traub.rates(v, p):
            assert np.all(np.isfinite(alpha)) and np.all(np.isfinite(beta))
            assert np.ptp(alpha) < 1e-3 and np.ptp(beta) < 1e-3


def test_izhikevich_reset_and_tonic_spiking():
    p = izhikevich.Params(a=0.02, b=0.2, c=-65.0, d=6.0, I=14.0)
    result = nr.run(izhikevich.step, izhikevich.init(jnp.array([-70.0]), p), p, duration=200.0, dt=0.25,
                    monitors={"spikes": nr.SpikeMonitor("spike"), "v": nr.StateMonitor("y.v")})
    spike_steps = np.rint(result["spikes"].t / 0.25).astype(int) - 1
    assert len(spike_steps) >= 5
    np.testing.assert_array_equal(result["v"].values[spike_steps, 0], p.c)


def test_adex_subthreshold_rest_and_spike_triggered_adaptation():
    from neurorepro.models import adex

    p = adex.Params()
    # at rest with no input both derivatives vanish up to the small exponential term
    rates = adex.vector_field(0.0, adex.State(jnp.array(p.E_L), jnp.array(0.0)), p)
    expected = p.g_L * p.Delta_T * np.exp((p.E_L - p.v_T) / p.Delta_T) / p.C_m
    assert float(rates.v) == pytest.approx(expected, rel=1e-9) and float(rates.w) == 0.0
    p = replace(p, I=800.0)
    result = nr.run(adex.step, adex.init(jnp.array([p.E_L]), p), p, duration=400.0, dt=0.01,
                    monitors={"spikes": nr.SpikeMonitor("spike")})
    isi = np.diff(result["spikes"].t)
    assert len(isi) >= 4 and isi[-1] > isi[0]  # spike-frequency adaptation


def test_wilson_cowan_fixed_point_at_rest_and_limit_cycle_under_input():
    from neurorepro.models import wilson_cowan as wc

    # without input the origin is an equilibrium: S(0) = 0
    rest = wc.vector_field(0.0, wc.State(jnp.array(0.0), jnp.array(0.0)), wc.Params(P=0.0))
    assert float(rest.E) == 0.0 and float(rest.I) == 0.0
    # the paper's limit-cycle example oscillates: E keeps swinging after the transient
    result = nr.run(wc.step, wc.State(jnp.array(0.1), jnp.array(0.05)), wc.Params(), duration=200.0,
                    dt=0.05, monitors={"E": nr.StateMonitor("E")})
    late = result["E"].values[result["E"].t > 100.0]
    assert np.ptp(late) > 0.1


def test_rnn_dale_signs_and_euler_step_is_the_leaky_update():
    from neurorepro.models import rnn

    p = rnn.init_params(jax.random.key(0), n_in=2, n_rec=10, n_out=1, excitatory_fraction=0.8)
    W = rnn.recurrent_weights(p)
    assert np.all(np.asarray(W[:, :8]) >= 0) and np.all(np.asarray(W[:, 8:]) <= 0)
    x = jax.random.normal(jax.random.key(1), (10,))
    u = jnp.array([0.5, -1.0])
    dt = 10.0
    alpha = dt / p.tau
    expected = (1 - alpha) * x + alpha * (W @ jnp.tanh(x) + p.W_in @ u + p.b)
    next_x = rnn.step(x, p, nr.Clock(t=0.0, dt=dt, i=0, input=u))
    np.testing.assert_allclose(next_x, expected, rtol=1e-12)


def test_gap_junction_current_is_antisymmetric_and_conserves_charge():
    from neurorepro import gap_junctions

    g = jnp.array([[0.0, 2.0, 0.5], [2.0, 0.0, 1.0], [0.5, 1.0, 0.0]])
    v = jnp.array([-70.0, -50.0, -60.0])
    current = gap_junctions.coupling_current(v, g)
    np.testing.assert_allclose(current, [2.0 * 20 + 0.5 * 10, 2.0 * -20 + 1.0 * -10, 0.5 * -10 + 1.0 * 10])
    assert float(jnp.sum(current)) == pytest.approx(0.0)
    np.testing.assert_allclose(gap_junctions.coupling_current(v[:2], 3.0), [60.0, -60.0])
    with pytest.raises(ValueError, match="conductances must be a scalar or shaped"):
        gap_junctions.coupling_current(v, jnp.ones((2, 2)))
