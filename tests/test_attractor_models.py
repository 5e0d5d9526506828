"""The attractor models against closed forms: the CANN's convolution against a dense sum, its
stationary bump (Wu, Hamaguchi & Amari 2008) in one and two dimensions, the Wong & Wang (2006)
reduced model's input–output function, fixed points and noise statistics."""

import math
from dataclasses import replace

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import neurorepro as nr
from neurorepro.models import cann
from neurorepro.models import wong_wang as ww


def dense_recurrent_input(r, params):
    """Σ_j J(x_i − x_j) r_j with the full interaction matrix (the reference for the FFT)."""
    grid = cann._grid(r.shape).reshape(r.ndim, -1)
    difference = cann.periodic_difference(grid[:, :, None], grid[:, None, :])
    J = params.J0 / (2 * math.pi * params.a ** 2) ** (r.ndim / 2) * jnp.exp(
        -jnp.sum(difference ** 2, axis=0) / (2 * params.a ** 2))
    return (J @ r.ravel()).reshape(r.shape)


@pytest.mark.parametrize("shape", [(64,), (16, 16)])
def test_cann_fft_convolution_equals_the_dense_sum(shape):
    r = jax.random.uniform(jax.random.key(0), shape)
    params = cann.Params(a=0.7)
    np.testing.assert_allclose(cann.recurrent_input(r, params), dense_recurrent_input(r, params),
                               rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("shape, centre", [((512,), 0.3), ((96, 96), (0.3, -2.0))])
def test_cann_closed_form_bump_is_stationary_and_attracting(shape, centre):
    params = cann.Params(a=0.4, k=0.5 * float(cann.critical_inhibition(shape, cann.Params(a=0.4))))
    U = cann.bump(centre, shape, params)
    # stationary up to the Gaussian tails cut by the finite ring, exp(−π²/(4a²)) ≈ 2e-7
    residual = cann.vector_field(0.0, U, params)
    assert float(jnp.max(jnp.abs(residual)) / jnp.max(U)) < 1e-6
    np.testing.assert_allclose(cann.bump_position(U), centre, atol=1e-12)
    # r̃ = r₀ exp(−|x − z|²/(2a²)) = r₀ (I_ext of a unit stimulus at z)²
    U0, r0 = cann.bump_height(shape, params)
    expected = r0 * cann.stimulus(centre, shape, params) ** 2
    np.testing.assert_allclose(cann.rate(U, params), expected, atol=1e-6 * r0)
    # a bump 30 % too high, without input, relaxes onto the closed form at the same place
    solution = nr.simulate(cann.step, 1.3 * U, params, dt=0.05, n_steps=400)
    np.testing.assert_allclose(solution.state, U, atol=1e-4 * float(U0))


def test_cann_no_bump_above_critical_inhibition_and_decay_without_it():
    shape = (256,)
    params = cann.Params()
    k_c = float(cann.critical_inhibition(shape, params))
    assert k_c == pytest.approx(256 / (2 * math.pi) * 16 / (8 * math.sqrt(2 * math.pi) * 0.5))
    assert math.isnan(float(cann.bump_height(shape, replace(params, k=1.01 * k_c))[0]))
    # above k_c even the would-be bump decays to silence
    U = cann.bump(0.0, shape, replace(params, k=0.9 * k_c))
    final = nr.simulate(cann.step, U, replace(params, k=1.1 * k_c), dt=0.05, n_steps=2000).state
    assert float(jnp.max(jnp.abs(final))) < 1e-3 * float(jnp.max(U))


def test_cann_tracks_a_stimulus_moving_slowly():
    shape = (256,)
    params = cann.Params(k=0.5 * float(cann.critical_inhibition(shape, cann.Params())))
    dt, n = 0.05, 2000
    z = jnp.linspace(0.0, 1.0, n)                                       # 1 rad in 100 τ
    drive = jax.vmap(lambda zi: cann.stimulus(zi, shape, params, A=0.5))(z)
    solution = nr.simulate(cann.step, cann.bump(0.0, shape, params), params, dt=dt, n_steps=n,
                           inputs=drive, save=cann.bump_position)
    lag = z - solution.saved
    assert 0.0 < float(lag[-1]) < 0.05                                 # behind the stimulus, close


def test_cann_validates_its_grid():
    with pytest.raises(ValueError, match="shape"):
        cann.vector_field(0.0, jnp.zeros((8, 4)), cann.Params())
    with pytest.raises(ValueError, match="num"):
        cann.positions(0)


def test_wong_wang_input_output_function_is_smooth_at_its_removable_singularity():
    params = ww.Params()
    x0 = params.b / params.a
    x = x0 + jnp.array([-1e-7, -1e-12, 0.0, 1e-12, 1e-7])
    H = ww.firing_rate(x, params)
    assert float(H[2]) == pytest.approx(1.0 / params.d, rel=1e-12)
    np.testing.assert_allclose(H, 1.0 / params.d, rtol=1e-5)
    slope = jax.grad(lambda v: ww.firing_rate(v, params))(x0)
    assert float(slope) == pytest.approx(params.a / 2, rel=1e-6)        # d/dz z/(1−e^{−dz}) = 1/2 at 0
    z = 270 * 0.5 - 108                                                 # away from it, the formula
    assert float(ww.firing_rate(0.5, params)) == pytest.approx(z / (1 - math.exp(-0.154 * z)), rel=1e-14)


def test_wong_wang_fixed_points_solve_the_gating_balance():
    params = ww.Params(mu0=30.0, coherence=0.0)
    starts = ww.Gating(jnp.linspace(0.01, 0.8, 24), jnp.linspace(0.8, 0.01, 24))
    fp = nr.analysis.fixed_points(ww.gating_field, starts, params)
    assert list(fp.kind) == ["stable node", "saddle", "stable node"]      # two choices, one saddle
    for S1, S2 in fp.flat:
        r1, r2 = ww.rates(ww.Gating(S1, S2), params)
        # dS/dt = 0  ⇔  S = γ H τ_S / (1 + γ H τ_S) with τ_S in seconds
        for S, r in ((S1, r1), (S2, r2)):
            g = params.gamma * r * params.tau_S / 1000.0
            assert float(S) == pytest.approx(float(g / (1.0 + g)), rel=1e-9)
    # the two choices are mirror images at zero coherence
    np.testing.assert_allclose(fp.flat[0], fp.flat[2][::-1], atol=1e-8)


def test_wong_wang_noise_has_the_ornstein_uhlenbeck_variance():
    params = ww.Params(mu0=0.0)
    n_trials, dt = 4000, 0.1
    y0 = ww.init(shape=(n_trials,))
    final = nr.simulate(ww.step, y0, params, dt=dt, n_steps=400, key=jax.random.key(3)).state
    # stationary variance σ²/2; Euler–Maruyama of the OU process has σ²/2 / (1 − dt/(2τ))
    expected = params.sigma_noise ** 2 / 2 / (1 - dt / (2 * params.tau_AMPA))
    for current in (final.I_noise1, final.I_noise2):
        assert float(jnp.var(current)) == pytest.approx(expected, rel=0.08)  # 4000 samples: σ_var ≈ 2.2 %
    assert float(jnp.corrcoef(final.I_noise1, final.I_noise2)[0, 1]) == pytest.approx(0.0, abs=0.06)


def test_wong_wang_continuation_warns_when_it_stops_short_and_reports_no_false_branch_point():
    start, params = ww.Gating(0.56698718, 0.03189142), ww.Params(mu0=0.0)
    # S ~ 0.1 and mu0 ~ 10 Hz in one arclength: long steps cannot turn at the fold
    with pytest.warns(UserWarning, match="min_step"):
        short = nr.analysis.continuation(ww.gating_field, start, params, "mu0", 80.0, step=0.5, max_step=3.0)
    assert short.parameter[-1] < 65.682 and not short.bifurcations
    # with a smaller min_step it turns; a long step jumping between mirror branches is no branch point
    turned = nr.analysis.continuation(ww.gating_field, start, params, "mu0", 80.0, step=0.5, max_step=2.0,
                                      min_step=1e-6)
    assert [b.kind for b in turned.bifurcations] == ["fold"]
    assert turned.bifurcations[0].parameter == pytest.approx(65.682, abs=1e-3)
