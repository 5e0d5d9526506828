"""simulate: pure and on device — equal to run bit for bit, to a loop under jit(vmap), its
gradient to finite differences; inputs, decimation, rematerialisation, the divergence flag."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro import runner
from neurorepro.models import lif


def leak(t, x, params):
    """dx/dt = (-x + input) / tau, driven by the input stream through params["drive"]."""
    return (-x + params["drive"]) / params["tau"]


STEP = nr.make_step(leak, "rk4", input="drive")
PARAMS = {"tau": 5.0, "drive": 0.0}


def test_simulate_equals_run_bit_for_bit():
    # a noisy spiking network: LIF neurons with per-step random input currents from clock.key
    def step(state, params, clock):
        current = params.I + 200.0 * jax.random.normal(clock.key, state.spike.shape)
        return lif.step(state, params, clock._replace(input=current))

    state = lif.init(jnp.linspace(-65.0, -51.0, 16))
    params = lif.Params(I=150.0)
    key = jax.random.key(3)
    monitors = {"v": nr.StateMonitor("y.v"), "spikes": nr.SpikeMonitor()}
    ran = nr.run(step, state, params, duration=50.0, dt=0.1, monitors=monitors, key=key)
    solution = jax.jit(lambda s, p, k: nr.simulate(step, s, p, dt=0.1, n_steps=500, save=monitors, key=k))(
        state, params, key)
    np.testing.assert_array_equal(ran["v"].values, np.asarray(solution.saved["v"]))
    collected = monitors["spikes"].collect(np.asarray(solution.saved["spikes"]), ran["v"].t, 0.1, state)
    np.testing.assert_array_equal(collected.i, ran["spikes"].i)
    np.testing.assert_array_equal(collected.t, ran["spikes"].t)
    assert len(ran["spikes"].t) > 10
    for a, b in zip(jax.tree.leaves(ran.state), jax.tree.leaves(solution.state)):
        np.testing.assert_array_equal(a, b)


def test_jit_vmap_over_params_keys_and_inputs_equals_a_loop():
    def noisy(state, params, clock):
        return state + clock.dt * (-state / params["tau"] + clock.input) + 0.1 * jax.random.normal(clock.key)

    taus = jnp.array([2.0, 5.0, 10.0])
    keys = jax.random.split(jax.random.key(0), 3)
    inputs = jnp.stack([jnp.sin(0.01 * k * jnp.arange(200)) for k in (1, 2, 3)])

    def one(tau, key, drive):
        return nr.simulate(noisy, jnp.asarray(1.0), {"tau": tau}, dt=0.1, inputs=drive, key=key,
                           save=lambda s: s, save_every=4).saved

    batched = jax.jit(jax.vmap(one))(taus, keys, inputs)
    assert batched.shape == (3, 50)
    for k in range(3):
        np.testing.assert_allclose(batched[k], one(taus[k], keys[k], inputs[k]), rtol=1e-12)


def test_grad_of_a_loss_on_the_saved_trace_equals_finite_differences():
    inputs = jnp.linspace(0.0, 2.0, 400)[:, None] * jnp.ones((1, 3))
    target = jnp.linspace(0.0, 1.0, 100)

    def loss(tau, checkpoint=False):
        solution = nr.simulate(STEP, jnp.zeros(3), {"tau": tau, "drive": 0.0}, dt=0.05, inputs=inputs,
                               save=lambda x: x[0], save_every=4, checkpoint=checkpoint)
        return jnp.mean((solution.saved - target) ** 2)

    tau, h = 3.0, 1e-5
    finite_difference = (loss(tau + h) - loss(tau - h)) / (2 * h)
    gradient = jax.grad(loss)(tau)
    assert float(gradient) == pytest.approx(float(finite_difference), rel=1e-6)
    assert float(jax.grad(lambda t: loss(t, checkpoint=True))(tau)) == pytest.approx(float(gradient), rel=1e-12)


def test_value_and_grad_trains_a_parameter_with_optax():
    import optax

    inputs = jnp.ones((200, 1))
    target = 1.0 - jnp.exp(-0.1 * 4 * jnp.arange(1, 51) / 2.0)  # the response of tau = 2 ms

    @jax.jit
    def loss(log_tau):
        solution = nr.simulate(STEP, jnp.zeros(1), {"tau": jnp.exp(log_tau), "drive": 0.0}, dt=0.1,
                               inputs=inputs, save=lambda x: x[0], save_every=4)
        return jnp.mean((solution.saved - target) ** 2)

    optimizer = optax.adam(0.05)
    log_tau = jnp.log(6.0)
    state = optimizer.init(log_tau)
    for _ in range(300):
        value, grad = jax.value_and_grad(loss)(log_tau)
        updates, state = optimizer.update(grad, state)
        log_tau = optax.apply_updates(log_tau, updates)
    assert float(jnp.exp(log_tau)) == pytest.approx(2.0, rel=1e-3)


def test_decimated_samples_are_every_kth_state_at_their_times():
    full = nr.simulate(STEP, jnp.ones(2), PARAMS, dt=0.1, n_steps=60, save=lambda x: x)
    every = nr.simulate(STEP, jnp.ones(2), PARAMS, dt=0.1, n_steps=60, save=lambda x: x, save_every=6,
                        start_step=10)
    np.testing.assert_array_equal(every.saved, full.saved[5::6])
    np.testing.assert_allclose(every.t, 0.1 * (10 + 6 * np.arange(1, 11)), rtol=1e-12)
    with pytest.raises(ValueError, match="multiple of save_every"):
        nr.simulate(STEP, jnp.ones(2), PARAMS, dt=0.1, n_steps=61, save_every=6)


def test_the_input_stream_reaches_each_step_in_order():
    def record(state, params, clock):
        return state.at[clock.i].set(clock.input)

    solution = nr.simulate(record, jnp.zeros(5), None, dt=1.0, inputs=jnp.arange(5.0) * 10)
    np.testing.assert_array_equal(solution.state, [0, 10, 20, 30, 40])
    with pytest.raises(ValueError, match="one entry per step"):
        nr.simulate(record, jnp.zeros(5), None, dt=1.0, n_steps=4, inputs=jnp.arange(5.0))


def test_divergence_is_a_flag_on_device_and_located_on_request():
    def blow_up(state, factor, clock):
        return {"v": state["v"] * factor, "w": state["w"]}

    state = {"v": jnp.ones(3), "w": jnp.zeros(3)}
    flags = jax.jit(jax.vmap(lambda f: nr.simulate(blow_up, state, f, dt=0.1, n_steps=20).diverged))(
        jnp.array([1.0, 1e50]))
    np.testing.assert_array_equal(flags, [False, True])
    located = nr.simulate(blow_up, state, jnp.float64(1e50), dt=0.1, n_steps=20, locate_divergence=True)
    assert (int(located.bad_step), int(located.bad_leaf)) == (6, 0)  # v overflows at the 7th step


def test_new_values_of_params_dt_key_and_inputs_do_not_recompile():
    def noisy(state, params, clock):
        return state + clock.dt * (params - state + clock.input) + jax.random.normal(clock.key) * 0.01

    def run(p, dt, seed, drive):
        return nr.run(noisy, jnp.zeros(()), p, duration=10 * dt, dt=dt, key=jax.random.key(seed), inputs=drive)

    run(1.0, 0.1, 0, jnp.zeros(10))
    compiled = runner._compile(noisy, (), 10, False, None)
    size = compiled._cache_size()
    run(2.0, 0.2, 1, jnp.ones(10))
    run(3.0, 0.05, 2, 2.0 * jnp.ones(10))
    assert compiled._cache_size() == size


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(ValueError, match="give n_steps or duration"):
        nr.simulate(STEP, jnp.zeros(1), PARAMS, dt=0.1)
    with pytest.raises(ValueError, match="n_steps must be an integer >= 1"):
        nr.simulate(STEP, jnp.zeros(1), PARAMS, dt=0.1, n_steps=0)
    with pytest.raises(TypeError, match="key must be a typed jax.random key"):
        nr.simulate(STEP, jnp.zeros(1), PARAMS, dt=0.1, n_steps=3, key=42)
    with pytest.raises(ValueError, match="duration needs a concrete dt"):
        jax.jit(lambda dt: nr.simulate(STEP, jnp.zeros(1), PARAMS, dt=dt, duration=1.0).state)(0.1)


def test_make_step_replaces_the_input_field_and_is_cached():
    assert nr.make_step(leak, "rk4", input="drive") is STEP
    with pytest.raises(KeyError, match="no field 'current'"):
        nr.simulate(nr.make_step(leak, "euler", input="current"), jnp.zeros(1), PARAMS, dt=0.1,
                    inputs=jnp.ones((3, 1)))
    with pytest.raises(ValueError, match="needs a random key"):
        nr.simulate(nr.make_step(leak, "euler", noise=lambda t, x, p: 1.0), jnp.zeros(1), PARAMS,
                    dt=0.1, n_steps=3)


def test_euler_maruyama_step_has_the_ornstein_uhlenbeck_variance():
    sigma, tau = 0.5, 5.0
    step = nr.make_step(leak, "euler", noise=lambda t, x, p: sigma * jnp.ones_like(x))
    solution = nr.simulate(step, jnp.zeros(4000), {"tau": tau, "drive": 0.0}, dt=0.01, n_steps=5000,
                           key=jax.random.key(1))
    # stationary variance of dx = -x/tau dt + sigma dW is sigma² tau / 2
    assert float(jnp.var(solution.state)) == pytest.approx(sigma**2 * tau / 2, rel=0.06)
