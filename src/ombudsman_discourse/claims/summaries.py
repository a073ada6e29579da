"""Summaries of the sentence coding (notebook 03): counts and shares per code, evidence per claim type,
and sentences with their cues highlighted."""

import numpy as np
import pandas as pd

from .codebook import Codebook
from .coding import LIST_COLUMNS

SUMMARY_COLUMNS = ["category", "code", "sentences", "share", "in_rights_claims", "share_of_rights_claims"]


def flags(claims: pd.DataFrame, label: str) -> np.ndarray:
    """The boolean column ``label`` of ``claims`` as an array; empty when there are no claims (and no columns)."""
    return claims[label].to_numpy(dtype=bool) if len(claims) else np.zeros(0, dtype=bool)


class Flags:
    """The boolean columns of ``claims`` taken out once, as one array: ``Flags(claims)("problem")``.

    The summaries look up a column per code, a hundred or more per table; pandas' column access costs more
    than the counting, so they read this array instead.
    """

    def __init__(self, claims: pd.DataFrame):
        flags = claims.select_dtypes(bool) if len(claims) else pd.DataFrame(index=claims.index)
        self.array = flags.to_numpy(dtype=bool)  # select_dtypes keeps the column order, a list selection copies
        self.index = {c: k for k, c in enumerate(flags.columns)}
        self.n = len(claims)

    def __call__(self, label: str) -> np.ndarray:
        if not self.n:
            return np.zeros(0, dtype=bool)
        return self.array[:, self.index[label]]


def claim_summary(claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Counts and shares per code: ``category``, ``code``, ``sentences``, ``share`` (of interviewee
    sentences), ``in_rights_claims`` and ``share_of_rights_claims``."""
    f = Flags(claims)
    n, rights = len(claims), f("is_rights_claim")
    n_rights = int(rights.sum())

    def row(category: str, label: str, col: np.ndarray) -> tuple:
        both = int((col & rights).sum())
        share = col.mean() if n else float("nan")
        return category, label, int(col.sum()), share, both, both / n_rights if n_rights else float("nan")

    rows = [row("rights_claim", "is_rights_claim", rights)]
    rows += [row(c, label, f(codebook.column(c, label))) for c in LIST_COLUMNS for label in codebook.labels(c)]
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
    turns = claims["turn_id"].array
    inside = ~np.asarray(turns.isna(), dtype=bool)  # sentences outside a turn are counted nowhere, as by groupby
    ids, turn = np.unique(np.asarray(turns[inside], dtype=np.int64), return_inverse=True)
    f = Flags(claims)  # counted with numpy: a groupby costs more than the counting on a few dozen sentences
    table = {"turn_id": pd.array(ids, dtype="Int64"), "sentences": np.bincount(turn, minlength=len(ids))}
    for claim in claim_types:
        table[claim] = np.bincount(turn, weights=f(claim)[inside], minlength=len(ids)).astype(np.int64)
    return pd.DataFrame(table, columns=columns)


def evidence_by_claim_type(claims: pd.DataFrame, claim_types: list[str], kinds: list[str]) -> pd.DataFrame:
    """How often each claim type comes with evidence: ``claim_type``, ``sentences``, ``with_evidence`` and
    ``share`` (empty when the type never occurs), then ``<kind>_share`` for each evidence kind (the share of
    the type's sentences carrying that kind)."""
    f = Flags(claims)
    rows = []
    for claim in claim_types:
        mask = f(claim)
        n = int(mask.sum())
        row = {"claim_type": claim, "sentences": n, "with_evidence": int((mask & f("has_evidence")).sum())}
        row["share"] = row["with_evidence"] / n if n else float("nan")
        for kind in kinds:
            row[f"{kind}_share"] = float((mask & f(kind)).sum() / n) if n else float("nan")
        rows.append(row)
    return pd.DataFrame(
        rows, columns=["claim_type", "sentences", "with_evidence", "share", *(f"{k}_share" for k in kinds)]
    )
