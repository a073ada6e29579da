import random

import pandas as pd
import pytest

from ombudsman_discourse.keywords.wordlist import mattr, stopwords, word_list
from ombudsman_discourse.text.sentences import split_sentences, tokens


def test_mattr_known_answers():
    # windows of 2 over a a b b: {a}=0.5, {a,b}=1, {b}=0.5 -> mean 2/3
    assert mattr(["a", "a", "b", "b"], window=2) == pytest.approx(2 / 3)
    assert mattr(["a", "b", "a", "c"], window=2) == pytest.approx(1.0)
    # shorter than the window: plain TTR
    assert mattr(["a", "a", "b"], window=10) == pytest.approx(2 / 3)


def test_mattr_does_not_fall_with_repetition_of_a_varied_text():
    text = [f"w{i % 50}" for i in range(1000)]
    assert mattr(text, window=50) == pytest.approx(1.0)


def test_word_list_counts_answers_and_questions_apart():
    paragraphs = pd.DataFrame(
        {
            "interview_id": "toy",
            "paragraph_id": [0, 1],
            "turn_id": [1, 1],
            "role": ["question", "answer"],
            "speaker": ["interviewer", "interviewee"],
            "text": ["What about rights?", "Rights matter. Human rights matter most."],
        }
    )
    s = split_sentences(paragraphs)
    table = word_list(tokens(s)).set_index("word")
    assert table.loc["rights", "answers"] == 2 and table.loc["rights", "questions"] == 1
    assert table.loc["rights", "answers_per_1000"] == pytest.approx(2 / 6 * 1000)
    assert table.loc["what", "answers"] == 0 and table.loc["what", "stopword"]
    assert table.index[:2].tolist() == ["rights", "matter"]  # ties on answers broken by questions, then word


def test_stoplist_is_lowercase_data():
    words = stopwords()
    assert "the" in words and "rights" not in words and all(w == w.lower() for w in words)


def test_mattr_equals_the_mean_ttr_of_every_window():
    rng = random.Random(7)
    for _ in range(200):
        window = rng.randint(1, 30)
        words = [rng.choice("abcdefgh"[: rng.randint(1, 8)]) for _ in range(rng.randint(window + 1, 80))]
        windows = [words[i : i + window] for i in range(len(words) - window + 1)]
        expected = sum(len(set(w)) / window for w in windows) / len(windows)
        assert mattr(words, window) == pytest.approx(expected)
