"""The sentences notebooks 01, 02 and 05 compute: known answers on small tables, ties, counts of one, empty stages."""

from types import SimpleNamespace

import pandas as pd
import pytest

from ombudsman_discourse.params import Params
from ombudsman_discourse.report import prose
from ombudsman_discourse.text.sidecar import Meta


def test_caption_layout():
    assert (
        prose.caption("2.1", "Words", "figures/x/a.png", "Look here.")
        == "*Figure 2.1. Words (figures/x/a.png). Look here.*"
    )
    assert prose.caption("2.1", "Words", "a.png") == "*Figure 2.1. Words (a.png).*"


def test_counts_of_one_read_in_the_singular():
    log = pd.DataFrame({"paragraph_id": [3]})
    assert prose.cleaning_summary(log, pd.DataFrame({"step": ["x"]}), 1) == "1 change in 1 step touch 1 of 1 paragraph."
    glossary = pd.DataFrame({"acronym": ["UN"], "expansion": ["United Nations"]})
    assert prose.glossary_summary(pd.DataFrame({"x": [1]}), glossary) == (
        "1 bracketed insertion; 1 acronym in the glossary: UN (United Nations)."
    )
    assert prose.glossary_summary(pd.DataFrame(), pd.DataFrame(columns=["acronym", "expansion"])) == (
        "0 bracketed insertions; 0 acronyms in the glossary."
    )


def test_turns_summary_known_answer_and_a_single_answer():
    paragraphs = pd.DataFrame({"role": ["question", "answer", "question", "answer"], "turn_id": [1, 1, 2, 2]})
    sentences = pd.DataFrame(
        {
            "role": ["question", "answer", "answer", "question", "answer"],
            "turn_id": [1, 1, 1, 2, 2],
            "n_tokens": [5, 10, 20, 5, 10],
        }
    )
    assert prose.turns_summary(paragraphs, sentences) == (
        "The interview has **2 question turns**. The interviewee's answers hold 3 sentences and 40 word tokens, "
        "80% of all words outside boilerplate; the longest answer turn has 30 words, the shortest 10."
    )
    one = prose.turns_summary(paragraphs.head(2), sentences.head(3))
    assert one.endswith("hold 2 sentences and 30 word tokens, 86% of all words outside boilerplate.")


def test_keyword_limits_follow_the_parameters():
    text = prose.keyword_limits(1_500, Params().with_changes({"min_freq": 6}))
    assert "a word occurring 6 times already has a relative frequency of 4.0 per 1,000" in text


def test_keyness_caption_counts_the_bars_it_draws():
    key = pd.DataFrame(
        {
            "word": ["a", "b", "c"],
            "direction": ["+", "+", "+"],
            "in_reference": [True, True, False],
            "stopword": [False, False, False],
            "observed": [5, 2, 9],
            "log_ratio": [3.0, 4.0, 9.0],
        }
    )
    assert "1 word shown" in prose.keyness_caption(key, Params(), "f.png")
    assert "No content word occurs 10 times" in prose.keyness_caption(key, Params().with_changes({"min_freq": 10}), "f")


@pytest.mark.parametrize("title", [None, "A Title"])
def test_interview_brief_without_sidecar_names(title):
    interview = SimpleNamespace(
        meta=Meta("x", title=title), paragraphs=pd.DataFrame({"role": ["question", "answer", "answer"]})
    )
    text = prose.interview_brief(interview, pd.DataFrame({"s": [1]}))
    assert text.startswith(f"**{title or 'x'}** (publication not given in the sidecar).")
    assert "1 question and 2 answer paragraphs; the interviewee's answers are 1 sentence." in text
