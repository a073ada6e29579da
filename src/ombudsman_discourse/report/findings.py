"""The report's findings: statements rendered from computed values, each with the sentences that show it and
those that speak against it, never typed by hand.

A finding is made only where it is informative for this interview (the candidates in :mod:`.finding_rules`
say when they are not, and why: the report lists those too). Ties are said as ties, counts below :data:`FEW`
as counts, and each finding names the codes it rests on with their agreement on the latest held-out set, or
the analyst's review when the sidecar names one.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..output import StageOutput
from .figure_registry import FIGURE_NUMBERS

FEW = 5  # fewer sentences than this are reported as counts and read as an indication
QUOTE_CHARS = 320  # a quoted sentence longer than this is cut, with an ellipsis


@dataclass(frozen=True)
class Finding:
    key: str
    claim: str
    evidence: str
    quotes: tuple[tuple[int, str], ...]  # (sentence id, text): the sentences that best show it
    against: tuple[tuple[int, str], ...]  # the sentences that speak against it
    against_note: str  # what speaks against it, or why nothing does
    codes: str  # the codes it rests on and how far they were validated
    validated: bool
    tables: tuple[str, ...]
    figure: str | None  # file name in figures/<interview_id>/, a key of FIGURE_NUMBERS
    caveat: str
    section: str  # where the notebooks explain the method: "notebook 04, section 2"


@dataclass(frozen=True)
class NotMade:
    """A candidate finding left out, and why (it would not be informative for this interview)."""

    key: str
    reason: str


def quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def pick(claims: pd.DataFrame, mask, k: int = 3) -> tuple[tuple[int, str], ...]:
    """Up to ``k`` sentences of ``claims`` where ``mask`` holds, from as many answers as possible, in reading
    order: the first sentence of each answer first."""
    if not len(claims):
        return ()
    rows = np.flatnonzero(np.asarray(mask, dtype=bool))
    turns = claims["turn_id"].to_numpy()
    seen, first, rest = set(), [], []
    for r in rows:  # plain lists: pandas row access per sentence cost most of the findings' time
        (rest if turns[r] in seen else first).append(r)
        seen.add(turns[r])
    chosen = sorted((first + rest)[:k])
    ids, texts = claims["sentence_id"].to_numpy(), claims["text"].to_numpy()
    return tuple((int(ids[r]), quote(texts[r])) for r in chosen)


def report_findings(interview, tables: dict, codebook) -> tuple[list[Finding], list[NotMade]]:
    """The findings of notebook 06 in the order it presents them (those resting on validated codes first, then
    the indications), and the candidates left out with why."""
    from . import finding_rules as rules

    made, left = [], []
    for candidate in rules.CANDIDATES:
        result = candidate(interview, tables, codebook)
        (made if isinstance(result, Finding) else left).append(result)
    return sorted(made, key=lambda f: not f.validated), left  # findings first, then indications


def findings_table(findings: list[Finding]) -> pd.DataFrame:
    """One row per finding, named as in the report ("Finding 1", "Indication 1", :func:`numbered`), with its
    figure number and quoted sentence ids (``findings.csv``)."""
    return pd.DataFrame(
        [
            {
                "finding": name,
                "key": f.key,
                "claim": f.claim,
                "evidence": f.evidence,
                "quoted_sentences": " ".join(str(s) for s, _ in f.quotes),
                "against_sentences": " ".join(str(s) for s, _ in f.against),
                "codes": f.codes,
                "validated": f.validated,
                "tables": " ".join(f.tables),
                "figure": f.figure or "",
                "figure_number": FIGURE_NUMBERS.get(f.figure, ""),
                "caveat": f.caveat,
                "section": f.section,
            }
            for name, f in numbered(findings)
        ],
        columns=[
            "finding", "key", "claim", "evidence", "quoted_sentences", "against_sentences", "codes", "validated",
            "tables", "figure", "figure_number", "caveat", "section",
        ],
    )  # fmt: skip


def _quoted(sentences) -> str:
    return "\n".join(f"> ({sid}) {text}" for sid, text in sentences)


def numbered(findings: list[Finding]) -> list[tuple[str, Finding]]:
    """Each finding with its name in the report: "Finding k" when every code it rests on is validated (or
    decided by the analyst), else "Indication k": a pattern that points to sentences to read, not a result to
    cite. Numbered within each kind, in the order given."""
    count = {"Finding": 0, "Indication": 0}
    out = []
    for f in findings:
        kind = "Finding" if f.validated else "Indication"
        count[kind] += 1
        out.append((f"{kind} {count[kind]}", f))
    return out


def finding_markdown(name: str, finding: Finding) -> str:
    """A finding as Markdown (``name``: "Finding 2", see :func:`numbered`): the claim as a heading, its
    evidence, the sentences that show it and those against it, the codes it rests on, its sources and caveat."""
    sources = ", ".join(f"`{t}`" for t in finding.tables)
    if finding.figure:
        sources += f"; Figure {FIGURE_NUMBERS[finding.figure]} (`{finding.figure}`)"
    parts = [f"### {name}. {finding.claim}", f"**Evidence.** {finding.evidence}"]
    if finding.quotes:
        parts.append("**The sentences that show it** (sentence ids as in `claims.csv`):\n\n" + _quoted(finding.quotes))
    parts.append(f"**Against it.** {finding.against_note}")
    if finding.against:
        parts.append(_quoted(finding.against))
    status = "validated" if finding.validated else "**not validated**"
    parts += [
        f"**Codes it rests on** ({status}). {finding.codes}",
        f"**Source.** {sources}; method in {finding.section}.",
        f"**Caveat.** {finding.caveat}",
    ]
    return "\n\n".join(parts)


def not_made_markdown(left: list[NotMade]) -> str:
    if not left:
        return "Every candidate is informative for this interview, and all are reported above."
    return "Candidates left out, because on this interview they would say nothing:\n\n" + "\n".join(
        f"- *{n.key.replace('_', ' ')}*: {n.reason}" for n in left
    )


def findings_stage(interview, tables: dict, codebook) -> StageOutput:
    """The findings stage (notebook 06) for the writer: ``findings.csv`` from the earlier stages' ``tables``."""
    made, _ = report_findings(interview, tables, codebook)
    return StageOutput({"findings": findings_table(made)})
