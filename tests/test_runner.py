"""The runner: chunking, sweeps, determinism, no recompilation, divergence, bad input."""

from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro import runner


class Noisy(NamedTuple):
    x: jax.Array
    spike: jax.Array


def noisy_leak(state, params, clock):
    """Leaky variables driven by per-step noise; 'spikes' where x crosses a threshold."""
    noise = jax.random.normal(clock.key, state.x.shape, state.x.dtype)
    x = state.x + clock.dt * (-state.x / params["tau"]) + params["sigma"] * jnp.sqrt(clock.dt) * noise
    spike = x > params["threshold"]
    return Noisy(x=jnp.where(spike, 0.0, x), spike=spike)


PARAMS = {"tau": 10.0, "sigma": 1.0, "threshold": 1.0}
STATE = Noisy(x=jnp.zeros(8), spike=jnp.zeros(8, bool))
MONITORS = {"x": nr.StateMonitor("x", indices=[0, 3]), "spikes": nr.SpikeMonitor("spike"),
            "rate": nr.RateMonitor("spike")}


def simulate(**kwargs):
    params = kwargs.pop("params", PARAMS)
    options = dict(duration=50.0, dt=0.1, monitors=MONITORS, key=jax.random.key(7))
    options.update(kwargs)
    return nr.run(noisy_leak, STATE, params, **options)


def assert_same_result(a, b):
    np.testing.assert_array_equal(a["x"].values, b["x"].values)
    np.testing.assert_array_equal(a["x"].t, b["x"].t)
    np.testing.assert_array_equal(a["spikes"].i, b["spikes"].i)
    np.testing.assert_array_equal(a["spikes"].t, b["spikes"].t)
    np.testing.assert_array_equal(a["rate"].rate, b["rate"].rate)


def test_chunked_run_equals_one_long_run():
    whole = simulate()
    assert_same_result(whole, simulate(chunk_steps=37))  # uneven last chunk included
    assert whole["x"].values.shape == (500, 2)
    assert len(whole["spikes"].t) > 0


def test_continuing_from_the_final_state_equals_one_run():
    whole = simulate(duration=50.0)
    first = simulate(duration=20.0)
    second = nr.run(noisy_leak, first.state, PARAMS, duration=30.0, dt=0.1, monitors=MONITORS,
                    key=jax.random.key(7), t0=first.t_end)
    np.testing.assert_array_equal(whole["x"].values, np.concatenate([first["x"].values, second["x"].values]))
    np.testing.assert_allclose(second["x"].t[0], 20.1)


def test_same_seed_same_result_and_other_seed_differs():
    assert_same_result(simulate(), simulate())
    other = simulate(key=jax.random.key(8))
    assert not np.array_equal(other["x"].values, simulate()["x"].values)


def test_sweep_equals_a_loop_of_single_runs():
    sigmas = jnp.array([0.5, 1.0, 1.5, 2.0])
    batch = {"tau": jnp.full(4, 10.0), "sigma": sigmas, "threshold": jnp.full(4, 1.0)}
    swept = nr.sweep(noisy_leak, STATE, batch, duration=30.0, dt=0.1, monitors=MONITORS,
                     key=jax.random.key(7), chunk_steps=100)
    for k, sigma in enumerate(sigmas):
        single = simulate(duration=30.0, params={**PARAMS, "sigma": float(sigma)})
        np.testing.assert_allclose(swept["x"][k].values, single["x"].values, rtol=1e-12)
        np.testing.assert_array_equal(swept["spikes"][k].i, single["spikes"].i)
    assert swept.state.x.shape == (4, 8)


def test_sweep_with_shared_parameters_equals_batching_them_all():
    sigmas = jnp.array([0.5, 1.0, 1.5])
    options = dict(duration=20.0, dt=0.1, monitors=MONITORS, key=jax.random.key(3))
    shared = nr.sweep(noisy_leak, STATE, {"tau": 10.0, "sigma": sigmas, "threshold": 1.0},
                      param_axes={"tau": None, "sigma": 0, "threshold": None}, **options)
    every = nr.sweep(noisy_leak, STATE, {"tau": jnp.full(3, 10.0), "sigma": sigmas,
                                         "threshold": jnp.full(3, 1.0)}, **options)
    np.testing.assert_allclose(shared.state.x, every.state.x, rtol=1e-12)  # rounding only
    with pytest.raises(ValueError, match="param_axes must have the structure of params"):
        nr.sweep(noisy_leak, STATE, {"tau": 10.0, "sigma": sigmas, "threshold": 1.0},
                 param_axes={"sigma": 0}, **options)


def test_new_parameter_values_do_not_recompile():
    simulate(duration=10.0)
    compiled = runner._compile(noisy_leak, tuple(MONITORS.values()), 100, False, None)
    size = compiled._cache_size()
    simulate(duration=10.0, params={"tau": 3.0, "sigma": 0.1, "threshold": 2.0})
    simulate(duration=10.0, params=PARAMS, key=jax.random.key(99))
    assert compiled._cache_size() == size


def test_automatic_chunks_share_one_length_when_the_steps_allow():
    assert runner._chunk_plan(25_000, None, 8) == 6_250        # not 10 000 + 10 000 + 5 000
    assert runner._chunk_plan(30_000, None, 8) == 10_000
    assert runner._chunk_plan(10_007, None, 8) == 10_000       # a prime: a shorter last chunk
    assert runner._chunk_plan(25_000, 3_000, 8) == 3_000       # chunk_steps is taken as given
    runner._compile.cache_clear()
    simulate(duration=2_500.0)                                  # 25 000 steps: one compiled chunk
    assert runner._compile.cache_info().misses == 1


def test_spike_monitor_times_and_rate_monitor_agree():
    result = simulate()
    counts = np.bincount(np.rint(result["spikes"].t / 0.1).astype(int) - 1, minlength=500)
    np.testing.assert_allclose(result["rate"].rate, counts / 8 / 0.1 * 1000.0, rtol=1e-6)


def blow_up(state, params, clock):
    return {"v": state["v"] * params, "w": state["w"]}


def test_divergence_names_variable_and_time():
    state = {"v": jnp.ones(3), "w": jnp.zeros(3)}
    with pytest.raises(nr.SimulationDiverged, match=r"variable 'v' became NaN/Inf at step 6 \(t = 0.7 ms\)"):
        nr.run(blow_up, state, jnp.float64(1e50), duration=10.0, dt=0.1)


def test_divergence_is_located_inside_a_long_chunk_and_across_chunks():
    state = {"v": jnp.ones(3), "w": jnp.zeros(3)}
    for chunk_steps in (4, 100):
        with pytest.raises(nr.SimulationDiverged, match=r"'v' became NaN/Inf at step 6 \(t = 0.7 ms\)"):
            nr.run(blow_up, state, jnp.float64(1e50), duration=10.0, dt=0.1, chunk_steps=chunk_steps)


def test_divergence_check_can_be_switched_off():
    state = {"v": jnp.ones(3), "w": jnp.zeros(3)}
    result = nr.run(blow_up, state, jnp.float64(1e50), duration=1.0, dt=0.1, check_finite=False)
    assert not np.all(np.isfinite(result.state["v"]))


def test_divergence_in_a_sweep_names_the_element():
    state = {"v": jnp.ones(3), "w": jnp.zeros(3)}
    with pytest.raises(nr.SimulationDiverged, match="sweep element 1"):
        nr.sweep(blow_up, state, jnp.array([1.0, 1e50]), duration=10.0, dt=0.1)


@pytest.mark.parametrize("kwargs, message", [
    (dict(dt=0.0), "dt must be a finite number > 0"),
    (dict(dt=-0.1), "dt must be a finite number > 0"),
    (dict(duration=0.05), "duration must be a finite number >= dt"),
    (dict(chunk_steps=0), "chunk_steps must be an integer >= 1"),
    (dict(t0=-1.0), "t0 must be a finite number >= 0"),
])
def test_bad_run_arguments_raise_clear_errors(kwargs, message):
    with pytest.raises(ValueError, match=message):
        simulate(**kwargs)


def test_sweep_needs_a_common_batch_axis():
    with pytest.raises(ValueError, match="same leading batch axis"):
        nr.sweep(noisy_leak, STATE, {"tau": jnp.ones(3), "sigma": jnp.ones(2), "threshold": jnp.ones(3)},
                 duration=1.0, dt=0.1)


def test_unknown_monitored_variable_is_named():
    with pytest.raises(KeyError, match="no variable 'nope'"):
        simulate(monitors={"m": nr.StateMonitor("nope")})


def test_monitors_of_scalar_states_in_a_sweep():
    def threshold(state, params, clock):
        x = state["x"] + params * clock.dt
        return {"x": jnp.where(x > 1.0, 0.0, x), "spike": x > 1.0}

    state = {"x": jnp.asarray(0.0), "spike": jnp.asarray(False)}
    swept = nr.sweep(threshold, state, jnp.array([0.05, 0.25]), duration=10.0, dt=0.5,
                     monitors={"s": nr.SpikeMonitor("spike"), "x": nr.StateMonitor("x")})
    assert [len(s.t) for s in swept["s"]] == [0, 2]  # x passes 1 every 9 steps at rate 0.25, never at 0.05
    assert swept["s"][1].n == 1 and swept["x"][1].values.shape == (20,)


def test_sweep_results_carry_a_leading_batch_axis():
    batch = {"tau": jnp.full(3, 10.0), "sigma": jnp.array([0.5, 1.0, 2.0]), "threshold": jnp.full(3, 1.0)}
    swept = nr.sweep(noisy_leak, STATE, batch, duration=20.0, dt=0.1, monitors=MONITORS, key=jax.random.key(1))
    assert swept["x"].values.shape == (3, 200, 2) and swept["rate"].rate.shape == (3, 200)
    assert len(swept["spikes"]) == 3
    for k, entry in enumerate(swept["spikes"]):
        keep = swept["spikes"].entry == k
        np.testing.assert_array_equal(entry.i, swept["spikes"].i[keep])
        np.testing.assert_array_equal(swept["x"][k].values, swept["x"].values[k])


def test_monitor_indices_and_types_are_checked_before_the_run():
    with pytest.raises(IndexError, match=r"indices must lie in \[0, 8\)"):
        simulate(monitors={"m": nr.StateMonitor("x", indices=[5000])})
    with pytest.raises(TypeError, match="records spikes, a boolean variable"):
        simulate(monitors={"m": nr.SpikeMonitor("x")})
    with pytest.raises(TypeError, match="records spikes, a boolean variable"):
        simulate(monitors={"m": nr.RateMonitor("x")})


def test_input_stream_of_a_run_and_of_a_sweep():
    def driven(state, params, clock):
        return state + clock.input * params

    ran = nr.run(driven, jnp.zeros(2), 1.0, duration=1.0, dt=0.1, inputs=jnp.ones((10, 2)), chunk_steps=3)
    np.testing.assert_allclose(ran.state, [10.0, 10.0])
    swept = nr.sweep(driven, jnp.zeros(2), jnp.array([1.0, 2.0]), duration=1.0, dt=0.1,
                     inputs=jnp.stack([jnp.ones((10, 2)), 3 * jnp.ones((10, 2))]), batch_inputs=True)
    np.testing.assert_allclose(swept.state, [[10.0, 10.0], [60.0, 60.0]])
    with pytest.raises(ValueError, match="one entry per step"):
        nr.run(driven, jnp.zeros(2), 1.0, duration=1.0, dt=0.1, inputs=jnp.ones((9, 2)))


def test_batch_keys_need_one_key_per_entry():
    with pytest.raises(TypeError, match="key must be an array of 2 typed jax.random keys"):
        nr.sweep(noisy_leak, STATE, {"tau": jnp.ones(2), "sigma": jnp.ones(2), "threshold": jnp.ones(2)},
                 duration=1.0, dt=0.1, key=jax.random.key(0), batch_keys=True)


def test_sweep_over_initial_states_with_every_parameter_shared():
    swept = nr.sweep(noisy_leak, Noisy(x=jnp.array([[0.0] * 8, [0.5] * 8]), spike=jnp.zeros((2, 8), bool)),
                     PARAMS, param_axes={"tau": None, "sigma": None, "threshold": None}, batch_state=True,
                     duration=5.0, dt=0.1, key=jax.random.key(0))
    assert swept.state.x.shape == (2, 8)


def test_a_bare_array_state_is_monitored_by_the_empty_path():
    ran = nr.run(lambda s, p, c: s + c.dt, jnp.zeros(3), None, duration=1.0, dt=0.5,
                 monitors={"s": nr.StateMonitor("")})
    np.testing.assert_allclose(ran["s"].values, [[0.5] * 3, [1.0] * 3])
