"""Models used by more than one notebook, each in the package's convention
(:mod:`neurorepro.stepping`): a ``Params`` dataclass and a ``State`` of continuous variables
(both pytrees), ``vector_field(t, y, params)``, for spiking models an ``event`` map (threshold
and reset) and ``init``, and ``step``, the runner step with the model's usual method, its input
current taken from the run's input stream (``params.I``; ``u`` for the RNN, ``P`` for
Wilson–Cowan, ``mu0`` for Wong–Wang, ``I_ext`` for the CANN). One naming across models:
potentials v, capacitance C_m, leak g_L and E_L, input current I, thresholds and resets
v_threshold, v_peak, v_reset.
"""

from . import adex, cann, gates, hh_traub, izhikevich, lif, rnn, wilson_cowan, wong_wang

__all__ = ["adex", "cann", "gates", "hh_traub", "izhikevich", "lif", "rnn", "wilson_cowan", "wong_wang"]
