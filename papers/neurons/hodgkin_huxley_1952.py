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
# # Hodgkin & Huxley (1952): A quantitative description of membrane current and its application to conduction and excitation in nerve
# <!-- badges -->[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/github/neurorepro/neurorepro/blob/main/papers/neurons/hodgkin_huxley_1952.ipynb) [![Open In Kaggle](https://kaggle.com/static/images/open-in-kaggle.svg)](https://kaggle.com/kernels/welcome?src=https://github.com/neurorepro/neurorepro/blob/main/papers/neurons/hodgkin_huxley_1952.ipynb)
#
# Hodgkin, A. L. & Huxley, A. F. (1952). A quantitative description of membrane current and its
# application to conduction and excitation in nerve. *The Journal of Physiology* 117(4), 500–544.
# [doi:10.1113/jphysiol.1952.sp004764](https://doi.org/10.1113/jphysiol.1952.sp004764)
#
# The last paper of Hodgkin and Huxley's voltage-clamp series condenses their measurements on the
# squid giant axon into four differential equations: the membrane current is carried by a sodium
# conductance $\bar g_\mathrm{Na} m^3 h$, a potassium conductance $\bar g_\mathrm{K} n^4$ and a
# small leak, and each gate $m, h, n$ relaxes to a voltage-dependent value at a voltage-dependent
# rate. In Part III they integrated these equations by hand (on a desk calculator) and showed
# that, with no further adjustment, they account for the all-or-nothing membrane action potential
# and its threshold, the propagated action potential and its conduction velocity, the refractory
# period and anode-break excitation. Later work found the equations' bifurcations: under a
# constant current the resting state coexists with repetitive firing, which starts abruptly at
# about 50 spikes/s (a "class 2" onset). This notebook reruns the model from the paper's
# equations, repeats the paper's computations, and checks the numbers the paper prints together
# with the well-established later results on repetitive firing.
#
# **Claims checked**, each with the kind of evidence it rests on (the last column of the table at
# the end). The paper publishes few numbers of its computed responses; most of Part III compares
# computed and recorded curves in its figures. Where this notebook goes beyond the figures it
# relies on later analyses of the same equations, labelled *secondary*; the precise values among
# them come from an unreviewed preprint (Hendrick 2026) and are marked so.
#
# *Published numbers and figure read-offs (the 1952 paper)*
# 1. p. 528: the propagated action potential at 18.5 °C, in an axon of radius 238 µm and axoplasm
#    resistivity 35.4 Ω cm, travels at 18.8 m/s (computed by hand; 21.2 m/s measured on that
#    fibre). **Not reproduced to the printed digit**: the cable equation gives 18.73 m/s, which a
#    precise solution of the paper's own travelling-wave equation confirms; the hand-computed
#    constant K = 10.47 ms⁻¹ behind the 18.8 is 0.3 % high (see the propagation section).
# 2. Fig. 12: of the initial depolarisations 90, 15, 7 and 6 mV at 6.3 °C, the first three give
#    action potentials and the 6-mV one subsides,
# 3. so the threshold for a brief shock lies between 6 and 7 mV (figure).
#
# *Qualitative statements of the paper*
# 4. The resting state is stable: small displacements subside (every eigenvalue of the Jacobian
#    at rest has a negative real part).
# 5. Fig. 20: after a 15-mV shock has started an action potential, a second shock of 90 nC/cm²
#    produces no regenerative response during the spike and its falling phase (absolute
#    refractoriness);
# 6. delivered later it produces one that grows with the interval until it is back to normal
#    (relative refractoriness).
# 7. Fig. 22: release from a long hyperpolarisation of 30 mV fires an action potential (anode-break
#    excitation).
#
# *Secondary sources: later analyses of the same equations*
# 8. With the paper's leak potential the resting state lies 0.0036 mV above the rest the voltages
#    are measured from (Hendrick 2026 numerics).
# 9. Repetitive firing under a constant current (Rinzel & Miller 1980; precise values from
#    Hendrick 2026): the resting state loses stability in a subcritical Hopf bifurcation at
#    9.7754 µA/cm² and regains it at 154.52 µA/cm²; firing starts at the fold of limit cycles,
#    6.2603 µA/cm², abruptly at 50.3 spikes/s (class 2 excitability); rest and firing coexist
#    between the two (a current step from rest fires, a current raised slowly does not); at
#    8 µA/cm² the firing period is 16.0077 ms (7 claims).
# 10. A precise solution of the travelling-wave equation (Hendrick 2026): 18.732 m/s, a peak of
#    90.6 mV and an undershoot to −9.7 mV (3 claims).
#
# **Other works cited.** Rinzel, J. (1978). On repetitive activity in nerve. *Fed. Proc.* 37,
# 2793–2802. — Rinzel, J. & Miller, R. N. (1980). Numerical calculation of stable and unstable
# periodic solutions to the Hodgkin–Huxley equations. *Math. Biosci.* 49, 27–59. — Hendrick, C.
# (2026). Hopf bifurcations and bistability in the Hodgkin–Huxley equations at the 1952
# parameters: computer-assisted proofs. Preprint, with a numerical report on the propagated
# action potential (`work/traveling-wave/REPORT.md`), github.com/ChaseHendrick/hh-dynamics.

# %% tags=["parameters"]
dt = 0.05                 # RK4 time step of the membrane equations [ms]
temperature = 6.3         # [°C] of the membrane action potentials and repetitive firing (Figs. 12, 20, 22)
protocol_duration = 60.0  # length of each single-shock run [ms]
fI_duration = 500.0       # length of each constant-current run [ms]; rates are counted over its second half
temperature_propagated = 18.5  # [°C] of the propagated action potential (p. 528)
cable_length = 6.0        # length of the simulated axon [cm]
cable_dx = 0.02           # compartment length [cm]
cable_dt = 0.004          # cable time step [ms]; a second run at cable_dt / 2 gives the Richardson estimate
cable_duration = 5.0      # [ms]

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

jax.config.update("jax_enable_x64", True)  # thresholds and bifurcation points are compared to 4–6 digits

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.replication import claim, report

plt.rcParams["figure.dpi"] = 80

# %% [markdown]
# ## The model
#
# **Sign convention.** Hodgkin and Huxley measured $V$ as the displacement of the membrane
# potential from its resting value, positive for hyperpolarisation, and counted inward current as
# positive. We use the modern convention: $V$ is the **depolarisation from rest** in mV (the
# paper's $-V$), outward current is positive, and the applied current $I$ is positive when it
# depolarises. An absolute scale would add the resting potential (about −65 mV), which the model
# does not need. Per unit area of membrane, with $C_M = 1$ µF/cm² (eq. 26 of the paper),
#
# $$C_M \frac{dV}{dt} = I - \bar g_\mathrm{Na}\, m^3 h\,(V - E_\mathrm{Na}) - \bar g_\mathrm{K}\, n^4 (V - E_\mathrm{K}) - \bar g_L (V - E_L),$$
#
# $$\frac{dx}{dt} = \phi\,\bigl[\alpha_x(V)(1 - x) - \beta_x(V)\,x\bigr], \qquad x \in \{m, h, n\},$$
#
# with the paper's rate constants at 6.3 °C (eqs. 12, 13, 20, 21, 23, 24; V in mV, rates in 1/ms)
#
# $$\alpha_n = \frac{0.01\,(10 - V)}{e^{(10 - V)/10} - 1}, \quad \beta_n = 0.125\,e^{-V/80}, \quad
#   \alpha_m = \frac{0.1\,(25 - V)}{e^{(25 - V)/10} - 1}, \quad \beta_m = 4\,e^{-V/18},$$
#
# $$\alpha_h = 0.07\,e^{-V/20}, \quad \beta_h = \frac{1}{e^{(30 - V)/10} + 1},$$
#
# and the constants of Table 3: $\bar g_\mathrm{Na} = 120$, $\bar g_\mathrm{K} = 36$,
# $\bar g_L = 0.3$ mS/cm², $E_\mathrm{Na} = 115$, $E_\mathrm{K} = -12$, $E_L = 10.613$ mV. At other
# temperatures every rate is multiplied by $\phi = 3^{(T - 6.3)/10}$ (p. 523). The two $\alpha$'s
# with a removable 0/0 (at V = 10 and 25 mV) are written with $\Psi(x) = x/(e^x - 1)$, $\Psi(0) = 1$.
#
# Units: µA/cm², mS/cm², µF/cm², mV, ms. (The core's whole-cell units pA, nS, pF are the same
# ratios, so the core's integrators and runner apply unchanged.) The equations are written once,
# as the vector field `membrane(t, y, params)` of the state `State(V, m, h, n)` with parameters
# `Params(I, phi)`; the same function is integrated (classical fourth-order Runge–Kutta with step
# `dt`: the runner step `nr.make_step(membrane, "rk4")`), continued and linearised below.
#
# Hodgkin and Huxley's "brief shock" is an instantaneous charge $Q$ that displaces V by $Q / C_M$
# and leaves the gates alone. It is not part of the vector field: `shocked_step` takes the
# charge of each step from the run's per-step input stream (`clock.input`, nC/cm², zero when
# there is no shock), adds it to V and then takes the RK4 step.

# %%
G_NA, G_K, G_L = 120.0, 36.0, 0.3        # maximal conductances [mS/cm²] (Table 3)
E_NA, E_K, E_L = 115.0, -12.0, 10.613    # reversal potentials, depolarisation from rest [mV] (Table 3)
C_M = 1.0                                # membrane capacity [µF/cm²]
SPIKE_LEVEL = 50.0                       # reaching this depolarisation [mV] counts as a spike
RECORD_V = {"V": nr.StateMonitor("V")}   # what the runs record

# the depolarisation from rest V [mV] and the gates m, h, n; the applied current I [µA/cm²] and the factor φ
# of every rate at temperature T, 3^((T − 6.3)/10) (the paper's Q10 of 3)
State = NamedTuple("State", [("V", jax.Array), ("m", jax.Array), ("h", jax.Array), ("n", jax.Array)])
Params = NamedTuple("Params", [("I", jax.Array), ("phi", jax.Array)])


# x / (e^x − 1), continued by 1 − x/2 near x = 0, where the quotient is 0/0
def psi(x):
    return jnp.where(jnp.abs(x) < 1e-6, 1.0 - 0.5 * x, x / jnp.expm1(jnp.where(jnp.abs(x) < 1e-6, 1.0, x)))


# (α, β) of the gates m, h, n at depolarisation V [mV], in 1/ms at 6.3 °C
def rate_constants(V):
    return [(psi((25.0 - V) / 10.0), 4.0 * jnp.exp(-V / 18.0)),
            (0.07 * jnp.exp(-V / 20.0), 1.0 / (jnp.exp((30.0 - V) / 10.0) + 1.0)),
            (0.1 * psi((10.0 - V) / 10.0), 0.125 * jnp.exp(-V / 80.0))]


# the state at depolarisation V with every gate at its steady value x∞(V) = α / (α + β)
def steady_state(V):
    return State(V, *(a / (a + b) for a, b in rate_constants(V)))


def membrane(t, y, params):
    ionic = G_NA * y.m**3 * y.h * (y.V - E_NA) + G_K * y.n**4 * (y.V - E_K) + G_L * (y.V - E_L)
    gates = (params.phi * (a * (1.0 - x) - b * x) for x, (a, b) in zip(y[1:], rate_constants(y.V)))
    return State((params.I - ionic) / C_M, *gates)


rk4_step = nr.make_step(membrane, "rk4")


# a brief shock of charge clock.input [nC/cm²] displaces V by clock.input / C_M at the start of the step
def shocked_step(y, params, clock):
    return rk4_step(y._replace(V=y.V + clock.input / C_M), params, clock)


# %% [markdown]
# ## The resting state and its stability
#
# A fixed point has every gate at its steady value $x_\infty(V)$ and $I = I_\infty(V)$, the
# steady-state current–voltage relation; $I_\infty$ increases with V, so each current has exactly
# one fixed point (proved for 0–200 µA/cm² by Hendrick 2026). `nr.analysis.continuation` follows
# this branch of fixed points of `membrane` from I = 0 to 200 µA/cm² (pseudo-arclength, exact
# Jacobians), with the eigenvalues of the Jacobian at every point, and locates by bisection the
# points where a complex pair of eigenvalues crosses the imaginary axis (Hopf bifurcations). Its
# first point is the rest. At I = 0 the fixed point is not exactly V = 0: the paper rounded
# $E_L$ to 10.613 mV, and the resting ionic current is then −0.0042 µA/cm² instead of zero, which
# moves rest by a few µV. The fixed points at the currents of the f–I curve below are solved with
# the core's Newton method (`nr.analysis.newton`, vmapped over the currents), started on the
# branch.

# %%
phi = 3.0 ** ((temperature - 6.3) / 10.0)
branch = nr.analysis.continuation(membrane, steady_state(0.0), Params(0.0, phi), "I", 200.0, step=0.5,
                                  max_step=5.0)
rest, rest_eigenvalues = State(*branch.y[0]), branch.eigenvalues[0]
hopf = [b for b in branch.bifurcations if b.kind == "hopf"]
print(f"rest: a {nr.analysis.classify(rest_eigenvalues)}, eigenvalues {np.round(rest_eigenvalues, 4)} /ms")


# %% [markdown]
# The rest is a stable focus: the leading eigenvalues form a complex pair with a negative real
# part, so small displacements die out as damped oscillations (the paper's Fig. 21 shows such
# subthreshold responses), and the other two eigenvalues are real and negative. Along the branch
# the rest becomes unstable at ≈ 9.78 µA/cm² and stable again at ≈ 154.5 µA/cm² (see the
# repetitive-firing section). The previous version of this notebook located these two points by
# linear interpolation of the largest real part on a grid of currents 0.02 µA/cm² apart
# (9.7754393 and 154.52243365); the continuation locates them by bisection to ~10⁻¹⁰, which moved
# the lower one by −1.3·10⁻⁶ µA/cm², onto the proven value 9.775438, and the upper one by 10⁻⁸.
# The resting potential moved by 10⁻¹³ mV (a different Newton iteration); with it, and with the
# spike times now interpolated by `nr.measures` rather than inside the step (the same formula), the
# numbers below changed in their 13th to 16th significant digits.

# %% [markdown]
# ## Fig. 12 and Fig. 22 — membrane action potentials, the threshold and anode-break excitation
#
# Hodgkin and Huxley computed the response of a space-clamped membrane (their "membrane action
# potential") to an instantaneous depolarisation, i.e. a short shock that charges the membrane
# capacity while leaving the gates at rest: their Fig. 12 shows initial depolarisations of 90, 15,
# 7 and 6 mV at 6.3 °C. The first three give action potentials; the 6-mV one subsides. We run the
# same four, a fine grid of initial depolarisations between 6 and 7 mV to locate the threshold,
# and the refractoriness experiment of Fig. 20 (described below), all in one `nr.sweep` (one
# compiled, vmapped run with a batched initial state and one input stream of shocks per
# membrane) that records V.
#
# Fig. 22 shows the opposite displacement. A long hyperpolarisation removes sodium inactivation
# (h rises towards 1) and closes potassium channels (n falls); on release, the membrane returns
# towards rest with a sodium conductance that is now too large and a potassium conductance too
# small, and it fires. We start the membrane at −30 mV with its gates at their steady values there
# (the end of a long hyperpolarising current, as in the paper's Fig. 22) and let it go: the last membrane of
# the same sweep.

# %%
fig12_depolarisations = [90.0, 15.0, 7.0, 6.0]
threshold_grid = np.round(np.arange(6.0, 7.0 + 1e-9, 0.01), 6)
refractory_intervals = np.round(np.arange(2.0, 30.0 + 1e-9, 0.25), 6)  # ms between the two shocks (Fig. 20)
conditioning_shock, test_shock = 15.0, 90.0  # nC/cm² (Fig. 20)
# the runs start at rest displaced to V0, and the last at −30 mV with its gates at their steady values there
V0 = np.concatenate([fig12_depolarisations, threshold_grid, conditioning_shock + 0.0 * refractory_intervals])
protocol_start = State(*np.array([rest._replace(V=V) for V in V0] + [steady_state(-30.0)]).T)
# the charge [nC/cm²] given at the start of each step of each run: the second shocks of Fig. 20
shock_steps = np.round(refractory_intervals / dt).astype(int)
shocks = np.zeros((V0.size + 1, int(round(protocol_duration / dt))))
shocks[np.arange(-shock_steps.size - 1, -1), shock_steps] = test_shock
protocol = nr.sweep(shocked_step, protocol_start, Params(0 * protocol_start.V, phi), dt=dt,
                    duration=protocol_duration, batch_state=True, inputs=shocks, batch_inputs=True,
                    param_axes=Params(0, None), monitors=RECORD_V, progress=False)["V"]
fig12_traces, threshold_traces, refractory_traces, (anode,) = np.split(
    protocol.values, np.cumsum([4, threshold_grid.size, refractory_intervals.size]))

fires = threshold_traces.max(axis=1) >= SPIKE_LEVEL
first_firing = int(np.argmax(fires))
threshold_bracket = threshold_grid[[first_firing - 1, first_firing]]
print("all-or-none on the grid:", np.all(fires[first_firing:]) and not np.any(fires[:first_firing]))

fig, axes = plt.subplots(1, 3, figsize=(15, 4.2), layout="tight")
nr.plots.traces(nr.monitors.Trace(protocol.t, fig12_traces.T), axes[0], ylabel="depolarisation V [mV]",
                labels=[f"initial V = {V:g} mV" for V in fig12_depolarisations])
nr.plots.traces(nr.monitors.Trace(protocol.t, threshold_traces[[first_firing - 1, first_firing]].T), axes[1],
                labels=[f"{threshold_bracket[0]:.2f} mV: fails", f"{threshold_bracket[1]:.2f} mV: fires"])
nr.plots.traces(nr.monitors.Trace(protocol.t, anode), axes[2], labels=["released from −30 mV"], color="k")
for ax, xmax, title in zip(axes, (12, 12, 25), ("Fig. 12, 6.3 °C", "Near threshold", "Fig. 22, anode break")):
    ax.set(xlim=(0, xmax), title=title)
plt.show()


# %% [markdown]
# Close to threshold the membrane hesitates for several milliseconds before it either fires or
# subsides, as in the paper's 7-mV curve; the response is all-or-none on the 0.01-mV grid. The
# computed threshold, between 6.50 and 6.51 mV (6.5 nC/cm² for an instantaneous shock), lies
# between the paper's two values 6 and 7 mV.
# Released from −30 mV, the membrane fires a full action potential about 6.5 ms later.

# %% [markdown]
# ## Fig. 20 — refractoriness
#
# The paper's Fig. 20 explains refractoriness: a first shock of 15 nC/cm² starts an action
# potential, and a second, much larger one of 90 nC/cm² is given at various times after it.
# During the spike and its falling phase sodium inactivation (h small) and potassium activation
# (n large) keep the second shock from producing a new regenerative response; as h recovers and n
# falls, the response returns. We give the second shock from 2 ms on (after the peak of the first
# spike, at 1.15 ms) and measure the regenerative part of its response as the rise of V above the
# level the shock itself sets (V just before the shock + 90 mV): zero or negative when the
# membrane merely discharges, and 18.4 mV for the same shock at rest, where the action potential
# overshoots the displaced level towards $E_\mathrm{Na}$. We call the response absent while the
# rise stays below 1 mV (absolute refractoriness), and the membrane recovered once the rise
# reaches its value at rest (the end of relative refractoriness). The spike's falling phase ends
# when V is back at rest, 3.4 ms after the first shock; the response first appears at 6.25 ms and
# is back to its size at rest at 8.75 ms.

# %%
# the rise above the level the second shock sets, V just before it + 90 mV (sample k − 1 is at the shock time)
regenerative_rise = np.array([v[k:].max() - (v[k - 1] + test_shock)
                              for v, k in zip(refractory_traces, shock_steps)])
rise_at_rest = fig12_traces[0].max() - fig12_depolarisations[0]
rise_threshold = 1.0  # mV: a rise above this marks a regenerative response
first_response = int(np.argmax(regenerative_rise > rise_threshold))
recovered = int(np.argmax(regenerative_rise >= rise_at_rest))
spike = fig12_traces[1]  # the 15-mV response, the paper's standard example
# the 15-mV spike's falling phase ends when V is back at rest
falling_phase_end = protocol.t[np.argmax((protocol.t > protocol.t[spike.argmax()]) & (spike < 0.0))]

fig, axes = plt.subplots(1, 2, figsize=(12, 4.5), layout="tight")
shown = [int(np.argmin(np.abs(refractory_intervals - s))) for s in (4.0, 6.0, 8.0, 11.0, 15.0, 25.0)]
labels = ["15 mV alone"] + [f"+ 90 mV at {refractory_intervals[k]:g} ms" for k in shown]
nr.plots.traces(nr.monitors.Trace(protocol.t, np.vstack([spike, refractory_traces[shown]]).T), axes[0],
                labels=labels, ylabel="V [mV]", lw=0.9)
axes[0].set(xlim=(0, 40), title="Fig. 20 — a 90-mV shock at various times after a 15-mV one")
axes[1].plot(refractory_intervals, regenerative_rise, "o-", ms=2.5, color="C0")
axes[1].axhline(rise_at_rest, color="0.5", ls="--", lw=0.8, label="same shock at rest")
ends = refractory_intervals[[first_response, recovered]]  # of absolute and of relative refractoriness
for interval, color, what in zip(ends, ("C3", "C2"), (f"> {rise_threshold:g} mV", "as at rest")):
    axes[1].axvline(interval, color=color, ls=":", label=f"rise {what}: {interval:g} ms")
axes[1].set(xlabel="interval between the shocks [ms]", ylabel="rise above the shocked level [mV]",
            title="Recovery of excitability")
axes[1].legend(fontsize=8)
plt.show()


# %% [markdown]
# ## Repetitive firing and the f–I curve
#
# Under a maintained current the equations fire repeatedly; the structure behind this was worked
# out after the paper (Rinzel 1978; Rinzel & Miller 1980; computer-assisted proofs of the Hopf
# points and of bistability in Hendrick 2026): at the lower Hopf point the
# rest loses stability subcritically, the branch of unstable limit cycles born there turns around
# at a fold of limit cycles $I_\nu$ and becomes the stable spike train. Between $I_\nu$ and the
# Hopf point the rest and repetitive firing coexist; firing cannot start at an arbitrarily low
# rate — the class-2 onset.
#
# One `nr.sweep` runs all currents twice (one compiled call): once switched on as a step
# from the resting state at I = 0 (the usual f–I protocol), and once started at the fixed point of
# that very current, displaced by 0.01 mV (a current raised so slowly that the membrane follows
# its rest). The rate is counted over the second half of each run, from the upward crossings
# (`nr.measures.threshold_crossings`, interpolated linearly between samples) of the fixed-point
# voltage of that current plus 3 mV rather than of 50 mV: at large currents the
# spikes shrink (their peak is 45 mV at 100 µA/cm² and 27 mV at 150) until, at the upper Hopf
# point, the oscillation dies out; we also record its peak-to-peak amplitude.
#
# **Reference values** (6.3 °C, $E_L = 10.613$ mV): Hopf points 9.775438 and 154.522434 µA/cm²
# (computer-assisted enclosures), fold of limit cycles 6.260321 µA/cm² with period 19.8952 ms
# (50.3 Hz), and period 16.00771 ms at 8 µA/cm² (high-precision numerics) — Hendrick, C. (2026),
# *Hopf bifurcations and bistability in the Hodgkin–Huxley equations at the 1952 parameters:
# computer-assisted proofs*, preprint, github.com/ChaseHendrick/hh-dynamics. Rinzel & Miller
# (1980, *Math. Biosci.* 49, 27–59) first computed these branches; their values, 6.26 and 9.78
# µA/cm², are quoted in the later literature. **Tolerances**: the continuation locates the Hopf
# points to ~10⁻¹⁰ (we allow 10⁻³); the onset is read on a grid of 0.02 µA/cm², and the
# frequency rises steeply just above the fold (≈ 1.5 Hz over one grid step), so we allow one grid
# step and 2 Hz; RK4 with dt = 0.05 ms changes the period at 8 µA/cm² by 2·10⁻⁵ ms (checked
# against dt = 0.01 ms while preparing this notebook), so we allow 10⁻³ ms.

# %%
example_current = 8.0  # µA/cm², inside the bistable range
fI_currents = np.unique(np.round(np.concatenate([
    np.arange(0.0, 6.0, 0.5), np.arange(6.0, 6.6, 0.02), np.arange(6.6, 9.5, 0.1), [example_current],
    np.arange(9.5, 10.1, 0.02), np.arange(10.5, 30.0, 1.0), np.arange(30.0, 200.1, 5.0)]), 6))
n_I, at_8 = fI_currents.size, np.flatnonzero(fI_currents == example_current)[0]


# the membrane's field on flat states, for the core's Newton solver, vmapped over the currents and started on
# the branch
def field(z, I):
    return jnp.stack(membrane(0.0, State(*z), Params(I, phi)))


guesses = np.stack([np.interp(fI_currents, branch.parameter, column) for column in branch.y.T], axis=-1)
# (a point where Newton failed would be NaN, and the run below would stop naming it)
fixed, _ = jax.jit(jax.vmap(lambda z, I: nr.analysis.newton(field, z, I, 1e-12, 50)))(guesses, fI_currents)
# from rest at I = 0 (a current step), and 0.01 mV off the fixed point of I (a current raised slowly)
fI_start = State(*np.concatenate([np.tile(rest._replace(V=0.0), (n_I, 1)), fixed.at[:, 0].add(0.01)]).T)
fI_run = nr.sweep(rk4_step, fI_start, Params(np.tile(fI_currents, 2), phi), duration=fI_duration, dt=dt,
                  batch_state=True, param_axes=Params(0, None), monitors=RECORD_V, progress=False)["V"]
late = fI_run.t >= fI_duration / 2  # crossings are counted from the step that starts at fI_duration / 2
crossings = [nr.measures.threshold_crossings(v, fI_run.t[late], level, interpolate=True)
             for v, level in zip(fI_run.values[:, late], np.tile(fixed[:, 0] + 3.0, 2))]
rates = [1e3 * (len(c) - 1) / (c[-1] - c[0]) if len(c) > 1 else 0.0 for c in crossings]  # Hz
rate_step, rate_slow = np.split(np.array(rates), 2)
firing, slow_firing = rate_step > 0, rate_slow > 0
amplitude_step = np.ptp(fI_run.values[:n_I, fI_run.t > fI_duration / 2], axis=1)
onset_index = int(np.argmax(firing))

fig, axes = plt.subplots(2, 2, figsize=(12, 7.5), layout="tight")
for ax, ms in ((axes[0, 0], 2.5), (axes[1, 0], 3)):
    ax.plot(fI_currents, rate_step, "o-", ms=ms, color="C0", label="step from rest (I = 0)")
    ax.plot(fI_currents, rate_slow, "s", ms=ms, color="C1", mfc="none", label="from the fixed point of I")
    ax.axvline(6.260321, color="0.4", ls="--", lw=1.0, label="fold of cycles 6.26")
axes[0, 1].plot(fI_currents, np.where(firing, amplitude_step, 0.0), "o-", ms=2.5, color="C0")
titles = ("f–I curve (6.3 °C)", "Spikes shrink to zero at the upper Hopf point", "Class-2 onset, bistability")
ylabels = ("firing rate [Hz]", "peak-to-peak V [mV]", "firing rate [Hz]")
for ax, ylabel, title in zip(axes.flat, ylabels, titles):
    for b in hopf:
        ax.axvline(b.parameter, color="C3", ls=":", lw=1.0, label=f"Hopf {b.parameter:.2f}")
    ax.set(xlabel="I [µA/cm²]", ylabel=ylabel, title=title)
    ax.legend(fontsize=8)
axes[1, 0].set_xlim(5.5, 10.5)
first_100_ms = nr.monitors.Trace(fI_run.t[:2000], fI_run.values[[at_8, n_I + at_8], :2000].T)
nr.plots.traces(first_100_ms, axes[1, 1], labels=["step from rest", "from its fixed point"], ylabel="V [mV]")
axes[1, 1].set(title=f"Bistability at I = {example_current:g} µA/cm²")
plt.show()


# %% [markdown]
# The f–I curve jumps from zero to about 50 Hz: no current gives a slower spike train. A current
# step from rest fires repeatedly from the fold of cycles on, because the step itself is a large
# enough perturbation; a current raised slowly leaves the membrane at rest up to the Hopf point
# (on our grid firing starts at 10.5 µA/cm²: just above the Hopf point the instability grows too
# slowly to leave the fixed point within the run), and between the two the state depends on
# history. The last panel shows both runs at 8 µA/cm². At large currents the spikes shrink (the
# rate still rises, to 168 Hz at 150 µA/cm²), and the stable limit cycle collapses onto the fixed
# point at the upper, supercritical Hopf point: from 155 µA/cm² on, a current step gives only
# damped oscillations.

# %% [markdown]
# ## The propagated action potential (p. 522–528)
#
# Along an axon of radius $a$ and axoplasm resistivity $R_2$, the membrane current per unit area
# is fed by the longitudinal current (the cable equation of Part III):
#
# $$\frac{a}{2R_2}\frac{\partial^2 V}{\partial x^2} = C_M\frac{\partial V}{\partial t} + I_\mathrm{ion}.$$
#
# Hodgkin and Huxley could not integrate this partial differential equation by hand; they looked
# for a wave of constant shape and velocity θ, which turns it into an ordinary equation with one
# unknown constant $K = 2R_2\theta^2 C_M / a$, and found K = 10.47 ms⁻¹ by trial and error. With
# a = 238 µm and R₂ = 35.4 Ω cm this gives θ = 18.8 m/s at 18.5 °C (p. 528; the velocity measured
# on that fibre was 21.2 m/s). We instead integrate the cable equation itself on a sealed axon of
# `cable_length`, discretised in compartments of `cable_dx`, started by a brief current at one
# end. This is not a one-step method of a vector field, so `cable_step` is written out: each step
# updates the gates by exponential Euler applied to the same `membrane` field
# (`nr.integrators.exponential_euler`, exact for V frozen over the step) and then V by a
# backward-Euler step of the cable equation with the ionic current linearised in V, which is a
# tridiagonal linear system (solved with `jax.lax.linalg.tridiagonal_solve`; the cable's
# diffusion is too stiff for an explicit step). The run records V everywhere; the arrival time at
# each compartment is its first upward crossing of 50 mV (`nr.measures.spike_times`, interpolated
# linearly between samples). The split scheme is first-order in time, so we run it at `cable_dt`
# and `cable_dt / 2` and extrapolate (Richardson); the difference between the two runs bounds the
# error that is left.

# %%
# a / 2R2 [µA/cm² per mV/cm²] of the fibre of p. 528: radius a = 238 µm, axoplasm resistivity R2 = 35.4 Ω cm
AXIAL = 0.0238 / (2.0 * 35.4) * 1e3
x_cable = (np.arange(int(round(cable_length / cable_dx))) + 0.5) * cable_dx  # compartment centres [cm]
# velocity, peak and undershoot are measured in the middle third, away from the stimulus and the far end
measured = (x_cable > cable_length / 3) & (x_cable < 2 * cable_length / 3)


def cable_step(y, params, clock):
    _, m, h, n = nr.integrators.exponential_euler(membrane, clock.t, y, clock.dt, params)  # the gates
    g_na, g_k = G_NA * m**3 * h, G_K * n**4
    conductance, driving = g_na + g_k + G_L, g_na * E_NA + g_k * E_K + G_L * E_L
    # the stimulus: 2000 µA/cm² for 0.1 ms into the first 1 mm
    stimulus = jnp.where((clock.t < 0.1) & (x_cable < 0.1), 2000.0, 0.0)
    coupling = jnp.full(x_cable.shape, AXIAL / cable_dx**2)
    # sealed ends: no axial current out of the first and last compartments
    diagonal = C_M / clock.dt + conductance + 2.0 * coupling
    diagonal = diagonal.at[0].add(-coupling[0]).at[-1].add(-coupling[-1])
    V = jax.lax.linalg.tridiagonal_solve(-coupling.at[0].set(0.0), diagonal, -coupling.at[-1].set(0.0),
                                         (C_M / clock.dt * y.V + driving + stimulus)[:, None])[:, 0]
    return State(V, m, h, n)


# velocity [m/s], mean peak and undershoot [mV] in the middle third, arrival times [ms] and the recorded V
def propagation(step_size):
    start = State(*(np.full_like(x_cable, x) for x in rest._replace(V=0.0)))
    # (in chunks as long as the coarser run: both runs use one compiled chunk)
    V = nr.run(cable_step, start, Params(0.0, 3.0 ** ((temperature_propagated - 6.3) / 10.0)), dt=step_size,
               duration=round(cable_duration / step_size) * step_size, monitors=RECORD_V,
               chunk_steps=round(cable_duration / cable_dt), progress=False)["V"]
    arrival = np.array([c[0] for c in nr.measures.spike_times(V.values, V.t, SPIKE_LEVEL, interpolate=True)])
    velocity = np.polyfit(arrival[measured], x_cable[measured], 1)[0] * 10.0  # cm/ms -> m/s
    middle_third = V.values[:, measured]
    return velocity, middle_third.max(axis=0).mean(), middle_third.min(axis=0).mean(), arrival, V


coarse, fine = propagation(cable_dt), propagation(cable_dt / 2)
velocity, ap_peak, ap_undershoot = (2 * f - c for f, c in zip(fine[:3], coarse[:3]))
print(f"velocity: {coarse[0]:.4f} m/s (dt = {cable_dt:g} ms), {fine[0]:.4f} m/s (dt = {cable_dt / 2:g} ms)")

arrival, V_cable, probe = *fine[3:], int(np.argmin(np.abs(x_cable - cable_length / 2)))
x_fit = x_cable[measured]
fig, axes = plt.subplots(1, 2, figsize=(12, 4), layout="tight")
nr.plots.traces(nr.monitors.Trace(V_cable.t, V_cable.values[:, [probe]]), axes[0], color="k", ylabel="V [mV]",
                labels=[f"x = {x_cable[probe]:.1f} cm"])
axes[1].plot(x_cable, arrival, color="C0", lw=1.5, label="time V crosses 50 mV")
axes[1].plot(x_fit, arrival[measured][0] + (x_fit - x_fit[0]) / (velocity / 10.0), "--", color="C3",
             label=f"{velocity:.2f} m/s")
axes[0].set(title="Propagated action potential (18.5 °C)")
axes[1].set(xlabel="position along the axon [cm]", ylabel="time [ms]", title="Constant conduction velocity")
axes[1].legend(fontsize=8)
plt.show()


# %% [markdown]
# **The paper's number and ours.** Hodgkin and Huxley print 18.8 m/s, from their hand value
# K = 10.47 ms⁻¹ (p. 528: (10470 × 0.0238 / 2 × 35.4 × 10⁻⁶)^½ cm/s, i.e. 18.76 m/s rounded).
# Our cable gives 18.73 m/s, which rounds to 18.7: at the paper's printed precision (±0.05 m/s)
# the number does **not reproduce**. The cause is the paper's arithmetic, not the equations: a
# precise solution of the paper's own travelling-wave equation (Hendrick 2026, an unreviewed
# preprint with a computer-assisted proof; work/traveling-wave/REPORT.md of the repository cited
# above) gives K = 10.4380511 ms⁻¹ and θ = 18.731888 m/s with the paper's $E_L = 10.613$ mV, so
# the hand-computed K is 0.3 % high; ours is 0.006 m/s below the precise value. The pulse peaks at
# 90.585 mV and undershoots to −9.672 mV (exact zero-current leak; the printed $E_L$ changes these
# by about 0.01 mV). **Tolerances**: 0.02 m/s against the precise value: the extrapolated
# velocity moved by less than 0.001 m/s when both time steps were halved, and the spatial
# discretisation adds less than 0.01 m/s (halving `cable_dx` moved the velocity by 0.006 m/s;
# both checked while preparing this notebook); 0.1 mV on the peak and undershoot.

# %% [markdown]
# ## Replication check

# %%
# the later sources: Hendrick 2026 is an unreviewed preprint, Rinzel & Miller 1980 a reviewed paper
proof, numerics = "Hendrick 2026 preprint (computer-assisted proof)", "Hendrick 2026 preprint (numerics)"
wave, fig20 = "Hendrick 2026 preprint, travelling-wave report", "HH 1952 Fig. 20"
fig12 = "HH 1952 Fig. 12 (6 mV subsides, 7 mV fires)"
# the 90-nC/cm² shock gives no regenerative response until after the spike's falling phase, then one that
# grows with the interval until it has its size at rest
absolute_refractoriness = bool(refractory_intervals[first_response] > falling_phase_end)
relative_refractoriness = bool(regenerative_rise.max() >= rise_at_rest
                               and np.all(np.diff(regenerative_rise[first_response:recovered + 1]) > 0))
hand_K = "HH 1952 comes from their hand-computed K = 10.47 /ms, 0.3 % above the precise K = 10.438 /ms"
claims = [
    claim("p. 528: conduction velocity at 18.5 °C [m/s]", velocity, 18.8, "HH 1952 p. 528", kind="published",
          abs_tol=0.05, not_reproduced=f"ours {velocity:.3f} m/s (cable equation, time step extrapolated, "
          f"discretisation error < 0.01 m/s) rounds to 18.7; the 18.8 of {hand_K} of the same travelling-wave "
          "equation (Hendrick 2026 preprint: 18.732 m/s; ours is 0.006 m/s below)"),
    claim("Fig. 12: which of 90, 15, 7, 6 mV fire", str((fig12_traces.max(1) >= SPIKE_LEVEL).tolist()),
          str([True, True, True, False]), "HH 1952 Fig. 12, the four curves", kind="figure"),
    claim("Fig. 12: threshold for a brief shock [mV]", threshold_bracket[1], (6.0, 7.0), fig12, kind="figure"),
    claim("rest is stable: every Re(eigenvalue) < 0", bool(rest_eigenvalues.real.max() < 0), True,
          "HH 1952 Part III (small displacements subside)", kind="qualitative"),
    claim("Fig. 20: no response during the spike's falling phase", absolute_refractoriness, True,
          f"{fig20} (absolute refractoriness)", kind="qualitative"),
    claim("Fig. 20: response grows until back to normal", relative_refractoriness, True,
          f"{fig20} (relative refractoriness)", kind="qualitative"),
    claim("Fig. 22: release from -30 mV fires", bool(anode.max() >= SPIKE_LEVEL), True,
          "HH 1952 Fig. 22 (anode break)", kind="qualitative"),
    claim("rest: fixed point V at I = 0 [mV]", rest.V, 3.620669e-3, numerics, kind="secondary", abs_tol=1e-6),
    claim("lower Hopf point [µA/cm²]", hopf[0].parameter, 9.775438, proof, kind="secondary", abs_tol=1e-3),
    claim("upper Hopf point [µA/cm²]", hopf[1].parameter, 154.522434, proof, kind="secondary", abs_tol=1e-3),
    claim("onset of repetitive firing [µA/cm²]", fI_currents[onset_index], 6.260321,
          f"{numerics}; Rinzel & Miller 1980: 6.26", kind="secondary", abs_tol=0.02),
    claim("rate at onset [Hz]", rate_step[onset_index], 50.3, f"{numerics}, fold period 19.895 ms",
          kind="secondary", abs_tol=2.0),
    claim("step from rest: fires for all I, onset ≤ I ≤ 150", bool(np.all(firing[onset_index:][
          fI_currents[onset_index:] <= 150])), True, "Rinzel & Miller 1980 (stable spike train)",
          kind="secondary"),
    claim("started at its fixed point: silent for all I < Hopf", bool(not np.any(slow_firing[
          fI_currents < hopf[0].parameter])), True, f"{proof}: rest stable below the Hopf point",
          kind="secondary"),
    # well above the Hopf point the fixed point is unstable fast enough to be left within the run
    claim("started at its fixed point: fires, 10.5 ≤ I ≤ 150", bool(np.all(slow_firing[
          (fI_currents >= 10.5) & (fI_currents <= 150.0)])), True,
          f"{proof}: rest unstable between the Hopf points", kind="secondary"),
    claim("period at I = 8 µA/cm² [ms]", 1e3 / rate_step[at_8], 16.00771, numerics, kind="secondary",
          abs_tol=1e-3),
    claim("conduction velocity, precise [m/s]", velocity, 18.731888, wave, kind="secondary", abs_tol=0.02),
    claim("propagated spike peak [mV]", ap_peak, 90.585, wave, kind="secondary", abs_tol=0.1),
    claim("propagated spike undershoot [mV]", ap_undershoot, -9.672, wave, kind="secondary", abs_tol=0.1),
]
report(claims)

