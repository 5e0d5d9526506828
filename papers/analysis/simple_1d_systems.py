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
# # Strogatz (1994), Izhikevich (2007): one-dimensional systems, phase lines and bifurcations
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/simple_1d_systems.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/simple_1d_systems.ipynb)
#
# Strogatz, S. H. (1994). *Nonlinear Dynamics and Chaos: With Applications to Physics, Biology,
# Chemistry, and Engineering*, chapter 3 (Bifurcations). Reading, MA: Addison-Wesley.
# ISBN 978-0-201-54344-5.
#
# Izhikevich, E. M. (2007). *Dynamical Systems in Neuroscience: The Geometry of Excitability
# and Bursting*, chapter 3 (One-Dimensional Systems). Cambridge, MA: MIT Press.
# ISBN 978-0-262-09043-8.
# [doi:10.7551/mitpress/2526.001.0001](https://doi.org/10.7551/mitpress/2526.001.0001)
# (the book's record on MIT Press Direct).
#
# A one-dimensional flow $\dot x = f(x)$ can do only one thing: move monotonically along the
# line towards an equilibrium (or off to infinity). Its whole behaviour is in the **phase
# line**: the zeros $x^*$ of $f$ and the sign of $f'(x^*)$ — stable where $f' < 0$, unstable
# where $f' > 0$ — and stable and unstable equilibria alternate. What can change as a
# parameter moves is the number of equilibria and their stability, and Strogatz's chapter 3
# shows that generically this happens in a few ways, each with a **normal form**: two
# equilibria collide and vanish (saddle-node, $\dot x = r + x^2$), exchange stability
# (transcritical, $\dot x = rx - x^2$), or, with a symmetry, split in three (pitchfork,
# $\dot x = rx - x^3$ supercritical, $\dot x = rx + x^3 - x^5$ subcritical, with hysteresis).
# With two parameters the folds themselves meet: the **cusp** $\dot x = h + rx - x^3$, whose
# fold curves $27h^2 = 4r^3$ bound a wedge of bistability. Izhikevich's chapter 3 teaches the
# same ideas on a neuron: the persistent sodium ($I_\mathrm{Na,p}$) model, a leak and an
# instantaneous Na⁺ current, whose membrane potential has a rest state, a threshold and an
# excited state. Injected current $I$ removes the rest state in a saddle-node bifurcation (the
# neuron's rheobase) and, far on the hyperpolarised side, the excited state in a second one;
# in between rest and excitation coexist, and a slow ramp of current draws a hysteresis loop.
# We compute all of it with the toolkit — `nr.analysis.fixed_points` for the phase lines,
# `nr.analysis.continuation` for the bifurcation diagrams and their folds, `nr.simulate` for
# trajectories and ramps — and check it against closed forms.
#
# **Claims reproduced** (kind of evidence in brackets, as in the table at the end)
#
# 1. [identity] Phase line of the $I_\mathrm{Na,p}$ model at $I = 0$: `fixed_points` finds as
#    many equilibria as $F(V) = \dot V$ changes sign (three: rest, threshold, excited), stable
#    exactly where $F'(V^*) < 0$; every trajectory ends at the stable equilibrium on its side of
#    the threshold.
# 2. [identity] Normal forms: every point of the continued branches is one of the closed-form
#    equilibria; the saddle-node's fold is at $r = 0$; the transcritical and pitchfork exchanges
#    of stability are at $r = 0$; the subcritical pitchfork's folds are at $r_s = -1/4$,
#    $x = \pm 1/\sqrt 2$.
# 3. [identity] Cusp: the folds found by continuation in $h$ lie on $27h^2 = 4r^3$; for $r < 0$
#    there is none.
# 4. [identity] $I_\mathrm{Na,p}$ model: the folds of the continued branch are where the
#    steady-state I–V curve $I_\infty(V)$ has zero slope.
# 5. [identity] Hysteresis on a slow ramp: the jump comes after each fold, delayed by the
#    slow-passage law $\Delta I = 2.338\,(C^2\mu^2/a)^{1/3}$ (derived below), for the neuron and
#    for the cusp.
# 6. [secondary] The book's values as they appear in a public reproduction of its figures: the
#    saddle-node of the $I_\mathrm{Na,p}$ model at $I = 16$ (Figs. 3.30–3.32), the second fold,
#    where the excited state disappears, at $I = -890$ (Figs. 3.32–3.33); bistability (rest,
#    threshold and excited state) at $I = -400$ and monostability at $I = -1000$ (Fig. 3.33).
#
# **Why no published number.** We could not read either book: the search tools we have hold
# the first page of Izhikevich's chapter 3 and no page of its $I_\mathrm{Na,p}$ example, and
# none of Strogatz's chapter 3; nothing is taken here from memory. The parameters of the
# $I_\mathrm{Na,p}$ model ($C = 10$, $g_L = 19$, $E_L = -67$, $g_\mathrm{Na} = 74$,
# $V_{1/2} = 1.5$, $k = 16$, $E_\mathrm{Na} = 60$) are those of the public reproductions and
# course materials that quote the book (listed at the end), and the bifurcation values come from `ianwineman/dynamical-systems-neuro`,
# Pluto notebooks that redraw the book's Figs. 3.30–3.33 with the currents of their panels, and
# from lecture notes that state the saddle-node at $I = 16$. Those claims are labelled
# secondary; everything else is checked against closed forms.

# %% tags=["parameters"]
C = 10.0                # membrane capacitance [μF] (units as quoted from the book: μF, mS, mV, pA, ms)
I = 0.0                 # injected dc current of the phase line [pA]
g_L = 19.0              # leak conductance [mS]
E_L = -67.0             # leak reversal potential [mV]
g_Na = 74.0             # persistent Na+ conductance [mS]
E_Na = 60.0             # Na+ reversal potential [mV]
V_half = 1.5            # half-activation voltage of m∞ [mV]
k = 16.0                # slope factor of m∞ [mV]
I_ramp_low = -1000.0    # the current ramp's ends [pA]
I_ramp_high = 100.0
ramp_duration = 2000.0  # each half of a ramp, up and down [ms, or time units of the cusp]
dt = 0.05               # RK4 step [ms]
r_hysteresis = 1.0      # r of the cusp's hysteresis loop (dimensionless)

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
from collections import namedtuple
from typing import NamedTuple

import jax

jax.config.update("jax_enable_x64", True)  # folds compared with closed forms to ~1e-10

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import ai_zeros

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "legend.fontsize": 8})

# %% [markdown]
# ## The models
#
# **The $I_\mathrm{Na,p}$ model** of Izhikevich's chapter 3: a leak current and a persistent Na⁺
# current whose activation $m$ is so fast that it sits at its steady state $m_\infty(V)$,
#
# $$C\dot V = I - I_\infty(V), \qquad
# I_\infty(V) = g_L(V - E_L) + g_\mathrm{Na}\,m_\infty(V)\,(V - E_\mathrm{Na}), \qquad
# m_\infty(V) = \frac{1}{1 + e^{(V_{1/2} - V)/k}},$$
#
# so $\dot V = F(V) = (I - I_\infty(V))/C$.
#
# $I_\infty(V)$ is the steady-state I–V curve: the equilibria at current $I$ are the solutions
# of $I_\infty(V) = I$, their eigenvalue is $F'(V^*) = -I_\infty'(V^*)/C$, so an equilibrium is
# stable where $I_\infty$ increases, and the branch of equilibria folds (a saddle-node) where
# $I_\infty'(V) = 0$. The model is the vector field `inap(t, y, p)` of `State(V)`.
#
# **The normal forms** are all polynomials in $x$. We write them once,
# $\dot x = a\,p + b\,p\,x + c_1 x + c_2 x^2 + c_3 x^3 + c_5 x^5$ with the varied parameter $p$
# and the coefficients in a `NormalForm` tuple, so that the continuation is compiled once for
# all of them (each new vector field costs a compilation of a few seconds).

# %%
class State(NamedTuple):
    V: jax.Array  # membrane potential [mV]


Params = NamedTuple("Params", [(name, float) for name in "C I g_L E_L g_Na E_Na V_half k".split()])


def I_inf(V, p):  # steady-state I–V curve: leak plus instantaneous persistent Na+ current [pA]
    return p.g_L * (V - p.E_L) + p.g_Na * (V - p.E_Na) / (1.0 + jnp.exp((p.V_half - V) / p.k))


def inap(t, y, p):
    return State(V=(p.I - I_inf(y.V, p)) / p.C)


# the coefficients of dx/dt = a p + b p x + c1 x + c2 x² + c3 x³ + c5 x⁵, p the varied parameter
NormalForm = namedtuple("NormalForm", "p a b c1 c2 c3 c5", defaults=(0.0,) * 7)


def normal_form(t, x, q):
    return q.a * q.p + q.b * q.p * x + q.c1 * x + q.c2 * x**2 + q.c3 * x**3 + q.c5 * x**5


def draw_branch(ax, branch, **style):  # stable solid, unstable dashed; folds red, branch points blue
    ax.plot(branch.parameter, np.where(branch.stable, branch.y[:, 0], np.nan), "k-", **style)
    ax.plot(branch.parameter, np.where(branch.stable, np.nan, branch.y[:, 0]), "k--", **style)
    for kind, color in (("fold", "tab:red"), ("branch", "tab:blue")):
        points = [f for f in branch.bifurcations if f.kind == kind]
        ax.plot([f.parameter for f in points], [f.y[0] for f in points], "o", color=color)


neuron = Params(C, I, g_L, E_L, g_Na, E_Na, V_half, k)
dI_inf, d2I_inf = jax.grad(I_inf), jax.grad(jax.grad(I_inf))

# %% [markdown]
# ## The phase line of the $I_\mathrm{Na,p}$ model
#
# Left: $F(V) = \dot V$ at $I = 0$. The equilibria (`nr.analysis.fixed_points`, Newton's method
# from 33 starts, each classified by its eigenvalue $F'(V^*)$; filled: stable) split the line
# into intervals where $V$ rises (F > 0, arrow right) or falls: the rest state near −53 mV, the
# threshold near −40 mV and the excited state near +31 mV. Right: one `nr.simulate` run from 17
# starting voltages (the vector field is elementwise), RK4 with step 0.05 ms: every start below
# the threshold relaxes to rest, every start above it to the excited state — the phase line
# predicts the fate of every trajectory.

# %%
V_grid = np.linspace(-100.0, 60.0, 16001)
equilibria = nr.analysis.fixed_points(inap, State(V=jnp.linspace(-100.0, 60.0, 33)), neuron)
V_star = equilibria.flat[:, 0]
sign_changes = int(np.sum(np.diff(np.sign(neuron.I - I_inf(V_grid, neuron))) != 0))
step = nr.make_step(inap, "rk4", input="I")
V_starts = np.linspace(-100.0, 60.0, 17)
relax = nr.simulate(step, State(V=jnp.asarray(V_starts)), neuron, dt=dt, n_steps=1000, save=lambda y: y.V)
missed_end = np.max(np.abs(np.asarray(relax.state.V) - np.where(V_starts < V_star[1], V_star[0], V_star[2])))
print(", ".join(f"V* = {v:.4f} mV ({kind}, F' = {lam.real:+.4f}/ms)"
                for v, kind, lam in zip(V_star, equilibria.kind, equilibria.eigenvalues[:, 0])))

fig, (ax_line, ax_time) = plt.subplots(1, 2, figsize=(12, 4))
ax_line.plot(V_grid, (neuron.I - I_inf(V_grid, neuron)) / C, "k")
ax_line.axhline(0.0, color="0.6", lw=0.8)
for v, stable in zip(V_star, equilibria.stable):
    ax_line.plot(v, 0.0, "o", ms=9, mfc="k" if stable else "w", mec="k")
for v in (-90.0, -46.0, 0.0, 50.0):  # direction of the flow between the equilibria
    ax_line.annotate("", (v + 5 * np.sign(-I_inf(v, neuron)), 0), (v, 0), arrowprops={"arrowstyle": "-|>"})
ax_line.set(xlabel="V (mV)", ylabel="F(V) = dV/dt (mV/ms)", ylim=(-5, 5),
            title="phase line at I = 0: rest, threshold, excited state")
ax_time.plot(relax.t, np.asarray(relax.saved), "k", lw=0.8)
ax_time.axhline(V_star[1], color="tab:red", ls="--", lw=0.8, label="threshold (unstable)")
ax_time.set(xlabel="time (ms)", ylabel="V (mV)", title="trajectories from 17 starts")
ax_time.legend(frameon=False)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Codimension 1: the normal forms
#
# `nr.analysis.continuation` follows a branch of equilibria by pseudo-arclength (it goes round
# folds), returns the eigenvalue at every point (here the one eigenvalue $f'(x^*)$) and locates
# by bisection the folds, where the branch turns back in the parameter, and the *branch points*,
# where two branches cross and exchange stability without a fold (transcritical, pitchfork):
# there the determinant of the augmented Jacobian $[\partial f/\partial(x, r);\ \tau^\top]$
# changes sign. Solid: stable, dashed: unstable, red: the folds, blue: the branch points
# reported; wide grey band underneath: the closed-form equilibria $x^* = \pm\sqrt{-r}$ (saddle-node), $0$ and
# $r$ (transcritical), $0$ and $\pm\sqrt r$ (pitchfork), $0$ and
# $x^2 = (1 \pm \sqrt{1 + 4r})/2$ (subcritical pitchfork). The subcritical pitchfork's outer
# branches fold back at $r_s$, where $r = x^4 - x^2$ has its minimum, $x^2 = 1/2$,
# $r_s = -1/4$: for $r_s < r < 0$ the origin and the large states are both stable, and the
# state jumps at $r = 0$ going up but only at $r_s$ coming back (hysteresis). (Where the
# pitchfork's parabola meets the trivial branch the continuation reports a turning point, but
# the branch point is singular and it locates it only to ~1e-6.)

# %%
forms = {  # name: (coefficients, [(x0, r0, r_stop) of each branch], closed-form equilibria x*(r))
    "saddle-node  ẋ = r + x²": (NormalForm(a=1.0, c2=1.0), [(-1.2, -1.44, 1.0)],
                                 lambda r: [-np.sqrt(-r), np.sqrt(-r)]),
    "transcritical  ẋ = rx − x²": (NormalForm(b=1.0, c2=-1.0), [(0.0, -1.0, 1.1), (-1.0, -1.0, 1.1)],
                                   lambda r: [0 * r, r]),
    "supercritical pitchfork  ẋ = rx − x³": (NormalForm(b=1.0, c3=-1.0), [(0.0, -1.0, 1.1), (1.1, 1.0, -1.0)],
                                            lambda r: [0 * r, np.sqrt(r), -np.sqrt(r)]),
    "subcritical pitchfork  ẋ = rx + x³ − x⁵": (
        NormalForm(b=1.0, c3=1.0, c5=-1.0), [(0.0, -1.0, 1.1), (1.3, 1.0, -1.0)],
        lambda r: [0 * r] + [s * np.sqrt(0.5 + q * np.sqrt(0.25 + r)) for s in (1, -1) for q in (1, -1)]),
}
branches, off_closed_form, exchanges = {}, 0.0, []
r_grid = np.linspace(-1.0, 1.0, 401)
fig, axes = plt.subplots(1, 4, figsize=(17, 4.2))
with np.errstate(invalid="ignore"):  # the closed forms are NaN where an equilibrium does not exist
    for ax, (name, (form, starts, closed)) in zip(axes, forms.items()):
        for x_closed in closed(r_grid):
            ax.plot(r_grid, x_closed, color="0.75", lw=4)
        for x0, r0, stop in starts:
            b = nr.analysis.continuation(normal_form, jnp.array(x0), form._replace(p=r0), "p", stop,
                                         step=0.05, max_step=0.1)
            branches[name] = branches.get(name, []) + [b]
            x_closed = np.array(closed(b.parameter))
            off_closed_form = max(off_closed_form, np.nanmin(np.abs(x_closed - b.y[:, 0]), axis=0).max())
            if r0 < 0:  # the branches that cross at the origin (a pitchfork's parabola only ends there)
                exchanges += [f.parameter for f in b.bifurcations if f.kind == "branch"]
            draw_branch(ax, b, lw=1.5)
        ax.set(xlim=(-1, 1), ylim=(-1.3, 1.3), xlabel="r", ylabel="x*", title=name)
fig.tight_layout()
plt.show()
fold_sn = branches["saddle-node  ẋ = r + x²"][0].bifurcations[0]
folds_sub = [f for f in branches["subcritical pitchfork  ẋ = rx + x³ − x⁵"][1].bifurcations
             if f.kind == "fold" and abs(f.y[0]) > 0.1]  # the two folds at r_s (not the turning point at the branch point)

# %% [markdown]
# ## Codimension 2: the cusp
#
# $\dot x = h + rx - x^3$. At a fold $f = 0$ and $f_x = r - 3x^2 = 0$: $x = \pm\sqrt{r/3}$ and
# $h = \mp 2(r/3)^{3/2}$, i.e. $27h^2 = 4r^3$, two curves that exist for $r > 0$ only and meet
# at the cusp point $(r, h) = (0, 0)$. Inside the wedge $27h^2 < 4r^3$ there are three
# equilibria (two stable), outside one. We find the folds the way a continuation package would
# without knowing the closed form: follow the equilibria in $h$ from −3 to 3 at seven positive
# values of $r$, with the same compiled continuation as above, and collect the folds it reports (left,
# dots) — at $r = -0.5$ the branch is monotonic and has none.
#
# **Hysteresis and the slow-passage delay.** Right: at $r = 1$, one `nr.simulate` run in which
# $h$ rises slowly from −1 to 1 and falls back (an input stream replacing $h$ at every step,
# `make_step(..., input="p")`, $\dot h = \mu = 10^{-3}$). The state stays on its branch past the
# fold and jumps only when the branch has gone, so up and down jumps happen at different $h$.
# It even overshoots the fold, by a definite amount: near a fold, with the parameter $\mu t$
# past it, $C\dot x \approx \mu t + a\,(x - x_f)^2$ ($a = |f_{xx}|/2$; $C = 1$ for the cusp,
# the capacitance for the neuron); rescaling $t$ by $(C^2/a\mu)^{1/3}$ and $x$ accordingly gives
# the Riccati equation $X' = T + X^2$, whose solution that follows the stable branch from
# $T = -\infty$, $X = \mathrm{Ai}'(-T)/\mathrm{Ai}(-T)$, blows up at the first zero of the Airy
# function, $T = 2.3381$. The jump therefore comes
# $\Delta = 2.3381\,(C^2\mu^2/a)^{1/3}$ past the fold ($C = 1$ here, $a = \sqrt{3r}$). We take the
# jump where $x$ crosses 0 (`nr.measures.threshold_crossings`), $|x_f| = 0.58$ from the fold,
# about $1/(a|x_f|) = 1$ time unit (5 % of the delay) before the normal form blows up, and the
# cubic term on the passage scale changes the delay by about 4 %: we allow 10 %.

# %%
def ramp_jumps(step, y0, args, low, high, level, variable=lambda y: y):
    # one run up a slow linear ramp from low to high and back; the ramp's value where the state
    # first crosses `level` upwards (on the way up) and downwards (on the way down)
    n = int(round(ramp_duration / dt))
    ramp = np.concatenate([np.linspace(low, high, n), np.linspace(high, low, n)])
    run = nr.simulate(step, y0, args, dt=dt, inputs=jnp.asarray(ramp), save=variable)
    x, t = np.asarray(run.saved), np.asarray(run.t)
    up = nr.measures.threshold_crossings(x, t, level, interpolate=True)[0]
    down = nr.measures.threshold_crossings(-x, t, -level, interpolate=True)[0]
    return ramp, x, np.interp(up, t, ramp), np.interp(down, t, ramp)


def slow_passage_delay(a, C, mu):  # how far past a fold a slow ramp jumps (leading order)
    return -ai_zeros(1)[0][0] * (C**2 * mu**2 / a) ** (1 / 3)


r_values = np.array([-0.5, 0.25, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
cusp = NormalForm(a=1.0, c3=-1.0)  # ẋ = h + r x − x³: p = h, c1 = r
cusp_branches = {r: nr.analysis.continuation(normal_form, jnp.array(-2.5), cusp._replace(p=-3.0, c1=float(r)), "p",
                                              3.0, step=0.05, max_step=0.2) for r in r_values}
cusp_folds = np.array([(r, f.parameter) for r, b in cusp_branches.items() for f in b.bifurcations])
cusp_residual = np.max(np.abs(27 * cusp_folds[:, 1] ** 2 / (4 * cusp_folds[:, 0] ** 3) - 1))
h_ramp, x_ramp, h_up, h_down = ramp_jumps(nr.make_step(normal_form, "rk4", input="p"), jnp.array(-1.2),
                                          cusp._replace(c1=r_hysteresis), -1.0, 1.0, 0.0)
h_fold = 2 * (r_hysteresis / 3) ** 1.5
cusp_delay = slow_passage_delay(np.sqrt(3 * r_hysteresis), 1.0, 2.0 / ramp_duration)
print(f"{len(cusp_folds)} folds at r = {', '.join(f'{r:g}' for r in sorted(set(cusp_folds[:, 0])))}; "
      f"largest |27h² − 4r³|/4r³ = {cusp_residual:.1e}")
print(f"r = {r_hysteresis:g}: folds at h = ±{h_fold:.4f}; ramp jumps up at h = {h_up:.4f}, down at h = "
      f"{h_down:.4f}; slow-passage delay predicted {cusp_delay:.4f}")

fig, (ax_wedge, ax_loop) = plt.subplots(1, 2, figsize=(12, 4.5))
r_line = np.linspace(0.0, 3.2, 200)
h_line = 2 * (r_line / 3) ** 1.5
ax_wedge.fill_between(r_line, -h_line, h_line, color="0.9", label="bistable: 3 equilibria")
ax_wedge.plot(np.r_[r_line[::-1], r_line], np.r_[-h_line[::-1], h_line], "k-", lw=1, label="27h² = 4r³")
ax_wedge.plot(cusp_folds[:, 0], cusp_folds[:, 1], "o", color="tab:red", label="folds found by continuation")
ax_wedge.plot(0, 0, "k*", ms=12, label="cusp point")
ax_wedge.set(xlabel="r", ylabel="h", title="cusp: fold curves in the (r, h) plane")
ax_wedge.legend(frameon=False, loc="upper left")
draw_branch(ax_loop, cusp_branches[r_hysteresis])
ax_loop.plot(h_ramp, x_ramp, color="tab:blue", lw=1, label="slow ramp of h, up and back")
for h_f in (h_fold, -h_fold):
    ax_loop.axvline(h_f, color="tab:red", ls=":", lw=0.8)
ax_loop.set(xlim=(-1, 1), xlabel="h", ylabel="x", title=f"hysteresis at r = {r_hysteresis:g}")
ax_loop.legend(frameon=False, loc="upper left")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## The $I_\mathrm{Na,p}$ model: two saddle-node bifurcations and bistability
#
# The branch of equilibria, continued in $I$ from −1100 pA (where the rest state is alone) to
# 100 pA, is the I–V curve $I_\infty$ read sideways: it folds twice. At $I_\mathrm{sn} \approx
# 16$ pA the rest state and the threshold merge and vanish: above it the membrane can only go
# to the excited state — in this one-dimensional model the rheobase, the smallest dc current
# that makes the neuron leave rest, *is* the saddle-node current. At $I \approx -890$ pA the
# threshold and the excited state merge, and below it the neuron can only rest. In between
# rest and excitation coexist (bistability); the panels show the phase lines at the currents
# of the book's Fig. 3.33 (−1000, −890, −400 pA) and at $I_\mathrm{sn}$. The closed form:
# Newton's method (`nr.analysis.newton`) on $I_\infty'(V) = 0$, the derivative by `jax.grad`.
# The ramp (right) runs from −1000 to 100 pA in 2 s and back ($\mu = 0.55$ pA/ms); the jumps
# are taken where $V$ crosses −20 mV and compared with the slow-passage delay, $a =
# |I_\infty''(V_f)|/2$ at each fold. The law gives the blow-up of the normal form; $V$ crosses
# −20 mV, 26 mV from the fold, about $C/(26a)$ earlier (0.9 ms and 0.3 ms: 5 % and 2 % of the
# two delays), and the cubic term of $I_\infty$ on the passage scale changes the delay by about
# 3 % and 1 %; we allow 10 % and find the jumps 6.5 % and 0.7 % short of the law.

# %%
branch = nr.analysis.continuation(inap, State(V=jnp.array(-120.0)), neuron._replace(I=-1100.0), "I", 100.0,
                                  step=10.0, max_step=40.0)
fold_rest, fold_excited = folds_I = sorted(branch.bifurcations, key=lambda f: -f.parameter)
V_fold_closed = [nr.analysis.newton(lambda z, p: jnp.atleast_1d(dI_inf(z[0], p)), jnp.array([f.y[0] + 1]),
                                    neuron, 1e-12, 50)[0][0] for f in folds_I]  # I∞' = 0
I_fold_closed = [float(I_inf(V, neuron)) for V in V_fold_closed]
phase_lines = {I_: nr.analysis.fixed_points(inap, State(V=jnp.linspace(-130.0, 60.0, 39)),
                                            neuron._replace(I=I_)) for I_ in (-1000.0, -400.0)}
I_ramp, V_ramp, I_up, I_down = ramp_jumps(step, State(V=jnp.array(-110.0)), neuron, I_ramp_low, I_ramp_high,
                                          -20.0, variable=lambda y: y.V)
mu = (I_ramp_high - I_ramp_low) / ramp_duration  # the ramp's speed [pA/ms]
delay_up, delay_down = (slow_passage_delay(abs(float(d2I_inf(f.y[0], neuron))) / 2, C, mu) for f in folds_I)
print(f"folds (I, V) = {[(round(f.parameter, 6), round(float(f.y[0]), 4)) for f in folds_I]}; the ramp jumps "
      f"up at I = {I_up:.2f} pA (predicted {fold_rest.parameter + delay_up:.2f}), down at {I_down:.2f} pA "
      f"(predicted {fold_excited.parameter - delay_down:.2f})")

fig, (ax_lines, ax_branch) = plt.subplots(1, 2, figsize=(13, 4.8))
V_wide = np.linspace(-130.0, 50.0, 1801)
for I_, color in ((-1000.0, "tab:blue"), (fold_excited.parameter, "tab:purple"), (-400.0, "k"),
                  (fold_rest.parameter, "tab:red")):
    ax_lines.plot(V_wide, (I_ - I_inf(V_wide, neuron)) / C, color=color, label=f"I = {I_:.0f} pA")
ax_lines.axhline(0.0, color="0.6", lw=0.8)
ax_lines.set(ylim=(-60, 60), xlabel="V (mV)", ylabel="F(V) (mV/ms)", title="phase lines as I changes")
ax_lines.legend(frameon=False)
draw_branch(ax_branch, branch, lw=1.5)
ax_branch.plot(I_ramp, V_ramp, color="tab:blue", lw=1, label="slow ramp of I, up and back")
ax_branch.set(xlim=(-1100, 100), xlabel="I (pA)", ylabel="V (mV)",
              title="bifurcation diagram: rest, threshold, excited state; hysteresis")
ax_branch.legend(frameon=False, loc="center left")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Replication check
#
# **Sources of the secondary values.** `ianwineman/dynamical-systems-neuro`, Pluto notebooks
# named after the book's figures: `notebooks/fig3_30.jl` (the rest and threshold branches drawn
# from $I = 0$ to 16 and a "saddle-node (fold) bifurcation" marked at $I = 16$),
# `notebooks/fig3_31.jl` (the I–V relation with the levels $I = 16$ and $I = -100$),
# `fig3_32.jl` (the bifurcation diagram with the folds marked at $I = 16$ and $I \approx -888$,
# sample currents −960, −890, −820, −54, 16, 86) and `fig3_33.jl` (the three panels
# "bistability" at $I = -400$ — rest, threshold, excited —, "bifurcation" at $I = -890$,
# "monostability" at $I = -1000$); and the lecture notes of N. Mohammed, "Quadratic
# Integrate-and-Fire Neuron" (nasser-mohammed.github.io, Neuronal Dynamics notes): "At
# $I = 16$, the two leftmost fixed points merge and annihilate in a saddle-node bifurcation".
# The currents are given to the unit: we allow half a unit. The parameters (C = 10, g_L = 19,
# E_L = −67, g_Na = 74, V_1/2 = 1.5, k = 16, E_Na = 60) are printed alike by these notebooks, by
# Mohammed's note and by three course scripts on the model that a text search of public code
# finds (two in MATLAB, one in Python, the latter naming the book's Figs. 3.5–3.6). A course page
# of the University of Amsterdam (uva.sowiso.nl, "stability analysis of a 1-dimensional neuron
# model") prints $g_L = 10$ mS with the other values unchanged; with $g_L = 10$ the folds would
# lie at $I \approx -116$ and $-1561$ pA, not at the currents of the figures, so we take it for a
# misprint.

# %%
wineman = "ianwineman/dynamical-systems-neuro"
claims = [
    claim("I = 0: equilibria found = sign changes of F(V) (rest, threshold, excited)", len(V_star),
          sign_changes, "F(V*) = 0", kind="identity"),
    claim("I = 0: stable where F'(V*) < 0: stable/unstable/stable", list(equilibria.stable) == [True, False, True]
          == list(equilibria.eigenvalues[:, 0].real < 0), True, "1-D flow: sign of f'(x*)", kind="identity"),
    claim("I = 0: 17 trajectories end at the stable state on their side of the threshold: largest miss [mV]",
          missed_end, 0.0, "phase line", kind="identity", abs_tol=1e-6),
    claim("normal forms: continued branches on the closed-form equilibria, largest distance",
          off_closed_form, 0.0, "x*(r) in closed form", kind="identity", abs_tol=1e-8),
    claim("saddle-node ẋ = r + x²: fold at r", fold_sn.parameter, 0.0, "f = f_x = 0", kind="identity",
          abs_tol=1e-9),
    claim(f"transcritical and pitchforks: stability exchange at r (largest |r| of {len(exchanges)})",
          np.max(np.abs(exchanges)), 0.0, "f_x(0) = r", kind="identity", abs_tol=1e-9),
    claim("subcritical pitchfork ẋ = rx + x³ − x⁵: folds at (r, x) = (−1/4, ±1/√2): largest miss",
          max(max(abs(f.parameter + 0.25), abs(abs(f.y[0]) - 0.5**0.5)) for f in folds_sub), 0.0,
          "r = x⁴ − x², minimum at x² = 1/2", kind="identity", abs_tol=1e-8),
    claim("cusp ẋ = h + rx − x³: folds on 27h² = 4r³ (largest relative deviation)", cusp_residual, 0.0,
          "f = f_x = 0", kind="identity", abs_tol=1e-8),
    claim("cusp: folds found (two for each r > 0, none at r = −0.5)", len(cusp_folds), 2 * 7,
          "27h² = 4r³, r > 0", kind="identity"),
    claim("I_Na,p: folds of the continued branch at I∞'(V) = 0, largest |ΔI| [pA]",
          max(abs(f.parameter - I_c) for f, I_c in zip(folds_I, I_fold_closed)), 0.0,
          "det J = −I∞'(V)/C", kind="identity", abs_tol=1e-8),
    claim("I_Na,p ramp: up-jump past the rest fold [pA]", I_up - fold_rest.parameter, delay_up,
          "slow passage: 2.338 (C²μ²/a)^(1/3)", kind="identity", rel_tol=0.1),
    claim("I_Na,p ramp: down-jump past the excited fold [pA]", fold_excited.parameter - I_down, delay_down,
          "slow passage: 2.338 (C²μ²/a)^(1/3)", kind="identity", rel_tol=0.1),
    claim("cusp ramp at r = 1: jump past the folds h = ±2(r/3)^(3/2) (the larger of up, down)",
          max(h_up - h_fold, -h_fold - h_down), cusp_delay, "slow passage: 2.338 (C²μ²/a)^(1/3)",
          kind="identity", rel_tol=0.1),
    claim("I_Na,p: saddle-node (rest state disappears) at I [pA]", fold_rest.parameter, 16.0,
          f"{wineman} (book Figs. 3.30-3.32); Mohammed, QIF notes", kind="secondary", abs_tol=0.5),
    claim("I_Na,p: saddle-node (excited state disappears) at I [pA]", fold_excited.parameter, -890.0,
          f"{wineman} (book Figs. 3.32-3.33)", kind="secondary", abs_tol=0.5),
    claim("I = −400: bistable (rest, threshold, excited)", list(phase_lines[-400.0].stable)
          == [True, False, True], True, f"{wineman} (book Fig. 3.33)", kind="secondary"),
    claim("I = −1000: monostable (rest only)", list(phase_lines[-1000.0].stable) == [True], True,
          f"{wineman} (book Fig. 3.33)", kind="secondary"),
]
report(claims)
