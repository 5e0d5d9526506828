"""The replication check that closes every notebook: each claim of the paper, the published
value and where it is published, our value, the tolerance, and whether it passes.

    claims = [
        claim("largest Lyapunov exponent", ours=lam, paper=0.9056, source="Sprott 2003, Table A.1",
              abs_tol=0.02),
        claim("tonic spiking: spikes in 200 ms", ours=n, paper=(5, 9), source="Fig. 1(A)"),
    ]
    report(claims)   # prints the table; raises ReplicationFailed if any claim fails

A ``paper`` value given as a pair ``(low, high)`` is a published range; otherwise the claim
passes when |ours − paper| ≤ abs_tol, or ≤ rel_tol·|paper| (exact equality if neither is given).
"""

from __future__ import annotations

import math
from dataclasses import dataclass


class ReplicationFailed(AssertionError):
    """At least one claim of the paper was not reproduced."""


@dataclass(frozen=True)
class Claim:
    name: str
    ours: float
    paper: object
    source: str
    abs_tol: float | None = None
    rel_tol: float | None = None

    @property
    def passed(self) -> bool:
        ours = self.ours
        if isinstance(ours, float) and not math.isfinite(ours):
            return False
        if isinstance(self.paper, tuple):
            low, high = self.paper
            return low <= ours <= high
        if self.abs_tol is None and self.rel_tol is None:
            return ours == self.paper
        allowed = max(self.abs_tol or 0.0, (self.rel_tol or 0.0) * abs(self.paper))
        return abs(ours - self.paper) <= allowed

    @property
    def tolerance(self) -> str:
        if isinstance(self.paper, tuple):
            return "range"
        parts = []
        if self.abs_tol is not None:
            parts.append(f"± {_fmt(self.abs_tol)}")
        if self.rel_tol is not None:
            parts.append(f"± {100 * self.rel_tol:g} %")
        return " or ".join(parts) or "exact"


def claim(name: str, ours, paper, source: str, *, abs_tol: float | None = None,
          rel_tol: float | None = None) -> Claim:
    """One checkable claim; see the module docstring."""
    if isinstance(paper, tuple) and (abs_tol is not None or rel_tol is not None):
        raise ValueError("a (low, high) paper range takes no abs_tol/rel_tol")
    for label, tol in (("abs_tol", abs_tol), ("rel_tol", rel_tol)):
        if tol is not None and not tol >= 0:
            raise ValueError(f"{label} must be >= 0, got {tol!r}")
    if hasattr(ours, "item"):
        ours = ours.item()
    return Claim(name, ours, paper, source, abs_tol, rel_tol)


def _fmt(x) -> str:
    if isinstance(x, tuple):
        return f"{_fmt(x[0])} – {_fmt(x[1])}"
    if isinstance(x, bool) or isinstance(x, str):
        return str(x)
    if isinstance(x, int):
        return str(x)
    return f"{x:.6g}"


def table(claims: list[Claim]) -> str:
    """The claims as a fixed-width text table."""
    header = ("claim", "paper", "source", "ours", "tolerance", "pass")
    rows = [(c.name, _fmt(c.paper), c.source, _fmt(c.ours), c.tolerance, "yes" if c.passed else "NO")
            for c in claims]
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]
    line = lambda r: "  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *map(line, rows)])


def report(claims: list[Claim]) -> None:
    """Print the table of ``claims`` and raise :class:`ReplicationFailed` if any fails."""
    if not claims:
        raise ValueError("report needs at least one claim")
    print(table(claims))
    failed = [c.name for c in claims if not c.passed]
    print(f"\n{len(claims) - len(failed)} of {len(claims)} claims reproduced")
    if failed:
        raise ReplicationFailed("not reproduced: " + "; ".join(failed))
