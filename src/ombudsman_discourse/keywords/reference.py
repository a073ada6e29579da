"""General-English reference frequencies from wordfreq (Speer 2022), which ships its data.

wordfreq gives proportions of running text (not counts) and lists words down to about
1e-8 (Zipf 1.0). A word that wordfreq splits into several tokens (``non-governmental``) gets
wordfreq's own estimate for the sequence; the ``reference_lookup`` column says so.

wordfreq keeps contractions whole ("don't") where the Treebank tokens split them ("do" + "n't"), so its
entry for the piece *n't* counts only stray pieces. *n't* is looked up as the sum of wordfreq's
negative contractions instead (reference_lookup ``contractions summed``); their first parts (do, ca, wo)
keep wordfreq's own proportions, a slight under-estimate.
"""

import math
import re
from functools import lru_cache

import pandas as pd
from wordfreq import get_frequency_dict, tokenize, word_frequency

# The smallest proportion wordfreq lists. Treating wordfreq as a corpus of 10^9 tokens (the default
# reference_size of params.KeywordParams) makes it equal 10 occurrences, so every listed word has a
# frequency of 10 or more and unlisted words count as 0.
WORDFREQ_RESOLUTION = 1e-8
NEGATIVE_CONTRACTIONS = (
    "don't doesn't didn't can't couldn't won't wouldn't shan't shouldn't isn't aren't wasn't weren't "
    "haven't hasn't hadn't mustn't needn't mightn't ain't"
).split()


_LETTERS = re.compile("[a-z]+")


@lru_cache(maxsize=200_000)
def _lookup(word: str, lang: str) -> tuple[float, str]:
    if word == "n't" and lang == "en":
        return sum(word_frequency(w, lang) for w in NEGATIVE_CONTRACTIONS), "contractions summed"
    if lang == "en" and _LETTERS.fullmatch(word):
        return _listed(word), "word"
    parts = tokenize(word, lang)
    return word_frequency(word, lang), ("word" if len(parts) == 1 else f"{len(parts)}-token estimate")


def _listed(word: str, lang: str = "en") -> float:
    """``word_frequency(word)`` for a word of plain lowercase letters, which wordfreq keeps as one token, read from
    wordfreq's list directly (its tokenizer costs more than the look-up) and rounded as wordfreq rounds it."""
    freq = get_frequency_dict(lang, "best").get(word, 0.0)  # positional, as wordfreq calls it: one cached list
    return round(freq, math.floor(-math.log(freq, 10)) + 3) if freq else 0.0


def reference_frequencies(words, lang: str = "en") -> pd.DataFrame:
    """wordfreq proportion for each of ``words``: columns ``word``, ``proportion``, ``reference_lookup``."""
    rows = [(w, *_lookup(w, lang)) for w in words]
    return pd.DataFrame(rows, columns=["word", "proportion", "reference_lookup"])


def reference_proportions(words, lang: str = "en") -> list[float]:
    """wordfreq proportion of each of ``words`` as a plain list (:func:`reference_frequencies` without a table)."""
    return [_lookup(w, lang)[0] for w in words]


def reference_lookups(words, lang: str = "en") -> list[tuple[float, str]]:
    """(proportion, reference_lookup) of each of ``words``: :func:`reference_frequencies` as plain tuples."""
    return [_lookup(w, lang) for w in words]
