# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Fractional-order chaos: the Chua, Qi, Lorenz, Liu and Chen systems, and where they stop being chaotic
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/chaos/fractional_order_chaos.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/chaos/fractional_order_chaos.ipynb)
#
# Hartley, T. T., Lorenzo, C. F., & Qammar, H. K. (1995). Chaos in a fractional order Chua's
# system. *IEEE Transactions on Circuits and Systems I* 42(8), 485–490.
# [doi:10.1109/81.404062](https://doi.org/10.1109/81.404062)
#
# Grigorenko, I., & Grigorenko, E. (2003). Chaotic dynamics of the fractional Lorenz system.
# *Physical Review Letters* 91, 034101.
# [doi:10.1103/PhysRevLett.91.034101](https://doi.org/10.1103/PhysRevLett.91.034101)
#
# Li, C., & Peng, G. (2004). Chaos in Chen's system with a fractional order. *Chaos, Solitons &
# Fractals* 22(2), 443–450.
# [doi:10.1016/j.chaos.2004.02.013](https://doi.org/10.1016/j.chaos.2004.02.013)
#
# Petráš, I. (2008). A note on the fractional-order Chua's system. *Chaos, Solitons & Fractals*
# 38(1), 140–147. [doi:10.1016/j.chaos.2006.10.054](https://doi.org/10.1016/j.chaos.2006.10.054)
#
# Replace the time derivatives of a three-variable chaotic flow by Caputo derivatives of orders
# $q_1, q_2, q_3 \le 1$ and the system acquires memory; its "effective dimension" is the total
# order $\Sigma = q_1 + q_2 + q_3$. Hartley, Lorenzo and Qammar found a fractional Chua circuit
# still chaotic at total order 2.7, below the three that an autonomous flow needs; Grigorenko
# and Grigorenko found the fractional Lorenz system chaotic below $\Sigma = 3$ and regular below
# a critical $\Sigma_{cr}$; Li and Peng reported the fractional Chen system chaotic below
# $\Sigma = 3$. This notebook draws a gallery of five such systems (Chua, Qi, Lorenz, Liu,
# Chen) at published orders and then asks *where* each is chaotic, with two indicators computed
# on both sides of the transition: the Gottwald–Melbourne 0–1 test and the largest Lyapunov
# exponent of the discretised system. It compares the transitions with a linear-stability
# argument (the scroll equilibria must be unstable, Matignon's criterion), worked out both for
# the continuous system and for the Grünwald–Letnikov scheme that produces the numbers, which
# shows how much of a "lowest chaotic order" is a property of the step size.
#
# **Claims reproduced** (kinds as in the table at the end). Of the sources' texts we could read
# stored copies of abstracts and first pages only, and they give one number we can compare,
# Hartley et al.'s total order 2.7 (quoted by a later paper): the notebook has **one claim of
# kind "published"** and none read off a figure. The lowest chaotic orders attributed to Grigorenko & Grigorenko
# ($\Sigma_{cr} \approx 2.91$) and to Li & Peng ($\Sigma = 2.1$), which this notebook used to
# compare with, could not be checked against the papers' text here; we show them, marked
# "unchecked", and make no claim of them.
# 1. *Qualitative (Petráš 2008; Grigorenko & Grigorenko 2003) and secondary (galleries).*
#    Each system is chaotic at the published orders — Chua at
#    $(q_1, q_2, q_3) = (0.93, 0.99, 0.92)$, $\Sigma = 2.84$ (Petráš 2008); Lorenz at
#    $q = 0.993$ (Petráš's FOChS toolbox); Qi at $q = 0.98$, Liu at $q = 0.95$, Chen at
#    $q = 0.9$ (the BrainPy and FractionalDiffEq.jl galleries): 0–1 test $K > 0.5$ and a
#    positive largest Lyapunov exponent for each.
# 2. *Qualitative (Grigorenko & Grigorenko).* The fractional Lorenz system is regular below a
#    critical total order $\Sigma_{cr}$ and chaotic above it: with $h = 0.005$ the transition
#    is at $\Sigma \approx 2.93$, where the scheme's scroll equilibria destabilise; at $h/2$ at
#    $\approx 2.96$, and in the limit $h \to 0$ at Matignon's $\Sigma^* = 2.982$ — the
#    value of $\Sigma_{cr}$ is a property of the step.
# 3. *Published (Hartley et al. 1995).* A fractional Chua system is chaotic at total order 2.7:
#    **not reproduced** for the Petráš parametrisation with orders in Petráš's proportions —
#    regular at $\Sigma = 2.70$ (0–1 test and exponent); chaos needs $\Sigma \gtrsim 2.78$
#    ($\Sigma^* \approx 2.775$). Hartley et al. modelled their own circuit.
# 4. *Identities (closed forms).* The scroll equilibria of Lorenz and Chen are at their closed
#    forms; the scroll equilibria of the continuous systems lose stability at $q^* = 0.9226$
#    (Chua, equal orders), $0.9292$ (Qi), $0.9941$ (Lorenz), $0.9160$ (Liu), $0.8244$ (Chen),
#    $q^* = \tfrac{2}{\pi}\arctan|\mathrm{Im}\,\lambda/\mathrm{Re}\,\lambda|$ (Matignon's
#    theorem), and the stability threshold of the Grünwald–Letnikov scheme converges to these
#    values as the step $h \to 0$ (Richardson extrapolation agrees within 0.002); the
#    short-memory truncation acts as a leak towards the initial state, which displaces the
#    fixed points exactly as predicted.
#
# Our own findings, shown but not counted as claims: in every system the simulated onset of
# chaos lies within 0.03 in $\Sigma$ of the scheme's own stability threshold $\Sigma^*_h$, which
# sits 0.03–0.14 below the continuous $\Sigma^*$ at our steps; for Lorenz the onset moves up
# with it when $h$ is halved; the memory length moves $\Sigma^*_h$ by less than 0.005. In the
# Chen system at $q = 0.7$ ($\Sigma = 2.1$) every equilibrium is stable and the orbit converges;
# chaos starts at $q \approx 0.78$ with our step and at $q^* = 0.8244$ ($\Sigma^* = 2.47$) in
# the limit.

# %% tags=["parameters"]
memory = 400  # steps kept by the short-memory Grünwald–Letnikov sum (the exact scheme keeps all)
n_steps = 24_000  # steps per run (the time step h of each system is set in the model table)
n_transient = 6_000  # steps discarded before the 0–1 test
n_lyapunov_steps = 6_000  # steps averaged over for each largest Lyapunov exponent
n_c = 100  # random frequencies c of the 0–1 test (median over them)
seed = 0  # jax.random key for the frequencies c

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
import math

import jax

jax.config.update("jax_enable_x64", True)  # Lyapunov sums over 6000 steps and thresholds to 1e-4

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

# dense line plots at 80 dpi keep the stored notebook small
plt.rcParams.update({"figure.dpi": 80, "axes.titlesize": 9, "xtick.labelsize": 7, "ytick.labelsize": 7})

if n_transient >= n_steps // 2:
    raise ValueError("n_transient must leave at least half of n_steps for the 0–1 test")


# %% [markdown]
# ## The five systems
#
# Each system is $D^{q_i} x_i = f_i(x)$, $i = 1, 2, 3$, with the Caputo derivative $D^{q}$ of
# order $0 < q \le 1$ ($q = 1$: the ordinary derivative). The vector fields and parameters,
# named as in the original papers:
#
# * **Chua** (Chua's oscillator with a piecewise-linear diode, as made fractional by Petráš
#   2008): $D^{q_1}x = \alpha\,(y - x - f(x))$, $D^{q_2}y = x - y + z$,
#   $D^{q_3}z = -\beta y - \gamma z$, with $f(x) = m_1 x + \tfrac12 (m_0 - m_1)(|x+1| - |x-1|)$;
#   $\alpha = 10.725$, $\beta = 10.593$, $\gamma = 0.268$, $m_0 = -1.1726$, $m_1 = -0.7872$.
# * **Qi** (Qi, Chen, Du, Chen & Yuan 2005, *Physica A* 352, 295,
#   [doi:10.1016/j.physa.2004.12.040](https://doi.org/10.1016/j.physa.2004.12.040)):
#   $D^{q}x = a(y - x) + yz$, $D^{q}y = cx - y - xz$, $D^{q}z = xy - bz$; $a = 35$, $b = 8/3$,
#   $c = 80$.
# * **Lorenz** (Lorenz 1963): $D^{q}x = \sigma(y - x)$, $D^{q}y = rx - y - xz$,
#   $D^{q}z = xy - bz$; $\sigma = 10$, $r = 28$, $b = 8/3$.
# * **Liu** (Liu, Liu, Liu & Liu 2004, *Chaos, Solitons & Fractals* 22, 1031,
#   [doi:10.1016/j.chaos.2004.02.060](https://doi.org/10.1016/j.chaos.2004.02.060)):
#   $D^{q}x = -ax - ey^2$, $D^{q}y = by - kxz$, $D^{q}z = -cz + mxy$; $a = 1$, $b = 2.5$,
#   $c = 5$, $e = 1$, $k = 4$, $m = 4$.
# * **Chen** (Chen & Ueta 1999, *Int. J. Bifurcation Chaos* 9, 1465,
#   [doi:10.1142/S0218127499001024](https://doi.org/10.1142/S0218127499001024)):
#   $D^{q}x = a(y - x)$, $D^{q}y = (c - a)x - xz + cy$, $D^{q}z = xy - bz$; $a = 35$, $b = 3$,
#   $c = 28$.
#
# The published orders and initial states of the gallery: Chua $(0.93, 0.99, 0.92)$ from
# $(0.6, 0.1, -0.6)$; Lorenz $q = 0.993$ from $(0.1, 0.1, 0.1)$; Liu $q = 0.95$ from
# $(0.2, 0, 0.5)$; Chen $q = 0.9$ from $(-9, -5, 14)$ — the demonstrations of Petráš's
# *Fractional-order chaotic systems* toolbox (MATLAB Central File Exchange 27336, 2010, companion
# to Petráš 2008 and to his book *Fractional-Order Nonlinear Systems*, Springer 2011,
# [doi:10.1007/978-3-642-18101-6](https://doi.org/10.1007/978-3-642-18101-6)). Qi at
# $q = 0.98$ from $(0.1, 0.2, 0.3)$ is the order of the fractional-Qi examples of the
# FractionalDiffEq.jl and pycaputo galleries (with the Qi 2005 parameters). Orders, parameters
# and equations were checked against those sources; Hartley et al. modelled their own Chua
# circuit, whose constants are not reproduced here.
#
# **Integration.** `neurorepro.fractional.grunwald_letnikov` advances the Caputo system with
# the first-order Grünwald–Letnikov scheme
#
# $$y_{n+1} = y_0 + h^{q} f(y_n) - \sum_{j=1}^{L} w_j\,(y_{n+1-j} - y_0), \qquad
#   w_0 = 1,\; w_j = w_{j-1}\Bigl(1 - \frac{1+q}{j}\Bigr),$$
#
# one order per component. The sum is the memory: the exact scheme runs it back to $y_0$
# ($L = n$); we keep the last $L$ = `memory` steps (the short-memory principle, Podlubny 1999),
# so each step costs $O(L)$ and the past beyond $L h$ is treated as if it had stayed at $y_0$.
# What that does is worked out below. Each system gets its own step $h$, about 120–270 steps
# per turn of its oscillation (0.01 for Chua, whose chaos needs the finer step, 0.001 for the
# fast Qi system).
#
# Each system is written once, as a vector field in the package's convention
# `f(t, y, args)`; `field` selects one of the five by `jax.lax.switch` on an index carried in
# `args`, so that one compiled function serves all of them. The same `field` gives the
# equilibria and Jacobians (`nr.analysis`), drives the fractional step of every run, and is
# differentiated for the Lyapunov exponents. All 52 runs of the notebook — five
# systems, many orders — go through **one** compiled, vmapped `neurorepro.sweep`: $h$ and the
# orders are parameters too, so the runner's clock simply counts steps.

# %%
# The vector fields, with the parameters of the papers as defaults.
def chua(x, y, z, alpha=10.725, beta=10.593, gamma=0.268, m0=-1.1726, m1=-0.7872):
    diode = m1 * x + 0.5 * (m0 - m1) * (jnp.abs(x + 1.0) - jnp.abs(x - 1.0))
    return alpha * (y - x - diode), x - y + z, -beta * y - gamma * z


def qi(x, y, z, a=35.0, b=8.0 / 3.0, c=80.0):
    return a * (y - x) + y * z, c * x - y - x * z, x * y - b * z


def lorenz(x, y, z, sigma=10.0, r=28.0, b=8.0 / 3.0):
    return sigma * (y - x), r * x - y - x * z, x * y - b * z


def liu(x, y, z, a=1.0, b=2.5, c=5.0, e=1.0, k=4.0, m=4.0):
    return -a * x - e * y**2, b * y - k * x * z, -c * z + m * x * y


def chen(x, y, z, a=35.0, b=3.0, c=28.0):
    return a * (y - x), (c - a) * x - x * z + c * y, x * y - b * z


PETRAS_CHUA_ORDERS = np.array([0.93, 0.99, 0.92])  # Petráš 2008: Σ = 2.84
TOOLBOX = "Petráš FOChS toolbox (2010)"
# h: step; start: initial state; sample: interval of the 0–1 test's samples (about a third of
# a turn: finer sampling makes the test see smooth motion and report K ≈ 0 even for chaos);
# plane: the two variables the gallery shows; scroll_guess: starting point of Newton's method
# for the equilibrium the scroll turns around; scan: total orders Σ scanned across the threshold.
SYSTEMS = {
    "Chua": dict(field=chua, h=0.01, start=(0.6, 0.1, -0.6), sample=1.0, plane=(0, 1),
                 scroll_guess=(2.0, 0.05, -2.0), published=PETRAS_CHUA_ORDERS, source="Petráš 2008",
                 scan=[2.62, 2.66, 2.70, 2.72, 2.74, 2.76, 2.78, 2.80, 2.82, 2.86]),
    "Qi": dict(field=qi, h=0.001, start=(0.1, 0.2, 0.3), sample=0.04, scroll_guess=(26.0, 8.0, 80.0),
               plane=(0, 2), published=np.full(3, 0.98), source="Qi 2005; FractionalDiffEq.jl gallery",
               scan=[3 * q for q in (0.87, 0.89, 0.90, 0.91, 0.92, 0.93, 0.95, 1.0)]),
    "Lorenz": dict(field=lorenz, h=0.005, start=(0.1, 0.1, 0.1), sample=0.2, plane=(0, 2),
                   scroll_guess=(8.5, 8.5, 27.0), published=np.full(3, 0.993), source=TOOLBOX,
                   scan=[3 * q for q in (0.96, 0.965, 0.97, 0.975, 0.98, 0.985, 1.0)]),
    "Liu": dict(field=liu, h=0.015, start=(0.2, 0.0, 0.5), sample=0.6, plane=(1, 2),
                scroll_guess=(-0.9, 0.9, -0.7), published=np.full(3, 0.95), source=TOOLBOX,
                scan=[3 * q for q in (0.86, 0.88, 0.89, 0.90, 0.91, 0.92, 0.97, 1.0)]),
    "Chen": dict(field=chen, h=0.0035, start=(-9.0, -5.0, 14.0), sample=0.14, plane=(0, 2),
                 scroll_guess=(7.9, 7.9, 21.0), published=np.full(3, 0.9), source=TOOLBOX,
                 scan=[3 * q for q in (0.70, 0.74, 0.76, 0.77, 0.78, 0.79, 0.82, 0.86, 0.94)]),
}
NAMES = list(SYSTEMS)
BRANCHES = [lambda u, f=spec["field"]: jnp.stack(f(*u)) for spec in SYSTEMS.values()]


# The vector field of system number args["system"] (one compiled function for all five).
def field(t, u, args):
    return jax.lax.switch(args["system"], BRANCHES, u)


# One Grünwald–Letnikov step of the selected system, with its own step h and orders q.
def fractional_step(state, params, clock):
    return nr.fractional.grunwald_letnikov(field, clock.t, state, params["h"], params["q"], params)


# Orders per unit of total order Σ: equal, or for Chua in Petráš's proportions (0.93 : 0.99 : 0.92),
# the direction in which its published chaotic orders lie.
DIRECTION = {name: PETRAS_CHUA_ORDERS / PETRAS_CHUA_ORDERS.sum() if name == "Chua" else np.full(3, 1.0 / 3.0)
             for name in SYSTEMS}


# %% [markdown]
# ## Where the equilibria lose stability
#
# Chaos in these flows is organised around a pair of saddle-foci (the centres of the two scrolls;
# Liu's and Qi's attractors too turn around such a pair), whose Jacobian has a negative real
# eigenvalue and an unstable complex pair $\lambda = \mu \pm i\omega$, $\mu > 0$. For the
# Caputo system $D^{q}x = Jx$ with equal orders, Matignon's theorem (Matignon 1996, *Proc.
# IMACS-SMC CESA* 2, 963) says an equilibrium is asymptotically stable if and only if every
# eigenvalue satisfies $|\arg\lambda| > q\pi/2$. The complex pair is therefore stable below
#
# $$q^* = \frac{2}{\pi}\arctan\frac{\omega}{\mu},$$
#
# and since a double-scroll attractor needs unstable scroll equilibria, chaos of that kind
# requires $q > q^*$ (Tavazoei & Haeri's necessary condition, *Phys. Lett. A* 367, 102, 2007,
# [doi:10.1016/j.physleta.2007.05.081](https://doi.org/10.1016/j.physleta.2007.05.081)). It is
# a necessary condition, not a sufficient one, and it speaks of the attractor around the
# equilibria: a chaotic attractor can coexist with stable equilibria, as in the ordinary Lorenz
# system for $24.06 < r < 24.74$.
#
# The equilibria, their Jacobians (`jax.jacfwd` of `field`), eigenvalues and kinds come from
# `nr.analysis.fixed_points`: Newton's method started at each system's `scroll_guess`, compiled
# once for `field` (the system's index is a traced argument); $q^*$ from the eigenvalues comes from
# `nr.fractional.matignon_order`, $\tfrac{2}{\pi}\min|\arg\lambda|$ (here the unstable pair's).

# %%
scroll = {name: nr.analysis.fixed_points(field, jnp.array([spec["scroll_guess"]]), {"system": k})
          for k, (name, spec) in enumerate(SYSTEMS.items())}  # Newton's method from each system's guess
equilibria = {name: point.flat[0] for name, point in scroll.items()}
jacobians = {name: point.jacobian[0] for name, point in scroll.items()}
matignon_q = {name: float(nr.fractional.matignon_order(point.eigenvalues[0])) for name, point in scroll.items()}
for name, point in scroll.items():
    pair, _, real_eigenvalue = point.eigenvalues[0]  # by decreasing real part: the unstable pair first
    print(f"{name:7s} {point.kind[0]} at {np.round(equilibria[name], 4)}: λ = {pair.real:.4f} ± "
          f"{abs(pair.imag):.4f}i and {real_eigenvalue.real:.4f};  q* = {matignon_q[name]:.4f}")

# %% [markdown]
# ### The stability threshold of the numerical scheme
#
# The numbers below come from the discretised system, not from the continuous one, so we also
# need the threshold of the scheme itself. Linearised at an equilibrium with Jacobian $J$, the
# Grünwald–Letnikov recursion
# $e_{n+1} = H J e_n - \sum_{j=1}^{L} \mathrm{diag}(w_j^{(i)})\, e_{n+1-j}$ (with
# $H = \mathrm{diag}(h^{q_i})$ and the weights $w_j^{(i)}$ of each component's order) has solutions
# $e_n = v\,r^n$ whenever, with $\zeta = 1/r$,
#
# $$G(\zeta) = \det\bigl(\mathrm{diag}\,W_i(\zeta) - \zeta H J\bigr) = 0, \qquad
#   W_i(\zeta) = \sum_{j=0}^{L} w_j^{(i)} \zeta^j,$$
#
# a polynomial in $\zeta$. Growing modes ($|r| > 1$) are its zeros inside the unit disc, and by
# the argument principle their number is the winding number of $G$ around 0 as $\zeta$ runs
# once round the unit circle — evaluated with one FFT of the weights (the scheme's own,
# `nr.fractional.weights`). Bisection on the order then gives the scheme's threshold
# $\Sigma^*_h$. All the thresholds of the notebook (five systems at three steps, and the Lorenz
# system at seven steps and three memory lengths for the section on step size) are bisected side
# by side, with one batch of weights per bisection step. For $h \to 0$ and $L \to \infty$ it must
# tend to Matignon's $3q^*$ (for $q = 1$ it reduces to the explicit Euler condition
# $|1 + h\lambda| < 1$). At finite $h$ it is lower, because the explicit step destabilises
# oscillations: for $q = 1$ it adds a growth rate $h|\lambda|^{2}/2$, which the fractional
# damping must then overcome.

# %%


# Number of growing modes of the Grünwald–Letnikov scheme linearised at an equilibrium, for each
# entry k (Jacobian J[k], orders q[k], step h[k], memory L[k]): the winding number of G on the
# unit circle.
def growing_modes(J, q, h, L, resolution=12):
    w = np.concatenate([np.ones((1, *q.shape)), nr.fractional.weights(q, int(L.max()))])  # w_0 … w_L: [j, k, i]
    modes = np.zeros(len(L), int)
    for k, length in enumerate(L):  # one entry at a time: [ζ, 3, 3] arrays stay in cache
        n_points = resolution * length
        zeta = np.exp(2j * np.pi * np.arange(n_points) / n_points)[:, None, None]
        A = -zeta * (h[k] ** q[k])[:, None] * J[k]  # −ζ H J
        A[:, [0, 1, 2], [0, 1, 2]] += np.conj(np.fft.fft(w[: length + 1, k], n_points, axis=0))  # + W_i(ζ)
        G = (A[:, 0, 0] * (A[:, 1, 1] * A[:, 2, 2] - A[:, 1, 2] * A[:, 2, 1])  # the determinant
             - A[:, 0, 1] * (A[:, 1, 0] * A[:, 2, 2] - A[:, 1, 2] * A[:, 2, 0])
             + A[:, 0, 2] * (A[:, 1, 0] * A[:, 2, 1] - A[:, 1, 1] * A[:, 2, 0]))
        modes[k] = np.rint(np.angle(np.roll(G, -1) / G).sum() / (2 * np.pi))
    return modes


# Total order Σ at which the scroll equilibrium of system names[k] becomes unstable in the scheme
# with step h[k] and memory L[k]: all the bisections side by side.
def scheme_thresholds(names, h, L, tol=3e-4):
    J, direction = np.stack([jacobians[n] for n in names]), np.stack([DIRECTION[n] for n in names])
    unstable = lambda totals: growing_modes(J, totals[:, None] * direction, h, L) > 0  # noqa: E731
    low = 3 * np.array([matignon_q[n] for n in names]) - 0.3  # the scheme's threshold is below Matignon's
    high = np.minimum(3.0, 1.0 / direction.max(axis=1))  # no order above 1
    while (active := high - low > tol).any():
        middle = 0.5 * (low + high)
        grows = unstable(middle)
        low, high = np.where(active & ~grows, middle, low), np.where(active & grows, middle, high)
    return 0.5 * (low + high)


# Each system at its h, h/2 and h/4 with the memory time L·h held fixed, so that only the step
# changes; and Lorenz over a range of steps at three memory lengths (section "Step size and memory").
steps = np.array([0.01, 0.0075, 0.005, 0.0035, 0.0025, 0.00175, 0.00125])
memories = (100, memory, 4 * memory)
entries = [(name, spec["h"] / k, memory * k) for k in (1, 2, 4) for name, spec in SYSTEMS.items()]
entries += [("Lorenz", h, L) for L in memories for h in steps]
thresholds = scheme_thresholds(*map(np.array, zip(*entries)))
at_h, at_half, at_quarter = thresholds[:15].reshape(3, 5)
lorenz_curves = dict(zip(memories, thresholds[15:].reshape(3, len(steps))))
threshold_h = dict(zip(NAMES, at_h))
threshold_limit = dict(zip(NAMES, 2 * at_quarter - at_half))  # Richardson: Σ*_h is first order in h
for k, name in enumerate(NAMES):
    print(f"{name:7s} Σ*_h at h = {SYSTEMS[name]['h']:g}, h/2, h/4: {at_h[k]:.4f}, {at_half[k]:.4f}, "
          f"{at_quarter[k]:.4f};  h → 0: {threshold_limit[name]:.4f}  (Matignon: {3 * matignon_q[name]:.4f})")


# %% [markdown]
# For the four systems run with equal orders, the extrapolated threshold lands on Matignon's
# within 0.001 in $q$, which validates the computation. For Chua with orders in
# Petráš's proportions there is no closed form; the scheme gives $\Sigma^* \approx 2.775$ in the
# limit (with equal orders it would be $3 \times 0.9226 = 2.768$). With our steps the schemes'
# thresholds sit 0.03–0.14 in $\Sigma$ (0.01–0.05 in $q$) below the continuous ones: a
# first-order scheme at 120–270 steps per turn moves the borderline noticeably, and the
# transitions measured below have to be read against $\Sigma^*_h$, not $\Sigma^*$.

# %% [markdown]
# ## One sweep: published orders and scans across the thresholds
#
# The runs: each system at its published orders, and scans of the total order across its
# threshold (equal orders; Chua in Petráš's proportions, up to $q_2 = 1$). For Lorenz the scan
# is repeated with the step halved, to see the transition move. All runs start from the
# system's published initial state, run `n_steps` steps, and are monitored in full.

# %%
runs = []  # the table of runs: (system, kind, orders, step h)
for name, spec in SYSTEMS.items():
    runs.append((name, "published", spec["published"], spec["h"]))
    runs += [(name, "scan", total * DIRECTION[name], spec["h"]) for total in spec["scan"]]
runs += [("Lorenz", "half step", 3 * q * DIRECTION["Lorenz"], SYSTEMS["Lorenz"]["h"] / 2)
         for q in (0.975, 0.98, 0.985, 0.99, 0.995)]
system, kind, orders, step = map(np.array, zip(*runs))  # the table's columns
total = orders.sum(axis=1)
published = {name: i for i, (name, k) in enumerate(zip(system, kind)) if k == "published"}

batch = {"system": jnp.array([NAMES.index(name) for name in system]), "q": jnp.array(orders),
         "h": jnp.array(step)}
starts = jnp.array([SYSTEMS[name]["start"] for name in system])
initial = jax.vmap(nr.fractional.init, (0, None))(starts, memory)
sweep = nr.sweep(fractional_step, initial, batch, duration=float(n_steps), dt=1.0, batch_state=True,
                 chunk_steps=n_steps, monitors={"xyz": nr.StateMonitor("y")}, progress=False)
trajectories = sweep["xyz"].values  # [run, step, x/y/z]


# Indices of a system's runs of the given kinds, by increasing total order.
def scan_runs(name, kinds=("published", "scan")):
    found = np.flatnonzero((system == name) & np.isin(kind, kinds))
    return found[np.argsort(total[found])]


# The run of a system at a total order (its published orders or a scan at its own step h).
at = {(name, round(t, 6)): i for i, (name, k, t) in enumerate(zip(system, kind, total)) if k != "half step"}


# %% [markdown]
# ## Gallery — the attractors at the published orders
#
# The last three quarters of each published run, projected on two of its variables.

# %%
fig, axes = plt.subplots(1, 5, figsize=(12, 3.0), layout="constrained")
for ax, (name, spec) in zip(axes, SYSTEMS.items()):
    (a, b), q = spec["plane"], spec["published"]
    path = trajectories[published[name], n_transient:]
    ax.plot(path[:, a], path[:, b], lw=0.25, color="k", rasterized=True)
    orders_shown = f"{q[0]:g}" if np.ptp(q) == 0 else "(" + ", ".join(f"{v:g}" for v in q) + ")"
    ax.set(title=f"{name}: q = {orders_shown}\nΣ = {q.sum():.3f}", xlabel="xyz"[a], ylabel="xyz"[b])
fig.suptitle("Gallery — fractional-order attractors at the published orders")
plt.show()


# %% [markdown]
# ## The 0–1 test for chaos
#
# Gottwald & Melbourne (2004, *Proc. R. Soc. A* 460, 603,
# [doi:10.1098/rspa.2003.1183](https://doi.org/10.1098/rspa.2003.1183)) turn a scalar
# observable $\phi(j)$, sampled at times $j = 1, \dots, N$, into a planar walk
#
# $$p_c(n) = \sum_{j=1}^{n} \phi(j)\cos jc, \qquad s_c(n) = \sum_{j=1}^{n} \phi(j)\sin jc$$
#
# for a frequency $c \in (0, \pi)$ (the 2004 paper also adds the running sum of $\phi$ to the
# angle $jc$; the fixed-frequency form is the authors' later simplification). For regular dynamics the walk stays
# bounded; for chaotic dynamics it diffuses like Brownian motion. The mean square displacement
#
# $$M_c(n) = \frac{1}{N - n}\sum_{j=1}^{N-n} \bigl[p_c(j+n) - p_c(j)\bigr]^2
#            + \bigl[s_c(j+n) - s_c(j)\bigr]^2$$
#
# therefore grows linearly in $n$ for chaos and stays bounded otherwise. The growth rate
# $K_c = \lim \log M_c(n)/\log n$ is the 2004 definition; we use the more robust correlation
# form of Gottwald & Melbourne (2009, *SIAM J. Appl. Dyn. Syst.* 8, 129,
# [doi:10.1137/080718851](https://doi.org/10.1137/080718851)): subtract the bounded oscillation
# $V_c(n) = \langle\phi\rangle^2 (1 - \cos nc)/(1 - \cos c)$ that a nonzero mean produces,
# $D_c(n) = M_c(n) - V_c(n)$, and take $K_c = \mathrm{corr}(n, D_c(n))$ for
# $n \le N/10$. $K$ is the median of $K_c$ over `n_c` random frequencies
# $c \in (\pi/5, 4\pi/5)$: $K \approx 1$ chaotic, $K \approx 0$ regular. We call a run chaotic
# when $K > 0.5$.
#
# The observable is $x$, sampled every `sample` time units (about a third of a turn; sampling
# much finer makes the test see smooth motion and report $K \approx 0$ even for chaos) over
# the steps after `n_transient`. An orbit that has settled on a fixed point to rounding
# accuracy leaves $D_c$ as pure rounding noise; such runs are regular by definition and get
# $K = 0$.

# %%
# The walk z = p_c + i s_c [c, j] and its mean square displacement M_c(n) [c, n], n ≤ N/10, with
# the lagged sums Σ_j z(j+n) z̄(j) by FFT.
def translation(phi, c):
    N, n = phi.size, np.arange(1, phi.size // 10 + 1)
    walk = np.cumsum(phi * np.exp(1j * np.outer(c, np.arange(1, N + 1))), axis=1)
    spectrum = np.fft.fft(walk, 2 * N, axis=1)
    lagged = np.fft.ifft(spectrum * np.conj(spectrum), axis=1)[:, n]
    power = np.concatenate([np.zeros((len(c), 1)), np.cumsum(np.abs(walk) ** 2, axis=1)], axis=1)
    return walk, (power[:, -1:] - power[:, n] + power[:, N - n] - 2.0 * lagged.real) / (N - n)


# Gottwald–Melbourne K: the median over the frequencies c of corr(n, D_c(n)); 0 for an orbit
# settled on a fixed point to rounding accuracy.
def zero_one_test(phi, c):
    if phi.std() < 1e-9 * max(1.0, np.abs(phi).max()):
        return 0.0
    M = translation(phi, c)[1]
    n = np.arange(1, M.shape[1] + 1)
    D = M - phi.mean() ** 2 * (1.0 - np.cos(np.outer(c, n))) / (1.0 - np.cos(c))[:, None]
    D, n = D - D.mean(axis=1, keepdims=True), n - n.mean()
    return float(np.median((D @ n) / np.sqrt((D**2).sum(axis=1) * (n**2).sum())))


# x of run i after the transient, every `sample` time units.
def observable(i):
    return trajectories[i, n_transient :: int(round(SYSTEMS[system[i]]["sample"] / step[i])), 0]


frequencies = np.asarray(jax.random.uniform(jax.random.key(seed), (n_c,), minval=np.pi / 5, maxval=0.8 * np.pi))
K = np.array([zero_one_test(observable(i), frequencies) for i in range(len(runs))])


# %% [markdown]
# What the test sees, for Lorenz on both sides of Grigorenko's $\Sigma_{cr} \approx 2.91$ (at our
# step $h = 0.005$): the walk $(p_c, s_c)$ of a chaotic run wanders off like Brownian motion and
# its mean square displacement grows linearly; that of the regular run, a spiral slowly
# settling on the scroll equilibrium, stays within a bounded region.

# %%
fig, axes = plt.subplots(1, 3, figsize=(12, 3.6), layout="constrained")
for ax, at_total, color in ((axes[0], 2.979, "C3"), (axes[1], 2.91, "C0")):
    i = at["Lorenz", at_total]
    (walk,), (M,) = translation(observable(i), frequencies[:1])
    label = f"Σ = {at_total:.3f} (K = {K[i]:.2f})"
    ax.plot(walk.real, walk.imag, lw=0.6, color=color)
    ax.set(title=f"Lorenz, {label}", xlabel="$p_c(n)$", ylabel="$s_c(n)$", aspect="equal", adjustable="datalim")
    axes[2].plot(np.arange(1, M.size + 1), M / M.max(), color=color, label=label)
axes[2].set(xlabel="lag n (samples)", ylabel="$M_c(n)$ / max",
            title=f"Mean square displacement, c = {frequencies[0]:.2f}")
axes[2].legend(fontsize=8)
fig.suptitle("The 0–1 test: translation variables of a chaotic and a regular orbit")
plt.show()


# %% [markdown]
# ## Largest Lyapunov exponents of the discretised systems
#
# The discretised system is a map on the whole `FractionalState`: the current state, $y_0$, and
# the ring buffer of the last $L$ states, which the next step reads. Its largest Lyapunov
# exponent (`neurorepro.largest_lyapunov` on the same `fractional_step` the sweep ran, one
# tangent vector carried by `jax.jvp` and renormalised every step) therefore follows
# perturbations of the memory as well — correct for the map, at a cost of $3L$ tangent
# components per step. The tangent starts on $x$, so $y_0$, which never changes, is never
# perturbed, and the step counter carries no tangent. The step $h$ is handed over as the
# exponent's time unit, so the exponents come per unit time. With the truncated memory the map is
# finite-dimensional, so the exponent is well defined; for a regular orbit it is negative
# (the exact fractional system relaxes algebraically, like a Mittag-Leffler function, and its
# exponent would be 0). Each exponent starts from the end of its sweep run, already on the
# attractor with a full memory, and averages `n_lyapunov_steps` steps; all of them come from
# one vmapped, compiled call.

# %%
def largest_exponent(params, state):
    return nr.largest_lyapunov(fractional_step, state, params, n_steps=n_lyapunov_steps, dt=params["h"])


LYAPUNOV_RUNS = [("Chua", 2.84), ("Chua", 2.70), ("Qi", 2.94), ("Qi", 2.70), ("Lorenz", 2.979),
                 ("Lorenz", 2.91), ("Liu", 2.85), ("Liu", 2.64), ("Chen", 2.7), ("Chen", 2.1)]
chosen = np.array([at[run] for run in LYAPUNOV_RUNS])
lyapunov = np.full(len(runs), np.nan)  # per unit time
chosen_params, chosen_states = jax.tree.map(lambda leaf: leaf[chosen], (batch, sweep.state))
lyapunov[chosen] = jax.jit(jax.vmap(largest_exponent))(chosen_params, chosen_states)


# %% [markdown]
# ## Where each system is chaotic
#
# $K$ along each scan against the total order, with the scheme's threshold $\Sigma^*_h$ at the
# step used (grey band), its continuous limit $\Sigma^*$ (dashed), the published order
# (green) and, in red, the lowest chaotic total order claimed in the literature. Diamonds:
# largest Lyapunov exponents (right axes). The onset of chaos is bracketed by the last regular
# and the first chaotic total order of the scan.

# %%
# (last regular Σ below the first chaotic one, first chaotic Σ) along a scan.
def onset(name, kinds=("published", "scan")):
    scan = scan_runs(name, kinds)
    first = np.argmax(K[scan] > 0.5)
    return total[scan[first - 1]], total[scan[first]]


# Hartley's 2.7 is published (abstract); 2.91 and 2.1 are the values attributed to Grigorenko & Grigorenko and to
# Li & Peng that we could not check against the papers' text (see "What reproduces").
LITERATURE_LOWEST = {"Chua": (2.7, "Hartley et al. 1995"), "Lorenz": (2.91, "Grigorenko (unchecked)"),
                     "Chen": (2.1, "Li & Peng (unchecked)")}
fig, axes = plt.subplots(2, 3, figsize=(12, 6.8), layout="constrained")
for ax, name in zip(axes.flat, NAMES):
    for kinds, style, label in ((("scan", "published"), "o-k", "0–1 test K (system's step h)"),
                                (("half step",), "s-C1", "K, step halved (Lorenz)")):
        ax.plot(total[scan_runs(name, kinds)], K[scan_runs(name, kinds)], style, ms=4, lw=1, label=label)
    ax.axvline(threshold_h[name], color="0.5", lw=6, alpha=0.4, label="scheme threshold Σ*_h")
    ax.axvline(threshold_limit[name], color="0.3", ls="--", lw=1, label="continuous threshold Σ*")
    ax.axvline(total[published[name]], color="C2", ls=":", lw=1.5, label="published order")
    if name in LITERATURE_LOWEST:
        ax.axvline(LITERATURE_LOWEST[name][0], color="C3", lw=1.2, label="lowest chaotic Σ claimed")
        ax.text(LITERATURE_LOWEST[name][0], 1.04, f" {LITERATURE_LOWEST[name][1]}", color="C3", fontsize=7)
    ax.set(ylim=(-0.25, 1.15), xlabel="total order Σ", ylabel="0–1 test K", title=name)
    twin, shown = ax.twinx(), chosen[system[chosen] == name]
    twin.plot(total[shown], lyapunov[shown], "D", color="C4", ms=6,
              label="largest Lyapunov exponent (right axis)")
    twin.axhline(0.0, color="C4", lw=0.5, ls=":")
    twin.tick_params(colors="C4")
(handles, labels), (twin_handles, twin_labels) = (ax.get_legend_handles_labels() for ax in (axes[0, 2], twin))
axes.flat[-1].axis("off")
axes.flat[-1].legend(handles + twin_handles, labels + twin_labels, loc="center", fontsize=9, frameon=False)
fig.suptitle("Chaos (K ≈ 1) against total order, across the stability thresholds "
             "(Chua: orders in Petráš's proportions)")
plt.show()

onsets = {name: onset(name) for name in NAMES} | {"Lorenz, h/2": onset("Lorenz", "half step")}
threshold_h["Lorenz, h/2"] = lorenz_curves[memory][steps == SYSTEMS["Lorenz"]["h"] / 2][0]
for name, (low, high) in onsets.items():
    print(f"{name:11s} onset of chaos between Σ = {low:.3f} and {high:.3f};  Σ*_h = {threshold_h[name]:.3f}")


# %% [markdown]
# ## Step size and memory
#
# The transition that Grigorenko & Grigorenko call $\Sigma_{cr}$ is where our Lorenz scan
# switches, and it depends on the step. Below, the scheme's threshold for Lorenz as a function
# of $h$ at several memory lengths, with the simulated onsets at $h = 0.005$ and $0.0025$.
# The memory length hardly matters once $Lh$ spans a turn of the oscillation; the step does,
# linearly, and the threshold reaches Matignon's $\Sigma^* = 2.982$ only as $h \to 0$.

# %%
step_for_grigorenko = float(np.interp(2.91, lorenz_curves[memory], steps))  # Σ*_h rises as h shrinks
print("Lorenz at h = 0.005: Σ*_h = " + ", ".join(f"{lorenz_curves[L][2]:.4f} (L = {L})" for L in memories)
      + f"; Σ*_h = 2.91 at h ≈ {step_for_grigorenko:.4f} (L = {memory})")

fig, ax = plt.subplots(figsize=(7.5, 4.2), layout="constrained")
for L, style in zip(memories, (":", "-", "--")):
    ax.plot(steps, lorenz_curves[L], style, marker=".", color="k", lw=1, label=f"scheme threshold, L = {L}")
ax.axhline(3 * matignon_q["Lorenz"], color="C2", lw=1, label=f"Matignon Σ* = {3 * matignon_q['Lorenz']:.3f}")
ax.axhline(2.91, color="C3", lw=1, label="Grigorenko Σ_cr ≈ 2.91 (unchecked)")
brackets = np.array([onsets["Lorenz"], onsets["Lorenz, h/2"]])
ax.errorbar(SYSTEMS["Lorenz"]["h"] / np.array([1, 2]), brackets.mean(axis=1), yerr=np.ptp(brackets, axis=1) / 2,
            fmt="o", color="C1", capsize=4, label="simulated onset of chaos (bracket)")
ax.set(xlim=(0, None), xlabel="step h", ylabel="total order Σ",
       title="Fractional Lorenz: the chaos threshold is a property of the step")
ax.legend(fontsize=8)
plt.show()


# %% [markdown]
# **What the short memory does.** Dropping the states older than $L$ steps from the sum is the
# same as pretending they stayed at $y_0$. At a fixed point $y^*$ of the scheme,
# $y^* - y_0 = h^q f(y^*) - (y^* - y_0)\sum_{j=1}^{L} w_j$, i.e.
#
# $$f(y^*) = \kappa_L\,(y^* - y_0), \qquad \kappa_L = h^{-q}\sum_{j=0}^{L} w_j
#   \approx \frac{(Lh)^{-q}}{\Gamma(1-q)},$$
#
# a leak pulling the state back towards where it started. With the full memory
# ($L = n \to \infty$) the leak vanishes like $t^{-q}$; truncated, it stays, and the fixed points
# are displaced. The effect is largest at low order and short memory: below, the Chen run at
# $q = 0.7$ ($\Sigma = 2.1$), which converged, against the zero of the leaky field
# $f(y) - \kappa_L(y - y_0)$ ($\kappa_L$ from `nr.fractional.truncation_leak`, in closed form
# $h^{-q}\Gamma(L + 1 - q)/(\Gamma(1 - q)\,L!)$), found by `nr.analysis.fixed_points` started at the
# equilibrium of $f$ next to which the run ended (the mirror image, under Chen's symmetry
# $(x, y, z) \to (-x, -y, z)$, of the scroll equilibrium found above). The leak also turns the
# slow algebraic relaxation of the exact fractional system into an exponential one, which is why
# regular runs have negative exponents here.
#
# (One number moved in the move onto the package's core: the distance between the end state and
# the predicted fixed point, 3.6e-15 before, 7.1e-14 now. Newton's method used to start at the
# simulated end state itself; it now starts at the equilibrium of $f$, 0.12 away, so that the
# prediction does not use the run; and $\kappa_L$ now comes from its closed form rather than the
# summed weights, which differ in the last bits. Both are rounding error.)

# %%
chen_index = at["Chen", 2.1]
q_chen, final_chen = orders[chen_index], trajectories[chen_index, -1]
y0_chen = np.asarray(SYSTEMS["Chen"]["start"])
leak = np.asarray(nr.fractional.truncation_leak(q_chen, memory, SYSTEMS["Chen"]["h"]))
mirrored = equilibria["Chen"] * np.array([-1.0, -1.0, 1.0])  # Chen's symmetry (x, y, z) → (−x, −y, z)
shifted = nr.analysis.fixed_points(lambda t, y, args: field(t, y, args) - leak * (y - y0_chen),
                                   jnp.array([mirrored]), {"system": NAMES.index("Chen")}).flat[0]
leak_mismatch = np.abs(final_chen - shifted).max()
approximation = (memory * SYSTEMS["Chen"]["h"]) ** -q_chen[0] / math.gamma(1 - q_chen[0])
print(f"κ_L = {leak[0]:.4f} per unit time ((Lh)^-q / Γ(1-q) = {approximation:.4f});  end state of the run "
      f"{np.round(final_chen, 5)}: {leak_mismatch:.1e} from the fixed point with the leak, "
      f"{np.abs(final_chen - mirrored).max():.3f} from the equilibrium {np.round(mirrored, 5)} of f")


# %% [markdown]
# ## What reproduces, and what does not
#
# * **Gallery.** All five systems are chaotic at the published orders in our scheme: $K$
#   close to 1 and a positive largest exponent. Chua's double scroll, with its long stays in
#   one scroll, has the smallest exponent (0.12 per unit time) and is the most fragile:
#   rerunning the notebook with `memory = 300` (3 instead of 4 time units of memory) leaves
#   $K = 0.69$ and an exponent of 0.002. At this order the truncated memory is close to
#   destroying the chaos; Petráš integrated with the full memory. The other verdicts, and
#   every onset bracket except Lorenz's at $h/2$ (which moves down one step, still next to
#   $\Sigma^*_{h/2}$), are the same with `memory = 300`.
# * **Where chaos starts.** In each scan the switch from regular to chaotic lies at the
#   scheme's own stability threshold $\Sigma^*_h$, within a grid step: chaos appears once
#   the scroll equilibria of the *discretised* system are unstable, sometimes a little before
#   (Qi at $q = 0.91$ against $q^*_h = 0.914$: a chaotic attractor outliving the stability of
#   its equilibria, as in the ordinary Lorenz system for $24.06 < r < 24.74$). Above the
#   threshold the scans are chaotic, except that Chua's $K$ is intermediate (0.4–0.7) at
#   $\Sigma = 2.76$–$2.82$: there the test is inconclusive at our window length — $K$ moves by
#   up to 0.4 when the random frequencies $c$ are redrawn (seeds 1–4), as it does for long
#   periodic orbits or weak, intermittent chaos. The onset bracket and the checks below hold
#   with either verdict at 2.76. Elsewhere no verdict changes with the seed.
# * **Lorenz, Grigorenko & Grigorenko's $\Sigma_{cr}$: a transition, at a step-dependent
#   order.** At $h = 0.005$ the Lorenz scan is regular up to $\Sigma = 2.925$ and chaotic from
#   2.94, on either side of $\Sigma^*_h = 2.930$; at $h/2$ the switch moves to 2.955–2.97, on
#   either side of $\Sigma^*_{h/2} = 2.957$, and the limit $h \to 0$ is Matignon's
#   $\Sigma^* = 3 \times 0.9941 = 2.982$, where the continuous system's scroll equilibria lose
#   stability. This notebook used to compare with $\Sigma_{cr} \approx 2.91$ as Grigorenko &
#   Grigorenko's value; the stored copy of the paper we could read shows only its first page,
#   which states the transition but not the number, so we make no claim of it. A first-order
#   scheme would put the transition at 2.91 with $h \approx 0.0067$: a $\Sigma_{cr}$ measured
#   this way is a property of the step. Even the published $q = 0.993$ ($\Sigma = 2.979$) lies
#   just below 2.982: its chaos is robust in the discretised system and borderline in the
#   continuous one.
# * **Chen at $\Sigma = 2.1$.** Li & Peng reported the fractional Chen system chaotic well
#   below $\Sigma = 3$, down to an order that this notebook used to give as 2.1 ($q = 0.7$); we
#   could not check that number against their text, so we make no claim of it. At $q = 0.7$
#   every equilibrium of the Chen system is stable ($0.7 < q^* = 0.8244$); the orbit converges
#   ($K = 0$, exponent $-3.4$ per unit time). Chaos starts between $q = 0.77$ and $0.78$ with
#   our step ($q^*_h = 0.778$) and at $q^* = 0.8244$ ($\Sigma^* = 2.473$) in the limit. Li &
#   Peng, like Hartley et al., replaced the fractional integrator by a frequency-domain
#   (rational transfer-function) approximation; Tavazoei & Haeri (2008, *Nonlinear Analysis*
#   69, 1299–1320, [doi:10.1016/j.na.2007.06.030](https://doi.org/10.1016/j.na.2007.06.030))
#   showed that such approximations can change the number and stability of the equilibria and
#   display chaos in fractional systems that are not chaotic (their abstract).
# * **Chua, Hartley et al.'s $\Sigma = 2.7$ (published): not reproduced for this
#   parametrisation.** With
#   Petráš's constants and orders in his proportions, $\Sigma = 2.70$ is regular ($K \approx 0$,
#   negative exponent): the outer equilibria are stable below $\Sigma^*_h = 2.750$
#   ($\Sigma^* \approx 2.775$ in the limit), and chaos starts between 2.76 and 2.78. With equal
#   orders the continuous threshold would be $3 \times 0.9226 = 2.768$, also above 2.7.
#   Hartley et al. used their own circuit and a frequency-domain approximation, so this tests
#   only the statement that a fractional Chua system of total order 2.7 is chaotic, not their
#   system.
# * **Qi and Liu.** Chaos begins at the schemes' thresholds ($q^*_h = 0.914$ for Qi, $0.896$
#   for Liu), whose continuous limits are Matignon's $q^* = 0.9292$ and $0.9160$
#   ($\Sigma^* = 2.788$ and $2.748$). We could not check here which lowest orders the
#   fractional-Qi and fractional-Liu papers report.

# %% [markdown]
# ## Replication check
#
# What each claim rests on. One number is published in the sources and could be checked in a
# stored copy: Hartley et al.'s chaotic fractional Chua system of total order 2.7 (kind
# "published"; we found it quoted in the introduction of Sun & Sprott's "Bifurcations of
# fractional-order diffusionless Lorenz system", not in a copy of Hartley et al.'s paper). We
# compare it with the lowest chaotic total order on our Chua scan, with the scan's spacing
# there (0.02) as tolerance; it is stated as not reproduced. The chaotic
# attractors at the published orders and the existence of Grigorenko & Grigorenko's
# $\Sigma_{cr}$ are qualitative statements (of Petráš 2008 and of Grigorenko & Grigorenko's
# abstract), the Qi, Liu and Chen orders come from the galleries (kind "secondary"); a run
# counts as chaotic when $K > 0.5$ and its largest exponent is positive. Closed forms are
# checked as identities: the scroll equilibria of Lorenz, $(\pm\sqrt{b(r-1)}, \pm\sqrt{b(r-1)},
# r-1)$, and Chen, $(\pm\sqrt{b(2c-a)}, \pm\sqrt{b(2c-a)}, 2c-a)$, to 1e-9; Matignon's $q^*$
# against the Richardson extrapolation of the scheme's threshold, which leaves an $O(h^2)$
# error of a few $10^{-4}$ in $q$ at our steps (bisection adds $10^{-4}$), so we allow 0.002;
# and the end state of the converged Chen run against the fixed point of the leaky field, to
# 1e-6. Our own findings — where the onsets lie relative to $\Sigma^*_h$, how they move with
# $h$ and the memory — are printed and drawn above; they are not claims of the sources and
# are not counted here.

# %%
GALLERY_SOURCE = {"Chua": ("Petráš 2008 (abstract: chaos at total order < 3)", "qualitative"),
                  "Qi": ("BrainPy and FractionalDiffEq.jl galleries (Qi 2005 parameters)", "secondary"),
                  "Lorenz": ("Grigorenko & Grigorenko 2003 (abstract: chaos at Σ < 3)", "qualitative"),
                  "Liu": ("BrainPy gallery; FractionalDiffEq.jl after Petráš 2011", "secondary"),
                  "Chen": ("BrainPy gallery (after Lu & Chen 2006)", "secondary")}
# the scroll equilibria in closed form: Lorenz (r = 28, b = 8/3) and Chen (a = 35, b = 3, c = 28)
closed_form = {"Lorenz": (np.array([np.sqrt(8 / 3 * 27), np.sqrt(8 / 3 * 27), 27.0]), "Lorenz 1963"),
               "Chen": (np.array([np.sqrt(3 * 21), np.sqrt(3 * 21), 21.0]), "Chen & Ueta 1999")}
claims = []
for name, (source, kind_of_source) in GALLERY_SOURCE.items():
    i = published[name]
    claims.append(claim(f"{name}: chaotic at the published Σ = {total[i]:.3f} "
                        f"(K = {K[i]:.2f}, λ1 = {lyapunov[i]:.3f})",
                        bool(K[i] > 0.5 and lyapunov[i] > 0), True, source, kind=kind_of_source))
lorenz_scan = K[scan_runs("Lorenz")] > 0.5
chua_regular = at["Chua", 2.70]
claims += [
    claim(f"Lorenz: regular below a critical Σ_cr, chaotic above (ours: Σ_cr in {onsets['Lorenz'][0]:.3f}–"
          f"{onsets['Lorenz'][1]:.3f})", bool(not lorenz_scan[0] and lorenz_scan[-1]
                                              and np.all(np.diff(lorenz_scan.astype(int)) >= 0)),
          True, "Grigorenko & Grigorenko 2003 (abstract)", kind="qualitative"),
    claim("Chua: lowest chaotic total order Σ", onsets["Chua"][1], 2.7, kind="published", abs_tol=0.02,
          source="Hartley, Lorenzo & Qammar 1995 (as quoted by Sun & Sprott)",
          not_reproduced=f"with Petráš's constants and orders in his proportions Σ = 2.70 is regular (K = "
                         f"{K[chua_regular]:.2f}, λ1 = {lyapunov[chua_regular]:.2f}): the outer equilibria are stable "
                         f"below Σ*_h = {threshold_h['Chua']:.3f} (Σ* ≈ 2.775 for h → 0), and chaos starts at "
                         f"{onsets['Chua'][1]:.2f}; Hartley et al. modelled their own circuit, whose constants we "
                         "did not have, with a frequency-domain approximation of the fractional integrator"),
    *[claim(f"{name}: scroll equilibrium vs closed form, max |Δ|", float(np.abs(equilibria[name] - point).max()),
            0.0, f"{source}, closed form", kind="identity", abs_tol=1e-9)
      for name, (point, source) in closed_form.items()],
    *[claim(f"{name}: scheme threshold for h → 0, as q", threshold_limit[name] / 3, matignon_q[name],
            "Matignon 1996: |arg λ| = qπ/2", kind="identity", abs_tol=0.002)
      for name in ("Qi", "Lorenz", "Liu", "Chen")],
    claim("short-memory fixed point f(y) = κ_L (y − y0): max |Δ|", leak_mismatch, 0.0,
          "truncated Grünwald–Letnikov sum (derived above)", kind="identity", abs_tol=1e-6),
]
report(claims)
