"""Word classes of keywords: names and topic words apart from function and other (stylistic) words."""

import pytest

from ombudsman_discourse.keywords.stage import keyness_table
from ombudsman_discourse.keywords.word_class import function_words, is_name, topic_words, word_class, word_classes
from ombudsman_discourse.params import KeywordParams

from .conftest import toy_sentences


@pytest.mark.parametrize(
    ("word", "name", "lemma", "expected"),
    [
        ("the", False, None, "function"),
        ("not", False, None, "function"),
        ("could", False, None, "function"),
        ("n't", False, None, "function"),
        ("rights", False, None, "topic"),
        ("ombudsmen", False, "ombudsman", "topic"),  # through its lemma
        ("prisons", False, "prison", "topic"),
        ("commissioner", True, None, "topic"),  # a topic word capitalised inside a name stays a topic word
        ("kazakhstan", True, None, "name"),
        ("undoubtedly", False, None, "other"),
        ("threats", False, "threat", "other"),
        ("prisons", False, None, "other"),  # without its lemma the singular list does not match
    ],
)
def test_word_class(word, name, lemma, expected):
    assert word_class(word, name, lemma) == expected


@pytest.mark.parametrize(
    ("capitalised_mid", "always", "in_reference", "expected"),
    [
        (True, True, True, True),  # capitalised at every mid-sentence occurrence
        (None, True, False, True),  # only at sentence starts, absent from wordfreq
        (None, True, True, False),  # only at sentence starts, an ordinary English word
        (False, False, False, False),  # lowercase somewhere in mid-sentence
        (False, False, True, False),
    ],
)
def test_is_name(capitalised_mid, always, in_reference, expected):
    assert is_name(capitalised_mid, always, in_reference) is expected


def test_batch_equals_one_by_one():
    words = ["the", "rights", "kazakhstan", "undoubtedly", "commissioner", "ombudsmen"]
    lemmas = ["the", "rights", "kazakhstan", "undoubtedly", "commissioner", "ombudsman"]
    names = frozenset({"kazakhstan", "commissioner"})
    assert word_classes(words, names, lemmas) == [word_class(w, w in names, m) for w, m in zip(words, lemmas)]


def test_shipped_lists_are_general_and_disjoint():
    topic, function = topic_words(), function_words()
    assert 60 <= len(topic) <= 120
    assert not topic & function
    assert {"rights", "human", "ombudsman", "torture", "detention", "court", "prison", "complaint"} <= topic
    assert {"the", "i", "you", "not", "but", "however", "may", "might", "could", "also"} <= function


def test_keyness_table_classes_words_of_a_toy_text():
    _, tokens, _ = toy_sentences(
        "Zholdas visited the prisons. The Commissioner met Aigerim and Zholdas.",
        "Undoubtedly the prisons are full. It is undoubtedly so.",
        "Brusselsia works.",
    )
    table = keyness_table(tokens[tokens["is_word"]], KeywordParams()).set_index("word")
    classes = table["word_class"].to_dict()
    assert classes["zholdas"] == "name"  # capitalised in mid-sentence every time
    assert classes["aigerim"] == "name"
    assert classes["brusselsia"] == "name"  # only at a sentence start, but absent from wordfreq
    assert classes["commissioner"] == "topic" and classes["prisons"] == "topic"
    assert classes["undoubtedly"] == "other"  # capitalised at a sentence start, lowercase in mid-sentence
    assert classes["works"] == "other"  # only at a sentence start and an ordinary word
    assert classes["the"] == "function" and classes["is"] == "function"
