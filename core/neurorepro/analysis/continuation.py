"""One-parameter continuation of equilibria, with fold and Hopf points detected and located.

The branch of solutions of f(y, p) = 0 is followed by pseudo-arclength continuation (Keller
1977): from a point u = (y, p) and the unit tangent τ of the branch there, a predictor
u + h τ is corrected by Newton's method on

    f(y, p) = 0,     τ · (u − u_predicted) = 0,

which passes through folds (turning points in p) where natural continuation in p fails. Along
the branch three test functions change sign (Kuznetsov 2004, ch. 10):

* fold (saddle-node): the p-component of the tangent, τ_p (a turning point in p);
* branch point (transcritical, pitchfork: another branch crosses this one): the determinant of
  the augmented Jacobian [∂f/∂(y, p); τᵀ], which is nonzero along a regular branch, folds
  included, and changes sign where two branches cross;
* Hopf: the number of eigenvalues of ∂f/∂y with a positive real part, which a complex pair
  crossing the imaginary axis changes by two (a real eigenvalue at a fold or a branch point by
  one, two real eigenvalues merging into a pair next to a fold by none).

Each change is located by bisection along the arc to ~1e-12 of the step. Jacobians are
exact (``jax.jacfwd``); the predictor-corrector step is compiled once per branch.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from .. import _validate
from ._flat import default_tol, flatten, get_parameter, with_parameter
from .fixed_points import eigenvalues as sorted_eigenvalues
from .fixed_points import newton


class Bifurcation(NamedTuple):
    """A fold, branch or Hopf point of a branch: its kind ("fold", "branch" or "hopf"),
    parameter value, state (flat), the Hopf
    frequency |Im λ| [rad per unit time] (NaN for a fold) and the index of the branch point
    before it."""

    kind: str
    parameter: float
    y: np.ndarray
    frequency: float
    index: int


class Branch(NamedTuple):
    """A branch of equilibria: ``parameter`` [m], states ``y`` float[m, n] (flat, in
    ``ravel_pytree`` order), ``eigenvalues`` complex[m, n] (decreasing real part), ``stable``
    bool[m], and the ``bifurcations`` found along it."""

    parameter: np.ndarray
    y: np.ndarray
    eigenvalues: np.ndarray
    stable: np.ndarray
    bifurcations: list


def continuation(vector_field: Callable, y0, args, parameter: str | None, stop: float, *,
                 step: float = 0.01, max_step: float | None = None, min_step: float | None = None,
                 max_points: int = 2000, bounds: tuple[float, float] | None = None, t=0.0,
                 tol: float | None = None) -> Branch:
    """Follow the equilibria of ``vector_field`` from near ``y0`` as ``parameter`` goes to ``stop``.

    Args:
        vector_field: ``f(t, y, args)``.
        y0: a state near an equilibrium at the starting parameter value (corrected first).
        args: the parameters; ``parameter`` names the varied one by its dotted path (e.g.
            ``"I"`` or ``"neuron.g_L"``); None when ``args`` is the parameter itself.
        stop: the parameter value to continue towards.
        step: initial arclength step (in the joint units of y and p); ``max_step`` (default
            10 × step) and ``min_step`` (default step / 1000) bound its adaptation.
        max_points: most branch points computed.
        bounds: (low, high) of the parameter outside which the branch ends (default: between
            the start and ``stop``); a branch that leaves them ends with a point on the bound.
        tol: residual tolerance of the corrector (default 1e-9 in double, 1e-4 in single precision).
    """
    step = _validate.positive("step", step)
    max_step = 10.0 * step if max_step is None else _validate.positive("max_step", max_step)
    min_step = step / 1000.0 if min_step is None else _validate.positive("min_step", min_step)
    max_points = _validate.count("max_points", max_points, minimum=2)
    _, z0, _ = flatten(vector_field, y0, t)
    p0 = jnp.asarray(get_parameter(args, parameter), dtype=z0.dtype)
    if p0.shape != ():
        raise ValueError(f"parameter {parameter!r} must be a scalar, got shape {p0.shape}")
    tol = default_tol(z0.dtype) if tol is None else _validate.positive("tol", tol)
    low, high = bounds if bounds is not None else sorted((float(p0), float(stop)))
    if float(p0) == float(stop):
        raise ValueError(f"stop must differ from the starting value {parameter} = {float(p0)}")

    leaves, treedef = jax.tree.flatten(y0)
    compiled = _compiled_tools(vector_field, parameter, treedef,
                               tuple((jnp.shape(x), jnp.result_type(x)) for x in leaves))
    tools = _Tools(*(functools.partial(tool, args=args, t=t, tol=tol) for tool in compiled[:5]))
    z, ok = compiled.start(z0, p0, args=args, t=t, tol=tol)
    if not bool(ok):
        raise ValueError(f"no equilibrium near y0 at {parameter} = {float(p0)}: Newton's method did not converge")
    u = jnp.append(z, p0)
    direction = jnp.zeros_like(u).at[-1].set(np.sign(float(stop) - float(p0)))
    tangent = tools.tangent(u, direction)

    points, tangents, steps = [u], [tangent], []
    h = step
    while len(points) < max_points:
        predicted = points[-1] + h * tangents[-1]
        new, converged = tools.correct(predicted, tangents[-1])
        new_tangent = tools.tangent(new, tangents[-1]) if bool(converged) else None
        # a step too long for the branch's curvature (near a fold, say) can converge onto another
        # branch: the corrector then moves far from the prediction, or the tangent turns sharply;
        # such a step is taken again at half the length, like a step that did not converge
        if not bool(converged) or float(jnp.linalg.norm(new - predicted)) > 0.5 * h \
                or float(jnp.dot(new_tangent, tangents[-1])) < 0.9:
            h /= 2.0
            if h < min_step:
                warnings.warn(f"continuation: the branch ends at {parameter} = {float(points[-1][-1]):.6g}, before "
                              f"its bounds, because the step fell below min_step = {min_step:g} (a sharp turn, "
                              "or variables and parameter on very different scales: try a smaller step and "
                              "max_step, or rescale)", stacklevel=2)
                break
            continue
        p_new = float(new[-1])
        if not low <= p_new <= high:
            end = _end_on_bound(tools, points[-1], new, low if p_new < low else high, tangents[-1])
            if end is not None:
                points.append(end[0])
                tangents.append(end[1])
                steps.append(float(jnp.linalg.norm(end[0] - points[-2])))
            break
        points.append(new)
        tangents.append(new_tangent)
        steps.append(h)
        h = min(1.3 * h, max_step)

    u_all = np.asarray(jnp.stack(points))
    values = np.asarray(tools.eigenvalues(jnp.stack(points)))
    stable = np.all(values.real < 0, axis=-1)
    tau_p = np.array([float(tau[-1]) for tau in tangents])
    crossing = np.sign(np.asarray(tools.augmented_det(jnp.stack(points), jnp.stack(tangents))))
    unstable = np.sum(values.real > 0, axis=-1)
    found = []
    for k in range(len(points) - 1):
        # a branch point: the augmented determinant changes sign and one real eigenvalue crosses
        # zero (a step that jumped onto another branch can flip the determinant without one)
        if crossing[k] * crossing[k + 1] < 0 and abs(int(unstable[k + 1]) - int(unstable[k])) == 1 \
                and np.sign(tau_p[k]) == np.sign(tau_p[k + 1]):
            branch, s_branch = _locate("branch", tools, points[k], tangents[k], 0.0, steps[k], k)
            # kept only if located at a zero eigenvalue (bisection over a long step can land elsewhere)
            at = np.abs(np.asarray(tools.eigenvalues(jnp.append(branch.y, branch.parameter))))
            if at.min() <= 1e-6 * np.abs(values[k:k + 2]).max():
                found.append((k, s_branch, branch))
        # a complex pair crossing the imaginary axis changes the number of unstable eigenvalues
        # by two (a real one at a fold by one; two real ones merging next to a fold by none), even
        # when the pair turns real again before the next branch point
        pieces = [(0.0, steps[k], int(unstable[k]), int(unstable[k + 1]))]
        if np.sign(tau_p[k]) * np.sign(tau_p[k + 1]) < 0:
            fold, s_fold = _locate("fold", tools, points[k], tangents[k], 0.0, steps[k], k)
            found.append((k, s_fold, fold))
            # a Hopf point may lie in the same step as the fold: look on each side of it
            margin = 1e-6 * steps[k]
            before = _unstable_count(tools, points[k], tangents[k], s_fold - margin)
            after = _unstable_count(tools, points[k], tangents[k], s_fold + margin)
            pieces = [(0.0, s_fold - margin, int(unstable[k]), before),
                      (s_fold + margin, steps[k], after, int(unstable[k + 1]))]
        for low, high, count_low, count_high in pieces:
            if abs(count_high - count_low) == 2:
                hopf, s_hopf = _locate("hopf", tools, points[k], tangents[k], low, high, k)
                found.append((k, s_hopf, hopf))
    return Branch(parameter=u_all[:, -1], y=u_all[:, :-1], eigenvalues=values, stable=stable,
                  bifurcations=[bifurcation for *_, bifurcation in sorted(found, key=lambda f: f[:2])])


class _Tools(NamedTuple):
    correct: Callable
    tangent: Callable
    eigenvalues: Callable
    augmented_det: Callable
    start: Callable | None = None


@functools.lru_cache(maxsize=32)
def _compiled_tools(vector_field, parameter, treedef, leaf_types) -> _Tools:
    """The predictor-corrector's compiled pieces for a vector field, a parameter and a state
    structure, each a function of (…, args, t, tol): compiled once, reused by later branches."""
    y_like = treedef.unflatten([jnp.zeros(shape, dtype) for shape, dtype in leaf_types])

    def H(u, args, t):
        g, _, _ = flatten(vector_field, y_like, t)
        return g(u[:-1], with_parameter(args, parameter, u[-1]))

    DH = jax.jacfwd(H)

    @jax.jit
    def tangent(u, orientation, *, args, t, tol):
        """Unit tangent of the branch at u, on the side of ``orientation``."""
        A = jnp.vstack([DH(u, args, t), orientation[None, :]])
        rhs = jnp.zeros_like(u).at[-1].set(1.0)
        tau = jnp.linalg.solve(A, rhs)
        return tau / jnp.linalg.norm(tau)

    @jax.jit
    def correct(predicted, tau, *, args, t, tol):
        """Newton on (H(u) = 0, τ · (u − predicted) = 0): (u, converged)."""
        def G(u, _):
            return jnp.append(H(u, args, t), jnp.dot(tau, u - predicted))
        return newton.__wrapped__(G, predicted, None, tol, 12)

    @jax.jit
    def eigenvalues(u, *, args, t, tol):
        """Sorted eigenvalues of ∂f/∂y at u, or at each row of a stack of points."""
        if u.ndim == 2:
            return jax.vmap(lambda v: sorted_eigenvalues(DH(v, args, t)[:, :-1]))(u)
        return sorted_eigenvalues(DH(u, args, t)[:, :-1])

    @jax.jit
    def augmented_det(u, tau, *, args, t, tol):
        """det [∂H/∂u; τᵀ] at u (or at each row of a stack of points and tangents): zero, and
        changing sign, only where another branch crosses."""
        def det(v, w):
            return jnp.linalg.det(jnp.vstack([DH(v, args, t), w[None, :]]))
        return jax.vmap(det)(u, tau) if u.ndim == 2 else det(u, tau)

    @jax.jit
    def start(z0, p0, *, args, t, tol):
        """Newton in y alone at the starting parameter value."""
        return newton.__wrapped__(lambda z, _: H(jnp.append(z, p0), args, t), z0, None, tol, 50)

    return _Tools(correct=correct, tangent=tangent, eigenvalues=eigenvalues, augmented_det=augmented_det,
                  start=start)


def _end_on_bound(tools, last, beyond, bound, tau):
    """The branch's point at p = ``bound``, between ``last`` (inside) and ``beyond`` (outside):
    Newton in y at the bound from the linear interpolation, with its tangent; None if it fails."""
    fraction = (bound - float(last[-1])) / (float(beyond[-1]) - float(last[-1]))
    guess = last + fraction * (beyond - last)
    z, ok = tools.start(guess[:-1], jnp.asarray(bound, guess.dtype))
    if not bool(ok):
        return None
    point = jnp.append(z, jnp.asarray(bound, z.dtype))
    return point, tools.tangent(point, tau)


def _unstable_count(tools, u, tau, s) -> float:
    point, ok = tools.correct(u + s * tau, tau)
    return int(np.sum(np.asarray(tools.eigenvalues(point)).real > 0)) if bool(ok) else -1


def _locate(kind, tools, u, tau, low, high, index, iterations=48):
    """Bisect along the arc from u (tangent τ) over (low, high) for where the test changes: the
    sign of the tangent's p-component (fold), of the augmented Jacobian's determinant (branch
    point), the number of unstable eigenvalues (Hopf).
    Returns the bifurcation and its arclength from u."""
    def test(s):
        point, ok = tools.correct(u + s * tau, tau)
        if not bool(ok):
            return np.nan, point
        if kind == "fold":
            return float(tools.tangent(point, tau)[-1]), point
        if kind == "branch":
            return float(tools.augmented_det(point, tools.tangent(point, tau))), point
        return float(np.sum(np.asarray(tools.eigenvalues(point)).real > 0)), point

    f_low, point = test(low)
    for _ in range(iterations):
        mid = 0.5 * (low + high)
        f_mid, candidate = test(mid)
        if not np.isfinite(f_mid):
            break
        point = candidate
        same = np.sign(f_mid) == np.sign(f_low) if kind in ("fold", "branch") else f_mid == f_low
        if same:
            low, f_low = mid, f_mid
        else:
            high = mid
    values = np.asarray(tools.eigenvalues(point))
    frequency = np.nan
    if kind == "hopf":
        critical = values[np.argsort(np.abs(values.real))[:2]]  # the pair on the imaginary axis
        frequency = float(np.abs(critical.imag).max())
    point = np.asarray(point)
    return Bifurcation(kind=kind, parameter=float(point[-1]), y=point[:-1], frequency=frequency, index=index), low
