"""Keyness statistics: how much more (or less) often a word occurs in a text than in a reference.

Notation (Rayson & Garside 2000): ``a`` = frequency in the target, ``b`` = in the reference,
``c``, ``d`` = their sizes in tokens, ``E1 = c(a+b)/(c+d)``, ``E2 = d(a+b)/(c+d)``.

- log-likelihood in two forms. The *two-cell* form ``G2 = 2[a ln(a/E1) + b ln(b/E2)]`` (Rayson &
  Garside 2000, the form of UCREL's calculator) sums over the word's two cells only; it is used for
  ``keyness.csv`` and ``compare_keyness.csv``, where a word is compared between two corpora. The *full
  2x2* form (Dunning 1993) sums over all four cells of the contingency table, the word's and the rest's;
  it is used for ``rights_collocates.csv``, where a collocate is tested inside and outside the node's
  windows (Evert 2008), and NLTK's ``likelihood_ratio`` computes it for ``collocations.csv``. The two
  differ slightly on the same table (:func:`g2_two_cell` and :func:`g2_contingency`). A zero cell
  contributes 0. Critical values at df = 1: 3.84 (p < .05), 6.63 (.01), 10.83 (.001), 15.13 (.0001);
- Log Ratio ``log2((a/c)/(b/d))`` (Hardie 2014), a zero frequency replaced by 0.5 before
  normalising; +1 means twice as frequent. It is the effect size; G2 is the filter;
- %DIFF ``(NF_t - NF_r) * 100 / NF_r`` on normalised frequencies (Gabrielatos & Marchi 2012),
  left empty (NaN) for words absent from the reference instead of ranking an infinite value;
- BIC ``G2 - ln(c + d)`` (Wilson 2013): < 0 no evidence, 0-2 bare mention, 2-6 positive,
  6-10 strong, > 10 very strong.
"""

import numpy as np
import pandas as pd

P_BANDS = ((15.13, "p < .0001"), (10.83, "p < .001"), (6.63, "p < .01"), (3.84, "p < .05"))
BIC_BANDS = ((10, "very strong"), (6, "strong"), (2, "positive"), (0, "bare mention"))


def g2_two_cell(a, b, c, d):
    """Two-cell G2 (Rayson & Garside 2000) of target frequency ``a`` (size ``c``) against reference
    frequency ``b`` (size ``d``); arrays work."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        term_a = np.where(a > 0, a * np.log(a / e1), 0.0)
        term_b = np.where(b > 0, b * np.log(b / e2), 0.0)
    return 2 * (term_a + term_b)


def log_ratio(a, b, c, d, zero: float = 0.5):
    """Hardie's (2014) Log Ratio, zero frequencies replaced by ``zero`` before normalising."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return np.log2((np.where(a > 0, a, zero) / c) / (np.where(b > 0, b, zero) / d))


def percent_diff(a, b, c, d):
    """%DIFF (Gabrielatos & Marchi 2012); NaN where the word is absent from the reference."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    nf_t, nf_r = a / c * 1e6, b / d * 1e6
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b > 0, (nf_t - nf_r) * 100 / nf_r, np.nan)


def bic(g2, n):
    """Wilson's (2013) BIC approximation for df = 1: ``G2 - ln(n)``, with ``n = c + d``."""
    return np.asarray(g2, dtype=float) - np.log(n)


def band(value: float, bands=P_BANDS, below: str = "n.s.") -> str:
    """The label of the first band whose threshold ``value`` reaches (``bands`` from high to low)."""
    for threshold, label in bands:
        if value >= threshold:
            return label
    return below


def bands(values, thresholds=P_BANDS, below: str = "n.s.") -> list[str]:
    """:func:`band` of every value (one vectorised pass)."""
    values = np.asarray(values, dtype=float)
    labels = np.select([values >= t for t, _ in thresholds], [label for _, label in thresholds], below)
    return labels.tolist()


def keyness_columns(a, p, target_size: float, reference_size: float) -> dict[str, object]:
    """The statistics columns of :func:`keyness` (``observed`` to ``in_reference``) for target counts ``a``
    and reference proportions ``p`` (arrays, in the caller's order)."""
    a, p = np.asarray(a, dtype=float), np.asarray(p, dtype=float)
    b = p * reference_size
    c, d = float(target_size), float(reference_size)
    g2 = g2_two_cell(a, b, c, d)
    return {
        "observed": a.astype(int),
        "per_million": a / c * 1e6,
        "ref_per_million": p * 1e6,
        "g2": g2,
        "p_band": bands(g2),
        "bic": bic(g2, c + d),
        "bic_band": bands(bic(g2, c + d), BIC_BANDS, "no evidence"),
        "log_ratio": log_ratio(a, b, c, d),
        "pct_diff": percent_diff(a, b, c, d),
        "direction": np.where(a / c >= b / d, "+", "-"),
        "in_reference": b > 0,
    }


def keyness(
    observed: pd.Series, target_size: int, reference_per_token: pd.Series, reference_size: float
) -> pd.DataFrame:
    """Keyness of every word in ``observed`` (word -> count) against a reference given as proportions.

    ``reference_per_token``: word -> relative frequency in the reference (e.g. wordfreq's);
    ``reference_size``: the reference size ``d`` assumed, so that ``b = p * d``.
    Returns one row per word, sorted by G2 (descending) then word: ``word``, ``observed``,
    ``per_million``, ``ref_per_million``, ``g2``, ``p_band``, ``bic``, ``bic_band``, ``log_ratio``,
    ``pct_diff``, ``direction`` (``+`` more frequent in the target, ``-`` less) and
    ``in_reference`` (False when the reference has no frequency for the word).
    """
    words = observed.index.astype(str).tolist()
    a = observed.to_numpy(dtype=float)
    p = reference_per_token.reindex(observed.index).fillna(0.0).to_numpy(dtype=float)
    # sorted before the table is built: a pandas sort costs more than the statistics on a few hundred words
    g2 = g2_two_cell(a, p * reference_size, target_size, reference_size).tolist()
    order = np.array(sorted(range(len(words)), key=lambda i: (-g2[i], words[i])), dtype=int)
    columns = keyness_columns(a[order], p[order], target_size, reference_size)
    return pd.DataFrame({"word": pd.Index([words[i] for i in order], dtype=object), **columns})


def keyword_mask(columns, min_g2: float, min_log_ratio: float, min_freq: int) -> np.ndarray:
    """Which rows of ``columns`` (a :func:`keyness` table or :func:`keyness_columns`) are positive keywords:
    more frequent in the target, with G2, Log Ratio and frequency at or above the thresholds."""
    return (
        (np.asarray(columns["direction"]) == "+")
        & (np.asarray(columns["g2"]) >= min_g2)
        & (np.asarray(columns["log_ratio"]) >= min_log_ratio)
        & (np.asarray(columns["observed"]) >= min_freq)
    )


def keyword_order(items: list[str], is_key, present, g2) -> list[int]:
    """Row order of a keyword table: keywords first, then items present in the reference before absent
    ones, each by G2 (descending) then item."""
    key, present, g2 = np.asarray(is_key).tolist(), np.asarray(present).tolist(), np.asarray(g2).tolist()
    return sorted(range(len(items)), key=lambda i: (not key[i], not present[i], -g2[i], items[i]))


def keywords(table: pd.DataFrame, min_g2: float = 15.13, min_log_ratio: float = 1.0, min_freq: int = 3) -> pd.DataFrame:
    """Positive keywords of a :func:`keyness` table: G2, Log Ratio and frequency at or above the thresholds."""
    return table[keyword_mask(table, min_g2, min_log_ratio, min_freq)].reset_index(drop=True)


def g2_contingency(o11, o12, o21, o22):
    """Full 2x2 G2 (Dunning 1993) of a table of observed counts, zero cells contributing 0; arrays work.

    Rows: the item and everything else; columns: the two conditions (e.g. inside and outside the windows).
    """
    obs = np.array([o11, o12, o21, o22], dtype=float)
    n = obs.sum(axis=0)
    rows = np.array([obs[0] + obs[1], obs[0] + obs[1], obs[2] + obs[3], obs[2] + obs[3]])
    cols = np.array([obs[0] + obs[2], obs[1] + obs[3], obs[0] + obs[2], obs[1] + obs[3]])
    expected = rows * cols / n
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(obs > 0, obs * np.log(obs / expected), 0.0)
    return 2 * terms.sum(axis=0)


def top_by_effect(table: pd.DataFrame, top: int = 20, min_freq: int = 3) -> pd.DataFrame:
    """The ``top`` over-represented content words of a keyness table by Log Ratio (then word): listed in the
    reference, not stopwords, seen at least ``min_freq`` times (what Figure 2.1 ranks)."""
    view = table[
        (table["direction"] == "+") & table["in_reference"] & ~table["stopword"] & (table["observed"] >= min_freq)
    ]
    return view.sort_values(["log_ratio", "word"], ascending=[False, True]).head(top)
