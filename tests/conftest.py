"""Core tests run in float64 so that convergence orders and exactness are measured cleanly."""

import jax

jax.config.update("jax_enable_x64", True)
jax.config.update("jax_platforms", "cpu")
