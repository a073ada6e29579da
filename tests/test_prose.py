"""The sentences the notebooks compute: known answers on small tables, ties, counts of one, empty stages."""

from types import SimpleNamespace

import pandas as pd
import pytest

from ombudsman_discourse.claims.agreement import Validation
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


def test_claims_by_turn_caption_states_ties():
    by_turn = pd.DataFrame({"turn_id": [1, 2], "sentences": [5, 3], "problem": [3, 2], "achievement": [3, 0]})
    text = prose.claims_by_turn_caption(by_turn, ["problem", "achievement"], "f.png")
    assert "Q1: a tie between problem and achievement (3 each); Q2: problem (2)." in text


def test_evidence_caption_uses_the_table_and_states_ties():
    evidence = pd.DataFrame(
        {"claim_type": ["achievement", "problem", "commitment"], "sentences": [4, 2, 0], "share": [0.5, 0.5, None]}
    )
    claims = pd.DataFrame({"has_evidence": [True, False, True, False]})
    text = prose.evidence_caption(evidence, claims, "f.png")
    assert "most often: a tie between achievement and problem (50%); least often: a tie between" in text
    assert "Overall 50% of the interviewee's sentences" in text


def test_stance_caption_names_the_most_hedged_answer_or_none():
    stance = pd.DataFrame(
        {
            "turn_id": ["1", "2", "all"],
            "hedge_per_1000": [4.0, 4.04, 4.02],
            "booster_per_1000": [1.0, 1.0, 1.0],
            "attitude_per_1000": [2.0, 2.0, 2.0],
        }
    )
    assert "a tie between the answer to Q1 and the answer to Q2 (4.0 each)" in prose.stance_caption(stance, "f.png")
    none = prose.stance_caption(stance.assign(hedge_per_1000=0.0), "f.png")
    assert "No answer contains a hedge the cues recognise." in none


def test_domains_caption_lists_silences_and_general_claims():
    domains = pd.DataFrame({"domain": ["civil_political", "security"], "sentences": [2, 0]})
    claims = pd.DataFrame(
        {"is_rights_claim": [True, True, False], "civil_political": [True, False, False], "security": [False] * 3}
    )
    text = prose.domains_caption(domains, claims, "f.png")
    assert "The most invoked: civil political (2). Silences: security. 1 of 2 rights claims name no" in text


def test_agreement_summary_without_hand_coding_and_with_a_missed_target():
    assert prose.agreement_summary(None, [], []).startswith("No hand coding was given")
    agreement = pd.DataFrame(
        {
            "code": ["is_rights_claim", "problem", "civil_political"],
            "gold_positive": [10, 6, 3],
            "kappa": [0.9, 0.5, float("nan")],
            "n": [20, 20, 20],
        }
    )
    validation = Validation(pd.DataFrame(), agreement, pd.DataFrame())
    text = prose.agreement_summary(validation, ["problem"], ["civil_political"])
    assert (
        text == "On 20 sentences, κ for rights claims is **0.90**; 1 of 2 targets are met; missed: problem (κ = 0.50)."
    )


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


def test_codebook_extensions_sentence():
    meta = Meta("x", country="Westria", codebook={"actor.head_of_state": ["Anna Berg"]})
    assert prose.codebook_extensions(meta) == (
        "Sidecar extensions for this interview: `actor.head_of_state`: Anna Berg. The country, Westria, is added to "
        "the nation actor and the domestic locus."
    )
    assert prose.codebook_extensions(Meta("x")) == "This interview's sidecar adds no names to the codebook."


@pytest.mark.parametrize("title", [None, "A Title"])
def test_interview_brief_without_sidecar_names(title):
    interview = SimpleNamespace(
        meta=Meta("x", title=title), paragraphs=pd.DataFrame({"role": ["question", "answer", "answer"]})
    )
    text = prose.interview_brief(interview, pd.DataFrame({"s": [1]}))
    assert text.startswith(f"**{title or 'x'}** (publication not given in the sidecar).")
    assert "1 question and 2 answer paragraphs; the interviewee's answers are 1 sentence." in text
