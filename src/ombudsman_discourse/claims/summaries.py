"""Summaries of the sentence coding (notebook 03): counts and shares per code, evidence per claim type,
and sentences with their cues highlighted."""

import numpy as np
import pandas as pd

from .codebook import Codebook
from .coding import LIST_COLUMNS

SUMMARY_COLUMNS = ["category", "code", "sentences", "share", "in_rights_claims", "share_of_rights_claims"]


def flags(claims: pd.DataFrame, label: str) -> np.ndarray:
    """The boolean column ``label`` of ``claims`` as an array; empty when there are no claims (and no columns).

    The summary tables below work on these arrays: a pandas operation per code costs more than the counting.
    """
    return claims[label].to_numpy(dtype=bool) if len(claims) else np.zeros(0, dtype=bool)


def claim_summary(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Counts and shares per code: ``category``, ``code``, ``sentences``, ``share`` (of interviewee
    sentences), ``in_rights_claims`` and ``share_of_rights_claims``."""
    n, rights = len(claims), flags(claims, "is_rights_claim")
    n_rights = int(rights.sum())

    def row(category: str, label: str, col: np.ndarray) -> tuple:
        both = int((col & rights).sum())
        share = col.mean() if n else float("nan")
        return category, label, int(col.sum()), share, both, both / n_rights if n_rights else float("nan")

    rows = [row("rights_claim", "is_rights_claim", rights)]
    rows += [row(c, label, flags(claims, label)) for c in LIST_COLUMNS for label in codebook.labels(c)]
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def highlight(text: str, cues: pd.DataFrame) -> str:
    """``text`` as Markdown with every matched cue in bold and its code in brackets after it."""
    # ties broken by code name, so the same cue is labelled alike on every run
    spans = sorted(
        {(int(r.start), int(r.end), r.code) for r in cues.itertuples() if r.end > r.start},
        key=lambda s: (s[0], -s[1], s[2]),
    )
    out, pos = [], 0
    for start, end, code in spans:
        if start < pos:  # overlapping cue: already inside a highlighted span
            continue
        out.append(text[pos:start].replace("*", r"\*"))
        out.append(f"**{text[start:end]}**<sub>[{code}]</sub>")
        pos = end
    out.append(text[pos:].replace("*", r"\*"))
    return "".join(out)


def claims_by_turn(claims: pd.DataFrame, claim_types: list[str]) -> pd.DataFrame:
    """Sentences of each claim type in each answer turn: ``turn_id``, ``sentences`` (coded in the turn),
    then one count column per claim type (a sentence may count under several)."""
    columns = ["turn_id", "sentences", *claim_types]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    grouped = claims.groupby("turn_id")
    table = grouped[claim_types].sum().astype(int)
    table.insert(0, "sentences", grouped.size())
    return table.reset_index()[columns]


def evidence_by_claim_type(claims: pd.DataFrame, claim_types: list[str], kinds: list[str]) -> pd.DataFrame:
    """How often each claim type comes with checkable specifics: ``claim_type``, ``sentences``,
    ``with_evidence`` and ``share`` (empty when the type never occurs), then ``<kind>_share`` for each
    evidence kind (the share of the type's sentences carrying that kind)."""
    rows = []
    for claim in claim_types:
        part = claims[flags(claims, claim)] if len(claims) else claims
        n = len(part)
        row = {"claim_type": claim, "sentences": n}
        row["with_evidence"] = int(part["has_evidence"].sum()) if n else 0
        row["share"] = row["with_evidence"] / n if n else float("nan")
        for kind in kinds:
            row[f"{kind}_share"] = float(part[kind].mean()) if n else float("nan")
        rows.append(row)
    return pd.DataFrame(
        rows, columns=["claim_type", "sentences", "with_evidence", "share", *(f"{k}_share" for k in kinds)]
    )
