"""How evenly a word is spread over the parts of a text (Gries 2008; Juilland & Chang-Rodriguez 1964).

- Gries's DP: ``DP = 0.5 * sum_i |v_i - s_i|`` where ``s_i`` is part i's share of all tokens and
  ``v_i`` its share of the word's occurrences; 0 = spread exactly like the text, towards 1 =
  concentrated in few parts. ``DP_norm = DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012).
- Juilland's D: ``D = 1 - V / sqrt(n - 1)`` with ``V`` the coefficient of variation (population
  standard deviation over mean) of the word's relative frequencies in the ``n`` parts; 1 = even.
"""

from collections import Counter

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
    # counted in plain Python, one pass for all targets: pandas' groupby and unstack cost more on short texts
    sizes, found = Counter(), Counter()
    wanted = set(targets)
    for p, w in zip(words[part].tolist(), words["lower"].tolist()):
        if pd.isna(p):  # no part: counted nowhere, as by groupby
            continue
        sizes[p] += 1
        if w in wanted:
            found[p, w] += 1
    parts = sorted(sizes)
    size_array = np.array([sizes[p] for p in parts], dtype=int)
    rows = []
    for word in targets:
        freqs = np.array([found[p, word] for p in parts], dtype=int)
        dp, dp_norm = gries_dp(freqs, size_array) if freqs.sum() else (float("nan"), float("nan"))
        rows.append(
            {
                "word": word,
                "frequency": int(freqs.sum()),
                "parts": len(parts),
                "parts_with_word": int((freqs > 0).sum()),
                "dp": dp,
                "dp_norm": dp_norm,
                "juilland_d": juilland_d(freqs, size_array),
            }
        )
    return pd.DataFrame(rows, columns=["word", "frequency", "parts", "parts_with_word", "dp", "dp_norm", "juilland_d"])
