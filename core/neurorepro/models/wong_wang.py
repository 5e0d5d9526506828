"""Wong & Wang (2006) reduced two-variable model of perceptual decision making.

Two populations, selective for the two choices, each summarised by its NMDA gating variable:

    dS_i/dt = −S_i / τ_S + (1 − S_i) γ H(x_i)
    H(x) = (a x − b) / (1 − exp(−d (a x − b)))                      [Hz]
    x_1 = J_N11 S_1 − J_N12 S_2 + I_0 + I_1 + I_noise,1               [nA]
    x_2 = J_N22 S_2 − J_N21 S_1 + I_0 + I_2 + I_noise,2
    I_1,2 = J_ext μ0 (1 ± c′ / 100)                                    [nA]
    τ_AMPA dI_noise,i/dt = −I_noise,i + η_i(t) √τ_AMPA σ_noise          (η white, unit intensity)

H is the Abbott–Chance input–output function fitted to the spiking network (a = 270 Hz/nA,
b = 108 Hz, d = 0.154 s), γ = 0.641 and τ_S = 100 ms the NMDA kinetics, J_N11 = J_N22 =
0.2609 nA and J_N12 = J_N21 = 0.0497 nA the effective self-excitation and cross-inhibition,
I_0 = 0.3255 nA the background, μ0 the stimulus strength [Hz] and c′ the coherence [%]: the
paper's reduction of the Wang (2002) spiking network to its two slow NMDA variables.

Time is in ms, as everywhere in the package: γ H [Hz] enters as γ H / 1000 per ms. The noise
currents are Ornstein–Uhlenbeck processes with stationary standard deviation σ_noise / √2;
:data:`step` integrates them by Euler–Maruyama with the stimulus strength μ0 taken from the
run's input stream (0 before the stimulus). :func:`gating_field` is the deterministic planar
system in (S_1, S_2) (noise at its mean, zero) whose nullclines and fixed points the paper draws.

Wong, K.-F. & Wang, X.-J. (2006). A recurrent network mechanism of time integration in perceptual
decisions. J. Neurosci. 26(4), 1314–1328. doi:10.1523/JNEUROSCI.3733-05.2006
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import jax
import jax.numpy as jnp

from ..stepping import make_step


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    a: float = 270.0            # gain of H [Hz/nA]
    b: float = 108.0            # offset of H [Hz]
    d: float = 0.154            # curvature of H [s]
    gamma: float = 0.641        # NMDA saturation factor
    tau_S: float = 100.0        # NMDA gating decay time [ms]
    tau_AMPA: float = 2.0       # noise correlation time [ms]
    J_N11: float = 0.2609       # self-excitation (= J_N22) [nA]
    J_N12: float = 0.0497       # cross-inhibition (= J_N21) [nA]
    J_ext: float = 5.2e-4       # stimulus coupling [nA/Hz]
    I_0: float = 0.3255         # background current [nA]
    mu0: float = 30.0           # stimulus strength [Hz] (replaced by the input stream)
    coherence: float = 0.0      # motion coherence c' [%]; positive favours population 1
    sigma_noise: float = 0.02   # noise amplitude [nA]


class Gating(NamedTuple):
    S1: jax.Array   # NMDA gating of population 1
    S2: jax.Array   # NMDA gating of population 2


class State(NamedTuple):
    S1: jax.Array        # NMDA gating of population 1
    S2: jax.Array        # NMDA gating of population 2
    I_noise1: jax.Array  # noise current into population 1 [nA]
    I_noise2: jax.Array  # noise current into population 2 [nA]


def firing_rate(x, params: Params):
    """H(x) = (a x − b) / (1 − exp(−d (a x − b))) [Hz] for a total input x [nA]; its limit
    1/d at a x = b is taken without dividing 0 by 0."""
    z = params.a * x - params.b
    dz = params.d * z
    small = jnp.abs(dz) < 1e-6
    safe = jnp.where(small, 1.0, dz)
    # z / (1 − e^{−dz}) = (1/d) dz / (1 − e^{−dz}); expm1 keeps it accurate near dz = 0
    return jnp.where(small, (1.0 + 0.5 * dz) / params.d, z / -jnp.expm1(-safe))


def synaptic_inputs(S1, S2, params: Params, I_noise1=0.0, I_noise2=0.0):
    """(x_1, x_2) [nA]: recurrent, background, stimulus and noise currents."""
    p = params
    stimulus = p.J_ext * p.mu0
    x1 = p.J_N11 * S1 - p.J_N12 * S2 + p.I_0 + stimulus * (1.0 + p.coherence / 100.0) + I_noise1
    x2 = p.J_N11 * S2 - p.J_N12 * S1 + p.I_0 + stimulus * (1.0 - p.coherence / 100.0) + I_noise2
    return x1, x2


def _gating_rate(S, rate, params: Params):
    return -S / params.tau_S + (1.0 - S) * params.gamma * rate / 1000.0


def gating_field(t, s: Gating, params: Params) -> Gating:
    """The deterministic system (dS_1/dt, dS_2/dt) [1/ms], noise at zero: the paper's phase plane."""
    x1, x2 = synaptic_inputs(s.S1, s.S2, params)
    return Gating(_gating_rate(s.S1, firing_rate(x1, params), params),
                  _gating_rate(s.S2, firing_rate(x2, params), params))


def vector_field(t, y: State, params: Params) -> State:
    """(dS_1/dt, dS_2/dt, dI_noise,1/dt, dI_noise,2/dt), the drift of the noisy model."""
    x1, x2 = synaptic_inputs(y.S1, y.S2, params, y.I_noise1, y.I_noise2)
    return State(_gating_rate(y.S1, firing_rate(x1, params), params),
                 _gating_rate(y.S2, firing_rate(x2, params), params),
                 -y.I_noise1 / params.tau_AMPA, -y.I_noise2 / params.tau_AMPA)


def noise(t, y: State, params: Params) -> State:
    """Diffusion of dI_noise = −I_noise / τ_AMPA dt + σ_noise / √τ_AMPA dW [nA / √ms]; the
    gating variables have none (None: no random numbers are drawn for them)."""
    amplitude = params.sigma_noise / jnp.sqrt(params.tau_AMPA) + jnp.zeros_like(y.I_noise1)
    return State(None, None, amplitude, amplitude)


def rates(y, params: Params):
    """(r_1, r_2) [Hz], the two populations' firing rates H(x_i) in state y (a State, or a
    Gating with the noise at zero)."""
    I_noise1, I_noise2 = (y.I_noise1, y.I_noise2) if isinstance(y, State) else (0.0, 0.0)
    x1, x2 = synaptic_inputs(y.S1, y.S2, params, I_noise1, I_noise2)
    return firing_rate(x1, params), firing_rate(x2, params)


def init(S=0.1, shape=()) -> State:
    """Both gating variables at S (a low, spontaneous-activity state), noise at zero."""
    S = jnp.full(shape, S, dtype=jnp.result_type(float))
    return State(S, S, jnp.zeros_like(S), jnp.zeros_like(S))


step = make_step(vector_field, "euler", input="mu0", noise=noise)
"""Euler–Maruyama step of the noisy model; the input stream is μ0 [Hz] at each step."""

deterministic_step = make_step(gating_field, "rk4", input="mu0")
"""RK4 step of the noise-free planar model; the input stream is μ0 [Hz] at each step."""
