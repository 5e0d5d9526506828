"""Lyapunov spectra against systems whose exponents are known exactly."""

import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro import integrators


def test_linear_map_exponents_are_log_moduli_of_eigenvalues():
    a = jnp.array([[0.9, 0.4, 0.0], [0.0, 1.2, 0.3], [0.0, 0.0, 0.5]])  # triangular: eigs on diagonal
    spectrum = nr.lyapunov_spectrum(lambda y: a @ y, jnp.ones(3), n_steps=2000)
    np.testing.assert_allclose(spectrum, np.log([1.2, 0.9, 0.5]), atol=2e-3)


def test_linear_flow_exponents_are_eigenvalue_real_parts():
    a = jnp.array([[-0.5, 2.0], [-2.0, -0.5]])  # eigenvalues -0.5 ± 2i
    b = jnp.array([[0.3, 1.0], [0.0, -1.0]])    # eigenvalues 0.3, -1
    for matrix, expected in ((a, [-0.5, -0.5]), (b, [0.3, -1.0])):
        f = lambda t, y, args: args @ y  # noqa: E731
        step = lambda y: integrators.rk4(f, 0.0, y, 0.01, matrix)  # noqa: E731,B023
        spectrum = nr.lyapunov_spectrum(step, jnp.ones(2), n_steps=20_000, dt=0.01)
        np.testing.assert_allclose(spectrum, expected, atol=2e-3)


def test_logistic_map_at_r4_has_exponent_ln2():
    logistic = lambda x: 4.0 * x * (1.0 - x)  # noqa: E731
    assert nr.largest_lyapunov(logistic, jnp.array(0.2), n_steps=100_000, transient=100) == pytest.approx(
        np.log(2.0), abs=0.01)


def test_exponent_count_is_checked():
    with pytest.raises(ValueError, match="n_exponents must be <= the state dimension 2"):
        nr.lyapunov_spectrum(lambda y: y, jnp.ones(2), n_steps=10, n_exponents=3)
    with pytest.raises(ValueError, match="dt must be a finite number > 0"):
        nr.lyapunov_spectrum(lambda y: y, jnp.ones(2), n_steps=10, dt=0.0)


def test_integer_leaves_are_carried_without_tangents():
    # a linear map whose factor is chosen by a step counter: exponent = mean of log factors
    def step(state):
        factor = jnp.where(state["k"] % 2 == 0, 2.0, 0.5 * 3.0)
        return {"x": factor * state["x"], "k": state["k"] + 1}

    spectrum = nr.lyapunov_spectrum(step, {"x": jnp.ones(1), "k": jnp.asarray(0)}, n_steps=1000)
    np.testing.assert_allclose(spectrum, [0.5 * (np.log(2.0) + np.log(1.5))], rtol=1e-9)


def test_delay_equation_exponent_of_a_linear_dde_is_negative_and_of_a_map_of_the_buffer():
    # x' = -x(t - 1): every solution decays, so the largest exponent is negative
    from neurorepro import delay

    dt = 0.1
    step = lambda s: delay.step(lambda t, y, lag, a: -lag[0], 0.0, s, dt)  # noqa: E731
    top = nr.largest_lyapunov(step, delay.init(1.0, (1.0,), dt), n_steps=3000, dt=dt)
    # the slowest mode of x' = -x(t-1) decays at Re s of s = -exp(-s): -0.3181
    assert top == pytest.approx(-0.3181, abs=0.01)


def test_alignment_removes_the_bias_of_the_initial_tangent_axes():
    # a shear map: the first axis is far from the expanding direction, which biases short averages
    a = jnp.array([[0.5, 0.0], [3.0, 1.5]])
    unaligned = nr.lyapunov_spectrum(lambda y: a @ y, jnp.ones(2), n_steps=20, n_exponents=1)
    aligned = nr.lyapunov_spectrum(lambda y: a @ y, jnp.ones(2), n_steps=20, n_exponents=1, align_steps=50)
    exact = np.log([1.5])
    assert np.max(np.abs(aligned - exact)) < 1e-6 < np.max(np.abs(unaligned - exact))
