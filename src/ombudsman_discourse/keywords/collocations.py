"""Collocations: word pairs and triples that occur together more than chance predicts.

NLTK's collocation finders over sentences (so no n-gram crosses a sentence boundary), scored
with the log-likelihood ratio (Dunning 1993) and pointwise mutual information (Church & Hanks
1990). N-grams holding punctuation or a stopword are left out; PMI over-rewards rare pairs,
hence the minimum frequency and ranking by log-likelihood first.
"""

from collections import Counter
from itertools import pairwise

import pandas as pd
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures
from nltk.probability import FreqDist

COLUMNS = ["n", "ngram", "count", "log_likelihood", "pmi", "rank_log_likelihood", "rank_pmi"]


def _content(token: str, stop: frozenset[str]) -> bool:
    return any(ch.isalpha() for ch in token) and token not in stop


def _finders(sentences: list[list[str]]) -> tuple[BigramCollocationFinder, TrigramCollocationFinder]:
    """NLTK's bigram and trigram finders, counted sentence by sentence with plain Counters.

    The counts equal those of ``from_documents`` (no n-gram spans two sentences); counting
    with Counter and handing NLTK finished frequency distributions is several times faster.
    """
    words, bigrams, wildcards, trigrams = Counter(), Counter(), Counter(), Counter()
    for s in sentences:
        words.update(s)
        bigrams.update(pairwise(s))
        wildcards.update(zip(s, s[2:]))
        trigrams.update(zip(s, s[1:], s[2:]))
    word_fd, bigram_fd = FreqDist(words), FreqDist(bigrams)
    return (
        BigramCollocationFinder(word_fd, bigram_fd),
        TrigramCollocationFinder(word_fd, bigram_fd, FreqDist(wildcards), FreqDist(trigrams)),
    )


def collocations(sentences: list[list[str]], stop: frozenset[str], min_freq: int = 2) -> pd.DataFrame:
    """Bigrams and trigrams of ``sentences`` (lists of lowercased tokens) seen ``min_freq`` times or more.

    Returns :data:`COLUMNS`, one row per n-gram: bigrams first, then trigrams (their scores are not
    comparable), each by log-likelihood (descending) then n-gram; ranks are within bigrams or trigrams.
    """
    tables = []
    bigram_finder, trigram_finder = _finders(sentences)
    for n, finder, measures in ((2, bigram_finder, BigramAssocMeasures), (3, trigram_finder, TrigramAssocMeasures)):
        finder.apply_freq_filter(min_freq)
        finder.apply_ngram_filter(lambda *words: not all(_content(w, stop) for w in words))
        if not finder.ngram_fd:
            continue
        ll = dict(finder.score_ngrams(measures.likelihood_ratio))
        pmi = dict(finder.score_ngrams(measures.pmi))
        table = pd.DataFrame(
            {
                "n": n,
                "ngram": [" ".join(g) for g in ll],
                "count": [finder.ngram_fd[g] for g in ll],
                "log_likelihood": list(ll.values()),
                "pmi": [pmi[g] for g in ll],
            }
        )
        table = table.sort_values(["log_likelihood", "ngram"], ascending=[False, True], kind="stable")
        table["rank_log_likelihood"] = range(1, len(table) + 1)
        table["rank_pmi"] = table["pmi"].rank(ascending=False, method="min").astype(int)
        tables.append(table)
    if not tables:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(tables, ignore_index=True)
