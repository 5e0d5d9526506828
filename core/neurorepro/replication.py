"""The replication check that closes every notebook: each claim of the paper, what kind of
evidence it rests on, the published value and where it is published, our value, the tolerance,
and whether it reproduces.

    claims = [
        claim("largest Lyapunov exponent", ours=lam, paper=0.9056, kind="secondary",
              source="Sprott 2003, Table A.1", abs_tol=0.02),
        claim("tonic spiking: spikes in 200 ms", ours=n, paper=6, kind="figure",
              source="Fig. 1(A), counted on the published trace", abs_tol=1),
        claim("onset period", ours=T, paper=5.1, kind="published", source="Table 2",
              rel_tol=0.01, not_reproduced="we find 5.6 ms at the paper's parameters; ..."),
    ]
    report(claims)   # prints the table and the counts per kind; raises ReplicationFailed if a
                     # claim fails that is not stated as not reproduced

Each claim's ``kind`` is one of :data:`KINDS`. A ``paper`` value given as a pair ``(low, high)``
is a range the source gives; otherwise the claim passes when |ours − paper| ≤ abs_tol, or
≤ rel_tol·|paper| (exact equality if neither is given).

A claim that does not reproduce is reported as such: give ``not_reproduced`` the reason (what we
find and why it may differ), and the claim appears as "not reproduced" in the table and in the
counts without raising. Its claim, paper value and tolerance stay what the paper says. If such a
claim starts to pass, ``report`` raises too, so that the statement never goes stale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: The kinds of evidence a claim can rest on, and how the table describes them.
KINDS = {
    "published": "a number the paper publishes (text or table)",
    "figure": "a value read off a published figure",
    "qualitative": "a qualitative statement of the paper",
    "identity": "a mathematical identity or closed form",
    "reference": "a reference run of another simulator (script and data in data/)",
    "secondary": "a secondary source (another gallery, a later paper)",
}

#: Kinds that compare a number the paper itself publishes, in its text, tables or figures.
PUBLISHED_KINDS = ("published", "figure")


class ReplicationFailed(AssertionError):
    """At least one claim of the paper was not reproduced (and not stated as such), or a claim
    stated as not reproduced now passes."""


@dataclass(frozen=True)
class Claim:
    name: str
    ours: float
    paper: object
    source: str
    kind: str
    abs_tol: float | None = None
    rel_tol: float | None = None
    not_reproduced: str | None = None

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
    def outcome(self) -> str:
        """"yes", "NO", "not reproduced" (stated, and failing) or "PASSES" (stated, yet passing)."""
        if self.not_reproduced is None:
            return "yes" if self.passed else "NO"
        return "PASSES" if self.passed else "not reproduced"

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


def claim(name: str, ours, paper, source: str, *, kind: str, abs_tol: float | None = None,
          rel_tol: float | None = None, not_reproduced: str | None = None) -> Claim:
    """One checkable claim; see the module docstring.

    Args:
        name: what is claimed, in the paper's terms.
        ours: the value this notebook computes.
        paper: the source's value, or a ``(low, high)`` range the source gives.
        source: where the value is stated: the table or page, the figure (required for
            ``kind="figure"``), or the data file under ``data/`` (required for ``kind="reference"``).
        kind: one of :data:`KINDS`.
        abs_tol, rel_tol: the tolerance (≥ 0); neither means exact equality.
        not_reproduced: the reason, for a claim that does not reproduce at the paper's parameters.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    if kind == "figure" and "fig" not in source.lower():
        raise ValueError(f"a figure read-off must name its figure in source, got {source!r}")
    if kind == "reference" and "data/" not in source:
        raise ValueError(f"a reference run must name its data file (data/...) in source, got {source!r}")
    if isinstance(paper, tuple) and (abs_tol is not None or rel_tol is not None):
        raise ValueError("a (low, high) paper range takes no abs_tol/rel_tol")
    for label, tol in (("abs_tol", abs_tol), ("rel_tol", rel_tol)):
        if tol is not None and not tol >= 0:
            raise ValueError(f"{label} must be >= 0, got {tol!r}")
    if not_reproduced is not None and not (isinstance(not_reproduced, str) and not_reproduced.strip()):
        raise ValueError(f"not_reproduced must be a non-empty reason, got {not_reproduced!r}")
    if hasattr(ours, "item"):
        ours = ours.item()
    return Claim(name, ours, paper, source, kind, abs_tol, rel_tol, not_reproduced)


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
    header = ("claim", "kind", "paper", "source", "ours", "tolerance", "reproduced")
    rows = [(c.name, c.kind, _fmt(c.paper), c.source, _fmt(c.ours), c.tolerance, c.outcome) for c in claims]
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header))]
    line = lambda r: "  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip()  # noqa: E731
    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *map(line, rows)])


def counts(claims: list[Claim]) -> dict[str, dict[str, int]]:
    """Per kind: how many claims were compared, reproduced, and stated as not reproduced."""
    out = {}
    for kind in KINDS:
        of_kind = [c for c in claims if c.kind == kind]
        out[kind] = {"compared": len(of_kind),
                     "reproduced": sum(c.passed for c in of_kind),
                     "not_reproduced": sum(c.not_reproduced is not None and not c.passed for c in of_kind)}
    return out


def summary_line(claims: list[Claim]) -> str:
    """One line that the gallery table in the README is built from (see ``ci/gallery_table.py``):
    published numbers and figure read-offs reproduced of compared, other checks, stated
    non-reproductions."""
    per_kind = counts(claims)
    published = [per_kind[k] for k in PUBLISHED_KINDS]
    other = [v for k, v in per_kind.items() if k not in PUBLISHED_KINDS]
    return (f"summary: published {sum(v['reproduced'] for v in published)}/{sum(v['compared'] for v in published)}"
            f" · other checks {sum(v['reproduced'] for v in other)}/{sum(v['compared'] for v in other)}"
            f" · stated non-reproductions {sum(v['not_reproduced'] for v in per_kind.values())}")


def report(claims: list[Claim]) -> None:
    """Print the table of ``claims``, the counts per kind and the stated non-reproductions with
    their reasons; raise :class:`ReplicationFailed` if a claim fails that is not stated as not
    reproduced, or a claim stated as not reproduced passes."""
    if not claims:
        raise ValueError("report needs at least one claim")
    print(table(claims))
    print()
    for kind, c in counts(claims).items():
        if c["compared"]:
            stated = f", {c['not_reproduced']} stated as not reproduced" if c["not_reproduced"] else ""
            print(f"{kind:<12} {c['reproduced']:>3} of {c['compared']:<3} reproduced{stated}  ({KINDS[kind]})")
    stated = [c for c in claims if c.not_reproduced is not None]
    if stated:
        print("\nNot reproduced, and why:")
        for c in stated:
            print(f"- {c.name}: {c.not_reproduced}")
    print()
    print(summary_line(claims))
    failed = [c.name for c in claims if c.outcome == "NO"]
    stale = [c.name for c in claims if c.outcome == "PASSES"]
    problems = []
    if failed:
        problems.append("not reproduced: " + "; ".join(failed))
    if stale:
        problems.append("stated as not reproduced but now passes (update the notebook): " + "; ".join(stale))
    if problems:
        raise ReplicationFailed(" | ".join(problems))
