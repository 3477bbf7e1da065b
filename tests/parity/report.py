"""Parity with the official SDK: the figure, the mismatches grouped by reason, the allow-list.

    python -m tests.parity.report                 # figure and grouped reasons
    python -m tests.parity.report --all           # plus one row per mismatching operation
    python -m tests.parity.report --write-known   # rewrite known_mismatches.txt from today's code

The per-operation table is Markdown, ready for the README's list of exceptions.
"""

from __future__ import annotations

import argparse
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.parity._oracle import OracleCall, build_oracle
from tests.parity._replay import Outcome, run_replay

KNOWN_MISMATCHES = Path(__file__).with_name("known_mismatches.txt")
_SEPARATOR = " | "


@dataclass(frozen=True)
class Parity:
    """Every oracle call with the verdict on our client."""

    calls: tuple[OracleCall, ...]
    outcomes: tuple[Outcome, ...]

    @property
    def matched(self) -> int:
        return sum(outcome.matched for outcome in self.outcomes)

    @property
    def total(self) -> int:
        return len(self.outcomes)

    @property
    def figure(self) -> float:
        return self.matched / self.total if self.total else 0.0

    @property
    def mismatches(self) -> dict[str, str]:
        """Operation id -> reason, for every operation that does not match."""
        return {o.call.op_id: o.reason for o in self.outcomes if not o.matched}

    def summary(self) -> str:
        return (
            f"parity with twilio==9.10.5: {self.matched}/{self.total} operations send the "
            f"same request ({self.figure:.1%})"
        )


@functools.cache
def evaluate() -> Parity:
    """Walk the SDK and replay it on ours (cached: the test and the summary share it)."""
    calls = build_oracle()
    return Parity(tuple(calls), tuple(run_replay(calls)))


def read_known(path: Path = KNOWN_MISMATCHES) -> dict[str, str]:
    """The allow-list: ``operation id | reason`` per line; ``#`` starts a comment."""
    known = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            op_id, _, reason = line.partition(_SEPARATOR)
            known[op_id.strip()] = reason.strip()
    return known


def format_known(parity: Parity) -> str:
    """The allow-list for today's mismatches."""
    lines = [
        "# Operations of twilio==9.10.5 that twilio_async does not yet repeat exactly.",
        "# One per line: operation id | reason. Regenerate with:",
        "#     python -m tests.parity.report --write-known",
        "# test_parity.py fails on a mismatch missing here and on a line that now matches.",
    ]
    lines += [f"{op_id}{_SEPARATOR}{reason}" for op_id, reason in parity.mismatches.items()]
    return "\n".join(lines) + "\n"


def _group_key(outcome: Outcome) -> str:
    # Navigation names the missing attribute, which groups well; a rejected keyword groups
    # by its name; differences in values are too specific and group by their kind.
    if outcome.category in ("navigation", "no method"):
        return outcome.reason
    if outcome.category == "keywords rejected":
        keyword = re.search(r"'(\w+)'", outcome.detail)
        return f"keywords rejected: {keyword.group(1) if keyword else outcome.detail}"
    return str(outcome.category)


def grouped_reasons(parity: Parity, top: int | None = None) -> list[tuple[str, int]]:
    """Mismatch reasons with their counts, most frequent first."""
    counts = Counter(_group_key(o) for o in parity.outcomes if not o.matched)
    return counts.most_common(top)


def render(parity: Parity, *, every_operation: bool = False, top: int | None = None) -> str:
    """The human report: figure, grouped reasons, optionally one row per operation."""
    lines = [parity.summary(), ""]
    by_method = Counter(o.call.method for o in parity.outcomes)
    lines.append(
        "oracle operations by method: "
        + ", ".join(f"{method} {count}" for method, count in sorted(by_method.items()))
    )
    lines += ["", "| mismatches | reason |", "|---:|---|"]
    reasons = grouped_reasons(parity)
    shown = reasons if top is None else reasons[:top]
    lines += [f"| {count} | {reason} |" for reason, count in shown]
    if len(shown) < len(reasons):
        rest = sum(count for _, count in reasons[len(shown) :])
        lines.append(f"| {rest} | ({len(reasons) - len(shown)} more reasons) |")
    if every_operation:
        lines += ["", "| operation | reason |", "|---|---|"]
        lines += [f"| `{op}` | {reason} |" for op, reason in parity.mismatches.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.parity.report", description=__doc__)
    parser.add_argument("--all", action="store_true", help="one row per mismatching operation")
    parser.add_argument("--write-known", action="store_true", help="rewrite the allow-list")
    args = parser.parse_args(argv)
    parity = evaluate()
    print(render(parity, every_operation=args.all))
    if args.write_known:
        KNOWN_MISMATCHES.write_text(format_known(parity), encoding="utf-8")
        print(f"\nwrote {len(parity.mismatches)} entries to {KNOWN_MISMATCHES}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
