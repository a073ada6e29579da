"""The comparison's tables, built by pure functions from the interviews' summaries (:mod:`.counts`):

- keyness of each interview's answers against all the other interviews' answers pooled, the rest of
  the corpus being the reference: log-likelihood G² in its two-cell form (Rayson & Garside 2000, after
  Dunning 1993) as the filter, Log Ratio (Hardie 2014) as the effect size, BIC (Wilson 2013) beside them
  (:func:`keyness_against_rest`);
- each interview's claim types, specific rights and frames per 100 interviewee sentences, and its stance
  markers (Hyland 2005) per 1,000 answer words (:func:`code_rates`), each row with the size it rests on
  and a mark where that is fewer than :data:`FEW_SENTENCES` sentences.
"""

import pandas as pd

from ..claims.codebook import Codebook
from ..keywords.keyness import BIC_BANDS, band, bic, g2_two_cell, log_ratio
from .counts import InterviewSummary

FEW_SENTENCES = 20  # a rate per 100 sentences from fewer sentences than this is marked as unsteady
KEYNESS_COLUMNS = [
    "interview_id",
    "word",
    "observed",
    "per_million",
    "ref_observed",
    "ref_per_million",
    "g2",
    "p_band",
    "bic",
    "bic_band",
    "log_ratio",
]


def keyness_against_rest(
    counts: pd.DataFrame, sizes: pd.Series, min_freq: int = 3, min_g2: float = 3.84
) -> pd.DataFrame:
    """Keywords of each interview against the other interviews pooled.

    ``counts``: one row per interview and word form, columns ``interview_id``, ``word``, ``observed``;
    ``sizes``: interview_id -> answer size in word tokens. For each row, with Rayson & Garside's (2000)
    notation, ``a`` = observed, ``c`` = the interview's size, ``b`` = the word's count in all other
    interviews and ``d`` = their total size. Kept: positive keyness (``a/c > b/d``), ``a >= min_freq`` and
    ``G2 >= min_g2``. With fewer than two interviews there is no reference and the table is empty.

    Returns ``interview_id``, ``word``, ``observed``, ``per_million`` (a/c), ``ref_observed`` (b),
    ``ref_per_million`` (b/d), ``g2`` and ``p_band``, ``bic`` (G2 - ln(c + d), Wilson 2013) and
    ``bic_band``, ``log_ratio`` (Hardie 2014, a zero b taken as 0.5); sorted by interview, G2 descending,
    then word.
    """
    if len(sizes) < 2 or counts.empty:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    a = counts["observed"].to_numpy(dtype=float)
    b = counts.groupby("word")["observed"].transform("sum").to_numpy(dtype=float) - a
    c = counts["interview_id"].map(sizes).to_numpy(dtype=float)
    d = float(sizes.sum()) - c
    g2 = g2_two_cell(a, b, c, d)
    keep = (a >= min_freq) & (g2 >= min_g2) & (a / c > b / d)
    a, b, c, d, g2 = a[keep], b[keep], c[keep], d[keep], g2[keep]
    bics = bic(g2, c + d)
    table = pd.DataFrame(
        {
            "interview_id": counts["interview_id"].to_numpy()[keep],
            "word": counts["word"].to_numpy()[keep],
            "observed": a.astype(int),
            "per_million": a / c * 1e6,
            "ref_observed": b.astype(int),
            "ref_per_million": b / d * 1e6,
            "g2": g2,
            "p_band": [band(v) for v in g2],
            "bic": bics,
            "bic_band": [band(v, BIC_BANDS, "no evidence") for v in bics],
            "log_ratio": log_ratio(a, b, c, d),
        },
        columns=KEYNESS_COLUMNS,
    )
    order = table.sort_values(["interview_id", "g2", "word"], ascending=[True, False, True], kind="stable")
    return order.reset_index(drop=True)


def code_rates(
    counts: pd.DataFrame,
    denominators: pd.Series,
    code_column: str,
    count_column: str,
    base: str,
    per: int,
    sentences: pd.Series | None = None,
) -> pd.DataFrame:
    """Counts of codes per interview with their rate per ``per`` units of ``base``.

    ``counts``: one row per interview and code (zeros included), columns ``interview_id``, ``code``,
    ``count``, in the order wanted within an interview; ``denominators``: interview_id -> the size of
    ``base`` (e.g. interviewee sentences); ``sentences``: interview_id -> interviewee sentences (default:
    ``denominators``). Returns ``interview_id``, ``code_column`` (the code), ``count_column``, ``base``,
    ``per_<per>_<base unit>`` (empty where the base is 0), ``interviewee_sentences`` and ``few_sentences``
    (True where they number fewer than :data:`FEW_SENTENCES`: read that rate as a count), sorted by
    interview, codes kept in the given order.
    """
    table = counts.rename(columns={"code": code_column, "count": count_column})
    table[base] = table["interview_id"].map(denominators).astype(int)
    unit = base.rsplit("_", 1)[-1]
    table[f"per_{per}_{unit}"] = table[count_column] / table[base].where(table[base] > 0) * per
    n = table["interview_id"].map(sentences if sentences is not None else denominators).astype(int)
    table["interviewee_sentences"] = n
    table["few_sentences"] = n < FEW_SENTENCES
    return table.sort_values("interview_id", kind="stable").reset_index(drop=True)


def comparison_tables(
    summaries: list[InterviewSummary], codebook: Codebook, min_freq: int = 3, min_g2: float = 3.84
) -> dict[str, pd.DataFrame]:
    """The keyness, claim-profile, rights, frames and stance tables of :func:`compare_interviews`, by file stem.

    Claim types, specific rights and frames are given per 100 interviewee sentences (the sentences coded; a
    sentence may carry several codes, so a profile need not sum to 100); stance markers per 1,000
    answer words. Every row carries the interview's number of interviewee sentences.
    """
    ids = [s.interview_id for s in summaries]
    counts = pd.DataFrame(
        [(s.interview_id, word, n) for s in summaries for word, n in s.words.items()],
        columns=["interview_id", "word", "observed"],
    )
    sentences = pd.Series([s.interviewee_sentences for s in summaries], index=ids)
    words = pd.Series([s.answer_words for s in summaries], index=ids)

    def codes(category: str) -> pd.DataFrame:
        return pd.DataFrame(
            [
                (s.interview_id, label, s.codes[category][label])
                for s in summaries
                for label in codebook.labels(category)
            ],
            columns=["interview_id", "code", "count"],
        )

    return {
        "compare_keyness": keyness_against_rest(counts, words, min_freq, min_g2),
        "compare_claim_profiles": code_rates(
            codes("claim_type"), sentences, "claim_type", "sentences", "interviewee_sentences", 100
        ),
        "compare_rights": code_rates(codes("right"), sentences, "right", "sentences", "interviewee_sentences", 100),
        "compare_frames": code_rates(codes("frame"), sentences, "frame", "sentences", "interviewee_sentences", 100),
        "compare_stance": code_rates(codes("stance"), words, "marker", "count", "answer_words", 1000, sentences),
    }
