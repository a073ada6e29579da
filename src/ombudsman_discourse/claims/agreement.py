"""Agreement of automatic coding with hand coding: precision, recall, F1 and Cohen's kappa.

Cohen's kappa (Cohen 1960): ``(p_o - p_e) / (1 - p_e)`` with ``p_o`` the observed agreement and
``p_e = p_a p_b + (1 - p_a)(1 - p_b)`` the agreement expected from each coder's rate of positive
codes. Read after Krippendorff: >= 0.8 strong, 0.67-0.8 tentative. Undefined (NaN) when both
coders give a single value throughout.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

COLUMNS = ["code", "gold_positive", "auto_positive", "both", "precision", "recall", "f1", "kappa", "n"]


def binary_agreement(auto, gold) -> dict:
    """Counts and measures for two boolean sequences of equal length (automatic, hand)."""
    a, g = np.asarray(auto, dtype=bool), np.asarray(gold, dtype=bool)
    n = len(a)
    both = int((a & g).sum())
    precision = both / a.sum() if a.sum() else float("nan")
    recall = both / g.sum() if g.sum() else float("nan")
    if not (a.sum() or g.sum()):
        f1 = float("nan")  # neither coder used the code
    elif both == 0:
        f1 = 0.0
    else:
        f1 = 2 * precision * recall / (precision + recall)
    p_o = float((a == g).mean()) if n else float("nan")
    p_e = float(a.mean() * g.mean() + (1 - a.mean()) * (1 - g.mean())) if n else float("nan")
    kappa = (p_o - p_e) / (1 - p_e) if n and p_e < 1 else float("nan")
    return {
        "gold_positive": int(g.sum()),
        "auto_positive": int(a.sum()),
        "both": both,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "kappa": kappa,
        "n": n,
    }


def read_gold(path, interview_id: str | None = None) -> pd.DataFrame:
    """A hand-coding file (``#`` comment header; columns as in ``tests/data/seed_claims_gold.csv``).

    A file may hold several interviews (an ``interview_id`` column); ``interview_id`` selects one,
    and a file without rows for it is an error rather than an empty comparison.
    """
    gold = pd.read_csv(path, comment="#", keep_default_na=False, dtype={"claim_types": str, "rights_domains": str})
    if interview_id is not None and "interview_id" in gold.columns:
        gold = gold[gold["interview_id"] == interview_id].reset_index(drop=True)
        if gold.empty:
            raise ValueError(f"{path}: no hand coding for interview '{interview_id}'")
    gold["is_rights_claim"] = gold["is_rights_claim"].astype(int).astype(bool)
    return gold


def _merge(claims: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    hand = gold[["sentence_id", "is_rights_claim", "claim_types", "rights_domains"]].rename(
        columns={c: f"{c}_gold" for c in ("is_rights_claim", "claim_types", "rights_domains")}
    )
    return hand.merge(claims, on="sentence_id", validate="one_to_one")


def agreement_table(
    claims: pd.DataFrame, gold: pd.DataFrame, claim_types: list[str], domains: list[str]
) -> pd.DataFrame:
    """One row per code (``is_rights_claim``, each claim type, each rights domain), on the sentences of ``gold``."""
    merged = _merge(claims, gold)
    rows = [{"code": "is_rights_claim", **binary_agreement(merged["is_rights_claim"], merged["is_rights_claim_gold"])}]
    for column, labels in (("claim_types_gold", claim_types), ("rights_domains_gold", domains)):
        gold_sets = merged[column].str.split().apply(set)
        for label in labels:
            rows.append({"code": label, **binary_agreement(merged[label], gold_sets.apply(lambda s, x=label: x in s))})
    return pd.DataFrame(rows, columns=COLUMNS)


def disagreements(claims: pd.DataFrame, gold: pd.DataFrame, claim_types: list[str], domains: list[str]) -> pd.DataFrame:
    """Every sentence and code where automatic and hand coding differ.

    Columns ``sentence_id``, ``code``, ``auto``, ``hand``, ``text``, ``cues`` (what the coder matched).
    """
    merged = _merge(claims, gold)
    rows = []
    for r in merged.itertuples(index=False):
        if r.is_rights_claim != r.is_rights_claim_gold:
            rows.append(
                (r.sentence_id, "is_rights_claim", r.is_rights_claim, r.is_rights_claim_gold, r.text, r.rights_cues)
            )
        gold_labels = set(r.claim_types_gold.split()) | set(r.rights_domains_gold.split())
        for label in [*claim_types, *domains]:
            auto = bool(getattr(r, label))
            if auto != (label in gold_labels):
                rows.append((r.sentence_id, label, auto, label in gold_labels, r.text, r.cues))
    return pd.DataFrame(rows, columns=["sentence_id", "code", "auto", "hand", "text", "cues"])


def heldout_first_run() -> pd.DataFrame:
    """The codebook's first automatic run on held-out hand-coded interviews, as recorded when it was made
    (``data/codebook/heldout_first_run.csv``; columns as :func:`agreement_table`'s)."""
    from io import StringIO

    from ..paths import data_text

    return pd.read_csv(StringIO(data_text("codebook", "heldout_first_run.csv")), comment="#")


@dataclass(frozen=True)
class Validation:
    """The automatic coding of one interview against its hand coding."""

    gold: pd.DataFrame  # the hand coding (:func:`read_gold`)
    agreement: pd.DataFrame  # :func:`agreement_table`
    disagreements: pd.DataFrame  # :func:`disagreements`


def validate(claims: pd.DataFrame, gold_path, interview_id: str, codebook) -> Validation | None:
    """Compare ``claims`` with the hand coding at ``gold_path`` (None: no hand coding, returns None)."""
    if gold_path is None:
        return None
    gold = read_gold(gold_path, interview_id)
    claim_types, domains = codebook.labels("claim_type"), codebook.labels("rights_domain")
    return Validation(
        gold, agreement_table(claims, gold, claim_types, domains), disagreements(claims, gold, claim_types, domains)
    )
