"""Delay and fractional-order integration against known solutions, with observed orders;
orbit diagrams of the logistic map against its analytical 2-cycle."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from scipy.special import gamma

from neurorepro import bifurcation, delay, fractional


def method_of_steps(t):
    """x'(t) = −x(t − 1), x = 1 for t <= 0, solved exactly up to t = 3."""
    if t <= 1:
        return 1 - t
    if t <= 2:
        return 1 - t + (t - 1) ** 2 / 2
    return 1 - t + (t - 1) ** 2 / 2 - (t - 2) ** 3 / 6


@pytest.mark.parametrize("method, order", [("euler", 1), ("heun", 2), ("rk4", 4)])
def test_dde_convergence_against_the_method_of_steps(method, order):
    errors, steps = [], [10, 20, 40, 80]
    for n in steps:
        dt = 1.0 / n

        def body(state, i):
            return delay.step(lambda t, y, lagged, args: -lagged[0], i * dt, state, dt, None, method), None

        state, _ = jax.lax.scan(body, delay.init(1.0, (1.0,), dt), jnp.arange(3 * n))
        errors.append(abs(float(state.y) - method_of_steps(3.0)))
    slope = np.polyfit(np.log(1.0 / np.asarray(steps)), np.log(errors), 1)[0]
    assert slope == pytest.approx(order, abs=0.15)


def test_dde_two_delays_and_history_function():
    # x'(t) = x(t − 1) − x(t − 0.5) with x(t) = t on the past: on [0, 0.5] x' = (t − 1) − (t − 0.5) = −0.5.
    # Euler reads the delayed values on the grid only, so it is exact here.
    dt = 0.05
    state = delay.init(lambda t: t, (1.0, 0.5), dt)

    def body(s, i):
        return delay.step(lambda t, y, lagged, args: lagged[0] - lagged[1], i * dt, s, dt, method="euler"), None

    state, _ = jax.lax.scan(body, state, jnp.arange(10))
    assert float(state.y) == pytest.approx(-0.25, abs=1e-12)


def test_dde_rejects_delays_off_the_grid():
    with pytest.raises(ValueError, match="delays must be whole multiples of dt"):
        delay.init(1.0, (0.25,), 0.1)
    with pytest.raises(ValueError, match="at least 2 dt"):
        delay.init(1.0, (0.1,), 0.1)


def mittag_leffler(alpha, z, terms=150):
    k = np.arange(terms)
    return float(np.sum(z**k / gamma(alpha * k + 1)))


@pytest.mark.parametrize("alpha", [0.3, 0.6, 0.9, 1.0])
def test_grunwald_letnikov_converges_to_the_mittag_leffler_solution(alpha):
    # D^α x = −λ x, x(0) = 1 has x(t) = E_α(−λ t^α)
    lam, t_end, errors, steps = 1.5, 1.0, [], [100, 200, 400, 800]
    for n in steps:
        h = t_end / n

        def body(state, i):
            return fractional.grunwald_letnikov(lambda t, y, a: -lam * y, i * h, state, h, alpha), None

        state, _ = jax.lax.scan(body, fractional.init(jnp.array([1.0]), memory=n + 1), jnp.arange(n))
        errors.append(abs(float(state.y[0]) - mittag_leffler(alpha, -lam * t_end**alpha)))
    slope = np.polyfit(np.log(t_end / np.asarray(steps)), np.log(errors), 1)[0]
    assert slope == pytest.approx(1.0, abs=0.1)
    assert errors[-1] < 2e-3


def test_fractional_orders_may_differ_between_components():
    alphas = jnp.array([0.5, 1.0])
    n, h = 400, 1.0 / 400

    def body(state, i):
        return fractional.grunwald_letnikov(lambda t, y, a: -y, i * h, state, h, alphas), None

    state, _ = jax.lax.scan(body, fractional.init(jnp.ones(2), memory=n + 1), jnp.arange(n))
    np.testing.assert_allclose(state.y, [mittag_leffler(0.5, -1.0), np.exp(-1.0)], atol=2e-3)


def test_short_memory_truncates_and_full_memory_does_not():
    n, h = 300, 0.01

    def run(memory):
        def body(state, i):
            return fractional.grunwald_letnikov(lambda t, y, a: -y, i * h, state, h, 0.7), None

        return jax.lax.scan(body, fractional.init(jnp.array([1.0]), memory=memory), jnp.arange(n))[0].y[0]

    assert float(run(n + 1)) == float(run(n + 50))  # memory beyond the run changes nothing
    assert abs(float(run(20)) - float(run(n + 1))) > 1e-3


def logistic(state, r, clock):
    return {"x": r * state["x"] * (1.0 - state["x"])}


def test_orbit_diagram_of_the_logistic_map():
    rs = jnp.array([2.8, 3.2, 3.5])
    orbits = bifurcation.orbit_diagram(logistic, {"x": jnp.array(0.3)}, rs, variable="x",
                                       n_transient=2000, n_record=64)
    assert orbits.shape == (3, 64)
    np.testing.assert_allclose(orbits[0], 1 - 1 / 2.8, atol=1e-9)  # fixed point
    r = 3.2
    cycle = sorted([((r + 1) - np.sqrt((r - 3) * (r + 1))) / (2 * r), ((r + 1) + np.sqrt((r - 3) * (r + 1))) / (2 * r)])
    np.testing.assert_allclose(np.unique(np.round(orbits[1], 9)), cycle, atol=1e-8)
    assert len(np.unique(np.round(orbits[2], 6))) == 4  # period 4 at r = 3.5



def test_truncation_leak_is_the_closed_form_partial_sum():
    # 1 + Σ_{j≤L} w_j = Γ(L + 1 − α) / (Γ(1 − α) L!), and ≈ (L h)^−α / Γ(1 − α) for large L
    alpha, h = np.array([0.3, 0.8, 0.95]), 0.01
    for L in (1, 10, 400):
        partial_sum = 1.0 + np.asarray(fractional.weights(alpha, L)).sum(axis=0)  # the scheme's own weights
        np.testing.assert_allclose(fractional.truncation_leak(alpha, L, h), partial_sum / h**alpha, rtol=1e-10)
    np.testing.assert_allclose(fractional.truncation_leak(alpha, 100_000, h),
                               (100_000 * h) ** -alpha / gamma(1 - alpha), rtol=1e-4)


def test_matignon_order_from_the_eigenvalues():
    # a stable focus -1 ± i has |arg λ| = 3π/4: stable for every α < 1.5; an unstable focus
    # 1 ± i (|arg| = π/4) only for α < 0.5; a real positive eigenvalue never
    np.testing.assert_allclose(fractional.matignon_order([-1 + 1j, -1 - 1j]), 1.5)
    np.testing.assert_allclose(fractional.matignon_order([[1 + 1j, 1 - 1j, -3.0], [2.0, -1.0, -1.0]]), [0.5, 0.0])
