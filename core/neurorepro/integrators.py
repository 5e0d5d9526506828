"""One-step integrators over pytrees.

Every ordinary integrator has the signature ``method(f, t, y, dt, args) -> y_next`` where
``f(t, y, args)`` returns dy/dt as a pytree shaped like ``y``. Times are in ms throughout the
package, so ``f`` returns per-ms rates. ``integrate(method, ...)`` picks a method by name.

The stochastic integrator takes a drift ``f`` and a diagonal diffusion ``g`` (same pytree
shape as ``y``) for dy = f dt + g dW, and an explicit ``jax.random`` key for the increments dW.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp

from . import _validate

PyTree = Any
Derivative = Callable[[Any, PyTree, Any], PyTree]


def _axpy(a, x, y):
    """y + a * x, leaf by leaf."""
    return jax.tree.map(lambda xi, yi: yi + a * xi, x, y)


def euler(f: Derivative, t, y: PyTree, dt, args=None) -> PyTree:
    """Forward Euler, order 1: y(t+dt) = y + dt f(t, y)."""
    return _axpy(dt, f(t, y, args), y)


def heun(f: Derivative, t, y: PyTree, dt, args=None) -> PyTree:
    """Heun's method (explicit trapezoid, RK2), order 2."""
    k1 = f(t, y, args)
    k2 = f(t + dt, _axpy(dt, k1, y), args)
    return jax.tree.map(lambda yi, a, b: yi + 0.5 * dt * (a + b), y, k1, k2)


def rk4(f: Derivative, t, y: PyTree, dt, args=None) -> PyTree:
    """Classical fourth-order Runge–Kutta, order 4."""
    k1 = f(t, y, args)
    k2 = f(t + 0.5 * dt, _axpy(0.5 * dt, k1, y), args)
    k3 = f(t + 0.5 * dt, _axpy(0.5 * dt, k2, y), args)
    k4 = f(t + dt, _axpy(dt, k3, y), args)
    return jax.tree.map(
        lambda yi, a, b, c, d: yi + dt / 6.0 * (a + 2.0 * b + 2.0 * c + d), y, k1, k2, k3, k4
    )


def _phi1(a, dt):
    """(exp(a dt) - 1) / a, equal to dt in the limit a -> 0."""
    small = jnp.abs(a * dt) < 1e-6
    safe_a = jnp.where(small, 1.0, a)
    return jnp.where(small, dt * (1.0 + 0.5 * a * dt), jnp.expm1(safe_a * dt) / safe_a)


def exponential_euler(f: Derivative, t, y: PyTree, dt, args=None) -> PyTree:
    """Exponential Euler: y(t+dt) = y + (exp(A dt) - 1) / A * f(t, y), A = ∂f/∂y (diagonal).

    Each leaf is linearised in itself only: A holds, element by element, the derivative of a
    leaf's rate with respect to that same leaf (a variable of a neuron population, say), with
    the other leaves frozen over the step. The step is therefore exact whenever a variable's
    rate is linear in that variable — passive membrane decay, synaptic conductance decay,
    Hodgkin–Huxley gates dx/dt = α(V)(1 − x) − β(V)x — and first order otherwise.
    Elements inside one leaf must not depend on each other (independent neurons).
    """
    rate, linear = jax.linearize(lambda z: f(t, z, args), y)
    leaves, treedef = jax.tree.flatten(y)
    rate_leaves = treedef.flatten_up_to(rate)
    slopes = []
    for k, leaf in enumerate(leaves):
        tangent = [jnp.ones_like(x) if j == k else jnp.zeros_like(x) for j, x in enumerate(leaves)]
        slopes.append(treedef.flatten_up_to(linear(treedef.unflatten(tangent)))[k])
    new = [x + _phi1(a, dt) * r for x, a, r in zip(leaves, slopes, rate_leaves)]
    return treedef.unflatten(new)


def brownian_increments(key, y: PyTree, dt) -> PyTree:
    """Independent Wiener increments dW ~ N(0, dt), one per element of ``y``."""
    leaves, treedef = jax.tree.flatten(y)
    keys = jax.random.split(key, len(leaves))
    return treedef.unflatten(
        [jnp.sqrt(dt) * jax.random.normal(k, jnp.shape(x), jnp.result_type(x)) for k, x in zip(keys, leaves)]
    )


def euler_maruyama(f: Derivative, g: Derivative, t, y: PyTree, dt, args, key) -> PyTree:
    """Euler–Maruyama for dy = f dt + g dW with diagonal noise (strong order 1/2, 1 if g is constant).

    ``g(t, y, args)`` returns the noise amplitude of each element, in units of y / sqrt(ms), as a
    pytree like y; a variable without noise may be given the amplitude None, and then no random
    numbers are drawn for it (random-number generation is most of the cost of a small noisy
    model). The increments dW ~ N(0, dt) come from ``key``, split once per noisy variable in the
    order of y's leaves (as :func:`brownian_increments` does when every variable is noisy).
    """
    leaves, treedef = jax.tree.flatten(y)
    drift = treedef.flatten_up_to(f(t, y, args))
    amplitude = treedef.flatten_up_to(g(t, y, args))
    noisy = [k for k, a in enumerate(amplitude) if a is not None]
    keys = dict(zip(noisy, jax.random.split(key, len(noisy)))) if noisy else {}
    out = []
    for k, (x, a, b) in enumerate(zip(leaves, drift, amplitude)):
        x = x + a * dt
        if b is not None:
            x = x + b * (jnp.sqrt(dt) * jax.random.normal(keys[k], jnp.shape(x), jnp.result_type(x)))
        out.append(x)
    return treedef.unflatten(out)


METHODS: dict[str, Callable] = {
    "euler": euler,
    "heun": heun,
    "rk2": heun,
    "rk4": rk4,
    "exponential_euler": exponential_euler,
}


def get_method(method: str | Callable) -> Callable:
    """The integrator called ``method`` (or ``method`` itself if it is already a callable)."""
    if callable(method):
        return method
    return METHODS[_validate.one_of("method", method, METHODS)]


def integrate(method: str | Callable, f: Derivative, t, y: PyTree, dt, args=None) -> PyTree:
    """Advance ``y`` by one step ``dt`` of dy/dt = f(t, y, args) with the named method."""
    return get_method(method)(f, t, y, dt, args)
