"""Lyapunov spectra against systems whose exponents are known exactly; the model is the
runner's step, the same function a run uses."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr


def linear_map(y, matrix, clock):
    return matrix @ y


def iterate(f):
    """A map's runner step: the next state, whatever dt."""
    return nr.make_step(f, lambda field, t, y, dt, args: field(t, y, args))


def test_linear_map_exponents_are_log_moduli_of_eigenvalues():
    a = jnp.array([[0.9, 0.4, 0.0], [0.0, 1.2, 0.3], [0.0, 0.0, 0.5]])  # triangular: eigs on diagonal
    spectrum = nr.lyapunov_spectrum(linear_map, jnp.ones(3), a, n_steps=2000)
    np.testing.assert_allclose(spectrum, np.log([1.2, 0.9, 0.5]), atol=2e-3)


def linear_field(t, y, matrix):
    return matrix @ y


def test_linear_flow_exponents_are_eigenvalue_real_parts():
    a = jnp.array([[-0.5, 2.0], [-2.0, -0.5]])  # eigenvalues -0.5 ± 2i
    b = jnp.array([[0.3, 1.0], [0.0, -1.0]])    # eigenvalues 0.3, -1
    step = nr.make_step(linear_field, "rk4")
    for matrix, expected in ((a, [-0.5, -0.5]), (b, [0.3, -1.0])):
        spectrum = nr.lyapunov_spectrum(step, jnp.ones(2), matrix, n_steps=20_000, dt=0.01)
        np.testing.assert_allclose(spectrum, expected, atol=2e-3)


def logistic(t, x, r):
    return r * x * (1.0 - x)


def test_logistic_map_at_r4_has_exponent_ln2_and_vmaps_over_parameters():
    step = iterate(logistic)
    assert nr.largest_lyapunov(step, jnp.array(0.2), 4.0, n_steps=100_000, transient=100) == pytest.approx(
        np.log(2.0), abs=0.01)
    # a stable fixed point x* = 1 - 1/r has exponent ln|2 - r|, one compiled call for every r
    rs = jnp.array([1.5, 2.5, 2.9])
    exponents = jax.vmap(lambda r: nr.largest_lyapunov(step, jnp.array(0.3), r, n_steps=2000,
                                                        transient=2000))(rs)
    np.testing.assert_allclose(exponents, np.log(np.abs(2.0 - np.asarray(rs))), atol=1e-6)


def test_exponent_count_is_checked():
    with pytest.raises(ValueError, match="n_exponents must be <= the state dimension 2"):
        nr.lyapunov_spectrum(linear_map, jnp.ones(2), jnp.eye(2), n_steps=10, n_exponents=3)
    with pytest.raises(ValueError, match="dt must be a finite number > 0"):
        nr.lyapunov_spectrum(linear_map, jnp.ones(2), jnp.eye(2), n_steps=10, dt=0.0)


def test_integer_leaves_are_carried_without_tangents():
    # a linear map whose factor is chosen by a step counter: exponent = mean of log factors
    def step(state, params, clock):
        factor = jnp.where(state["k"] % 2 == 0, 2.0, 0.5 * 3.0)
        return {"x": factor * state["x"], "k": state["k"] + 1}

    spectrum = nr.lyapunov_spectrum(step, {"x": jnp.ones(1), "k": jnp.asarray(0)}, n_steps=1000)
    np.testing.assert_allclose(spectrum, [0.5 * (np.log(2.0) + np.log(1.5))], rtol=1e-9)


def test_clock_time_reaches_the_step():
    # x' = a(t) x with a(t) = cos t: over whole periods the exponent is the mean of a, 0;
    # with a(t) = 1 + cos t it is 1
    def field(t, x, offset):
        return (offset + jnp.cos(t)) * x

    step = nr.make_step(field, "rk4")
    dt = 2 * np.pi / 1000
    for offset in (0.0, 1.0):
        exponent = nr.largest_lyapunov(step, jnp.ones(1), offset, n_steps=10_000, dt=dt)
        assert float(exponent) == pytest.approx(offset, abs=1e-6)


def test_delay_equation_exponent_of_a_linear_dde():
    # x' = -x(t - 1): every solution decays, so the largest exponent is negative
    from neurorepro import delay

    dt = 0.1

    def step(state, params, clock):
        return delay.step(lambda t, y, lag, a: -lag[0], clock.t, state, clock.dt)

    top = nr.largest_lyapunov(step, delay.init(1.0, (1.0,), dt), n_steps=3000, dt=dt)
    # the slowest mode of x' = -x(t-1) decays at Re s of s = -exp(-s): -0.3181
    assert top == pytest.approx(-0.3181, abs=0.01)


def test_alignment_removes_the_bias_of_the_initial_tangent_axes():
    # a shear map: the first axis is far from the expanding direction, which biases short averages
    a = jnp.array([[0.5, 0.0], [3.0, 1.5]])
    unaligned = nr.lyapunov_spectrum(linear_map, jnp.ones(2), a, n_steps=20, n_exponents=1)
    aligned = nr.lyapunov_spectrum(linear_map, jnp.ones(2), a, n_steps=20, n_exponents=1, align_steps=50)
    exact = np.log([1.5])
    assert np.max(np.abs(aligned - exact)) < 1e-6 < np.max(np.abs(unaligned - exact))


def test_spectrum_over_starts_and_displaced_starts():
    a = jnp.array([[0.9, 0.4], [0.0, 1.2]])
    starts = nr.lyapunov.displaced(jax.random.key(0), jnp.ones((5, 2)), scale=1e-3)
    assert 0 < float(jnp.abs(starts - 1.0).max()) < 1e-2
    estimate = nr.lyapunov.spectrum_over_starts(linear_map, starts, a, n_steps=2000)
    assert estimate.samples.shape == (5, 2)
    np.testing.assert_allclose(estimate.mean, np.log([1.2, 0.9]), atol=2e-3)
    np.testing.assert_allclose(estimate.standard_error, estimate.samples.std(axis=0, ddof=1) / np.sqrt(5))
    kept = nr.lyapunov.displaced(jax.random.key(1), {"x": jnp.ones(3), "k": jnp.arange(3)})
    np.testing.assert_array_equal(kept["k"], np.arange(3))
