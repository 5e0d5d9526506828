"""The analysis layer against closed forms: Lorenz's r_c = 470/19, the saddle-node and Hopf
normal forms, FitzHugh–Nagumo's Hopf point, Hénon's fixed points, limit cycles and their
Floquet multipliers, nullclines and slow points."""

from typing import NamedTuple

import jax.numpy as jnp
import numpy as np
import pytest

from neurorepro import analysis


def lorenz(t, y, p):
    x, yy, z = y
    return jnp.stack([p["sigma"] * (yy - x), p["r"] * x - yy - x * z, x * yy - p["b"] * z])


LORENZ = {"sigma": 10.0, "r": 28.0, "b": 8.0 / 3.0}


def test_lorenz_fixed_points_jacobian_and_classification():
    found = analysis.fixed_points(lorenz, jnp.array([[-7.0, -7.0, 25.0], [0.5, 0.2, 0.1], [7.0, 9.0, 30.0],
                                                     [8.0, 8.0, 27.5]]), LORENZ)
    c = np.sqrt(8.0 / 3.0 * 27.0)
    np.testing.assert_allclose(found.flat, [[-c, -c, 27.0], [0.0, 0.0, 0.0], [c, c, 27.0]], atol=1e-9)
    assert found.kind == ["saddle-focus", "saddle", "saddle-focus"]
    assert not found.stable.any()
    # the Jacobian at the origin, and its eigenvalues (-11 ± sqrt(1201))/2 and -b
    np.testing.assert_allclose(analysis.jacobian(lorenz, jnp.zeros(3), LORENZ),
                               [[-10.0, 10.0, 0.0], [28.0, -1.0, 0.0], [0.0, 0.0, -8.0 / 3.0]])
    expected = sorted([(-11 + np.sqrt(1201)) / 2, -8.0 / 3.0, (-11 - np.sqrt(1201)) / 2], reverse=True)
    np.testing.assert_allclose(found.eigenvalues[1].real, expected, rtol=1e-12)


def test_lorenz_hopf_of_steady_convection_at_470_over_19():
    r0 = 2.0
    amplitude = np.sqrt(8.0 / 3.0 * (r0 - 1.0))
    branch = analysis.continuation(lorenz, jnp.array([amplitude, amplitude, r0 - 1.0]), {**LORENZ, "r": r0},
                                   "r", 30.0, step=0.2)
    (hopf,) = branch.bifurcations
    assert hopf.kind == "hopf"
    assert hopf.parameter == pytest.approx(470.0 / 19.0, abs=1e-9)
    # at the Hopf point the pair crosses at ±i sqrt(b (σ + r_c)) (Sparrow 1982)
    assert hopf.frequency == pytest.approx(np.sqrt(8.0 / 3.0 * (10.0 + 470.0 / 19.0)), rel=1e-8)
    # the branch is C itself, stable below r_c and unstable above
    np.testing.assert_allclose(branch.y[:, 2], branch.parameter - 1.0, atol=1e-9)
    np.testing.assert_array_equal(branch.stable, branch.parameter < 470.0 / 19.0)


def test_saddle_node_normal_form_fold_at_zero():
    # x' = r + x²: equilibria ±sqrt(-r) for r < 0 meet at the fold r = 0
    branch = analysis.continuation(lambda t, x, r: r + x**2, jnp.array([-1.0]), -1.0, None, 1.0,
                                   step=0.05, bounds=(-1.0, 1.0))
    (fold,) = branch.bifurcations
    assert fold.kind == "fold"
    assert fold.parameter == pytest.approx(0.0, abs=1e-9) and fold.y[0] == pytest.approx(0.0, abs=1e-6)
    # continuation turns round the fold onto the unstable upper branch
    np.testing.assert_allclose(branch.y[:, 0] ** 2, -branch.parameter, atol=1e-9)
    assert branch.stable[0] and not branch.stable[-1] and branch.y[-1, 0] > 0


def hopf_normal_form(t, y, mu):
    x, yy = y
    r2 = x * x + yy * yy
    return jnp.stack([mu * x - yy - x * r2, x + mu * yy - yy * r2])


def test_hopf_normal_form_bifurcation_cycle_and_floquet_multipliers():
    branch = analysis.continuation(hopf_normal_form, jnp.zeros(2), -1.0, None, 1.0, step=0.05)
    (hopf,) = branch.bifurcations
    assert hopf.kind == "hopf" and hopf.parameter == pytest.approx(0.0, abs=1e-10)
    assert hopf.frequency == pytest.approx(1.0, rel=1e-10)
    mu = 0.25
    orbit = analysis.periodic_orbit(hopf_normal_form, jnp.array([0.4, 0.1]), 6.0, mu, n_steps=2000)
    assert orbit.converged
    assert np.linalg.norm(orbit.flat) == pytest.approx(np.sqrt(mu), rel=1e-9)  # radius sqrt(mu)
    assert orbit.period == pytest.approx(2 * np.pi, rel=1e-9)
    np.testing.assert_allclose(np.abs(orbit.multipliers), [1.0, np.exp(-2 * mu * 2 * np.pi)], rtol=1e-7)


class FHN(NamedTuple):
    v: jnp.ndarray
    w: jnp.ndarray


def fitzhugh_nagumo(t, y, p):
    return FHN(v=y.v - y.v**3 / 3 - y.w + p["I"], w=(y.v + p["a"] - p["b"] * y.w) / p["tau"])


def test_fitzhugh_nagumo_hopf_point_in_the_current():
    a, b, tau = 0.7, 0.8, 12.5
    # Hopf where the trace 1 - v² - b/tau vanishes; I from the equilibrium there
    v_h = -np.sqrt(1 - b / tau)
    I_h = (v_h + a) / b - v_h + v_h**3 / 3
    params = {"I": 0.0, "a": a, "b": b, "tau": tau}
    rest = analysis.fixed_points(fitzhugh_nagumo, FHN(jnp.array([-1.0]), jnp.array([-0.5])), params)
    assert rest.kind == ["stable focus"] or rest.kind == ["stable node"]
    branch = analysis.continuation(fitzhugh_nagumo, FHN(*rest.flat[0]), params, "I", 1.0, step=0.02)
    hopfs = [bif for bif in branch.bifurcations if bif.kind == "hopf"]
    assert hopfs[0].parameter == pytest.approx(I_h, abs=1e-9)
    assert hopfs[0].y[0] == pytest.approx(v_h, abs=1e-8)
    assert hopfs[0].frequency == pytest.approx(np.sqrt((1 - b * (1 - v_h**2)) / tau), rel=1e-8)


def test_henon_fixed_points_of_the_map():
    a, b = 1.4, 0.3

    def henon(t, xy, p):
        return jnp.stack([1 - p[0] * xy[0] ** 2 + xy[1], p[1] * xy[0]])

    found = analysis.fixed_points(henon, jnp.array([[0.5, 0.1], [-1.5, -0.4], [0.6, 0.2]]), jnp.array([a, b]),
                                  is_map=True)
    x = np.sort([(-(1 - b) + s * np.sqrt((1 - b) ** 2 + 4 * a)) / (2 * a) for s in (-1, 1)])
    np.testing.assert_allclose(found.flat, np.stack([x, b * x], axis=1), rtol=1e-12)
    # the Jacobian of the map, [[-2 a x, 1], [b, 0]], with det -b at both points
    np.testing.assert_allclose(np.linalg.det(found.jacobian), -b, rtol=1e-12)
    assert found.kind == ["saddle", "saddle"] and not found.stable.any()


def test_classification_names():
    assert analysis.classify(np.array([-1.0, -2.0])) == "stable node"
    assert analysis.classify(np.array([-1 + 2j, -1 - 2j])) == "stable focus"
    assert analysis.classify(np.array([1.0, -2.0])) == "saddle"
    assert analysis.classify(np.array([0.5 + 1j, 0.5 - 1j])) == "unstable focus"
    assert analysis.classify(np.array([0.0, -1.0])) == "non-hyperbolic"
    assert analysis.classify(np.array([0.5, -0.2]), is_map=True) == "stable node"
    assert analysis.classify(np.array([1.5, 0.2]), is_map=True) == "saddle"


def test_nullclines_of_fitzhugh_nagumo():
    params = {"I": 0.5, "a": 0.7, "b": 0.8, "tau": 12.5}
    v_null, w_null = analysis.nullclines(fitzhugh_nagumo, FHN(0.0, 0.0), params, (-2.5, 2.5), (-1.0, 2.0),
                                         resolution=300)
    for curve in v_null:  # the cubic w = v - v³/3 + I
        np.testing.assert_allclose(curve[:, 1], curve[:, 0] - curve[:, 0] ** 3 / 3 + 0.5, atol=2e-3)
    for curve in w_null:  # the line w = (v + a) / b
        np.testing.assert_allclose(curve[:, 1], (curve[:, 0] + 0.7) / 0.8, atol=1e-9)
    assert sum(len(c) for c in v_null) > 50 and len(w_null) == 1


def test_phase_plane_names_nullclines_without_units():
    import matplotlib

    matplotlib.use("Agg")
    from neurorepro import plots

    params = {"I": 0.5, "a": 0.7, "b": 0.8, "tau": 12.5}
    ax = plots.phase_plane(fitzhugh_nagumo, FHN(0.0, 0.0), params, (-2.5, 2.5), (-1.0, 2.0),
                           streamlines=False, labels=("v (mV)", "w [a.u.]"))
    assert [line.get_label() for line in ax.get_lines()[:1]] == ["v-nullcline"]
    assert "w-nullcline" in [line.get_label() for line in ax.get_lines()]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("v (mV)", "w [a.u.]")


def test_slow_points_find_the_fixed_point_and_a_slow_point_of_a_ghost():
    # x' = r + x² just past the fold (r > 0): no fixed point, a slow point (ghost) at x = 0 with q = r²/2
    r = 0.01
    found = analysis.slow_points(lambda t, x, r: r + x**2, jnp.array([[-0.5], [0.4]]), r, n_steps=4000)
    np.testing.assert_allclose(found.flat[:, 0], 0.0, atol=1e-3)
    np.testing.assert_allclose(found.q, r**2 / 2, rtol=1e-3)
    assert float(analysis.speed(lambda t, x, r: r + x**2, jnp.array([0.0]), r)) == pytest.approx(r**2 / 2)


def ghost(t, x, r):
    return r + x ** 2


def test_slow_points_compile_once_for_new_starts_and_parameters():
    import importlib

    module = importlib.import_module("neurorepro.analysis.slow_points")

    analysis.slow_points(ghost, jnp.array([[-0.5], [0.4]]), 0.01, n_steps=50)
    misses = module._compiled.cache_info().misses
    compiled = module._compiled(ghost, module._ADAM, 50, *_structure(jnp.array([0.0])))
    size = compiled._cache_size()
    analysis.slow_points(ghost, jnp.array([[-0.3], [0.2]]), 0.02, n_steps=50)
    assert module._compiled.cache_info().misses == misses and compiled._cache_size() == size


def _structure(y):
    import jax

    leaves, treedef = jax.tree.flatten(y)
    return treedef, tuple((jnp.shape(x), jnp.result_type(x)) for x in leaves)


def test_fixed_points_warn_when_no_start_converges():
    # y0 has no dynamics of its own: the equilibria form a line and the Jacobian is singular
    with pytest.warns(UserWarning, match="converged from none of the 2 starts"):
        found = analysis.fixed_points(lambda t, y, r: jnp.stack([0.0 * y[0], r * (0.5 - y[1])]),
                                      jnp.ones((2, 2)), 1.0)
    assert len(found.flat) == 0


def test_adex_hopf_just_before_its_fold_is_found_with_a_coarse_step():
    # Touboul & Brette (2008): trace 0 where exp((v - v_T)/Δ_T) = 1 + C/(g_L τ_w); the fold follows
    # 0.13 pA later, within one step of 1 pA
    from neurorepro.models import adex

    p = adex.Params()
    v_h = p.v_T + p.Delta_T * np.log(1 + p.C_m / (p.g_L * p.tau_w))
    I_h = p.g_L * (v_h - p.E_L) - p.g_L * p.Delta_T * np.exp((v_h - p.v_T) / p.Delta_T) + p.a * (v_h - p.E_L)
    branch = analysis.continuation(adex.vector_field, adex.State(jnp.asarray(p.E_L), jnp.asarray(0.0)), p,
                                   "I", 700.0, step=1.0)
    hopf, fold = branch.bifurcations
    assert (hopf.kind, fold.kind) == ("hopf", "fold")
    assert hopf.parameter == pytest.approx(I_h, abs=1e-8) and hopf.y[0] == pytest.approx(v_h, abs=1e-8)
    assert 0.0 < fold.parameter - hopf.parameter < 1.0


def test_wilson_cowan_branch_goes_round_both_folds_of_its_hysteresis_loop():
    # Wilson & Cowan (1972), Fig. 5's parameters: steady states E(P) fold twice. Along the branch,
    # parametrised by E, I solves its own equation (monotone in I), and P = S_E⁻¹(E/(k_E − E))
    # − c1 E + c2 I: the folds are the extrema of P(E). Too long a step near a fold used to land
    # on the other stable branch and skip both folds without a word.
    from scipy.optimize import brentq

    from neurorepro.models import wilson_cowan as wc

    p = wc.Params(c1=12.0, c2=4.0, c3=13.0, c4=11.0, a_E=1.2, theta_E=2.8, a_I=1.0, theta_I=4.0, P=0.0)
    k = lambda a, theta: 1.0 - 1.0 / (1.0 + np.exp(a * theta))  # noqa: E731
    S = lambda x, a, theta: 1.0 / (1.0 + np.exp(-a * (x - theta))) - 1.0 / (1.0 + np.exp(a * theta))  # noqa: E731
    k_E, k_I = k(p.a_E, p.theta_E), k(p.a_I, p.theta_I)

    def P_of(E):
        I = brentq(lambda I: -I + (k_I - I) * S(p.c3 * E - p.c4 * I, p.a_I, p.theta_I), 0.0, k_I)
        s = E / (k_E - E) + 1.0 / (1.0 + np.exp(p.a_E * p.theta_E))
        return p.theta_E - np.log(1.0 / s - 1.0) / p.a_E - p.c1 * E + p.c2 * I

    E = np.linspace(1e-4, 0.999 * k_E**2 / (1.0 + k_E), 4001)  # where S_E⁻¹ is defined
    P = np.array([P_of(e) for e in E])
    turns = np.flatnonzero(np.diff(np.sign(np.diff(P))))
    expected = sorted(P[turns + 1])
    branch = analysis.continuation(wc.vector_field, wc.State(jnp.asarray(0.0), jnp.asarray(0.0)), p, "P", 2.0,
                                   step=0.01, max_step=0.05, bounds=(-2.0, 2.0), tol=1e-12)
    folds = sorted(b.parameter for b in branch.bifurcations if b.kind == "fold")
    np.testing.assert_allclose(folds, expected, atol=2e-4)


def test_periodic_orbits_of_one_field_compile_once():
    # a new guess, period and args reuse the compiled shooting solver and monodromy matrix
    from neurorepro.analysis import limit_cycles

    def hopf(t, y, mu):
        r2 = y[0] ** 2 + y[1] ** 2
        return jnp.stack([mu * y[0] - y[1] - r2 * y[0], y[0] + mu * y[1] - r2 * y[1]])

    first = analysis.periodic_orbit(hopf, jnp.array([0.3, 0.0]), 6.0, 0.1, n_steps=400)
    misses = limit_cycles._compiled.cache_info().misses
    second = analysis.periodic_orbit(hopf, jnp.array([0.5, 0.1]), 6.5, 0.2, n_steps=400)
    assert limit_cycles._compiled.cache_info().misses == misses
    # the normal form's cycle: radius sqrt(mu), period 2 pi, multiplier exp(-2 mu 2 pi)
    for orbit, mu in ((first, 0.1), (second, 0.2)):
        assert orbit.converged and orbit.period == pytest.approx(2 * np.pi, rel=1e-8)
        assert np.hypot(*orbit.flat) == pytest.approx(np.sqrt(mu), rel=1e-8)
        assert abs(orbit.multipliers[1]) == pytest.approx(np.exp(-4 * np.pi * mu), rel=1e-6)


def test_newton_polishes_roots_of_badly_scaled_systems_to_rounding():
    # a slow flow (rates ~1e-4 per ms): a residual of 1e-9 alone would leave the root ~2e-6 off
    def slow(t, y, args):
        return 1e-4 * (y ** 3 - 2.0)

    fp = analysis.fixed_points(slow, jnp.array([[1.0], [1.5], [3.0]]))
    assert fp.flat.shape == (1, 1)
    assert abs(fp.flat[0, 0] - 2.0 ** (1 / 3)) < 1e-14


@pytest.mark.parametrize("name, field", [("transcritical", lambda t, x, r: r * x - x ** 2),
                                         ("pitchfork", lambda t, x, r: r * x - x ** 3)])
def test_branch_points_of_the_normal_forms_at_zero(name, field):
    branch = analysis.continuation(field, jnp.array(0.0), -1.0, None, 1.0, step=0.05)
    assert [b.kind for b in branch.bifurcations] == ["branch"]
    assert abs(branch.bifurcations[0].parameter) < 1e-12
    # the trivial branch is followed to the bound itself, not to the last step inside it
    assert (branch.parameter[0], branch.parameter[-1]) == (-1.0, 1.0)
    np.testing.assert_array_equal(branch.stable, branch.parameter < 0)


def test_a_fold_is_not_a_branch_point():
    branch = analysis.continuation(lambda t, x, r: r + x ** 2, jnp.array(-1.0), -1.0, None, 1.0, step=0.05)
    assert [b.kind for b in branch.bifurcations] == ["fold"]


def test_periodic_orbit_reports_failure_instead_of_raising():
    class Fast(NamedTuple):
        x: float
        y: float

    def hindmarsh_rose_fast(t, u, p):
        return Fast(u.y - u.x ** 3 + 3 * u.x ** 2 - p[1] + p[0], 1 - 5 * u.x ** 2 - u.y)

    guess = Fast(jnp.asarray(1.41875831), jnp.asarray(-6.5605031))
    found = analysis.periodic_orbit(hindmarsh_rose_fast, guess, 9.3, jnp.array([2.0, 1.61]))
    assert found.converged and np.all(np.isfinite(found.multipliers))
    lost = analysis.periodic_orbit(hindmarsh_rose_fast, guess, 9.3, jnp.array([2.0, 1.62]))
    assert not lost.converged and np.all(np.isnan(lost.multipliers))
