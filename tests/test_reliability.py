"""Long runs: records that grow with what is recorded, a memory check before the run, records
streamed to disk, checkpoints that resume bit for bit, the run so far handed back on an
interrupt or a divergence, and float32 models with x64 on."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro import delay, records, runner
from test_runner import Noisy, assert_same_result, noisy_leak  # the runner tests' noisy leaky units


PARAMS = {"tau": 10.0, "sigma": 1.0, "threshold": 1.0}
STATE = Noisy(x=jnp.zeros(16), spike=jnp.zeros(16, bool))
MONITORS = {"x": nr.StateMonitor("x", indices=[0, 3]), "spikes": nr.SpikeMonitor("spike"),
            "rate": nr.RateMonitor("spike")}
OPTIONS = dict(duration=60.0, dt=0.1, monitors=MONITORS, key=jax.random.key(3), chunk_steps=50)


def assert_same(a, b):
    assert_same_result(a, b)
    for x, y in zip(jax.tree.leaves(a.state), jax.tree.leaves(b.state)):
        np.testing.assert_array_equal(x, y)


def test_spike_records_grow_with_the_spikes_not_the_steps():
    monitors = {"spikes": nr.SpikeMonitor("spike")}
    probe = (jax.ShapeDtypeStruct((2,), jnp.uint8),)
    store = records.Records(monitors, probe, n_steps=1000, batched=False)
    silent = np.zeros((500, 2), np.uint8)
    store.write((silent,), np.arange(1, 501) * 0.1, 0)
    assert store.event_bytes() == 0
    one_spike = silent.copy()
    one_spike[10, 1] = 0b01000000  # neuron 9
    store.write((one_spike,), np.arange(501, 1001) * 0.1, 500)
    assert store.event_bytes() == 4 + 8  # one int32 index and one float64 time
    spikes = monitors["spikes"].result(store.arrays()["spikes"], None, 0.1, STATE)
    np.testing.assert_array_equal(spikes.i, [9])
    np.testing.assert_allclose(spikes.t, [51.1])


def test_records_too_large_for_memory_stop_before_the_run():
    calls = []

    def step(state, params, clock):
        jax.debug.callback(lambda: calls.append(1))
        return state

    state = {"v": jnp.zeros(1000, jnp.float32)}
    with pytest.raises(nr.RecordsTooLarge, match=r"'v': 0.0373 GiB.*max_memory.*record_to=folder"):
        nr.run(step, state, duration=1000.0, dt=0.1, monitors={"v": nr.StateMonitor("v")}, max_memory=1e6)
    assert not calls  # not one step ran


def test_spike_records_past_the_limit_stop_with_the_run_so_far():
    with pytest.raises(nr.RecordsTooLarge, match="projected from the first 50 steps") as caught:
        nr.run(noisy_leak, STATE, PARAMS, **{**OPTIONS, "monitors": {"spikes": nr.SpikeMonitor("spike")}},
               max_memory=200)
    so_far = caught.value.result
    assert so_far.t_end == pytest.approx(5.0) and so_far["spikes"].t.max() <= 5.0


def test_records_streamed_to_disk_equal_records_in_memory(tmp_path):
    in_memory = nr.run(noisy_leak, STATE, PARAMS, **OPTIONS)
    on_disk = nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, record_to=tmp_path / "records")
    assert isinstance(on_disk["x"].values, np.memmap) and isinstance(on_disk["spikes"].t, np.memmap)
    assert_same(in_memory, on_disk)
    assert (tmp_path / "records" / "spikes.t.bin").stat().st_size == 8 * len(in_memory["spikes"].t)


def interrupt_after(monkeypatch, chunks):
    """Make the run raise KeyboardInterrupt after ``chunks`` chunks, as Ctrl-C would."""
    original, seen = records.check_room, []

    def check_room(store, allowed, n_done):
        if n_done:
            seen.append(n_done)
            if len(seen) == chunks:
                raise KeyboardInterrupt
        return original(store, allowed, n_done)

    monkeypatch.setattr(records, "check_room", check_room)


@pytest.mark.parametrize("record_to", [False, True])
def test_an_interrupted_run_resumes_bit_for_bit(tmp_path, monkeypatch, record_to):
    whole = nr.run(noisy_leak, STATE, PARAMS, **OPTIONS)
    folder = tmp_path / "ckpt"
    extra = {"record_to": tmp_path / "records"} if record_to else {}
    with monkeypatch.context() as patch:
        interrupt_after(patch, 7)
        with pytest.raises(nr.RunInterrupted, match="resume=True") as caught:
            nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, checkpoint=folder, checkpoint_every=10.0, **extra)
    so_far = caught.value.result
    assert so_far.t_end == pytest.approx(35.0)  # 7 chunks of 5 ms: the state after the last whole chunk
    np.testing.assert_array_equal(so_far["x"].values, whole["x"].values[:350])
    with pytest.raises(FileExistsError, match="pass resume=True"):
        nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, checkpoint=folder, **extra)
    resumed = nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, checkpoint=folder, checkpoint_every=10.0,
                     resume=True, **extra)
    assert_same(whole, resumed)
    assert not isinstance(resumed["x"].values, np.memmap) or record_to


def test_a_checkpoint_resumes_only_its_own_run(tmp_path):
    nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, checkpoint=tmp_path)
    with pytest.raises(ValueError, match=r"belongs to another run: params"):
        nr.run(noisy_leak, STATE, {**PARAMS, "sigma": 2.0}, **OPTIONS, checkpoint=tmp_path, resume=True)
    other_dt = r"belongs to another run: steps \(600 there, 1200 here\), dt \(0.1 there, 0.05 here\)"
    with pytest.raises(ValueError, match=other_dt):
        nr.run(noisy_leak, STATE, PARAMS, **{**OPTIONS, "dt": 0.05}, checkpoint=tmp_path, resume=True)
    with pytest.raises(FileNotFoundError, match="holds no checkpoint"):
        nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, checkpoint=tmp_path / "empty", resume=True)
    with pytest.raises(ValueError, match="resume=True needs checkpoint=folder"):
        nr.run(noisy_leak, STATE, PARAMS, **OPTIONS, resume=True)


def test_a_sweep_resumes_bit_for_bit(tmp_path, monkeypatch):
    params = {"tau": jnp.array([5.0, 10.0]), "sigma": jnp.array([1.0, 2.0]), "threshold": jnp.ones(2)}
    whole = nr.sweep(noisy_leak, STATE, params, **OPTIONS)
    with monkeypatch.context() as patch:
        interrupt_after(patch, 3)
        with pytest.raises(nr.RunInterrupted):
            nr.sweep(noisy_leak, STATE, params, **OPTIONS, checkpoint=tmp_path, checkpoint_every=5.0)
    resumed = nr.sweep(noisy_leak, STATE, params, **OPTIONS, checkpoint=tmp_path, checkpoint_every=5.0,
                       resume=True)
    np.testing.assert_array_equal(whole["x"].values, resumed["x"].values)
    np.testing.assert_array_equal(whole["spikes"].entry, resumed["spikes"].entry)
    np.testing.assert_array_equal(whole["spikes"].t, resumed["spikes"].t)


def test_a_divergence_hands_back_the_last_good_state_and_the_records_so_far():
    def blows_up(state, params, clock):
        return {"v": state["v"] * 2.0}  # 2^1024 overflows at step 1024 - 1

    with pytest.raises(nr.SimulationDiverged, match="'v' became NaN/Inf at step 1023") as caught:
        nr.run(blows_up, {"v": jnp.ones(2, jnp.float64)}, duration=200.0, dt=0.1,
               monitors={"v": nr.StateMonitor("v")}, chunk_steps=100)
    so_far = caught.value.result
    assert so_far.t_end == pytest.approx(100.0)
    assert so_far["v"].values.shape == (1000, 2) and np.isfinite(so_far["v"].values).all()
    assert np.isfinite(so_far.state["v"]).all()


@pytest.mark.parametrize("dtype", [jnp.float32, jnp.float64])
def test_a_model_runs_in_its_own_precision_with_x64_on(dtype):
    assert jax.config.jax_enable_x64  # tests/conftest.py
    state = Noisy(x=jnp.zeros(4, dtype), spike=jnp.zeros(4, bool))
    result = nr.run(noisy_leak, state, PARAMS, duration=5.0, dt=0.1, key=jax.random.key(0),
                    monitors={"x": nr.StateMonitor("x")})
    assert result.state.x.dtype == dtype and result["x"].values.dtype == dtype
    lif = nr.models.lif
    params = lif.Params()
    y = lif.init(jnp.full(3, -65.0, dtype))
    out = nr.simulate(lif.step, y, params, dt=0.1, n_steps=20, inputs=jnp.full((20, 3), 300.0, dtype))
    assert out.state.y.v.dtype == dtype


def test_times_off_the_grid_are_refused_not_rounded():
    with pytest.raises(ValueError, match=r"duration must be a whole number of steps of dt = 0.1 ms, got 1.06"):
        nr.run(noisy_leak, STATE, PARAMS, duration=1.06, dt=0.1, key=jax.random.key(0))
    with pytest.raises(ValueError, match=r"t0 must be a whole number of steps"):
        nr.run(noisy_leak, STATE, PARAMS, duration=1.0, dt=0.1, t0=0.05, key=jax.random.key(0))
    with pytest.raises(ValueError, match=r"checkpoint_every must be a whole number of steps"):
        nr.run(noisy_leak, STATE, PARAMS, duration=1.0, dt=0.1, key=jax.random.key(0), checkpoint="x",
               checkpoint_every=0.25)
    nr.run(noisy_leak, STATE, PARAMS, duration=0.3, dt=0.1, key=jax.random.key(0))  # 0.3/0.1 = 2.9999…


def test_a_history_is_evaluated_on_the_grid_in_one_call_or_point_by_point():
    smooth = delay.init(lambda t: 1.0 + 0.1 * jnp.sin(t), delays=(50.0,), dt=0.1)
    stepwise = delay.init(lambda t: 1.0 if t > -5.0 else 0.5, delays=(50.0,), dt=0.1)
    constant = delay.init(1.2, delays=(50.0,), dt=0.1)
    depth = smooth.buffer.shape[0]
    times = -0.1 * ((-np.arange(depth)) % depth)  # the time each buffer slot holds
    np.testing.assert_allclose(smooth.buffer, 1.0 + 0.1 * np.sin(times), rtol=1e-12)
    np.testing.assert_array_equal(stepwise.buffer, np.where(times > -5.0, 1.0, 0.5))
    np.testing.assert_array_equal(constant.buffer, np.full(depth, 1.2))


def test_runner_module_exports_the_errors():
    assert runner.RecordsTooLarge is nr.RecordsTooLarge and issubclass(nr.RunInterrupted, KeyboardInterrupt)
