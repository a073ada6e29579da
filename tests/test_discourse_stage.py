"""The discourse stage (notebook 05) end to end: every first-person pronoun with its reading, the tables on the
seed and on a fixture without reading notes, and the sentences the notebook computes from them."""

import pandas as pd
import pytest

from ombudsman_discourse import run_analysis
from ombudsman_discourse.claims.agreement import legitimation_run
from ombudsman_discourse.claims.codebook import load_codebook
from ombudsman_discourse.claims.coding import code_claims
from ombudsman_discourse.discourse.first_person import first_person_occurrences
from ombudsman_discourse.report import discourse_prose as prose

CODEBOOK = load_codebook({}, "Ruritania")


def _sentences(rows):
    return pd.DataFrame(
        [("toy", k, 0, turn, role, "x", text, 0, len(text), 5) for k, (turn, role, text) in enumerate(rows)],
        columns=["interview_id", "sentence_id", "paragraph_id", "turn_id", "role", "speaker", "text", "start", "end",
                 "n_tokens"],
    ).astype({"turn_id": "Int64"})  # fmt: skip


def test_each_pronoun_gets_the_reading_of_its_nearest_cue_and_changes_are_marked():
    sentences = _sentences(
        [
            (None, "lead", "Last week we interviewed the ombudsman."),
            (1, "question", "What place does our country hold in the region?"),
            (1, "answer", "Our monitors visited every prison, and our country ratified the protocol."),
            (1, "answer", "We will publish the report."),
        ]
    )
    claims, _ = code_claims(sentences, CODEBOOK)
    words = first_person_occurrences(sentences, claims, CODEBOOK)
    readings = list(zip(words["sentence_id"], words["word"], words["reading"], words["changed"]))
    assert readings[0] == (0, "we", "outlet", False)  # the outlet's own first person
    assert readings[1] == (1, "our", "nation", False)  # the interviewer speaking from inside the nation
    assert readings[2][2:] == ("office", False) and readings[3][2:] == ("nation", True)  # two readings, one sentence
    assert readings[4][:2] == (3, "We")
    assert words.loc[2, "left"] == "" and words.loc[2, "right"].startswith(" monitors visited")


def test_the_seed_report_shows_what_the_issue_asks(seed_tables, seed):
    frames, uptake = seed_tables["question_frames"], seed_tables["presuppositions"]
    summary = prose.presupposition_summary(frames, uptake)
    expected = "Q2 (s17) takes as given a positive evaluation (*such productive work*) and the answer's first sentences"
    assert expected in summary
    agency = prose.agency_summary(seed_tables["agency"])
    assert (
        "Agentless passives of the answer to Q1 — with *be* or *get*: s6 *were adopted*, s15 *were also adopted* and "
        "s15 *were significantly amended*; participle clauses without *be*: s5 *aimed* and s7 *established*."
    ) in agency
    words = seed_tables["first_person_words"]
    answers = seed.sentences[seed.sentences["role"] == "answer"]["text"]
    said = answers.str.count(r"(?i)\b(?:we|our|us|ours)\b").sum()  # counted apart from the module's own rule
    assert (words["role"] == "answer").sum() == said == 17
    assert set(words["reading"]) <= {"office", "state", "nation", "other", "outlet"}
    legit = prose.legitimation_summary(seed_tables["legitimation_by_answer"], legitimation_run())
    assert "authorisation by the head of state" in legit and "validated" in legit and "not validated" in legit
    notes = seed_tables["reading_notes"]
    assert len(notes) == sum(len(m.citations) for m in seed.notes) and notes["text"].str.len().min() > 0


def test_a_fixture_without_notes_says_the_reading_is_the_analysts(fixtures):
    interview = fixtures["qa_labels"]
    tables = run_analysis(interview).tables
    assert interview.notes == () and tables["reading_notes"].empty
    assert prose.memos(interview.notes, tables["reading_notes"]) == ""
    assert "reading to write" in prose.notes_missing("x.notes.md")
    assert set(tables["legitimation_by_answer"]["code"]) == set(load_codebook().labels("legitimation"))


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        (
            {"nation": (4, 0), "ombudsman": (4, 1)},
            "Of 8 achievement sentences, the grammatical subject is: the country as a whole 4",
        ),
        ({"nation": (0, 2)}, "No achievement sentence."),
    ],
)
def test_agents_are_counted_with_ties_kept_in_order(counts, expected):
    table = pd.DataFrame([(a, n[0], n[1]) for a, n in counts.items()], columns=["agent", "achievement", "problem"])
    assert expected in prose.agents_summary(table)


def test_counts_of_one_read_in_the_singular():
    words = pd.DataFrame(
        {"sentence_id": [3], "turn_id": [1], "role": ["answer"], "word": ["we"], "reading": ["office"],
         "cue": ["we (office we, no cue: the speaker's office)"], "changed": [False]}
    )  # fmt: skip
    text = prose.first_person_summary(words)
    assert text.startswith("1 first-person plural pronoun in the answers") and "1 pronoun has no cue" in text
    by_answer = pd.DataFrame({"code": ["rationalisation"], "label": ["rationalisation"], "Q1": [1], "total": [1]})
    assert "At most 1 sentence per code." in prose.legitimation_caption(by_answer, "f.png")
