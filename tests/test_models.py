"""Neuron models against analytical results: LIF subthreshold solution and firing period,
HH resting state and spike, Izhikevich reset."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro.models import hh_traub, izhikevich, lif


def lif_step(state, params, clock):
    return lif.step(state, params["neuron"], clock.dt, params["current"])


def run_lif(current, duration, dt=0.1, v0=-60.0):
    params = {"neuron": lif.Params(), "current": jnp.asarray(current)}
    return nr.run(lif_step, lif.init(jnp.full(jnp.shape(current), v0)), params, duration=duration,
                  dt=dt, monitors={"v": nr.StateMonitor("v"), "spikes": nr.SpikeMonitor("spike")})


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


def test_lif_conductance_input_as_function_of_v():
    # a constant conductance to E = -50 mV is a leak change: v_inf = (g_L E_L + g E) / (g_L + g)
    p = lif.Params()
    g = 5.0
    state = jax.lax.fori_loop(0, 2000, lambda _, s: lif.step(s, p, 0.5, lambda v: g * (-50.0 - v)),
                              lif.init(jnp.array([-60.0])))
    v_inf = (p.g_L * p.E_L + g * -50.0) / (p.g_L + g)
    assert float(state.v[0]) == pytest.approx(v_inf, abs=1e-8)


def hh_step(state, params, clock):
    return hh_traub.step(state, params["neuron"], clock.dt, params["current"])


def hh_spike_times(method, dt, current, duration=200.0):
    p = hh_traub.Params()

    def step(state, params, clock):
        return hh_traub.step(state, params, clock.dt, current, method=method)

    result = nr.run(step, hh_traub.init(jnp.array([-60.0]), p), p, duration=duration, dt=dt,
                    monitors={"spikes": nr.SpikeMonitor("spike"), "v": nr.StateMonitor("v")})
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
    _, dm, dh, dn = hh_traub.derivative(0.0, (v, m, h, n), (p, lambda v: -p.g_L * (p.E_L - v)))
    for rate in (dm, dh, dn):
        np.testing.assert_allclose(rate, 0.0, atol=1e-12)


def test_hh_rate_functions_are_continuous_at_their_removable_singularities():
    p = hh_traub.Params()
    for v_singular in (p.V_T + 13.0, p.V_T + 40.0, p.V_T + 15.0):
        v = jnp.array([v_singular - 1e-4, v_singular, v_singular + 1e-4])
        for alpha, beta in hh_traub.rates(v, p):
            assert np.all(np.isfinite(alpha)) and np.all(np.isfinite(beta))
            assert np.ptp(alpha) < 1e-3 and np.ptp(beta) < 1e-3


def test_izhikevich_reset_and_tonic_spiking():
    p = izhikevich.Params(a=0.02, b=0.2, c=-65.0, d=6.0)
    result = nr.run(lambda s, params, clock: izhikevich.step(s, params, clock.dt, 14.0),
                    izhikevich.init(jnp.array([-70.0]), p), p, duration=200.0, dt=0.25,
                    monitors={"spikes": nr.SpikeMonitor("spike"), "v": nr.StateMonitor("v")})
    spike_steps = np.rint(result["spikes"].t / 0.25).astype(int) - 1
    assert len(spike_steps) >= 5
    np.testing.assert_array_equal(result["v"].values[spike_steps, 0], p.c)


def test_adex_subthreshold_rest_and_spike_triggered_adaptation():
    from neurorepro.models import adex

    p = adex.Params()
    # at rest with no input both derivatives vanish up to the small exponential term
    dV, dw = adex.derivative(0.0, (jnp.array(p.E_L), jnp.array(0.0)), (p, 0.0))
    expected = p.g_L * p.Delta_T * np.exp((p.E_L - p.V_T) / p.Delta_T) / p.C
    assert float(dV) == pytest.approx(expected, rel=1e-9) and float(dw) == 0.0
    result = nr.run(lambda s, params, clock: adex.step(s, params, clock.dt, 800.0), adex.init(jnp.array([p.E_L]), p),
                    p, duration=400.0, dt=0.01, monitors={"spikes": nr.SpikeMonitor("spike")})
    isi = np.diff(result["spikes"].t)
    assert len(isi) >= 4 and isi[-1] > isi[0]  # spike-frequency adaptation


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
