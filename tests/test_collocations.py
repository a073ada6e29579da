import random

import pytest
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder

from ombudsman_discourse.keywords.collocations import _finders, collocations
from ombudsman_discourse.keywords.wordlist import stopwords

STOP = stopwords()


def test_repeated_pair_ranks_first_and_scores_are_reported():
    """Words: civil 3, society 3, the 2, state 2, monitors 2, prisons 2, works, with, funds, need 1 each: N = 18.
    *civil society* occurs 3 times, each of its words only there: PMI = log2(3 * 18 / (3 * 3)) = log2 6 = 2.58496
    (Church & Hanks 1990); its 2x2 table is (3, 0, 0, 15) with E11 = 3 * 3 / 18 = 0.5 and E22 = 15 * 15 / 18 = 12.5,
    so G2 = 2[3 ln 6 + 15 ln 1.2] = 2[5.37528 + 2.73482] = 16.22020 (Dunning 1993)."""
    sentences = [
        ["civil", "society", "works", "with", "the", "state"],
        ["civil", "society", "monitors", "prisons"],
        ["the", "state", "funds", "civil", "society"],
        ["prisons", "need", "monitors"],
    ]
    table = collocations(sentences, STOP, min_freq=2)
    top = table.iloc[0]
    assert (top["n"], top["ngram"], top["count"], top["rank_log_likelihood"]) == (2, "civil society", 3, 1)
    assert top["pmi"] == pytest.approx(2.58496, abs=1e-5)
    assert top["log_likelihood"] == pytest.approx(16.22020, abs=1e-4)
    assert "the state" not in set(table["ngram"])  # a stopword inside: left out


def test_pairs_never_cross_a_sentence_boundary():
    sentences = [["a", "rights", "body"], ["monitors", "visit"], ["rights", "body", "monitors"], ["rights"]]
    table = collocations(sentences, frozenset(), min_freq=2)
    assert set(table["ngram"]) == {"rights body"}  # "body monitors" occurs once within a sentence


def test_punctuation_breaks_an_ngram_and_frequency_filter_holds():
    sentences = [["social", ",", "labour"], ["social", ",", "labour"]]
    assert collocations(sentences, frozenset(), min_freq=2).empty
    assert collocations([["a", "b"], ["a", "b"]], frozenset(), min_freq=3).empty


def test_trigrams_follow_bigrams():
    s = ["national", "preventive", "mechanism"]
    table = collocations([s, s, ["national", "law"]], frozenset(), min_freq=2)
    assert table["n"].tolist() == sorted(table["n"].tolist())
    assert "national preventive mechanism" in set(table.loc[table["n"] == 3, "ngram"])


def test_counting_equals_nltk_from_documents():
    rng = random.Random(1)
    sentences = [[rng.choice("abcdef") for _ in range(rng.randint(1, 9))] for _ in range(40)]
    bigram, trigram = _finders(sentences)
    ref_bi = BigramCollocationFinder.from_documents(sentences)
    ref_tri = TrigramCollocationFinder.from_documents(sentences)
    assert bigram.word_fd == ref_bi.word_fd and bigram.ngram_fd == ref_bi.ngram_fd
    assert trigram.ngram_fd == ref_tri.ngram_fd and trigram.wildcard_fd == ref_tri.wildcard_fd
    assert trigram.bigram_fd == ref_tri.bigram_fd and trigram.word_fd == ref_tri.word_fd
