"""General-English reference frequencies from wordfreq (Speer 2022), which ships its data.

wordfreq gives proportions of running text (not counts) and lists words down to about
1e-8 (Zipf 1.0). A word that wordfreq splits into several tokens (``non-governmental``) gets
wordfreq's own estimate for the sequence; the ``reference_lookup`` column says so.
"""

from functools import lru_cache

import pandas as pd
from wordfreq import tokenize, word_frequency

# The smallest proportion wordfreq lists. Treating wordfreq as a corpus of 10^9 tokens (the default
# reference_size of params.KeywordParams) makes it equal 10 occurrences, so every listed word has a
# frequency of 10 or more and unlisted words count as 0.
WORDFREQ_RESOLUTION = 1e-8


@lru_cache(maxsize=200_000)
def _lookup(word: str, lang: str) -> tuple[float, str]:
    parts = tokenize(word, lang)
    return word_frequency(word, lang), ("word" if len(parts) == 1 else f"{len(parts)}-token estimate")


def reference_frequencies(words, lang: str = "en") -> pd.DataFrame:
    """wordfreq proportion for each of ``words``: columns ``word``, ``proportion``, ``reference_lookup``."""
    rows = [(w, *_lookup(w, lang)) for w in words]
    return pd.DataFrame(rows, columns=["word", "proportion", "reference_lookup"])
