"""Integrators: observed convergence order on ODEs with known solutions, exactness of
exponential Euler on linear decay, strong order of Euler–Maruyama."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from neurorepro import integrators


def solve(method, f, y0, t_end, n, args=None):
    dt = t_end / n

    def body(y, i):
        return method(f, i * dt, y, dt, args), None

    y, _ = jax.lax.scan(body, y0, jnp.arange(n))
    return y


def observed_order(method, f, y0, exact, t_end, ns):
    errors = [float(jnp.max(jnp.abs(solve(method, f, y0, t_end, n) - exact))) for n in ns]
    return np.polyfit(np.log(t_end / np.asarray(ns)), np.log(errors), 1)[0]


# dy/dt = y cos t, y(0) = 1  =>  y(t) = exp(sin t)
def nonautonomous(t, y, args):
    return y * jnp.cos(t)


@pytest.mark.parametrize(
    "name, order", [("euler", 1), ("heun", 2), ("rk2", 2), ("rk4", 4), ("exponential_euler", 1)]
)
def test_convergence_order(name, order):
    method = integrators.get_method(name)
    exact = jnp.exp(jnp.sin(2.0))
    ns = [40, 80, 160, 320] if order < 4 else [10, 20, 40, 80]
    slope = observed_order(method, nonautonomous, jnp.array(1.0), exact, 2.0, ns)
    assert slope == pytest.approx(order, abs=0.15)


def test_pytree_state_is_integrated_leafwise():
    # harmonic oscillator as a dict: x'' = -x, exact x = cos t, v = -sin t
    f = lambda t, y, args: {"x": y["v"], "v": -y["x"]}  # noqa: E731
    y = solve(integrators.rk4, f, {"x": jnp.array(1.0), "v": jnp.array(0.0)}, 1.0, 100)
    assert float(y["x"]) == pytest.approx(np.cos(1.0), abs=1e-9)
    assert float(y["v"]) == pytest.approx(-np.sin(1.0), abs=1e-9)


def test_exponential_euler_is_exact_on_linear_decay_with_drive():
    # tau dv/dt = E - v + R I  =>  v(t) = v_inf + (v0 - v_inf) exp(-t / tau), any step size
    tau, v_inf, v0 = 20.0, -45.0, -70.0
    f = lambda t, v, args: (v_inf - v) / tau  # noqa: E731
    for dt in (0.1, 5.0, 40.0):
        v = integrators.exponential_euler(f, 0.0, jnp.array([v0]), dt)
        assert float(v[0]) == pytest.approx(v_inf + (v0 - v_inf) * np.exp(-dt / tau), rel=1e-12)


def test_exponential_euler_is_exact_for_a_gate_at_fixed_voltage():
    alpha, beta, x0, dt = 0.3, 0.7, 0.1, 2.0
    f = lambda t, y, args: (alpha * (1 - y[0]) - beta * y[0], jnp.zeros_like(y[1]))  # noqa: E731
    x, _ = integrators.exponential_euler(f, 0.0, (jnp.array(x0), jnp.array(0.0)), dt)
    x_inf, tau = alpha / (alpha + beta), 1 / (alpha + beta)
    assert float(x) == pytest.approx(x_inf + (x0 - x_inf) * np.exp(-dt / tau), rel=1e-12)


def test_exponential_euler_handles_zero_slope():
    f = lambda t, y, args: jnp.ones_like(y)  # noqa: E731
    assert float(integrators.exponential_euler(f, 0.0, jnp.array(0.0), 0.5)) == pytest.approx(0.5)


def test_euler_maruyama_strong_order_on_geometric_brownian_motion():
    # dX = mu X dt + s X dW has X_T = X0 exp((mu - s^2/2) T + s W_T), W_T = sum of the
    # increments the integrator drew: the strong error is measured on the same paths.
    mu, s, x0, t_end, paths = 0.5, 0.8, 1.0, 1.0, 4000
    f = lambda t, x, args: mu * x  # noqa: E731
    g = lambda t, x, args: s * x  # noqa: E731
    errors, dts = [], []
    for n in (16, 32, 64, 128):
        dt = t_end / n
        keys = jax.random.split(jax.random.key(n), n)

        def body(x, key):
            return integrators.euler_maruyama(f, g, 0.0, x, dt, None, key), None

        x, _ = jax.lax.scan(body, jnp.full(paths, x0), keys)
        w_end = sum(integrators.brownian_increments(k, jnp.zeros(paths), dt) for k in keys)
        exact = x0 * jnp.exp((mu - s**2 / 2) * t_end + s * w_end)
        errors.append(float(jnp.mean(jnp.abs(x - exact))))
        dts.append(dt)
    assert np.polyfit(np.log(dts), np.log(errors), 1)[0] == pytest.approx(0.5, abs=0.15)


def test_euler_maruyama_ou_statistics():
    # Ornstein–Uhlenbeck dx = -x/tau dt + sigma sqrt(2/tau) dW: stationary variance sigma^2
    tau, sigma, dt = 10.0, 2.0, 0.05
    f = lambda t, x, args: -x / tau  # noqa: E731
    g = lambda t, x, args: sigma * jnp.sqrt(2 / tau) * jnp.ones_like(x)  # noqa: E731

    def body(x, key):
        return integrators.euler_maruyama(f, g, 0.0, x, dt, None, key), None

    x, _ = jax.lax.scan(body, jnp.zeros(20000), jax.random.split(jax.random.key(1), 2000))
    assert float(jnp.var(x)) == pytest.approx(sigma**2, rel=0.05)


def test_unknown_method_is_named():
    with pytest.raises(ValueError, match="method must be one of"):
        integrators.integrate("rk45", nonautonomous, 0.0, jnp.array(1.0), 0.1)


def test_euler_maruyama_draws_nothing_for_variables_without_noise():
    y = {"noisy": jnp.ones(3), "quiet": jnp.full(2, 2.0)}
    drift = lambda t, y, args: {"noisy": -y["noisy"], "quiet": -y["quiet"]}  # noqa: E731
    key, dt = jax.random.key(4), 0.1
    partly = integrators.euler_maruyama(drift, lambda t, y, a: {"noisy": 0.5 + 0 * y["noisy"], "quiet": None},
                                        0.0, y, dt, None, key)
    np.testing.assert_array_equal(partly["quiet"], y["quiet"] - dt * y["quiet"])  # plain Euler
    # every variable noisy: the increments of brownian_increments, bit for bit
    amplitude = {"noisy": jnp.full(3, 0.5), "quiet": jnp.full(2, 0.2)}
    full = integrators.euler_maruyama(drift, lambda t, y, a: amplitude, 0.0, y, dt, None, key)
    dw = integrators.brownian_increments(key, y, dt)
    for name in y:
        np.testing.assert_array_equal(full[name], y[name] - dt * y[name] + amplitude[name] * dw[name])
