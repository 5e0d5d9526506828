"""Wilson–Cowan (1972) excitatory and inhibitory populations.

    τ_E dE/dt = −E + (k_E − r_E E) S_E(c₁ E − c₂ I + P)
    τ_I dI/dt = −I + (k_I − r_I I) S_I(c₃ E − c₄ I + Q)
    S(x) = 1 / (1 + exp(−a (x − θ))) − 1 / (1 + exp(a θ)),     k = 1 − 1 / (1 + exp(a θ))

E and I are the fractions of excitatory and inhibitory cells active per unit time, P and Q the
external inputs, r the refractory periods (in units of τ); S is shifted so that S(0) = 0 and k is
its supremum. Defaults are the paper's limit-cycle example (c₁ = 16, c₂ = 12, c₃ = 15,
c₄ = 3, a_E = 1.3, θ_E = 4, a_I = 2, θ_I = 3.7, r = 1, P = 1.25, Q = 0).

Wilson, H. R. & Cowan, J. D. (1972). Excitatory and inhibitory interactions in localized
populations of model neurons. Biophys. J. 12(1), 1–24. doi:10.1016/S0006-3495(72)86068-5
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import jax

from ..stepping import make_step


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    c1: float = 16.0     # E -> E coupling
    c2: float = 12.0     # I -> E coupling
    c3: float = 15.0     # E -> I coupling
    c4: float = 3.0      # I -> I coupling
    a_E: float = 1.3     # slope of S_E
    theta_E: float = 4.0  # threshold of S_E
    a_I: float = 2.0     # slope of S_I
    theta_I: float = 3.7  # threshold of S_I
    r_E: float = 1.0     # refractory period of E cells (units of tau_E)
    r_I: float = 1.0     # refractory period of I cells (units of tau_I)
    tau_E: float = 1.0   # time constant of E [ms, or the unit of t]
    tau_I: float = 1.0   # time constant of I
    P: float = 1.25      # external input to E
    Q: float = 0.0       # external input to I


class State(NamedTuple):
    E: jax.Array   # excitatory activity
    I: jax.Array   # inhibitory activity


def sigmoid(x, a, theta):
    """S(x) = 1 / (1 + exp(−a (x − θ))) − 1 / (1 + exp(a θ)), zero at x = 0."""
    return jax.nn.sigmoid(a * (x - theta)) - jax.nn.sigmoid(-a * theta)


def vector_field(t, y: State, params: Params) -> State:
    """(dE/dt, dI/dt)."""
    p = params
    k_E = 1.0 - jax.nn.sigmoid(-p.a_E * p.theta_E)
    k_I = 1.0 - jax.nn.sigmoid(-p.a_I * p.theta_I)
    dE = (-y.E + (k_E - p.r_E * y.E) * sigmoid(p.c1 * y.E - p.c2 * y.I + p.P, p.a_E, p.theta_E)) / p.tau_E
    dI = (-y.I + (k_I - p.r_I * y.I) * sigmoid(p.c3 * y.E - p.c4 * y.I + p.Q, p.a_I, p.theta_I)) / p.tau_I
    return State(E=dE, I=dI)


step = make_step(vector_field, "rk4", input="P")
