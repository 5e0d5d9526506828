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
# # Izhikevich (2007): the persistent sodium plus potassium model, phase plane and bifurcations
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/analysis/izhikevich_2007_nak_model.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/analysis/izhikevich_2007_nak_model.ipynb)
#
# Izhikevich, E. M. (2007). *Dynamical Systems in Neuroscience: The Geometry of Excitability
# and Bursting*, chapters 4–6. Cambridge, MA: MIT Press. ISBN 978-0-262-09043-8.
# [doi:10.7551/mitpress/2526.001.0001](https://doi.org/10.7551/mitpress/2526.001.0001)
# (the book's record on MIT Press Direct).
#
# Izhikevich's book teaches the geometry of excitability on one small model, the
# $I_\mathrm{Na,p}+I_\mathrm{K}$ model: a leak current, a persistent Na⁺ current whose
# activation is instantaneous, and a slower K⁺ current with one gating variable $n$. Two
# variables, $V$ and $n$, so everything happens in a plane: the nullclines, the equilibria (rest,
# threshold, the unstable centre of a spike), the limit cycle of periodic spiking. Changing only
# where the K⁺ current activates changes how the neuron starts to fire when a constant current
# $I$ is injected. With a **high-threshold** K⁺ current the rest state disappears in a
# saddle-node bifurcation: on the invariant circle when the K⁺ current is slow (the neuron can
# fire arbitrarily slowly, class 1 excitability), off it when the K⁺ current is fast (rest and
# spiking then coexist: bistability). With a **low-threshold** K⁺ current the rest state is a
# focus (a resonator), and it loses stability in an Andronov–Hopf bifurcation: oscillations
# start at a non-zero frequency (here with an amplitude growing from zero, a supercritical
# bifurcation, and without bistability). We recompute these pictures with the toolkit (fixed points, nullclines,
# continuation in $I$, periodic orbits and their Floquet multipliers, f–I curves from one
# vmapped simulation per model) and check each against closed forms derived below.
#
# **Claims reproduced** (kind of evidence in brackets, as in the table at the end)
#
# 1. [identity] The equilibria lie on the steady-state I–V curve, $I = I_\infty(V)$ with
#    $n = n_\infty(V)$; `nr.analysis.fixed_points` finds as many as $I_\infty(V) - I$ has roots
#    (three for the high-threshold model at $I = 0$, one for the low-threshold model).
# 2. [identity] The fold: the branch of equilibria turns where $I_\infty'(V) = 0$ (the determinant
#    of the Jacobian is $I_\infty'(V)/(C\tau)$); the continuation's fold equals the root of
#    $I_\infty'$.
# 3. [identity] The Hopf point: the trace $-\partial_V I_\mathrm{ion}/C - 1/\tau$ vanishes with
#    $I_\infty' > 0$, at the frequency $\omega = \sqrt{I_\infty'(V)/(C\tau)}$; the continuation's
#    Hopf point and frequency equal the closed form.
# 4. [identity] Near a saddle-node on the invariant circle the period grows as
#    $T \simeq A/\sqrt{I - I_\mathrm{sn}}$ with
#    $A = \pi\,(C + \tau\,\partial_V I_\mathrm{ion})/\sqrt{-I_\infty''/2}$ (normal form, derived
#    below); the simulated periods give $A$.
# 5. [identity] Near a supercritical Hopf point the cycle's amplitude grows as
#    $\sqrt{I - I_\mathrm{AH}}$, its frequency tends to $\omega/2\pi$, and its Floquet multiplier
#    is $e^{-2\,\mathrm{Re}\,\lambda\,T}$ ($\lambda$ the eigenvalue of the equilibrium).
# 6. [secondary] The values of the book's worked examples as quoted by a public reproduction of
#    the book (the book's own pages were not accessible to us, see below): the saddle-node of the
#    high-threshold model at $I = 4.51$ with normal-form coefficient $a = 0.1887$ (book p. 163);
#    the Andronov–Hopf point of the low-threshold model at $I = 14.66$, $V = -56.5$ mV,
#    $n = 0.09$ (book p. 172).
# 7. [secondary] The book's qualitative picture as described by two public course materials
#    built on it: slow high-threshold K⁺ current — a saddle-node on the invariant circle and
#    firing at arbitrarily low frequency (class 1); fast high-threshold K⁺ current
#    ($\tau = 0.16$) — a saddle-node off the invariant circle, rest and spiking coexisting;
#    low-threshold K⁺ current — a resonator (a stable focus at rest) that starts to oscillate in
#    an Andronov–Hopf bifurcation. (Whether the book calls this Hopf point super- or
#    subcritical we could not check; that it is supercritical is our result, claims 5.)
#
# **Why no published number.** We could not read the book itself: the search tools we have
# hold none of its pages on this model (only scattered pages of other chapters), and nothing is
# copied here from memory. The parameters and the bifurcation values therefore come from public
# reproductions of the book, and the claims resting on them are labelled secondary:
# `joacorapela/figsResultsAndErrorsFromIzhikevich2007` (code that reproduces the book's figures
# and worked examples, its files named after the book's pages; both parameter sets in
# `src/models/INapIKModel.py`), the BrainPy examples gallery ("[2D] NaK model analysis", citing
# chapter 4; the low-threshold set), the course notebook `abrazhe/nbpc-masters-ru`
# ("Bifurcations in the Ina,p+Ik model"; the high-threshold set) and the lecture script
# `jootten/Neurodynamics-Bifurcations-Introduction` (the qualitative picture). Where they give
# parameters they agree, and all give the low-threshold model $E_L = -78$ mV, not the
# high-threshold model's $-80$ mV: the value that reproduces the quoted Hopf point 14.66 (with
# $-80$ mV it would sit at 30.66, see below). Everything else is checked against closed forms.

# %% tags=["parameters"]
C = 1.0                 # membrane capacitance [μF/cm²]
g_L = 8.0               # leak conductance [mS/cm²]
E_L = -80.0             # leak reversal potential, high-threshold model [mV]
E_L_low = -78.0         # leak reversal potential, low-threshold model [mV]
g_Na = 20.0             # persistent Na+ conductance [mS/cm²]
E_Na = 60.0             # Na+ reversal potential [mV]
g_K = 10.0              # K+ conductance [mS/cm²]
E_K = -90.0             # K+ reversal potential [mV]
V_half_m = -20.0        # half-activation voltage of m∞ [mV]
k_m = 15.0              # slope factor of m∞ [mV]
V_half_n = -25.0        # half-activation voltage of n∞, high-threshold K+ current [mV]
V_half_n_low = -45.0    # half-activation voltage of n∞, low-threshold K+ current [mV]
k_n = 5.0               # slope factor of n∞ [mV]
tau = 1.0               # time constant of n [ms]
tau_fast = 0.16         # time constant of a fast K+ current [ms] (saddle-node off the invariant circle)
I_max = 60.0            # largest injected current of the f–I curves [μA/cm²]
dt = 0.02               # RK4 step [ms]
duration = 3000.0       # runs of the high-threshold f–I sweep [ms]: ≥ 3 spikes at 1e-4 above the fold

# %%
# Installs neurorepro when running on Colab or Kaggle; does nothing locally.
import os
import subprocess
import sys

if "google.colab" in sys.modules or "KAGGLE_KERNEL_RUN_TYPE" in os.environ:
    INSTALL = "neurorepro @ git+https://github.com/neurorepro/neurorepro@main"
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", INSTALL])

# %%
from typing import NamedTuple

import jax

jax.config.update("jax_enable_x64", True)  # folds and Hopf points compared with closed forms to ~1e-10

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams.update({"figure.dpi": 80, "legend.fontsize": 8})

# %% [markdown]
# ## The model
#
# $$C\dot V = I - \underbrace{g_L(V - E_L)}_{I_L}
#   - \underbrace{g_\mathrm{Na}\,m_\infty(V)\,(V - E_\mathrm{Na})}_{I_\mathrm{Na,p}}
#   - \underbrace{g_K\,n\,(V - E_K)}_{I_K}, \qquad \dot n = \frac{n_\infty(V) - n}{\tau},$$
#
# with Boltzmann activation curves $m_\infty(V) = 1/(1 + e^{(V_{1/2,m} - V)/k_m})$ and
# $n_\infty(V) = 1/(1 + e^{(V_{1/2,n} - V)/k_n})$; $C = 1$, $g_L = 8$, $g_\mathrm{Na} = 20$,
# $g_K = 10$, $E_\mathrm{Na} = 60$ mV, $E_K = -90$ mV, $V_{1/2,m} = -20$ mV, $k_m = 15$ mV,
# $k_n = 5$ mV, $\tau = 1$ ms. The high-threshold model has $V_{1/2,n} = -25$ mV and
# $E_L = -80$ mV, the low-threshold one $V_{1/2,n} = -45$ mV and $E_L = -78$ mV. The fast
# variant of the high-threshold model has $\tau = 0.16$ ms.
#
# The equations are written once, as the vector field `nak(t, y, p)` of `State(V, n)` with
# `Params` holding the book's constants; it is integrated by fourth-order Runge–Kutta
# (`nr.make_step(nak, "rk4")`, step 0.02 ms; halving it moves the periods below by < 1e-4 of
# their value), and the same function is handed to the fixed-point finder, the continuation,
# the nullclines and the periodic-orbit solver.
#
# **Closed forms.** At an equilibrium $n = n_\infty(V)$ and $I = I_\infty(V)$, the steady-state
# I–V curve $I_\infty(V) = I_\mathrm{ion}(V, n_\infty(V))$. The Jacobian is
#
# $$J = \begin{pmatrix} -\partial_V I_\mathrm{ion}/C & -g_K(V - E_K)/C \\
#   n_\infty'(V)/\tau & -1/\tau \end{pmatrix},
# \qquad \det J = \frac{I_\infty'(V)}{C\tau},
# \qquad \operatorname{tr} J = -\frac{\partial_V I_\mathrm{ion}}{C} - \frac1\tau,$$
#
# ($\partial_V I_\mathrm{ion}$ at fixed $n$, and $I_\infty' = \partial_V I_\mathrm{ion} +
# g_K(V - E_K)\,n_\infty'$). So an equilibrium is a saddle where $I_\infty$ decreases, the branch
# of equilibria folds (a saddle-node bifurcation) where $I_\infty'(V) = 0$, and a pair of
# eigenvalues crosses the imaginary axis (Andronov–Hopf) where the trace vanishes,
# $\partial_V I_\mathrm{ion} = -C/\tau$, with $I_\infty' > 0$, at the frequency
# $\omega = \sqrt{I_\infty'/(C\tau)}$. The equilibria, and so the folds, do not depend on
# $\tau$; the Hopf points do. Shifting $E_L$ by $\Delta$ shifts $I_\infty$ by $-g_L\Delta$: with
# $E_L = -80$ mV the low-threshold model's Hopf point would move up by $2 g_L = 16$.

# %%
class State(NamedTuple):
    V: jax.Array  # membrane potential [mV]
    n: jax.Array  # activation of the K+ current


Params = NamedTuple("Params", [(name, float) for name in
                               "C I E_L g_L g_Na E_Na g_K E_K V_half_m k_m V_half_n k_n tau".split()])


def boltzmann(V, V_half, k):
    return 1.0 / (1.0 + jnp.exp((V_half - V) / k))


def I_ion(V, n, p):  # leak, instantaneous persistent Na+ and K+ currents [μA/cm²]
    return (p.g_L * (V - p.E_L) + p.g_Na * boltzmann(V, p.V_half_m, p.k_m) * (V - p.E_Na)
            + p.g_K * n * (V - p.E_K))


def nak(t, y, p):
    return State(V=(p.I - I_ion(y.V, y.n, p)) / p.C, n=(boltzmann(y.V, p.V_half_n, p.k_n) - y.n) / p.tau)


@jax.jit
def I_inf(V, p):  # steady-state I–V curve: the current that holds the membrane at V (with n = n∞(V))
    return I_ion(V, boltzmann(V, p.V_half_n, p.k_n), p)


# derivatives by automatic differentiation: I∞'(V), I∞''(V), and ∂I_ion/∂V at fixed n
dI_inf, d2I_inf, dI_ion_dV = (jax.jit(f) for f in (jax.grad(I_inf), jax.grad(jax.grad(I_inf)), jax.grad(I_ion)))


def fold_condition(z, p):  # det J = 0
    return jnp.atleast_1d(dI_inf(z[0], p))


def hopf_condition(z, p):  # tr J = 0, on the n-nullcline
    return jnp.atleast_1d(dI_ion_dV(z[0], boltzmann(z[0], p.V_half_n, p.k_n), p) + p.C / p.tau)


def on_nullcline(V, p):  # states on the n-nullcline at the voltages V
    return State(jnp.asarray(V, float), boltzmann(jnp.asarray(V, float), p.V_half_n, p.k_n))


high = Params(C, 0.0, E_L, g_L, g_Na, E_Na, g_K, E_K, V_half_m, k_m, V_half_n, k_n, tau)
low, fast = high._replace(E_L=E_L_low, V_half_n=V_half_n_low), high._replace(tau=tau_fast)
step = nr.make_step(nak, "rk4")
record = {"V": nr.StateMonitor("V"), "n": nr.StateMonitor("n")}
BY_CURRENT = Params(*[0 if name == "I" else None for name in Params._fields])  # sweeps: one run per current


# one run per current (and start), recording V; every sweep below has 38 runs and lasts a whole number of
# the runner's chunks (10 000 steps, 200 ms), so one compiled chunk serves them all
def sweep(p, starts, currents, duration):
    return nr.sweep(step, starts, p._replace(I=np.asarray(currents, float)), duration=duration, dt=dt,
                    monitors={"V": record["V"]}, batch_state=True, param_axes=BY_CURRENT, progress=False)


def copies(y, count=38):
    return State(*[jnp.full(count, float(x)) for x in y])


# %% [markdown]
# ## Phase portraits: high- and low-threshold K⁺ current
#
# `nr.analysis.fixed_points` runs Newton's method from 23 starts along the n-nullcline and
# classifies each equilibrium by its eigenvalues; `nr.plots.phase_plane` draws the flow, the
# V-nullcline (solid, N-shaped) and the n-nullcline (dashed, the sigmoid $n_\infty$) and the
# equilibria (filled: stable). Black: trajectories of one `nr.run` from four starts (the vector
# field is elementwise). Left, $I = 0$: the high-threshold model has three equilibria — the rest
# state (a stable node), the threshold (a saddle) and an unstable focus inside the spike — and
# a start beyond the saddle's stable manifold fires one spike before the neuron returns to rest.
# The low-threshold model has one equilibrium, a stable focus: it answers a perturbation with
# damped oscillations, the signature of a resonator. Right, above their bifurcations ($I = 10$
# and $40$): both fire periodically around an unstable focus.

# %%
newton_starts = jnp.linspace(-90.0, 20.0, 23)
kicks = State(V=jnp.array([-62.0, -50.0, -20.0, 10.0]), n=jnp.array([0.0, 0.0, 0.6, 0.3]))
V_grid = np.linspace(-100.0, 60.0, 16001)
portraits, roots, off_curve = {}, {}, {}
fig, axes = plt.subplots(2, 2, figsize=(12, 9))
for row, (name, p, currents) in enumerate([("high-threshold", high, (0.0, 10.0)),
                                           ("low-threshold", low, (0.0, 40.0))]):
    for ax, I in zip(axes[row], currents):
        p_I = p._replace(I=I)
        portraits[name, I] = fp = nr.analysis.fixed_points(nak, on_nullcline(newton_starts, p), p_I)
        roots[name, I] = int(np.sum(np.diff(np.sign(I_inf(V_grid, p_I) - I)) != 0))  # sign changes
        off_curve[name, I] = max(np.abs(I_inf(fp.flat[:, 0], p_I) - I).max(),
                                 np.abs(fp.flat[:, 1] - boltzmann(fp.flat[:, 0], p.V_half_n, p.k_n)).max())
        paths = nr.run(step, kicks, p_I, duration=30.0, dt=dt, monitors=record, progress=False)
        trajectories = np.stack([paths["V"].values, paths["n"].values], axis=-1).transpose(1, 0, 2)
        nr.plots.phase_plane(nak, on_nullcline(-60.0, p), p_I, (-90.0, 20.0), (-0.05, 0.8), ax, fixed_points=fp,
                             trajectories=trajectories, labels=("V", "n"))
        ax.set_title(f"{name}, I = {I:g}: " + ", ".join(fp.kind), fontsize=10)
axes[0, 0].legend(frameon=False, loc="upper left")
fig.suptitle("Phase portraits of the $I_{Na,p}+I_K$ model (V in mV; filled: stable equilibrium)")
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Bifurcations of the rest state in the injected current
#
# `nr.analysis.continuation` follows the equilibria as $I$ changes, by pseudo-arclength (so it
# goes round folds), with the eigenvalues at every point, and locates by bisection the folds
# (where the branch turns back in $I$) and the Hopf points (where a complex pair crosses the
# imaginary axis). The high-threshold branch is followed from $I = -100$ (where the rest state
# is the only equilibrium) to $I = 60$, the low-threshold branch from 0 to 60. The closed forms
# are solved by Newton's method (`nr.analysis.newton`) on $I_\infty'(V) = 0$ and on
# $\partial_V I_\mathrm{ion} + C/\tau = 0$, the derivatives taken by `jax.grad`.

# %%
branch_high = nr.analysis.continuation(nak, on_nullcline(-75.0, high), high._replace(I=-100.0), "I", 60.0,
                                       step=0.5, max_step=1.0)
branch_low = nr.analysis.continuation(nak, on_nullcline(-70.0, low), low, "I", 60.0, step=0.5, max_step=1.0)
folds = sorted((b for b in branch_high.bifurcations if b.kind == "fold"), key=lambda b: -b.parameter)
hopfs_high = [b for b in branch_high.bifurcations if b.kind == "hopf"]
folds_low = [b for b in branch_low.bifurcations if b.kind == "fold"]
(hopf,) = [b for b in branch_low.bifurcations if b.kind == "hopf"]
I_sn, V_sn, I_AH, V_AH, omega_AH = folds[0].parameter, folds[0].y[0], hopf.parameter, hopf.y[0], hopf.frequency

V_fold_closed = float(nr.analysis.newton(fold_condition, jnp.array([-60.0]), high, 1e-12, 50)[0][0])
V_hopf_closed = float(nr.analysis.newton(hopf_condition, jnp.array([-55.0]), low, 1e-12, 50)[0][0])
I_fold_closed, I_hopf_closed = float(I_inf(V_fold_closed, high)), float(I_inf(V_hopf_closed, low))
omega_closed = float(np.sqrt(dI_inf(V_hopf_closed, low) / (low.C * low.tau)))
print("high-threshold folds: " + ", ".join(f"I = {b.parameter:.10f} (V = {b.y[0]:.4f} mV)" for b in folds)
      + f"; closed form: I = {I_fold_closed:.10f} (V = {V_fold_closed:.4f} mV); Hopf points: {len(hopfs_high)}")
print(f"low-threshold Hopf point: I = {I_AH:.10f}, V = {V_AH:.4f} mV, n = {hopf.y[1]:.4f}, ω/2π = "
      f"{omega_AH * 1e3 / (2 * np.pi):.3f} Hz (folds: {len(folds_low)}); closed form: I = "
      f"{I_hopf_closed:.10f}, V = {V_hopf_closed:.4f} mV, ω/2π = {omega_closed * 1e3 / (2 * np.pi):.3f} Hz")

# %% [markdown]
# The rest state of the high-threshold model meets the saddle at $I_\mathrm{sn} \approx 4.513$
# and both disappear (the second fold, at negative current, joins the saddle to the upper
# equilibrium, an unstable focus for every current shown). The rest state of the low-threshold
# model never folds: it loses stability at $I_\mathrm{AH} \approx 14.659$ through a pair of
# eigenvalues $\pm i\omega$, $\omega/2\pi \approx 340$ Hz.
#
# ## Saddle-node on the invariant circle: firing at arbitrarily low frequency
#
# What happens past the fold depends on the global phase portrait. With the slow K⁺ current
# ($\tau = 1$) the saddle and the node sit on a closed invariant curve — the unstable manifold
# of the saddle returns to the node — and when they merge the curve becomes a limit cycle of
# very long period: the trajectory creeps through the "ghost" of the saddle-node. Reduced to the
# centre manifold, the dynamics there is the normal form $\dot x = \alpha\,(I - I_\mathrm{sn}) +
# \beta x^2$, whose passage takes $\pi/\sqrt{\alpha\beta(I - I_\mathrm{sn})}$. With the right
# and left null vectors of $J$ at the fold, $v = (1, n_\infty')$ and $w \propto (1, -\tau g_K
# (V - E_K)/C)$ normalised to $w\cdot v = 1$, the projections are $\alpha = w_1/C$ and
# $\beta = -w_1 I_\infty''/(2C)$ with $w_1 = C/(C + \tau\,\partial_V I_\mathrm{ion})$, so
#
# $$T\,\sqrt{I - I_\mathrm{sn}} \;\to\;
#   A = \frac{\pi\,(C + \tau\,\partial_V I_\mathrm{ion})}{\sqrt{-I_\infty''(V_\mathrm{sn})/2}}
# \qquad (I \downarrow I_\mathrm{sn}).$$
#
# The book's one-dimensional normal form of this example,
# $\dot V = c\,(I - I_\mathrm{sn}) + a\,(V - V_\mathrm{sn})^2$, is the limit $\tau \to 0$
# (instantaneous K⁺): $c = 1/C$, $a = -I_\infty''(V_\mathrm{sn})/(2C)$.
#
# One `nr.sweep` (one compiled, vmapped run) simulates the high-threshold model at 31 currents
# from 0 to 60 and at 7 currents $10^{-4}$ to $10^{-1}$ above the fold, for 3 s each, all from
# the saddle-node point; the period is the last interspike interval (upward crossings of
# −20 mV, `nr.measures.spike_times`). $A$ is the intercept of $T\sqrt{I - I_\mathrm{sn}}$
# against $\sqrt{I - I_\mathrm{sn}}$ (the next term of the expansion) over the three currents
# closest to the fold; the term after that is of order $I - I_\mathrm{sn} \le 10^{-3}$, so we
# allow a relative 1e-3.

# %%
# spikes per second from the last interspike interval of each run (0 with < 3 spikes after `after`)
def frequencies(run, threshold, after=0.0):
    spikes = [s[s > after] for s in (nr.measures.spike_times(V, run["V"].t, threshold, interpolate=True)
                                     for V in run["V"].values)]
    return np.array([1e3 / (s[-1] - s[-2]) if len(s) >= 3 else 0.0 for s in spikes])


epsilon = np.logspace(-4.0, -1.0, 7)
currents_high = np.concatenate([I_sn + epsilon, np.linspace(0.0, I_max, 31)])
snic_run = sweep(high, copies(folds[0].y), currents_high, duration)
f_high = frequencies(snic_run, -20.0)
period_near = 1e3 / f_high[: len(epsilon)]
slope, A_fit = np.polyfit(np.sqrt(epsilon[:3]), period_near[:3] * np.sqrt(epsilon[:3]), 1)
a_normal_form = -float(d2I_inf(V_sn, high)) / (2 * high.C)
A_closed = np.pi * (C + tau * float(dI_ion_dV(V_sn, folds[0].y[1], high))) / np.sqrt(C * a_normal_form)
print("\n".join(f"I − I_sn = {e:.1e}: period {T:9.3f} ms, T·√(I − I_sn) = {T * np.sqrt(e):.4f}"
                for e, T in zip(epsilon, period_near)))
print(f"fitted A = {A_fit:.5f}, closed form A = {A_closed:.5f}; a = −I∞''/2C = {a_normal_form:.5f}; "
      f"frequency at I = {I_max:g}: {f_high[-1]:.1f} Hz")

# %% [markdown]
# ## Saddle-node off the invariant circle: bistability with a fast K⁺ current
#
# With $\tau = 0.16$ ms the equilibria and the fold are the same (they do not depend on
# $\tau$), but the K⁺ current now catches the upstroke early, and the spike is a small, fast
# cycle that no longer passes through the saddle: the invariant circle is broken, and spiking
# and rest coexist below the fold. A first sweep carries 38 copies of the saddle-node point
# onto the spiking cycle at $I = 5$ (200 ms); a second runs the fast model at 18 currents from
# 2.5 to 5 and at $I_\mathrm{sn}$ itself, each from the saddle-node point and from the cycle,
# for 400 ms, and counts spikes (crossings of −30 mV) in the last 200 ms.

# %%
currents_fast = np.append(np.linspace(2.5, 5.0, 18), I_sn)
half = len(currents_fast)
warm = sweep(fast, copies(folds[0].y), np.full(2 * half, 5.0), 200.0)
two_starts = jax.tree.map(lambda at_fold, on_cycle: jnp.concatenate([at_fold[:half], on_cycle[half:]]),
                          copies(folds[0].y), warm.state)
fast_run = sweep(fast, two_starts, np.tile(currents_fast, 2), 400.0)
f_fast_rest, f_fast_cycle = frequencies(fast_run, -30.0, after=200.0).reshape(2, -1)
bistable = (currents_fast < I_sn) & (f_fast_rest == 0) & (f_fast_cycle > 0)
print(f"bistable for I in [{currents_fast[bistable].min():.2f}, {currents_fast[bistable].max():.2f}]; "
      f"at the fold, started on the cycle: {f_fast_cycle[-1]:.1f} Hz")

# %% [markdown]
# The fast model fires at ≈ 510 Hz at the fold itself — a cycle of finite period where the
# rest state disappears, so the saddle-node is off the cycle — and keeps firing when the current
# is lowered to about 3.2, well below the fold, where the cycle itself disappears (in a
# bifurcation of the cycle, which we do not locate); from rest it starts only past the fold.
#
# ## Andronov–Hopf bifurcation of the low-threshold model
#
# One sweep runs the low-threshold model at 31 currents from 0 to 60 and at
# $I_\mathrm{AH} + \delta$, $\delta = 0.125, 0.25, \dots, 8$, from a point 1 mV above the Hopf
# equilibrium: 1 s to settle and 200 ms of record, whose maxima (`nr.measures.peaks`) give the
# frequency of the runs that oscillate by more than 1 μV. Near a supercritical Hopf point the
# normal form $\dot z = (\mu + i\omega)z - \ell |z|^2 z$ ($\ell > 0$) has a stable cycle of
# radius $\sqrt{\mu/\ell}$, with $\mu = \mathrm{Re}\,\lambda \propto I - I_\mathrm{AH}$: the
# amplitude grows as $\sqrt{I - I_\mathrm{AH}}$ (the ratio at $\delta = 1$ and $0.125$ is
# $\sqrt 8$), the frequency starts at $\omega/2\pi$, and the cycle's non-trivial Floquet
# multiplier is $e^{-2\mu T}$. `nr.analysis.periodic_orbit` (shooting with Newton's method)
# refines the cycle at $\delta = 0.125$ and gives its multipliers; $\lambda$ comes from
# `nr.analysis.fixed_points` at the same current. The corrections to all three are of order
# $\delta$: we allow 2 % (amplitude ratio, exponent of the multiplier) and 0.5 % (frequency).
# A small stable cycle that grows from zero past the Hopf point is what makes the bifurcation
# supercritical; at a subcritical one an unstable cycle would shrink onto the equilibrium from
# below $I_\mathrm{AH}$ and the neuron would jump to a large cycle coexisting with rest.

# %%
deltas = 0.125 * 2.0 ** np.arange(7)
currents_low = np.concatenate([I_AH + deltas, np.linspace(0.0, I_max, 31)])
hopf_run = sweep(low, copies([V_AH + 1.0, hopf.y[1]]), currents_low, 1200.0)
late = hopf_run["V"].t > 1000.0
V_late = hopf_run["V"].values[:, late]
amplitude = np.ptp(V_late, axis=1)
maxima = [nr.measures.peaks(V, hopf_run["V"].t[late], refine=True).t for V in V_late]
f_low = np.array([(len(t) - 1) * 1e3 / (t[-1] - t[0]) if a > 1e-3 else 0.0 for a, t in zip(amplitude, maxima)])
near_hopf = low._replace(I=float(I_AH + deltas[0]))  # a Python float, like every other I: no recompile
first_state = jax.tree.map(lambda x: x[0], hopf_run.state)  # the run at δ = 0.125, after 1.2 s
hopf_cycle = nr.analysis.periodic_orbit(nak, first_state, 1e3 / f_low[0], near_hopf)
mu_near = nr.analysis.fixed_points(nak, on_nullcline(newton_starts, low), near_hopf).eigenvalues[0, 0].real
for d, a, f in zip(deltas, amplitude, f_low):
    print(f"I = I_AH + {d:5.3f}: amplitude {a:7.4f} mV (/√δ = {a / np.sqrt(d):.4f}), frequency {f:.3f} Hz")
print(f"cycle at δ = {deltas[0]}: converged {hopf_cycle.converged}, period {hopf_cycle.period:.5f} ms, "
      f"multiplier {np.abs(hopf_cycle.multipliers[1]):.6f}; "
      f"exp(−2 Re λ T) = {np.exp(-2 * mu_near * hopf_cycle.period):.6f}")

# %% [markdown]
# ## Bifurcation diagrams and f–I curves
#
# Top: the equilibria against $I$ (solid: stable, dotted: unstable) with the range of $V$ on
# the simulated cycles, and the fast model's two f–I branches. Bottom: the f–I curves of the
# three models; the periods near the fold on log–log axes against the normal-form asymptote
# $A/\sqrt{I - I_\mathrm{sn}}$; the amplitudes past the Hopf point against a line of slope 1/2.
# The slow high-threshold model (class 1) fires from zero frequency; the fast one jumps to a
# high frequency and, started on its cycle, keeps firing below the fold (hysteresis); the
# low-threshold model starts to oscillate at ≈ 340 Hz with an amplitude growing from zero —
# small subthreshold oscillations that grow into spikes between $I \approx 32$ and 36.

# %%
fig, axes = plt.subplots(2, 3, figsize=(16, 9))
diagrams = [(branch_high, snic_run, currents_high, duration / 2, f_high, I_sn, "high-threshold, τ = 1: fold"),
            (branch_low, hopf_run, currents_low, 1000.0, f_low, I_AH, "low-threshold: Hopf point")]
for ax, (branch, run, currents, after, f, mark, name) in zip(axes[0], diagrams):
    for stable, style in ((True, "k-"), (False, "k:")):
        ax.plot(branch.parameter, np.where(branch.stable == stable, branch.y[:, 0], np.nan), style, lw=1.5)
    V_after = run["V"].values[:, run["V"].t > after][f > 0]
    ax.vlines(currents[f > 0], V_after.min(axis=1), V_after.max(axis=1), lw=2, label="cycle: range of V")
    ax.axvline(mark, color="tab:red", ls="--", lw=0.8, label=f"I = {mark:.3f}")
    ax.set(xlim=(-5, I_max), ylim=(-85, 25), xlabel="I (μA/cm²)", ylabel="V (mV)", title=name)
    ax.legend(frameon=False, loc="upper left")
axes[0, 2].plot(currents_fast[:-1], f_fast_cycle[:-1], "^-", label="started on the cycle")
axes[0, 2].plot(currents_fast[:-1], f_fast_rest[:-1], "s-", label="started at rest")
axes[0, 2].axvline(I_sn, color="tab:red", ls="--", lw=0.8, label="fold")
axes[0, 2].set(xlabel="I (μA/cm²)", ylabel="frequency (Hz)", title="high-threshold, τ = 0.16: bistability")
for f, currents, label in ((f_high, currents_high, "high threshold, τ = 1"),
                           (f_fast_rest[:-1], currents_fast[:-1], "high threshold, τ = 0.16, from rest"),
                           (f_low, currents_low, "low threshold")):
    order = np.argsort(currents)
    axes[1, 0].plot(currents[order], f[order], ".-", label=label)
axes[1, 0].set(xlabel="I (μA/cm²)", ylabel="frequency (Hz)", title="f–I curves (simulation)")
axes[1, 1].loglog(epsilon, period_near, "o", label="simulated period")
axes[1, 1].loglog(epsilon, A_closed / np.sqrt(epsilon), "k--", label=f"A/√(I − I_sn), A = {A_closed:.3f}")
axes[1, 1].set(xlabel="I − I_sn (μA/cm²)", ylabel="period (ms)", title="saddle-node on invariant circle")
axes[1, 2].loglog(deltas, amplitude[: len(deltas)], "o", label="simulated amplitude")
axes[1, 2].loglog(deltas, amplitude[0] * np.sqrt(deltas / deltas[0]), "k--", lw=1, label="∝ √(I − I_AH)")
axes[1, 2].set(xlabel="I − I_AH (μA/cm²)", ylabel="peak-to-peak V (mV)", title="supercritical Hopf")
for ax in [axes[0, 2], *axes[1]]:
    ax.legend(frameon=False)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Replication check
#
# **Sources and tolerances.** The secondary values come from
# `joacorapela/figsResultsAndErrorsFromIzhikevich2007`:
# `scripts/ch6/doComputeAnalyticalSolutionNormalFormINapIKExampleP163.py` (the book's p. 163
# example: `i_sn = 4.51`, `a = .1887`, `c = 1`) and
# `scripts/INapIKExamplePage172ConstantsStore.py` (the book's p. 172 example: `iAH = 14.66`,
# `vAH = -56.5`, `nAH = 0.09`); they are compared to half a unit in their last digit. The
# qualitative descriptions come from `abrazhe/nbpc-masters-ru`, notebook "Bifurcations in the
# Ina,p+Ik model" (the high-threshold set "corresponds to SNIC"; with `ntau=0.16`,
# "Saddle-Node off limit cycle") and from `jootten/Neurodynamics-Bifurcations-Introduction`,
# `script.md` §2.3–2.5 (slow high-threshold K⁺: saddle-node on invariant circle, monostable,
# firing that starts at zero frequency; fast K⁺: bistable; Andronov–Hopf neurons: resonators
# with damped subthreshold oscillations). "Firing at arbitrarily low frequency" is checked as:
# $10^{-4}$ above the fold the neuron fires below 1 % of its rate at $I = 60$ (the threshold is
# ours; claim 4, the √ law, quantifies the approach to zero).

# %%
joaco = "joacorapela/figsResultsAndErrorsFromIzhikevich2007"
p163, p172 = f"{joaco}: book p. 163 example", f"{joaco}: book p. 172 example"
abrazhe = "abrazhe/nbpc-masters-ru (INa,p+IK notebook)"
jootten = "jootten/Neurodynamics-Bifurcations-Introduction"
same_count = all(len(fp.flat) == roots[key] for key, fp in portraits.items())
claims = [
    claim("equilibria found = roots of I∞(V) = I (4 phase portraits: 3, 1, 1, 1)", same_count, True,
          "n = n∞(V), I = I∞(V)", kind="identity"),
    claim("equilibria lie on I = I∞(V), n = n∞(V): largest deviation", max(off_curve.values()), 0.0,
          "n = n∞(V), I = I∞(V)", kind="identity", abs_tol=1e-8),
    claim("fold of the high-threshold branch, I: continuation vs I∞'(V) = 0", I_sn, I_fold_closed,
          "det J = I∞'(V)/(Cτ)", kind="identity", abs_tol=1e-8),
    claim("Hopf point of the low-threshold branch, I: continuation vs tr J = 0", I_AH, I_hopf_closed,
          "tr J = −∂V I_ion/C − 1/τ", kind="identity", abs_tol=1e-8),
    claim("Hopf frequency ω [rad/ms]: continuation vs √(I∞'/(Cτ))", omega_AH, omega_closed,
          "det J where tr J = 0", kind="identity", rel_tol=1e-8),
    claim("SNIC: T√(I − I_sn) → π(C + τ ∂V I_ion)/√(−I∞''/2)", A_fit, A_closed,
          "saddle-node normal form on the centre manifold", kind="identity", rel_tol=1e-3),
    claim("Hopf cycle: amplitude ratio at δ = 1 and 0.125 (= √8)", amplitude[3] / amplitude[0], np.sqrt(8.0),
          "supercritical Hopf normal form: amplitude ∝ √δ", kind="identity", rel_tol=0.02),
    claim("Hopf cycle: frequency at δ = 0.125 → ω/2π [Hz]", f_low[0], omega_closed * 1e3 / (2 * np.pi),
          "Hopf normal form", kind="identity", rel_tol=0.005),
    claim("Hopf cycle: Floquet multiplier, ln μ₂ = −2 Re λ T", np.log(np.abs(hopf_cycle.multipliers[1])),
          -2 * mu_near * hopf_cycle.period, "Hopf normal form", kind="identity", rel_tol=0.02),
    claim("saddle-node of the high-threshold model, I", I_sn, 4.51, p163, kind="secondary", abs_tol=0.005),
    claim("normal-form coefficient a = −I∞''(V_sn)/2C", a_normal_form, 0.1887, p163, kind="secondary",
          abs_tol=5e-5),
    claim("Hopf point of the low-threshold model, I", I_AH, 14.66, p172, kind="secondary", abs_tol=0.005),
    claim("Hopf point of the low-threshold model, V [mV]", V_AH, -56.5, p172, kind="secondary", abs_tol=0.05),
    claim("Hopf point of the low-threshold model, n", hopf.y[1], 0.09, p172, kind="secondary", abs_tol=0.005),
    claim("τ = 1: rest lost in a fold, no Hopf point; 1e-4 above it firing < 1 % of the rate at I = 60",
          not hopfs_high and 0 < f_high[0] < 0.01 * f_high[-1], True, f"{abrazhe}; {jootten} §2.3",
          kind="secondary"),
    claim("τ = 0.16: rest and spiking coexist below the fold (bistability)", bool(bistable.any()), True,
          f"{abrazhe}; {jootten} §2.4", kind="secondary"),
    claim("τ = 0.16: spiking of finite period at the fold itself (off the invariant circle)",
          bool(f_fast_cycle[-1] > 0), True, f"{abrazhe}: 'Saddle-Node off limit cycle'", kind="secondary"),
    claim("low-threshold: a resonator (stable focus at I = 0) whose rest state ends in a Hopf point, no fold",
          portraits["low-threshold", 0.0].kind == ["stable focus"] and not folds_low, True,
          f"{jootten} §2.5; {p172}", kind="secondary"),
]
report(claims)
