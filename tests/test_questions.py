"""What the headline and the questions take as given, and whether the answers take it up: each trigger and each
uptake rule on sentences written for these tests, and the seed's second question as the issue states it."""

import pandas as pd
import pytest

from ombudsman_discourse.discourse.headline import headline_table
from ombudsman_discourse.discourse.questions import presupposition_uptake, question_frames, sentence_triggers


def kinds(text):
    return {t[0] for t in sentence_triggers(text)}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("What made such rapid progress possible?", "wh_question"),
        ("What made such rapid progress possible?", "evaluative"),
        ("Why do prisons remain overcrowded?", "change_of_state"),
        ("Did you know that the ministry ignored your letter?", "factive"),
        ("Has the parliament again refused to hear your report?", "iterative"),
        ("How will the reform of the police change this?", "definite_description"),
        ("What place does our country hold in the region?", "national_our"),
    ],
)
def test_each_trigger_is_found(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tell me about your work.", "wh_question"),  # no wh-word, no question mark
        ("Who sits on the board?", "evaluative"),
        ("Whom do you visit?", "factive"),
        ("Do you visit prisons?", "change_of_state"),
        ("Will you publish a report?", "national_our"),
    ],
)
def test_no_trigger_where_there_is_none(text, kind):
    assert kind not in kinds(text)


def test_such_takes_the_evaluated_phrase_with_its_polarity():
    (trigger,) = [t for t in sentence_triggers("What contributed to such productive work?") if t[0] == "evaluative"]
    assert trigger[1] == "such productive work" and trigger[4] == "+"


def _interview(rows):
    return pd.DataFrame(
        [("toy", k, turn, role, text) for k, (turn, role, text) in enumerate(rows)],
        columns=["interview_id", "sentence_id", "turn_id", "role", "text"],
    ).astype({"turn_id": "Int64"})


@pytest.mark.parametrize(
    ("answer", "types", "uptake"),
    [
        ("I would not call it a success: the prisons are still full.", "problem", "rejected"),
        ("These achievements come from years of work.", "", "taken up"),  # an anaphor accepts the evaluation
        ("The success was hard won.", "", "taken up"),  # the evaluated word echoed
        ("The code on legal aid was adopted in May.", "achievement", "taken up"),  # a claim in the same direction
        ("Let me speak about the budget.", "", "not taken up"),
    ],
)
def test_uptake_of_a_positive_evaluation(answer, types, uptake):
    sentences = _interview([(1, "question", "What explains such successful reforms?"), (1, "answer", answer)])
    claims = pd.DataFrame({"sentence_id": [1], "claim_types": [types]})
    table = presupposition_uptake(question_frames(sentences), sentences, claims)
    assert table.at[0, "polarity"] == "+" and table.at[0, "uptake"] == uptake


def test_a_question_without_evaluation_has_nothing_to_take_up():
    sentences = _interview([(1, "question", "How many complaints did you receive?"), (1, "answer", "About 900.")])
    none = pd.DataFrame(columns=["sentence_id", "claim_types"])
    table = presupposition_uptake(question_frames(sentences), sentences, none)
    assert table.at[0, "uptake"] == "no evaluation to take up"


def test_on_the_seed_q2_presupposes_success_and_the_answer_takes_it_up(seed, seed_tables):
    table = seed_tables["presuppositions"].set_index("turn_id")
    assert table.at[2, "polarity"] == "+" and "productive work" in table.at[2, "takes_as_given"]
    assert table.at[2, "uptake"] == "taken up" and table.at[2, "uptake_evidence"] == "s18: these achievements"
    frames = seed_tables["question_frames"]
    assert ((frames["sentence_id"] == 55) & (frames["trigger"] == "national_our")).any()


@pytest.mark.parametrize(
    ("headline", "shape", "sayer", "verb", "subject"),
    [
        (
            "Prison Conditions Remain Poor, Ombudsman Says",
            "reported clause, then sayer",
            "Ombudsman",
            "Says",
            "Prison Conditions",
        ),
        ("Ombudsman warns the police must stop beatings", "sayer first", "Ombudsman", "warns", "the police"),
        ("Public Defender: Detainees Remain Without Lawyers", "colon", "Public Defender", "", "Detainees"),
        ("Human rights in 2024: a year of setbacks", "no sayer", "", "", ""),
    ],
)
def test_headline_shapes(headline, shape, sayer, verb, subject):
    titles = pd.DataFrame({"interview_id": "toy", "sentence_id": [0], "role": "title", "text": [headline]})
    table = headline_table(titles)
    row = table.iloc[0]
    assert (row["shape"], row["sayer"], row["reporting_verb"], row["subject"]) == (shape, sayer, verb, subject)


@pytest.mark.parametrize(
    ("types", "uptake"), [("achievement", "countered"), ("problem", "taken up"), ("", "not taken up")]
)
def test_a_criticism_put_in_others_words_is_countered_by_an_achievement(types, uptake):
    sentences = _interview(
        [(1, "question", "Critics say the office is not independent."), (1, "question", "What do you answer?"),
         (1, "answer", "The law guarantees our budget.")]
    )  # fmt: skip
    claims = pd.DataFrame({"sentence_id": [2], "claim_types": [types]})
    frames = question_frames(sentences)
    assert "attributed_criticism" in set(frames["trigger"])
    table = presupposition_uptake(frames, sentences, claims)
    assert table.at[0, "polarity"] == "-" and table.at[0, "uptake"] == uptake
