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
# **Claims reproduced**
# 1. The resting state is a stable fixed point: with the paper's leak potential it lies within
#    0.004 mV of the rest the voltages are measured from (Table 3 footnote: the leak potential
#    makes the resting ionic current zero; precise value from Hendrick 2026), and every eigenvalue
#    of its Jacobian has a negative real part.
# 2. Fig. 12: an initial depolarisation of 7 mV gives an action potential and one of 6 mV does
#    not, so the threshold for a brief shock lies between 6 and 7 mV (6–7 nC/cm²) at 6.3 °C.
# 3. Fig. 20: after a 15-mV shock has started an action potential, a second shock of
#    90 nC/cm² produces no regenerative response during the spike and its falling phase (absolute
#    refractoriness); delivered later it produces one that grows with the interval until it is
#    back to normal (relative refractoriness).
# 4. Fig. 22: release from a long hyperpolarisation of 30 mV fires an action potential (anode-break
#    excitation).
# 5. Repetitive firing under a constant current (later analyses of the same equations, Rinzel &
#    Miller 1980; values from Hendrick 2026): the resting state loses stability in a subcritical
#    Hopf bifurcation at 9.7754 µA/cm² and regains it at 154.52 µA/cm²; firing starts at the fold
#    of limit cycles, 6.2603 µA/cm², abruptly at 50.3 spikes/s (class 2 excitability); rest and
#    firing coexist between the two (a current step from rest fires, a current raised slowly does
#    not); at 8 µA/cm² the firing period is 16.0077 ms.
# 6. p. 528: the propagated action potential at 18.5 °C in an axon of radius 238 µm and
#    axoplasm resistivity 35.4 Ω cm travels at 18.8 m/s (hand computation); a precise modern
#    solution of the same equations gives 18.732 m/s, a peak of 90.6 mV and an undershoot to
#    −9.7 mV (Hendrick 2026).
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
import jax

jax.config.update("jax_enable_x64", True)  # thresholds and bifurcation points are compared to 4–6 digits

import jax.numpy as jnp
import matplotlib.pyplot as plt
import numpy as np

import neurorepro as nr
from neurorepro.integrators import exponential_euler, rk4
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
# ratios, so the core's integrators and runner apply unchanged.) The equations are integrated by
# classical fourth-order Runge–Kutta (`neurorepro.integrators.rk4`) with step `dt`.

# %%
G_NA, G_K, G_L = 120.0, 36.0, 0.3        # maximal conductances [mS/cm²] (Table 3)
E_NA, E_K, E_L = 115.0, -12.0, 10.613    # reversal potentials, depolarisation from rest [mV] (Table 3)
C_M = 1.0                                # membrane capacity [µF/cm²]
SPIKE_LEVEL = 50.0                       # an upward crossing of this depolarisation [mV] counts as a spike


def temperature_factor(celsius):
    """φ = 3^((T − 6.3)/10): the paper's Q10 of 3 for every rate constant."""
    return 3.0 ** ((celsius - 6.3) / 10.0)


def psi(x):
    """x / (e^x − 1), continued by 1 − x/2 near x = 0 (where the quotient is 0/0)."""
    near_zero = jnp.abs(x) < 1e-6
    safe = jnp.where(near_zero, 1.0, x)
    return jnp.where(near_zero, 1.0 - 0.5 * x, safe / jnp.expm1(safe))


def rate_constants(V):
    """(α, β) of the gates m, h, n at depolarisation V [mV], in 1/ms at 6.3 °C."""
    return {
        "m": (psi((25.0 - V) / 10.0), 4.0 * jnp.exp(-V / 18.0)),
        "h": (0.07 * jnp.exp(-V / 20.0), 1.0 / (jnp.exp((30.0 - V) / 10.0) + 1.0)),
        "n": (0.1 * psi((10.0 - V) / 10.0), 0.125 * jnp.exp(-V / 80.0)),
    }


def steady_gates(V):
    """x∞(V) = α / (α + β) for each gate."""
    return {x: a / (a + b) for x, (a, b) in rate_constants(V).items()}


def ionic_current(V, gates):
    """Outward ionic current density [µA/cm²]."""
    m, h, n = gates["m"], gates["h"], gates["n"]
    return G_NA * m**3 * h * (V - E_NA) + G_K * n**4 * (V - E_K) + G_L * (V - E_L)


def gate_derivatives(V, gates, phi):
    rates = rate_constants(V)
    return {x: phi * (rates[x][0] * (1.0 - gates[x]) - rates[x][1] * gates[x]) for x in ("m", "h", "n")}


def membrane_field(t, y, params):
    """d/dt of y = {V, m, h, n} of a space-clamped membrane under the constant current params["I"]."""
    return {"V": (params["I"] - ionic_current(y["V"], y)) / C_M, **gate_derivatives(y["V"], y, params["phi"])}


# %% [markdown]
# ### The runner's step
#
# One step function serves every membrane experiment below. Besides the four variables it carries
# what the experiments measure, so that large sweeps need no recorded traces: after `t_count`, the
# number of upward crossings of the level `level` (50 mV, a spike, unless stated otherwise), the
# first and last crossing times, each interpolated linearly inside its step, and the highest and
# lowest V. The parameters are the applied current, the temperature factor, that level, and an
# instantaneous shock — a charge $Q$ delivered at step `shock_step` (HH's "brief shock", which
# displaces V by $Q / C_M$; −1 for none).

# %%
def membrane_step(state, params, clock):
    V_start = state["V"] + jnp.where(clock.i == params["shock_step"], params["shock"] / C_M, 0.0)
    y = rk4(membrane_field, clock.t, {"V": V_start, "m": state["m"], "h": state["h"], "n": state["n"]}, clock.dt, params)
    level = params["level"]
    crossed = (V_start < level) & (y["V"] >= level)
    t_cross = clock.t + clock.dt * (level - V_start) / (y["V"] - V_start)
    counting = clock.t >= params["t_count"]
    counted = crossed & counting
    return {
        **y,
        "n_spikes": state["n_spikes"] + counted,
        "t_first": jnp.where(counted & (state["n_spikes"] == 0), t_cross, state["t_first"]),
        "t_last": jnp.where(counted, t_cross, state["t_last"]),
        "V_high": jnp.where(counting, jnp.maximum(state["V_high"], y["V"]), state["V_high"]),
        "V_low": jnp.where(counting, jnp.minimum(state["V_low"], y["V"]), state["V_low"]),
    }


def membrane_state(V, gates):
    """Initial states for a batch of membranes at depolarisations V with the given gate values."""
    V = jnp.asarray(V, float)
    return {"V": V, **{x: jnp.broadcast_to(jnp.asarray(gates[x], float), V.shape) for x in ("m", "h", "n")},
            "n_spikes": jnp.zeros(V.shape, int), "t_first": jnp.zeros(V.shape), "t_last": jnp.zeros(V.shape),
            "V_high": jnp.full(V.shape, -1e3), "V_low": jnp.full(V.shape, 1e3)}  # finite sentinels: the runner rejects inf


def membrane_params(I=0.0, celsius=temperature, shock_time=None, shock=0.0, t_count=0.0, level=SPIKE_LEVEL, size=None):
    """A batch of parameters (every argument broadcast to the batch size)."""
    shock_step = -1 if shock_time is None else np.round(np.asarray(shock_time) / dt).astype(int)
    columns = {"I": I, "phi": temperature_factor(celsius), "shock_step": shock_step, "shock": shock,
               "t_count": t_count, "level": level}
    size = size or max(np.size(v) for v in columns.values())
    return {k: jnp.asarray(np.broadcast_to(v, (size,))) for k, v in columns.items()}


# %% [markdown]
# ## The resting state and its stability
#
# A fixed point has every gate at its steady value $x_\infty(V)$ and $I = I_\infty(V)$, the
# steady-state current–voltage relation; $I_\infty$ increases with V, so each current has exactly
# one fixed point (proved for 0–200 µA/cm² by Hendrick 2026). We invert it by Newton's method on a
# grid of currents, and take the Jacobian of the four-dimensional field there with `jax.jacfwd`
# (all in one compiled call). At I = 0 the fixed point is not exactly V = 0: the paper rounded
# $E_L$ to 10.613 mV, and the resting ionic current is then −0.0042 µA/cm² instead of zero, which
# moves rest by a few µV.

# %%
def steady_current(V):
    return ionic_current(V, steady_gates(V))


@jax.jit
def fixed_points(currents):
    """For each current: the fixed point {V, m, h, n} and the Jacobian of the field there (6.3 °C)."""
    slope = jax.vmap(jax.grad(steady_current))
    newton = lambda _, V: V - (jax.vmap(steady_current)(V) - currents) / slope(V)  # noqa: E731
    V = jax.lax.fori_loop(0, 40, newton, jnp.zeros_like(currents))  # I∞ is increasing and smooth: 40 steps are plenty
    state = {"V": V, **steady_gates(V)}

    def jacobian(state, current):
        field = lambda y: membrane_field(0.0, y, {"I": current, "phi": 1.0})  # noqa: E731
        as_matrix = lambda tree: jnp.stack([tree[k] for k in ("V", "m", "h", "n")])  # noqa: E731
        rows = jax.jacfwd(field)(state)  # rows[output][input]
        return jnp.stack([as_matrix(rows[k]) for k in ("V", "m", "h", "n")])

    return state, jax.vmap(jacobian)(state, currents)


current_grid = np.round(np.arange(0.0, 200.0 + 1e-9, 0.02), 6)
equilibria, jacobians = fixed_points(jnp.asarray(current_grid))
equilibria = {k: np.asarray(v) for k, v in equilibria.items()}
eigenvalues = np.linalg.eigvals(np.asarray(jacobians))
leading = eigenvalues.real.max(axis=1)

rest = {k: float(v[0]) for k, v in equilibria.items()}
rest_eigenvalues = eigenvalues[0][np.argsort(-eigenvalues[0].real)]
rest_residual = float(steady_current(jnp.asarray(rest["V"])))
print(f"rest: V = {rest['V'] * 1e3:.4f} µV, m = {rest['m']:.4f}, h = {rest['h']:.4f}, "
      f"n = {rest['n']:.4f};  residual current {rest_residual:.1e} µA/cm²")
print("eigenvalues at rest [1/ms]:", ", ".join(f"{z.real:.4f}{z.imag:+.4f}i" for z in rest_eigenvalues))

# Hopf points: where the leading real part changes sign, located by linear interpolation on the 0.02 grid
sign_changes = np.flatnonzero(np.diff(np.sign(leading)) != 0)
hopf_currents = [current_grid[k] - leading[k] * (current_grid[k + 1] - current_grid[k]) / (leading[k + 1] - leading[k])
                 for k in sign_changes]
hopf_frequencies = [np.abs(eigenvalues[k].imag).max() / (2 * np.pi) * 1e3 for k in sign_changes]
for I_h, f_h in zip(hopf_currents, hopf_frequencies):
    print(f"Hopf bifurcation at I = {I_h:.4f} µA/cm², frequency of the critical pair {f_h:.1f} Hz")

# %% [markdown]
# The rest is a stable focus: the leading eigenvalues form a complex pair with a negative real
# part, so small displacements die out as damped oscillations (the paper's Fig. 21 shows such subthreshold responses),
# and the other two eigenvalues are real and negative. The largest real part crosses zero twice:
# at ≈ 9.78 µA/cm² the rest becomes unstable and at ≈ 154.5 µA/cm² it becomes stable again (see
# the repetitive-firing section).

# %% [markdown]
# ## Fig. 12 — membrane action potentials and the threshold
#
# Hodgkin and Huxley computed the response of a space-clamped membrane (their "membrane action
# potential") to an instantaneous depolarisation, i.e. a short shock that charges the membrane
# capacity while leaving the gates at rest: their Fig. 12 shows initial depolarisations of 90, 15,
# 7 and 6 mV at 6.3 °C. The first three give action potentials; the 6-mV one subsides. We run the
# same four, a fine grid of initial depolarisations between 6 and 7 mV to locate the threshold, the
# anode-break experiment of Fig. 22, the refractoriness experiment of Fig. 20 (both described
# below) and two constant-current examples, all in one `neurorepro.sweep` (one compiled, vmapped
# run with a batched initial state).

# %%
fig12_depolarisations = [90.0, 15.0, 7.0, 6.0]
threshold_grid = np.round(np.arange(6.0, 7.0 + 1e-9, 0.01), 6)
refractory_intervals = np.round(np.arange(2.0, 30.0 + 1e-9, 0.25), 6)  # ms between the two shocks (Fig. 20)
conditioning_shock, test_shock = 15.0, 90.0  # nC/cm² (Fig. 20)
anode_break_level = -30.0                    # mV, a long hyperpolarisation (Fig. 22)
example_current = 8.0                        # µA/cm², inside the bistable range
at_8 = int(np.argmin(np.abs(current_grid - example_current)))
rest_at_8 = {k: v[at_8] for k, v in equilibria.items()}

groups = {  # name: (initial V, initial gates, params)
    "fig12": (fig12_depolarisations, rest, membrane_params(size=4)),
    "threshold": (threshold_grid, rest, membrane_params(size=threshold_grid.size)),
    "anode_break": ([anode_break_level], steady_gates(anode_break_level), membrane_params(size=1)),
    "refractory": (np.full(refractory_intervals.size, conditioning_shock), rest,
                   membrane_params(shock_time=refractory_intervals, shock=test_shock)),
    "firing_at_8": ([rest_at_8["V"] + 15.0], rest_at_8, membrane_params(I=example_current, size=1)),
    "resting_at_8": ([rest_at_8["V"]], rest_at_8, membrane_params(I=example_current, size=1)),
}
states, params, slices, start = [], [], {}, 0
for name, (V0, gates0, p) in groups.items():
    states.append(membrane_state(V0, gates0))
    params.append(p)
    slices[name] = slice(start, start + len(V0))
    start += len(V0)
protocol_state = jax.tree.map(lambda *xs: jnp.concatenate(xs), *states)
protocol_params = jax.tree.map(lambda *xs: jnp.concatenate(xs), *params)
protocol = nr.sweep(membrane_step, protocol_state, protocol_params, duration=protocol_duration, dt=dt,
                    batch_state=True, monitors={"V": nr.StateMonitor("V")}, progress=False)
t_protocol = np.concatenate([[0.0], protocol["V"][0].t])
V_traces = np.stack([np.concatenate([[float(protocol_state["V"][k])], tr.values]) for k, tr in enumerate(protocol["V"])])
peaks = V_traces.max(axis=1)


def traces(name):
    return V_traces[slices[name]]


fires = traces("threshold").max(axis=1) >= SPIKE_LEVEL
first_firing = int(np.argmax(fires))
threshold_bracket = (threshold_grid[first_firing - 1], threshold_grid[first_firing])
all_or_none = bool(np.all(fires[first_firing:]) and not np.any(fires[:first_firing]))
fig12_fires = [bool(v.max() >= SPIKE_LEVEL) for v in traces("fig12")]
print(f"threshold for an instantaneous depolarisation: between {threshold_bracket[0]:.2f} and "
      f"{threshold_bracket[1]:.2f} mV (a charge of {threshold_bracket[1] * C_M:.2f} nC/cm²); "
      f"all-or-none on the grid: {all_or_none}")
for V0, v in zip(fig12_depolarisations, traces("fig12")):
    print(f"  {V0:4.0f} mV: peak {v.max():6.2f} mV" + (f" at {t_protocol[np.argmax(v)]:.2f} ms" if v.max() > V0 else ""))

spike = traces("fig12")[1]  # the 15-mV response, the paper's standard example
above_half = t_protocol[spike > 0.5 * spike.max()]
after_peak = t_protocol > t_protocol[np.argmax(spike)]
spike_summary = {
    "peak": spike.max(),
    "width_at_half_height": above_half[-1] - above_half[0],
    "undershoot": spike[after_peak].min(),
    "undershoot_time": t_protocol[after_peak][np.argmin(spike[after_peak])],
}
print(f"15-mV action potential: peak {spike_summary['peak']:.1f} mV, width at half height "
      f"{spike_summary['width_at_half_height']:.2f} ms, undershoot {spike_summary['undershoot']:.2f} mV at "
      f"{spike_summary['undershoot_time']:.1f} ms")

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
ax = axes[0]
for V0, v in zip(fig12_depolarisations, traces("fig12")):
    ax.plot(t_protocol, v, lw=1.2, label=f"{V0:g} mV")
ax.axhline(0.0, color="0.7", lw=0.6)
ax.set_xlim(0, 12)
ax.set_xlabel("time [ms]")
ax.set_ylabel("depolarisation V [mV]")
ax.set_title("Fig. 12 — responses to initial depolarisations (6.3 °C)")
ax.legend(title="initial V", fontsize=8)
ax = axes[1]
ax.plot(t_protocol, traces("threshold")[first_firing - 1], color="C3", lw=1.0,
        label=f"{threshold_bracket[0]:.2f} mV (fails)")
ax.plot(t_protocol, traces("threshold")[first_firing], color="C2", lw=1.0, label=f"{threshold_bracket[1]:.2f} mV (fires)")
ax.set_xlim(0, 12)
ax.set_xlabel("time [ms]")
ax.set_title("Just below and just above threshold")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# Close to threshold the membrane hesitates for several milliseconds before it either fires or
# subsides, as in the paper's 7-mV curve; the response is all-or-none on the 0.01-mV grid. The
# computed threshold, between 6.50 and 6.51 mV (6.5 nC/cm² for an instantaneous shock), lies
# between the paper's two values 6 and 7 mV.

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
# membrane merely discharges, and 18.5 mV for the same shock at rest, where the action potential
# overshoots the displaced level towards $E_\mathrm{Na}$. We call the response absent while the
# rise stays below 1 mV (absolute refractoriness), and the membrane recovered once the rise
# reaches its value at rest (the end of relative refractoriness).

# %%
refractory_traces = traces("refractory")
shock_rows = np.round(refractory_intervals / dt).astype(int)  # row of t_protocol at the shock time
regenerative_rise = np.array([
    v[k + 1:].max() - (v[k] + test_shock) for v, k in zip(refractory_traces, shock_rows)
])
rise_at_rest = traces("fig12")[0].max() - fig12_depolarisations[0]
rise_threshold = 1.0  # mV: a rise above this marks a regenerative response
first_response = int(np.argmax(regenerative_rise > rise_threshold))
recovered = int(np.argmax(regenerative_rise >= rise_at_rest))
absolute_end, relative_end = refractory_intervals[first_response], refractory_intervals[recovered]
no_response_before = float(regenerative_rise[:first_response].max())
recovery_monotone = bool(np.all(np.diff(regenerative_rise[first_response:recovered + 1]) > 0))
print(f"regenerative rise for 90 mV at rest: {rise_at_rest:.2f} mV")
print(f"after the 15-mV action potential: no response (largest rise {no_response_before:.2f} mV) up to "
      f"{refractory_intervals[first_response - 1]:.2f} ms; rise > {rise_threshold:g} mV from {absolute_end:.2f} ms, "
      f"back to its value at rest at {relative_end:.2f} ms, increasing in between: {recovery_monotone}")
print(f"largest rise {regenerative_rise.max():.2f} mV at {refractory_intervals[np.argmax(regenerative_rise)]:.2f} ms; "
      f"rise at {refractory_intervals[-1]:g} ms: {regenerative_rise[-1]:.2f} mV")

# %%
fig, axes = plt.subplots(1, 2, figsize=(12, 4.5))
ax = axes[0]
ax.plot(t_protocol, traces("fig12")[1], color="k", lw=1.5, label="15 mV alone")
for interval in (4.0, 6.0, 8.0, 11.0, 15.0, 25.0):
    k = int(np.argmin(np.abs(refractory_intervals - interval)))
    ax.plot(t_protocol, refractory_traces[k], lw=0.9, label=f"+ 90 mV at {interval:g} ms")
ax.set_xlim(0, 40)
ax.set_xlabel("time [ms]")
ax.set_ylabel("V [mV]")
ax.set_title("Fig. 20 — a 90-mV shock at various times after a 15-mV one")
ax.legend(fontsize=7)
ax = axes[1]
ax.plot(refractory_intervals, regenerative_rise, "o-", ms=2.5, color="C0")
ax.axhline(rise_at_rest, color="0.5", ls="--", lw=0.8, label="same shock at rest")
ax.axvline(absolute_end, color="C3", ls=":", lw=1.0, label=f"rise > {rise_threshold:g} mV: {absolute_end:.2f} ms")
ax.axvline(relative_end, color="C2", ls=":", lw=1.0, label=f"rise back to rest value: {relative_end:.2f} ms")
ax.set_xlabel("interval between the shocks [ms]")
ax.set_ylabel("regenerative rise above the shocked level [mV]")
ax.set_title("Recovery of excitability")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# ## Fig. 22 — anode-break excitation
#
# A long hyperpolarisation removes sodium inactivation (h rises towards 1) and closes potassium
# channels (n falls); on release, the membrane returns towards rest with a sodium conductance that
# is now too large and a potassium conductance too small, and it fires. We start the membrane at
# −30 mV with its gates at their steady values there (the end of a long hyperpolarising current,
# as in the paper's Fig. 22) and let it go.

# %%
anode = traces("anode_break")[0]
anode_fires = bool(anode.max() >= SPIKE_LEVEL)
print(f"release from {anode_break_level:g} mV: peak {anode.max():.1f} mV at {t_protocol[np.argmax(anode)]:.2f} ms "
      f"(h was {float(steady_gates(anode_break_level)['h']):.3f}, {rest['h']:.3f} at rest)")
fig, ax = plt.subplots(figsize=(7, 3.5))
ax.plot(t_protocol, anode, color="k")
ax.axhline(0.0, color="0.7", lw=0.6)
ax.set_xlim(0, 25)
ax.set_xlabel("time after release [ms]")
ax.set_ylabel("V [mV]")
ax.set_title(f"Fig. 22 — anode-break excitation after a {-anode_break_level:g}-mV hyperpolarisation")
fig.tight_layout()
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
# One `neurorepro.sweep` runs all currents twice (one compiled call): once switched on as a step
# from the resting state at I = 0 (the usual f–I protocol), and once started at the fixed point of
# that very current, displaced by 0.01 mV (a current raised so slowly that the membrane follows
# its rest). The rate is counted over the second half of each run, as the rate of upward crossings
# of the fixed-point voltage of that current plus 3 mV rather than of 50 mV: at large currents the
# spikes shrink (their peak is 45 mV at 100 µA/cm² and 27 mV at 150) until, at the upper Hopf
# point, the oscillation dies out; we also record its peak-to-peak amplitude.
#
# **Reference values** (6.3 °C, $E_L = 10.613$ mV): Hopf points 9.775438 and 154.522434 µA/cm²
# (computer-assisted enclosures), fold of limit cycles 6.260321 µA/cm² with period 19.8952 ms
# (50.3 Hz), and period 16.00771 ms at 8 µA/cm² (high-precision numerics) — Hendrick, C. (2026),
# *Hopf bifurcations and bistability in the Hodgkin–Huxley equations at the 1952 parameters:
# computer-assisted proofs*, preprint, github.com/ChaseHendrick/hh-dynamics. Rinzel & Miller
# (1980, *Math. Biosci.* 49, 27–59) first computed these branches; their values, 6.26 and 9.78
# µA/cm², are quoted in the later literature. **Tolerances**: the Hopf points are located on a
# 0.02 grid by interpolation (error ≪ 10⁻³); the onset is read on a grid of 0.02 µA/cm², and the
# frequency rises steeply just above the fold (≈ 1.5 Hz over one grid step), so we allow one grid
# step and 2 Hz; RK4 with dt = 0.05 ms changes the period at 8 µA/cm² by 2·10⁻⁵ ms (checked
# against dt = 0.01 ms while preparing this notebook), so we allow 10⁻³ ms.

# %%
fI_currents = np.unique(np.round(np.concatenate([
    np.arange(0.0, 6.0, 0.5), np.arange(6.0, 6.6, 0.02), np.arange(6.6, 9.5, 0.1), [example_current],
    np.arange(9.5, 10.1, 0.02), np.arange(10.5, 30.0, 1.0), np.arange(30.0, 200.1, 5.0)]), 6))
grid_rows = np.searchsorted(current_grid, fI_currents)  # fixed points of these currents, from the grid above
assert np.allclose(current_grid[grid_rows], fI_currents)
n_I = fI_currents.size
start_from_rest = membrane_state(np.zeros(n_I), rest)
start_at_fixed_point = membrane_state(equilibria["V"][grid_rows] + 0.01, {x: equilibria[x][grid_rows] for x in "mhn"})
fI_state = jax.tree.map(lambda a, b: jnp.concatenate([a, b]), start_from_rest, start_at_fixed_point)
oscillation_level = equilibria["V"][grid_rows] + 3.0
fI_params = membrane_params(I=np.tile(fI_currents, 2), t_count=fI_duration / 2, level=np.tile(oscillation_level, 2))
fI_run = nr.sweep(membrane_step, fI_state, fI_params, duration=fI_duration, dt=dt, batch_state=True, progress=False)
n_spikes = np.asarray(fI_run.state["n_spikes"])
span = np.asarray(fI_run.state["t_last"]) - np.asarray(fI_run.state["t_first"])
rates = np.where(n_spikes >= 2, (n_spikes - 1) / np.where(n_spikes >= 2, span, 1.0) * 1e3, 0.0)  # Hz
rate_step, rate_slow = rates[:n_I], rates[n_I:]
amplitude = np.asarray(fI_run.state["V_high"]) - np.asarray(fI_run.state["V_low"])
amplitude_step, amplitude_slow = amplitude[:n_I], amplitude[n_I:]

firing = rate_step > 0
onset_index = int(np.argmax(firing))
onset_current = fI_currents[onset_index]
onset_rate = rate_step[onset_index]
steps_from_rest_fire_above_onset = bool(np.all(firing[onset_index:][fI_currents[onset_index:] <= 150]))
period_at_8 = 1e3 / rate_step[np.flatnonzero(fI_currents == example_current)[0]]
slow_firing = rate_slow > 0
slow_onset = fI_currents[int(np.argmax(slow_firing))]
silent_below_hopf = bool(not np.any(slow_firing[fI_currents < hopf_currents[0]]))
# well above the Hopf point the fixed point is unstable fast enough to be left within the run
unstable_range = (fI_currents >= 10.5) & (fI_currents <= 150.0)
slow_fires_when_unstable = bool(np.all(slow_firing[unstable_range]))
bistable = (rate_step > 0) & (rate_slow == 0)
print(f"step from rest: firing from I = {onset_current:.2f} µA/cm² at {onset_rate:.1f} Hz "
      f"(no firing at {fI_currents[onset_index - 1]:.2f}); period at {example_current:g} µA/cm²: {period_at_8:.5f} ms")
print(f"slowly raised current: rest kept up to {fI_currents[int(np.argmax(slow_firing)) - 1]:.2f}, firing from "
      f"{slow_onset:.2f} µA/cm²;  bistable on the grid for I in "
      f"[{fI_currents[bistable].min():.2f}, {fI_currents[bistable].max():.2f}]")
for I in (20.0, 50.0, 100.0, 150.0, 160.0):
    k = int(np.argmin(np.abs(fI_currents - I)))
    print(f"  I = {I:5.0f} µA/cm²: {rate_step[k]:5.1f} Hz, peak-to-peak {amplitude_step[k]:6.2f} mV")

# %%
fig, axes = plt.subplots(2, 2, figsize=(12, 7.5))
ax = axes[0, 0]
ax.plot(fI_currents, rate_step, "o-", ms=2.5, color="C0", label="step from rest (I = 0)")
ax.plot(fI_currents, rate_slow, "s", ms=2.5, color="C1", mfc="none", label="started at the fixed point of I")
for I_h in hopf_currents:
    ax.axvline(I_h, color="C3", ls=":", lw=1.0)
ax.set_xlabel("I [µA/cm²]")
ax.set_ylabel("firing rate [Hz]")
ax.set_title("f–I curve (6.3 °C); dotted: Hopf points")
ax.legend(fontsize=8, loc="lower right")
ax = axes[0, 1]
ax.plot(fI_currents, np.where(firing, amplitude_step, 0.0), "o-", ms=2.5, color="C0")
for I_h in hopf_currents:
    ax.axvline(I_h, color="C3", ls=":", lw=1.0)
ax.set_xlabel("I [µA/cm²]")
ax.set_ylabel("peak-to-peak V [mV]")
ax.set_title("Spike height shrinks to zero at the upper Hopf point")
ax = axes[1, 0]
ax.plot(fI_currents, rate_step, "o-", ms=3, color="C0")
ax.plot(fI_currents, rate_slow, "s", ms=3, color="C1", mfc="none")
ax.axvline(hopf_currents[0], color="C3", ls=":", lw=1.0, label=f"Hopf {hopf_currents[0]:.2f}")
ax.axvline(6.260321, color="0.4", ls="--", lw=1.0, label="fold of cycles 6.26")
ax.set_xlim(5.5, 10.5)
ax.set_xlabel("I [µA/cm²]")
ax.set_title("Class-2 onset and bistability")
ax.legend(fontsize=8, loc="center right")
ax = axes[1, 1]
k_fire, k_rest = slices["firing_at_8"].start, slices["resting_at_8"].start
ax.plot(t_protocol, V_traces[k_fire], color="C0", lw=1.0, label="after a 15-mV shock")
ax.plot(t_protocol, V_traces[k_rest], color="C1", lw=1.5, label="at its fixed point")
ax.set_xlabel("time [ms]")
ax.set_ylabel("V [mV]")
ax.set_title(f"Bistability at I = {example_current:g} µA/cm²")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# The f–I curve jumps from zero to about 50 Hz: no current gives a slower spike train. A current
# step from rest fires repeatedly from the fold of cycles on, because the step itself is a large
# enough perturbation; a current raised slowly leaves the membrane at rest up to the Hopf point
# (on our grid firing starts at 10.5 µA/cm²: just above the Hopf point the instability grows too
# slowly to leave the fixed point within the run), and between the two the state depends on
# history. At large currents the spikes shrink (the rate still rises, to 168 Hz at 150 µA/cm²),
# and the stable limit cycle collapses onto the fixed point at the upper, supercritical Hopf
# point: from 155 µA/cm² on, a current step gives only damped oscillations.

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
# end. Each step updates the gates by exponential Euler (`neurorepro.integrators.exponential_euler`,
# exact for frozen V) and then V by a backward-Euler step of the cable equation with the ionic
# current linearised in V, which is a tridiagonal linear system (solved with
# `jax.lax.linalg.tridiagonal_solve`; the cable's diffusion is too stiff for an explicit step).
# The split scheme is first-order in time, so we run it at `cable_dt` and `cable_dt / 2` and
# extrapolate (Richardson); the difference between the two runs bounds the error that is left.

# %%
AXON_RADIUS = 0.0238          # a [cm] (p. 528: 238 µm)
AXOPLASM_RESISTIVITY = 35.4   # R2 [Ω cm] (p. 528)
AXIAL = AXON_RADIUS / (2.0 * AXOPLASM_RESISTIVITY) * 1e3  # a / 2R2 in µA/cm² per mV/cm²


def cable_step(state, params, clock):
    V, dx = state["V"], params["dx"]
    gates = exponential_euler(lambda t, g, _: gate_derivatives(V, g, params["phi"]), clock.t,
                              {x: state[x] for x in ("m", "h", "n")}, clock.dt)
    g_na, g_k = G_NA * gates["m"] ** 3 * gates["h"], G_K * gates["n"] ** 4
    conductance = g_na + g_k + G_L
    driving = g_na * E_NA + g_k * E_K + G_L * E_L
    stimulus = jnp.where((clock.t < params["stim_duration"]) & (jnp.arange(V.size) < params["stim_compartments"]),
                         params["stim_current"], 0.0)
    coupling = AXIAL / dx**2
    off_diagonal = jnp.full(V.shape, -coupling)
    diagonal = C_M / clock.dt + conductance + 2.0 * coupling
    diagonal = diagonal.at[0].add(-coupling).at[-1].add(-coupling)  # sealed ends: no axial current
    V_next = jax.lax.linalg.tridiagonal_solve(
        off_diagonal.at[0].set(0.0), diagonal, off_diagonal.at[-1].set(0.0),
        (C_M / clock.dt * V + driving + stimulus)[:, None])[:, 0]
    crossed = (V < SPIKE_LEVEL) & (V_next >= SPIKE_LEVEL) & (state["t_cross"] < 0)
    t_cross = clock.t + clock.dt * (SPIKE_LEVEL - V) / (V_next - V)
    return {"V": V_next, **gates, "t_cross": jnp.where(crossed, t_cross, state["t_cross"]),
            "V_max": jnp.maximum(state["V_max"], V_next), "V_min": jnp.minimum(state["V_min"], V_next)}


n_compartments = int(round(cable_length / cable_dx))
x_cable = (np.arange(n_compartments) + 0.5) * cable_dx
cable_start = {"V": jnp.zeros(n_compartments), **{x: jnp.full(n_compartments, rest[x]) for x in "mhn"},
               "t_cross": jnp.full(n_compartments, -1.0), "V_max": jnp.zeros(n_compartments),
               "V_min": jnp.zeros(n_compartments)}
cable_params = {"dx": jnp.asarray(cable_dx), "phi": jnp.asarray(temperature_factor(temperature_propagated)),
                "stim_current": jnp.asarray(2000.0), "stim_duration": jnp.asarray(0.1),  # µA/cm², ms
                "stim_compartments": jnp.asarray(int(round(0.1 / cable_dx)))}  # the first 1 mm
measured = (x_cable > cable_length / 3) & (x_cable < 2 * cable_length / 3)  # away from the stimulus and the far end
probe = int(np.argmin(np.abs(x_cable - cable_length / 2)))


def propagation(step_size):
    """Velocity [m/s], and peak and undershoot [mV] of the propagated action potential in the middle third."""
    n_steps = int(round(cable_duration / step_size))
    out = nr.run(cable_step, cable_start, cable_params, duration=n_steps * step_size, dt=step_size,
                 chunk_steps=500, monitors={"V": nr.StateMonitor("V", indices=(probe,))}, progress=False)
    t_cross = np.asarray(out.state["t_cross"])[measured]
    velocity = np.polyfit(t_cross, x_cable[measured], 1)[0] * 10.0  # cm/ms -> m/s
    return velocity, np.asarray(out.state["V_max"])[measured].mean(), np.asarray(out.state["V_min"])[measured].mean(), out


coarse, fine = propagation(cable_dt), propagation(cable_dt / 2)
velocity, ap_peak, ap_undershoot = (2 * f - c for f, c in zip(fine[:3], coarse[:3]))
print(f"velocity: {coarse[0]:.4f} m/s (dt = {cable_dt:g} ms), {fine[0]:.4f} m/s (dt = {cable_dt / 2:g} ms), "
      f"extrapolated {velocity:.4f} m/s")
print(f"propagated spike: peak {ap_peak:.3f} mV, undershoot {ap_undershoot:.3f} mV (extrapolated)")

# %%
probe_trace = fine[3]["V"]
fig, axes = plt.subplots(1, 2, figsize=(12, 4))
ax = axes[0]
ax.plot(probe_trace.t, probe_trace.values[:, 0], color="k")
ax.set_xlabel("time [ms]")
ax.set_ylabel("V [mV]")
ax.set_title(f"Propagated action potential at x = {x_cable[probe]:.1f} cm (18.5 °C)")
ax = axes[1]
t_cross_all = np.asarray(fine[3].state["t_cross"])
ax.plot(x_cable, t_cross_all, color="C0", lw=1.5, label="time V crosses 50 mV")
ax.plot(x_cable[measured], (x_cable[measured] - x_cable[measured][0]) / (velocity / 10.0) + t_cross_all[measured][0],
        "--", color="C3", label=f"{velocity:.2f} m/s")
ax.set_xlabel("position along the axon [cm]")
ax.set_ylabel("time [ms]")
ax.set_title("Conduction at constant velocity")
ax.legend(fontsize=8)
fig.tight_layout()
plt.show()

# %% [markdown]
# **Reference values.** Hendrick (2026, work/traveling-wave/REPORT.md of the repository cited
# above) solved Hodgkin and Huxley's travelling-wave equation precisely: K = 10.4380511 ms⁻¹,
# θ = 18.731888 m/s with the paper's $E_L = 10.613$ mV (18.7322 m/s with the leak potential that
# makes the resting current exactly zero), so the paper's hand value K = 10.47 (θ = 18.76 m/s,
# printed 18.8) is 0.3 % high; the pulse peaks at 90.585 mV and undershoots to −9.672 mV (exact
# zero-current leak; the printed $E_L$ changes these by about 0.01 mV). **Tolerances**: 0.1 m/s
# against the paper's 18.8, whose third digit is rounded; 0.02 m/s against the precise value: the
# extrapolated velocity moved by less than 0.001 m/s when both time steps were halved, and the
# spatial discretisation adds less than 0.01 m/s (halving `cable_dx` moved the velocity by
# 0.006 m/s; both checked while preparing this notebook); 0.1 mV on the peak and undershoot.

# %% [markdown]
# ## Replication check

# %%
hendrick_proof = "Hendrick 2026 (computer-assisted proof)"
hendrick_numerics = "Hendrick 2026 (numerics)"
claims = [
    claim("rest: fixed point V at I = 0 [mV]", ours=rest["V"], paper=3.620669e-3,
          source="Hendrick 2026 numerics; HH Table 3 footnote", abs_tol=1e-6),
    claim("rest is stable: largest Re(eigenvalue) [1/ms]", ours=rest_eigenvalues.real.max(), paper=(-np.inf, 0.0),
          source="HH 1952 Part III (rest returns after small shocks)"),
    claim("Fig. 12: threshold bracket, lower end [mV]", ours=threshold_bracket[0], paper=(6.0, 7.0),
          source="HH 1952 Fig. 12 (6 mV fails, 7 mV fires)"),
    claim("Fig. 12: threshold bracket, upper end [mV]", ours=threshold_bracket[1], paper=(6.0, 7.0),
          source="HH 1952 Fig. 12 (6 mV fails, 7 mV fires)"),
    claim("Fig. 12: 90, 15, 7 mV fire, 6 mV does not", ours=str(fig12_fires), paper=str([True, True, True, False]),
          source="HH 1952 Fig. 12"),
    claim("Fig. 20: largest rise for 90 mV during the spike [mV]", ours=no_response_before, paper=(-np.inf, rise_threshold),
          source="HH 1952 Fig. 20 (absolute refractoriness)"),
    claim("Fig. 20: no response until [ms] after the first shock", ours=refractory_intervals[first_response - 1],
          paper=(spike_summary["width_at_half_height"], np.inf), source="HH 1952 Fig. 20 (refractory during the spike)"),
    claim("Fig. 20: response grows until it is back to normal", ours=recovery_monotone, paper=True,
          source="HH 1952 Fig. 20 (relative refractoriness)"),
    claim("Fig. 20: rise at 30 ms / rise at rest", ours=regenerative_rise[-1] / rise_at_rest, paper=(0.9, 1.1),
          source="HH 1952 Fig. 20 (recovery)"),
    claim("Fig. 22: release from -30 mV fires", ours=anode_fires, paper=True, source="HH 1952 Fig. 22 (anode break)"),
    claim("lower Hopf point [µA/cm²]", ours=hopf_currents[0], paper=9.775438, source=hendrick_proof, abs_tol=1e-3),
    claim("upper Hopf point [µA/cm²]", ours=hopf_currents[1], paper=154.522434, source=hendrick_proof, abs_tol=1e-3),
    claim("onset of repetitive firing [µA/cm²]", ours=onset_current, paper=6.260321,
          source=f"{hendrick_numerics}; Rinzel & Miller 1980: 6.26", abs_tol=0.02),
    claim("rate at onset [Hz]", ours=onset_rate, paper=50.3, source=f"{hendrick_numerics}, fold period 19.895 ms",
          abs_tol=2.0),
    claim("step from rest: fires for all I, onset ≤ I ≤ 150", ours=steps_from_rest_fire_above_onset, paper=True,
          source="Rinzel & Miller 1980 (stable spike train)"),
    claim("started at its fixed point: silent for all I < Hopf", ours=silent_below_hopf, paper=True,
          source=f"{hendrick_proof}: rest stable below the Hopf point"),
    claim("started at its fixed point: fires, 10.5 ≤ I ≤ 150", ours=slow_fires_when_unstable, paper=True,
          source=f"{hendrick_proof}: rest unstable between the Hopf points"),
    claim("period at I = 8 µA/cm² [ms]", ours=period_at_8, paper=16.00771, source=hendrick_numerics, abs_tol=1e-3),
    claim("conduction velocity at 18.5 °C [m/s]", ours=velocity, paper=18.8, source="HH 1952 p. 528", abs_tol=0.1),
    claim("conduction velocity, precise [m/s]", ours=velocity, paper=18.731888,
          source="Hendrick 2026, travelling-wave report", abs_tol=0.02),
    claim("propagated spike peak [mV]", ours=ap_peak, paper=90.585, source="Hendrick 2026, travelling-wave report",
          abs_tol=0.1),
    claim("propagated spike undershoot [mV]", ours=ap_undershoot, paper=-9.672,
          source="Hendrick 2026, travelling-wave report", abs_tol=0.1),
]
report(claims)
