"""How evenly a word is spread over the parts of a text (Gries 2008; Juilland & Chang-Rodriguez 1964).

- Gries's DP: ``DP = 0.5 * sum_i |v_i - s_i|`` where ``s_i`` is part i's share of all tokens and
  ``v_i`` its share of the word's occurrences; 0 = spread exactly like the text, towards 1 =
  concentrated in few parts. ``DP_norm = DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012).
- Juilland's D: ``D = 1 - V / sqrt(n - 1)`` with ``V`` the coefficient of variation (population
  standard deviation over mean) of the word's relative frequencies in the ``n`` parts; 1 = even.
"""

import numpy as np
import pandas as pd


def gries_dp(freqs, sizes) -> tuple[float, float]:
    """(DP, DP_norm) for per-part frequencies ``freqs`` and part sizes ``sizes``."""
    freqs, sizes = np.asarray(freqs, dtype=float), np.asarray(sizes, dtype=float)
    s = sizes / sizes.sum()
    v = freqs / freqs.sum()
    dp = 0.5 * np.abs(v - s).sum()
    return float(dp), float(dp / (1 - s.min()))


def juilland_d(freqs, sizes) -> float:
    """Juilland's D over ``n`` parts (frequencies normalised by part size)."""
    freqs, sizes = np.asarray(freqs, dtype=float), np.asarray(sizes, dtype=float)
    rel = freqs / sizes
    if len(rel) < 2 or rel.mean() == 0:
        return float("nan")
    v = rel.std(ddof=0) / rel.mean()
    return float(1 - v / np.sqrt(len(rel) - 1))


def dispersion_table(words: pd.DataFrame, targets: list[str], part: str = "paragraph_id") -> pd.DataFrame:
    """DP, DP_norm and Juilland's D of each of ``targets`` across the parts named by column ``part``.

    ``words``: one row per word token with columns ``lower`` and ``part``. Returns ``word``,
    ``frequency``, ``parts``, ``parts_with_word``, ``dp``, ``dp_norm``, ``juilland_d``, in ``targets`` order.
    """
    sizes = words.groupby(part).size()
    # one pass over the tokens for all targets: a part x word table of frequencies
    table = words[words["lower"].isin(targets)].groupby([part, "lower"]).size().unstack(fill_value=0)
    table = table.reindex(index=sizes.index, columns=targets, fill_value=0)
    rows = []
    for word in targets:
        freqs = table[word]
        dp, dp_norm = gries_dp(freqs, sizes) if freqs.sum() else (float("nan"), float("nan"))
        rows.append(
            {
                "word": word,
                "frequency": int(freqs.sum()),
                "parts": len(sizes),
                "parts_with_word": int((freqs > 0).sum()),
                "dp": dp,
                "dp_norm": dp_norm,
                "juilland_d": juilland_d(freqs, sizes),
            }
        )
    return pd.DataFrame(rows, columns=["word", "frequency", "parts", "parts_with_word", "dp", "dp_norm", "juilland_d"])
