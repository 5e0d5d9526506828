"""Dynamical-systems analysis of the package's models: what the notebooks of chaos, neurons,
attractors and trained networks need, on the same vector fields ``f(t, y, args)`` that they
simulate (:mod:`neurorepro.stepping`).

* :func:`fixed_points` — Newton from many starts at once, de-duplicated, with Jacobians,
  eigenvalues and a classification (flows and maps); :func:`jacobian`, :func:`eigenvalues`,
  :func:`classify`.
* :func:`continuation` — equilibria followed in one parameter by pseudo-arclength, with folds
  and Hopf points located.
* :func:`periodic_orbit`, :func:`floquet_multipliers` — limit cycles by shooting, and their
  stability.
* :func:`nullclines` — of planar systems.
* :func:`slow_points` — fixed and slow points of high-dimensional (trained) networks by
  minimising ½|F|² with optax.
"""

from .continuation import Bifurcation, Branch, continuation
from .fixed_points import FixedPoints, classify, eigenvalues, fixed_points, jacobian, newton
from .limit_cycles import PeriodicOrbit, floquet_multipliers, periodic_orbit
from .nullclines import nullclines
from .slow_points import SlowPoints, slow_points, speed

__all__ = ["Bifurcation", "Branch", "FixedPoints", "PeriodicOrbit", "SlowPoints", "classify",
           "continuation", "eigenvalues", "fixed_points", "floquet_multipliers", "jacobian", "newton",
           "nullclines", "periodic_orbit", "slow_points", "speed"]
