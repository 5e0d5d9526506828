"""A leaky continuous-time recurrent network of rate units, with optional Dale's law.

    τ dx/dt = −x + W r + W_in u + b,      r = φ(x),      z = W_out r + b_out

x [N] are the units' currents, r their rates, u [n_in] the input (the run's input stream
through ``make_step(..., input="u")``, as :data:`step` does), z the readout. With a sign per
presynaptic unit (``sign``, +1 excitatory and −1 inhibitory: Dale's law), the effective
recurrent weights are W = |W_rec| diag(sign), so a unit's outgoing weights share its sign
whatever the training does to W_rec (Song, Yang & Wang 2016). Euler steps of size dt give
the discrete-time leaky RNN x ← (1 − α) x + α (W r + W_in u + b) with α = dt / τ.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import jax
import jax.numpy as jnp

from .. import _validate
from ..stepping import make_step


@jax.tree_util.register_dataclass
@dataclass(frozen=True)
class Params:
    W_rec: jax.Array                 # recurrent weights [N, N] (row: postsynaptic unit)
    W_in: jax.Array                  # input weights [N, n_in]
    b: jax.Array                     # biases [N]
    W_out: jax.Array                 # readout weights [n_out, N]
    b_out: jax.Array                 # readout biases [n_out]
    tau: float = 100.0               # time constant [ms]
    u: jax.Array | float = 0.0       # input [n_in] (replaced by the input stream)
    sign: jax.Array | None = None    # Dale's law: +1/−1 per presynaptic unit, or None
    activation: Callable = field(default=jnp.tanh, metadata=dict(static=True))  # φ


def recurrent_weights(params: Params) -> jax.Array:
    """The effective W: |W_rec| diag(sign) under Dale's law, W_rec otherwise."""
    if params.sign is None:
        return params.W_rec
    return jnp.abs(params.W_rec) * params.sign[None, :]


def vector_field(t, x, params: Params):
    """dx/dt = (−x + W φ(x) + W_in u + b) / τ."""
    drive = recurrent_weights(params) @ params.activation(x) + params.W_in @ jnp.atleast_1d(params.u) + params.b
    return (-x + drive) / params.tau


def readout(x, params: Params):
    """z = W_out φ(x) + b_out."""
    return params.W_out @ params.activation(x) + params.b_out


step = make_step(vector_field, "euler", input="u")


def init_params(key, n_in: int, n_rec: int, n_out: int, *, g: float = 1.5, tau: float = 100.0,
                excitatory_fraction: float | None = None, activation: Callable = jnp.tanh) -> Params:
    """Random weights: W_rec ~ N(0, g²/N) (g > 1: chaotic at rest, Sompolinsky et al. 1988),
    W_in ~ N(0, 1/n_in), W_out ~ N(0, 1/N), zero biases. With ``excitatory_fraction`` the first
    units are excitatory and the rest inhibitory (Dale's law); |W_rec| of inhibitory columns
    is scaled by f_E / (1 − f_E) so that each unit's mean input is balanced."""
    for name, value in (("n_in", n_in), ("n_rec", n_rec), ("n_out", n_out)):
        _validate.count(name, value)
    k_rec, k_in, k_out = jax.random.split(key, 3)
    W_rec = g / jnp.sqrt(n_rec) * jax.random.normal(k_rec, (n_rec, n_rec))
    sign = None
    if excitatory_fraction is not None:
        f = _validate.probability("excitatory_fraction", excitatory_fraction)
        if not 0.0 < f < 1.0:
            raise ValueError(f"excitatory_fraction must lie in (0, 1), got {f!r}")
        n_exc = int(round(f * n_rec))
        sign = jnp.where(jnp.arange(n_rec) < n_exc, 1.0, -1.0)
        W_rec = jnp.abs(W_rec) * jnp.where(sign > 0, 1.0, f / (1.0 - f))[None, :]
    return Params(W_rec=W_rec, W_in=jax.random.normal(k_in, (n_rec, n_in)) / jnp.sqrt(n_in),
                  b=jnp.zeros(n_rec), W_out=jax.random.normal(k_out, (n_out, n_rec)) / jnp.sqrt(n_rec),
                  b_out=jnp.zeros(n_out), tau=tau, u=jnp.zeros(n_in), sign=sign, activation=activation)
