"""Continuous attractor neural network (Wu, Hamaguchi & Amari 2008) on a ring or a torus.

    τ ∂U(x, t)/∂t = −U(x, t) + ρ ∫ J(x − x′) r(x′, t) dx′ + I_ext(x, t)
    r(x, t) = U(x, t)² / (1 + k ρ ∫ U(x′, t)² dx′)
    J(d) = J₀ / (2π a²)^{D/2} exp(−|d|² / (2 a²))

U is the synaptic input [arbitrary units] of neurons with preferred stimuli x on
[−π, π)^D (D = 1: a ring; D = 2: a torus), ρ the density of neurons, a the range of the
excitatory interactions, J₀ their strength and k the strength of the global divisive inhibition.
On a grid of ``num`` neurons per dimension ρ = num / 2π per dimension, so ρ ∫ … dx′ is the sum
over neurons; the state U is an array of shape (num,) or (num, num), and its shape sets D.
The interaction is translation invariant and periodic, so ρ ∫ J r is a circular convolution,
computed with FFTs (O(N log N) per step, the same for the ring and the torus).

Without input, on the infinite line (a ≪ π), the network holds a family of Gaussian bumps
centred anywhere, Ũ(x) = U₀ exp(−|x − z|² / (4a²)), r̃(x) = r₀ exp(−|x − z|² / (2a²)), for
k below the critical inhibition k_c:

    D = 1:  U₀ = J₀ [1 + √(1 − k/k_c)] / (4 √π a k),    k_c = ρ J₀² / (8 √(2π) a),   r₀ = √2 U₀ / (ρ J₀)
    D = 2:  U₀ = J₀ [1 + √(1 − k/k_c)] / (8 π a² k),    k_c = ρ J₀² / (32 π a²),       r₀ = 2 U₀ / (ρ J₀)

(substitute the bump into the equations: Gaussian integrals; :func:`bump` and
:func:`critical_inhibition`). The external input of a stimulus at z is
I_ext(x) = A exp(−|x − z|² / (4a²)) (:func:`stimulus`).

Wu, S., Hamaguchi, K. & Amari, S. (2008). Dynamics and computation of continuous attractors.
Neural Comput. 20(4), 994–1025. doi:10.1162/neco.2008.10-06-378
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import jax
import jax.numpy as jnp

from .. import _validate
from ..stepping import make_step

DOMAIN = 2.0 * math.pi  # the length of the feature space in each dimension


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    tau: float = 1.0      # time constant [ms]
    k: float = 8.1        # strength of the global divisive inhibition
    a: float = 0.5        # range of the excitatory interactions [rad]
    J0: float = 4.0       # strength of the excitatory interactions
    I_ext: jax.Array | float = 0.0  # external input, shaped like U or a scalar (replaced by the input stream)


def positions(num: int) -> jax.Array:
    """Preferred stimuli of ``num`` neurons evenly spaced on [−π, π): x_i = −π + 2π i / num."""
    _validate.count("num", num)
    return -math.pi + DOMAIN * jnp.arange(num) / num


def periodic_difference(x, z):
    """x − z wrapped into [−π, π) (elementwise)."""
    return jnp.mod(x - z + math.pi, DOMAIN) - math.pi


def _grid(shape):
    """Coordinates of every neuron: an array [D, *shape] of preferred stimuli."""
    if len(shape) not in (1, 2) or len(set(shape)) != 1:
        raise ValueError(f"the network's state must have shape (num,) or (num, num), got {shape}")
    axes = [positions(n) for n in shape]
    return jnp.stack(jnp.meshgrid(*axes, indexing="ij"))


def density(shape) -> float:
    """ρ = neurons per unit of feature space (per unit area in 2-D)."""
    return math.prod(n / DOMAIN for n in shape)


def kernel(shape, params: Params) -> jax.Array:
    """J(x_i − x_0): the interaction of every neuron with the neuron at grid index 0, shaped like
    U. With ρ dx = 1 on the grid, ρ ∫ J(x − x′) r(x′) dx′ is the sum Σ_j J(x_i − x_j) r_j."""
    grid = _grid(shape)
    D = len(shape)
    origin = grid.reshape(D, -1)[:, 0].reshape((D,) + (1,) * D)
    distance2 = jnp.sum(periodic_difference(grid, origin) ** 2, axis=0)
    return params.J0 / (2.0 * math.pi * params.a ** 2) ** (D / 2) * jnp.exp(-distance2 / (2.0 * params.a ** 2))


def rate(U, params: Params) -> jax.Array:
    """r = U² / (1 + k ρ ∫ U² dx′), the firing rates with global divisive inhibition."""
    squared = U ** 2
    return squared / (1.0 + params.k * jnp.sum(squared))


def recurrent_input(r, params: Params) -> jax.Array:
    """ρ ∫ J(x − x′) r(x′) dx′: the circular convolution of the rates with the kernel."""
    K = jnp.fft.rfftn(kernel(r.shape, params))
    return jnp.fft.irfftn(K * jnp.fft.rfftn(r), s=r.shape)


def vector_field(t, U, params: Params):
    """∂U/∂t = (−U + ρ ∫ J r dx′ + I_ext) / τ."""
    return (-U + recurrent_input(rate(U, params), params) + params.I_ext) / params.tau


def stimulus(z, shape, params: Params, A: float = 1.0) -> jax.Array:
    """I_ext(x) = A exp(−|x − z|² / (4a²)) for a stimulus at z (a scalar on the ring, a pair on
    the torus), periodic distances; vmap over z for a moving stimulus."""
    grid = _grid(tuple(shape))
    z = jnp.reshape(jnp.asarray(z, dtype=grid.dtype), (len(shape),) + (1,) * len(shape))
    distance2 = jnp.sum(periodic_difference(grid, z) ** 2, axis=0)
    return A * jnp.exp(-distance2 / (4.0 * params.a ** 2))


def critical_inhibition(shape, params: Params):
    """k_c: above it no bump exists without input (1-D: ρJ₀²/(8√(2π) a); 2-D: ρJ₀²/(32π a²))."""
    rho = density(tuple(shape))
    if len(shape) == 1:
        return rho * params.J0 ** 2 / (8.0 * math.sqrt(2.0 * math.pi) * params.a)
    return rho * params.J0 ** 2 / (32.0 * math.pi * params.a ** 2)


def bump_height(shape, params: Params):
    """(U₀, r₀) of the stable stationary bump in closed form (the larger root); NaN for k ≥ k_c."""
    shape = tuple(shape)
    root = 1.0 + jnp.sqrt(1.0 - params.k / critical_inhibition(shape, params))
    rho = density(shape)
    if len(shape) == 1:
        U0 = params.J0 * root / (4.0 * math.sqrt(math.pi) * params.a * params.k)
        return U0, math.sqrt(2.0) * U0 / (rho * params.J0)
    U0 = params.J0 * root / (8.0 * math.pi * params.a ** 2 * params.k)
    return U0, 2.0 * U0 / (rho * params.J0)


def bump(z, shape, params: Params) -> jax.Array:
    """The closed-form stationary bump Ũ(x) = U₀ exp(−|x − z|² / (4a²)) centred at z."""
    U0, _ = bump_height(shape, params)
    return stimulus(z, shape, params, A=U0)


def bump_position(U) -> jax.Array:
    """The bump's centre decoded by the population vector: arg Σ r(x) e^{i x} per dimension
    (rates ∝ U², so the normalisation does not matter). Scalar on the ring, a pair on the torus."""
    grid = _grid(U.shape)
    weights = U ** 2
    centre = jnp.stack([jnp.angle(jnp.sum(weights * jnp.exp(1j * x))) for x in grid])
    return centre[0] if U.ndim == 1 else centre


step = make_step(vector_field, "rk4", input="I_ext")
"""RK4 step; the input stream (time × the network's shape) is I_ext at each step."""
