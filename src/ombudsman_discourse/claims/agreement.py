"""Agreement of automatic coding with hand coding: precision, recall, F1 and Cohen's kappa with a bootstrap
95 % interval, for every code a hand-coding file holds.

Cohen's kappa (Cohen 1960): ``(p_o - p_e) / (1 - p_e)`` with ``p_o`` the observed agreement and
``p_e = p_a p_b + (1 - p_a)(1 - p_b)`` the agreement expected from each coder's rate of positive codes.
Read after Krippendorff (2004): >= 0.8 strong, 0.67-0.8 tentative. Undefined (NaN) when both coders give a
single value throughout. The interval is the percentile bootstrap over sentences (Efron & Tibshirani 1993):
sentences are drawn with replacement ``B`` times from a fixed seed, so the interval is the same on every run.

A hand-coding file (``tests/data/gold/*.csv``) has one row per interviewee sentence: ``interview_id``,
``sentence_id``, ``text``, ``is_rights_claim`` (0/1), then space-separated codes per category (columns of
:data:`GOLD_COLUMNS`), ``we`` (one value or empty) and a free ``note``.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import GoldError

# category -> the hand-coding column holding its codes (space-separated)
GOLD_COLUMNS = {
    "claim_type": "claim_types",
    "right": "rights",
    "frame": "frames",
    "act": "acts",
    "locus": "locus",
    "evidence": "evidence",
    "we": "we",
    "actor": "actors",
}
COLUMNS = [
    "category", "code", "gold_positive", "auto_positive", "both", "precision", "recall", "f1", "kappa",
    "kappa_low", "kappa_high", "n",
]  # fmt: skip
BOOTSTRAP = 1000
SEED = 20141215  # any fixed number: the interval must not change between runs


def binary_agreement(auto, gold) -> dict:
    """Counts and measures for two boolean sequences of equal length (automatic, hand)."""
    a, g = np.asarray(auto, dtype=bool), np.asarray(gold, dtype=bool)
    n, n_a, n_g = len(a), int(a.sum()), int(g.sum())
    both = int((a & g).sum())
    precision = both / n_a if n_a else float("nan")
    recall = both / n_g if n_g else float("nan")
    if not (n_a or n_g):
        f1 = float("nan")  # neither coder used the code
    elif both == 0:
        f1 = 0.0
    else:
        f1 = 2 * precision * recall / (precision + recall)
    kappa = float(_kappa(np.array([both]), np.array([n_a]), np.array([n_g]), n)[0]) if n else float("nan")
    return {
        "gold_positive": n_g,
        "auto_positive": n_a,
        "both": both,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "kappa": kappa,
        "n": n,
    }


def _kappa(both: np.ndarray, n_a: np.ndarray, n_g: np.ndarray, n: int) -> np.ndarray:
    """Cohen's kappa from counts (arrays: one value per bootstrap sample)."""
    agree = (n - n_a - n_g + 2 * both) / n  # both positive or both negative
    pa, pg = n_a / n, n_g / n
    expected = pa * pg + (1 - pa) * (1 - pg)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(expected < 1, (agree - expected) / (1 - expected), np.nan)


def kappa_interval(auto, gold, draws: np.ndarray) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of kappa over the bootstrap samples ``draws`` (rows of sentence
    indices); NaN when kappa is undefined in more than half the samples."""
    a, g = np.asarray(auto, dtype=bool), np.asarray(gold, dtype=bool)
    if not len(a):
        return float("nan"), float("nan")
    aa, gg = a[draws], g[draws]
    values = _kappa((aa & gg).sum(axis=1), aa.sum(axis=1), gg.sum(axis=1), draws.shape[1])
    values = values[~np.isnan(values)]
    if len(values) < len(draws) / 2:
        return float("nan"), float("nan")
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def bootstrap_draws(n: int, b: int = BOOTSTRAP, seed: int = SEED) -> np.ndarray:
    """``b`` samples of ``n`` sentence indices drawn with replacement, the same on every run."""
    return np.random.default_rng(seed).integers(0, n, size=(b, n)) if n else np.zeros((b, 0), dtype=int)


def read_gold(path, interview_id: str | None = None) -> pd.DataFrame:
    """A hand-coding file (``#`` lines are comments). A file may hold several interviews; ``interview_id``
    selects one, and a file without rows for it is an error rather than an empty comparison."""
    try:
        gold = pd.read_csv(path, comment="#", keep_default_na=False, dtype=str)
    except (OSError, pd.errors.ParserError) as error:
        raise GoldError(f"hand coding {path}: cannot be read ({error})") from None
    missing = {"interview_id", "sentence_id", "is_rights_claim"} - set(gold.columns)
    if missing:
        raise GoldError(f"hand coding {path}: no column {', '.join(sorted(missing))}")
    if interview_id is not None:
        gold = gold[gold["interview_id"] == interview_id].reset_index(drop=True)
        if gold.empty:
            raise GoldError(f"hand coding {path}: no rows for interview '{interview_id}'")
    gold["sentence_id"] = gold["sentence_id"].astype(int)
    gold["is_rights_claim"] = gold["is_rights_claim"].str.strip().isin({"1", "true", "True", "yes"})
    for column in GOLD_COLUMNS.values():
        if column not in gold.columns:
            gold[column] = ""
    return gold


def _merge(claims: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    keep = ["interview_id", "sentence_id", "is_rights_claim", *GOLD_COLUMNS.values()]
    hand = gold[keep].rename(columns={c: f"{c}_gold" for c in keep[2:]})
    auto = claims.drop(columns=[c for c in ("turn_id",) if c in claims.columns])
    merged = hand.merge(auto, on=["interview_id", "sentence_id"], how="left", validate="one_to_one")
    if merged["text"].isna().any():
        first = merged.loc[merged["text"].isna()].iloc[0]
        raise GoldError(f"hand coding: sentence {first['sentence_id']} of {first['interview_id']} is not coded")
    return merged


def _pairs(merged: pd.DataFrame, codebook):
    """``(category, code, auto, hand)`` for the rights-claim decision and every code of every hand-coded
    category."""
    yield "rights_claim", "is_rights_claim", merged["is_rights_claim"], merged["is_rights_claim_gold"]
    for category, column in GOLD_COLUMNS.items():
        hand = merged[f"{column}_gold"].str.split().apply(set)
        auto = merged[column].fillna("").str.split().apply(set)
        for label in codebook.labels(category):
            yield category, label, auto.apply(lambda s, x=label: x in s), hand.apply(lambda s, x=label: x in s)


def agreement_table(claims: pd.DataFrame, gold: pd.DataFrame, codebook, interval: bool = True) -> pd.DataFrame:
    """One row per code on the sentences of ``gold``: ``category``, ``code``, the counts, precision, recall,
    F1, kappa and its bootstrap 95 % interval (``kappa_low``, ``kappa_high``; NaN with ``interval=False``)."""
    merged = _merge(claims, gold)
    draws = bootstrap_draws(len(merged)) if interval else None
    rows = []
    for category, label, auto, hand in _pairs(merged, codebook):
        row = {"category": category, "code": label, **binary_agreement(auto, hand)}
        low, high = kappa_interval(auto, hand, draws) if interval else (float("nan"), float("nan"))
        rows.append(row | {"kappa_low": low, "kappa_high": high})
    return pd.DataFrame(rows, columns=COLUMNS)


def exact_agreement(claims: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Per category, the sentences whose whole set of codes is the same in both codings: ``category``,
    ``same``, ``n``, ``share``."""
    merged = _merge(claims, gold)
    rows = [("rights_claim", int((merged["is_rights_claim"] == merged["is_rights_claim_gold"]).sum()))]
    for category, column in GOLD_COLUMNS.items():
        auto = merged[column].fillna("").str.split().apply(frozenset)
        hand = merged[f"{column}_gold"].str.split().apply(frozenset)
        rows.append((category, int((auto == hand).sum())))
    n = len(merged)
    return pd.DataFrame(
        [(c, same, n, same / n if n else float("nan")) for c, same in rows], columns=["category", "same", "n", "share"]
    )


def disagreements(claims: pd.DataFrame, gold: pd.DataFrame, codebook) -> pd.DataFrame:
    """Every sentence and code where automatic and hand coding differ: ``sentence_id``, ``category``,
    ``code``, ``auto``, ``hand``, ``text``, ``cues`` (what the coder matched), ``note`` (the hand coder's)."""
    merged = _merge(claims, gold)
    notes = gold.set_index(["interview_id", "sentence_id"])["note"] if "note" in gold.columns else None
    rows = []
    for category, label, auto, hand in _pairs(merged, codebook):
        for k in np.flatnonzero(auto.to_numpy(dtype=bool) != hand.to_numpy(dtype=bool)):
            r = merged.iloc[k]
            cue = r["rights_cues"] if category == "rights_claim" else r["cues"]
            note = notes.get((r["interview_id"], r["sentence_id"]), "") if notes is not None else ""
            rows.append((r["sentence_id"], category, label, bool(auto.iat[k]), bool(hand.iat[k]), r["text"], cue, note))
    columns = ["sentence_id", "category", "code", "auto", "hand", "text", "cues", "note"]
    return pd.DataFrame(rows, columns=columns).sort_values(["sentence_id", "category", "code"], kind="stable")


def heldout_first_run() -> pd.DataFrame:
    """The codebook's first automatic run on the held-out hand-coded interviews, as recorded when it was made
    (``data/codebook/heldout_first_run.csv``; columns as :func:`agreement_table`'s)."""
    from io import StringIO

    from ..paths import data_text

    return pd.read_csv(StringIO(data_text("codebook", "heldout_first_run.csv")), comment="#")


@dataclass(frozen=True)
class Validation:
    """The automatic coding of one interview against its hand coding."""

    gold: pd.DataFrame  # the hand coding (:func:`read_gold`)
    agreement: pd.DataFrame  # :func:`agreement_table`
    exact: pd.DataFrame  # :func:`exact_agreement`
    disagreements: pd.DataFrame  # :func:`disagreements`


def validate(claims: pd.DataFrame, gold_path, interview_id: str, codebook) -> Validation | None:
    """Compare ``claims`` with the hand coding at ``gold_path`` (None: no hand coding, returns None)."""
    if gold_path is None:
        return None
    gold = read_gold(gold_path, interview_id)
    return Validation(
        gold,
        agreement_table(claims, gold, codebook),
        exact_agreement(claims, gold),
        disagreements(claims, gold, codebook),
    )
