"""Agreement of automatic coding with hand coding: precision, recall, F1 and Cohen's kappa with a bootstrap
95 % interval, for every code a hand-coding file holds.

Cohen's kappa (Cohen 1960): ``(p_o - p_e) / (1 - p_e)`` with ``p_o`` the observed agreement and
``p_e = p_a p_b + (1 - p_a)(1 - p_b)`` the agreement expected from each coder's rate of positive codes.
Read after Krippendorff (2004): >= 0.8 strong, 0.67-0.8 tentative. Undefined (NaN) when both coders give a
single value throughout. Kappa falls when a code is very common or very rare even at high raw agreement
(Feinstein & Cicchetti 1990), as the rights-claim decision is in interviews about rights; Gwet's AC1 (Gwet
2008), ``(p_o - p_e) / (1 - p_e)`` with ``p_e = 2 q (1 - q)`` and ``q`` the mean of the two coders' rates, is
given beside it as the measure that does not. The interval is the percentile bootstrap over sentences
(Efron & Tibshirani 1993): sentences are drawn with replacement ``B`` times from a fixed seed, so the interval
is the same on every run.

A hand-coding file (``tests/data/gold/*.csv``) has one row per interviewee sentence: ``interview_id``,
``sentence_id``, ``text``, ``is_rights_claim`` (0/1), then space-separated codes per category (columns of
:data:`GOLD_COLUMNS`), ``we`` (one value or empty) and a free ``note``.
"""

from dataclasses import dataclass
from functools import cache

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
    "legitimation": "legitimation",
}
COLUMNS = [
    "category", "code", "gold_positive", "auto_positive", "both", "precision", "recall", "f1", "agreement",
    "kappa", "kappa_low", "kappa_high", "ac1", "n",
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
    agree = (n - n_a - n_g + 2 * both) / n if n else float("nan")
    q = (n_a + n_g) / (2 * n) if n else float("nan")
    chance = 2 * q * (1 - q)
    ac1 = (agree - chance) / (1 - chance) if n and chance < 1 else float("nan")
    return {
        "gold_positive": n_g,
        "auto_positive": n_a,
        "both": both,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "agreement": agree,
        "kappa": kappa,
        "ac1": ac1,
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
    missing = {"interview_id", "sentence_id"} - set(gold.columns)
    if missing or not {"is_rights_claim", *GOLD_COLUMNS.values()} & set(gold.columns):
        what = ", ".join(sorted(missing)) or "of codes (is_rights_claim, claim_types, ..., legitimation)"
        raise GoldError(f"hand coding {path}: no column {what}")
    if interview_id is not None:
        gold = gold[gold["interview_id"] == interview_id].reset_index(drop=True)
        if gold.empty:
            raise GoldError(f"hand coding {path}: no rows for interview '{interview_id}'")
    gold["sentence_id"] = gold["sentence_id"].astype(int)
    if "is_rights_claim" in gold.columns:
        gold["is_rights_claim"] = gold["is_rights_claim"].str.strip().isin({"1", "true", "True", "yes"})
    return gold


def _coded(gold: pd.DataFrame) -> dict[str, str]:
    """The categories a hand-coding file codes (its columns), by category: a file may code only some."""
    return {category: column for category, column in GOLD_COLUMNS.items() if column in gold.columns}


def _merge(claims: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    rights = ["is_rights_claim"] if "is_rights_claim" in gold.columns else []
    keep = ["interview_id", "sentence_id", *rights, *_coded(gold).values()]
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
    if "is_rights_claim_gold" in merged.columns:
        yield "rights_claim", "is_rights_claim", merged["is_rights_claim"], merged["is_rights_claim_gold"]
    for category, column in GOLD_COLUMNS.items():
        if f"{column}_gold" not in merged.columns:
            continue
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
    rows = []
    if "is_rights_claim_gold" in merged.columns:
        rows.append(("rights_claim", int((merged["is_rights_claim"] == merged["is_rights_claim_gold"]).sum())))
    for category, column in _coded(gold).items():
        auto = merged[column].fillna("").str.split().apply(frozenset)
        hand = merged[f"{column}_gold"].str.split().apply(frozenset)
        rows.append((category, int((auto == hand).sum())))
    n = len(merged)
    return pd.DataFrame(
        [(c, same, n, same / n if n else float("nan")) for c, same in rows], columns=["category", "same", "n", "share"]
    )


def disagreements(claims: pd.DataFrame, gold: pd.DataFrame, codebook) -> pd.DataFrame:
    """Every sentence and code where automatic and hand coding differ: ``interview_id``, ``sentence_id``, ``category``,
    ``code``, ``auto``, ``hand``, ``text``, ``cues`` (what the coder matched), ``note`` (the hand coder's)."""
    merged = _merge(claims, gold)
    notes = gold.set_index(["interview_id", "sentence_id"])["note"] if "note" in gold.columns else None
    rows = []
    for category, label, auto, hand in _pairs(merged, codebook):
        for k in np.flatnonzero(auto.to_numpy(dtype=bool) != hand.to_numpy(dtype=bool)):
            r = merged.iloc[k]
            cue = r["rights_cues"] if category == "rights_claim" else r["cues"]
            note = notes.get((r["interview_id"], r["sentence_id"]), "") if notes is not None else ""
            rows.append(
                (
                    r["interview_id"],
                    r["sentence_id"],
                    category,
                    label,
                    bool(auto.iat[k]),
                    bool(hand.iat[k]),
                    r["text"],
                    cue,
                    note,
                )
            )
    columns = ["interview_id", "sentence_id", "category", "code", "auto", "hand", "text", "cues", "note"]
    order = ["interview_id", "sentence_id", "category", "code"]
    return pd.DataFrame(rows, columns=columns).sort_values(order, kind="stable").reset_index(drop=True)


HELDOUT_RUNS = ("heldout_first_run.csv", "heldout2_first_run.csv")  # oldest first
VALIDATED = 0.67  # kappa from which a code counts as validated (Krippendorff 2004: tentative conclusions)


@cache
def heldout_runs() -> dict[str, pd.DataFrame]:
    """Each first run of the codebook on a held-out hand-coded set, as recorded when it was made
    (``data/codebook/heldout*_first_run.csv``; columns as :func:`agreement_table`'s, a ``#`` header saying when
    and on what), by file name, oldest first. A set is held out only until its first run: later sets measure
    the cues as revised after the earlier ones. Read once per process: treat the tables as read-only."""
    from io import StringIO

    from ..paths import data

    runs = {}
    for name in HELDOUT_RUNS:
        if data("codebook", name).is_file():
            table = pd.read_csv(StringIO(data("codebook", name).read_text(encoding="utf-8")), comment="#")
            runs[name] = _derived(table)
    return runs


LEGITIMATION_RUN = "legitimation_first_run.csv"  # held-out sets 1 and 2, hand-coded for legitimation later


def legitimation_run() -> pd.DataFrame:
    """The first run of the legitimation cues on the held-out sets, hand-coded for legitimation before any
    legitimation cue ran on them (``data/codebook/legitimation_first_run.csv``, as recorded)."""
    from io import StringIO

    from ..paths import data

    return pd.read_csv(StringIO(data("codebook", LEGITIMATION_RUN).read_text(encoding="utf-8")), comment="#")


def _derived(table: pd.DataFrame) -> pd.DataFrame:
    """Raw agreement and AC1 from a recorded run's counts, where the run predates those columns: the file
    stays as it was written, the measures follow from its counts."""
    if "ac1" in table.columns:
        return table
    n, a, g, both = (table[c].astype(float) for c in ("n", "auto_positive", "gold_positive", "both"))
    agree = (n - a - g + 2 * both) / n
    q = (a + g) / (2 * n)
    chance = 2 * q * (1 - q)
    return table.assign(agreement=agree, ac1=(agree - chance) / (1 - chance))[COLUMNS]


def heldout_first_run() -> pd.DataFrame:
    """The latest held-out first run (:func:`heldout_runs`): the current measure of the codebook on text its
    cues were not written on."""
    return list(heldout_runs().values())[-1]


MIN_POSITIVE = 5  # hand-coded sentences a code needs before its kappa can validate it


def _k(value: float, digits: int = 2) -> str:
    return f"{value + 0.0:.{digits}f}"  # + 0.0: no "-0.00"


_BY_CODE: list = [None, {}]  # the last first run and its rows by code: one report asks a run about many codes


def _by_code(first_run: pd.DataFrame) -> dict[tuple[str, str], tuple]:
    if _BY_CODE[0] is not first_run:
        columns = ("category", "code", "kappa", "kappa_low", "kappa_high", "gold_positive")
        values = zip(*(first_run[col].tolist() for col in columns))
        _BY_CODE[:] = [first_run, {(c, k): (kappa, low, high, n) for c, k, kappa, low, high, n in values}]
    return _BY_CODE[1]


def validation_status(
    first_run: pd.DataFrame, codes: list[tuple[str, str]], names: dict[tuple[str, str], str] | None = None
) -> tuple[bool, str]:
    """Whether every ``(category, code)`` reached kappa >= :data:`VALIDATED` on the held-out first run with at
    least :data:`MIN_POSITIVE` hand-coded sentences, and a sentence saying so with the values ("problem:
    κ 0.72 [0.60, 0.83]"; a code too rare in the hand coding is named as such, whatever its kappa, since an
    interval from a handful of sentences spans most of the scale). ``names``: how a reader says each
    ``(category, code)``."""
    rows = _by_code(first_run)
    parts, ok = [], True
    for key in codes:
        kappa, low, high, n = rows.get(key, (float("nan"),) * 3 + (0,))
        name = (names or {}).get(key) or ("rights claim" if key[1] == "is_rights_claim" else key[1].replace("_", " "))
        if pd.isna(kappa) or n < MIN_POSITIVE:
            parts.append(f"{name}: too rare to validate ({int(n)} hand-coded)" if n else f"{name}: not measured")
            ok = False
            continue
        ok &= bool(kappa >= VALIDATED)
        digits = 3 if kappa < VALIDATED <= round(kappa, 2) else 2  # 0.666 is below 0.67, not "0.67"
        parts.append(f"{name}: κ {_k(kappa, digits)} [{_k(low)}, {_k(high)}]")
    return ok, "; ".join(parts)


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
