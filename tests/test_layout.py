import pytest

from ombudsman_discourse.text.layout import assign_speakers, detect_layout

from .conftest import FIXTURES, SEED


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_each_fixture_layout_is_detected(fixtures, name):
    assert (
        fixtures[name].layout
        == {
            "qa_labels": "qa_labels",
            "name_labels": "name_labels",
            "unlabelled": "unlabelled",
            "markdown": "markdown",
            "html": "markdown",  # bold questions, once the article is taken out of the page
        }[name]
    )


def test_seed_is_unlabelled():
    assert detect_layout(SEED.read_text(encoding="utf-8")) == "unlabelled"


def test_a_single_note_label_does_not_make_a_labelled_layout():
    text = "Title\n\nNote: this interview was edited.\n\nHow was the year?\n\nIt was good.\n"
    assert detect_layout(text) == "unlabelled"


NAMES = "SMITH: Why now?\n\nJONES: Because the law changed.\n\nSMITH: And next?\n\nJONES: Housing.\n"


def test_name_labels_map_by_the_sidecar_names():
    assert assign_speakers(NAMES, "name_labels", interviewee="Anna Smith") == {
        "SMITH": "interviewee",
        "JONES": "interviewer",
    }


def test_name_labels_without_sidecar_map_by_who_asks():
    assert assign_speakers(NAMES, "name_labels") == {"SMITH": "interviewer", "JONES": "interviewee"}


def test_interviewer_label_is_known():
    text = "Interviewer: Tell us about the year.\n\nBerg: It was busy.\n\nInterviewer: Thank you.\n\nBerg: Thank you.\n"
    assert detect_layout(text) == "name_labels"
    assert assign_speakers(text, "name_labels") == {"Interviewer": "interviewer", "Berg": "interviewee"}


def test_a_label_used_once_counts_when_the_sidecar_names_it():
    text = "SMITH: Why now?\n\nJONES: The law changed.\n\nSMITH: And?\n\nJONES: Courts.\n\nBROWN: Housing.\n"
    speakers = assign_speakers(text, "name_labels", interviewee="Carol Brown", interviewer="Anna Smith")
    assert speakers == {"SMITH": "interviewer", "JONES": "interviewee", "BROWN": "interviewee"}


def test_labels_in_any_script_and_once_on_the_first_exchange():
    text = (
        "Headline of the Day\n\nDAILY LEDGER: What did your monitors see on the square?\n\n"
        "WĘDRYCHOWSKA: Officers beating people who were already on the ground.\n\n"
        "And what happened next?\n\nThe police detained 212 people.\n"
    )
    assert detect_layout(text) == "name_labels"
    assert assign_speakers(text, "name_labels") == {"DAILY LEDGER": "interviewer", "WĘDRYCHOWSKA": "interviewee"}


def test_a_headline_shaped_name_colon_claim_is_no_label():
    text = (
        'Ombudsman Anna Berg: "Prisons Are Full"\n\nBy Jan Lis\n\nOmbudsman Anna Berg: Prisons are full\n\n'
        "What did you find?\n\nOvercrowding everywhere.\n"
    )
    assert detect_layout(text) == "unlabelled"


def test_dash_dialogue_needs_several_dash_turns():
    dialogue = "Title\n\n- How many complaints came this year?\n- Almost twice as many as the year before, sadly.\n"
    dialogue += "- And the staff of the office, has it grown at all?\n- Not at all, the budget stayed the same.\n"
    assert detect_layout(dialogue) == "dash_dialogue"
    listing = "Title\n\nWe found three things:\n- overcrowding in cells\n- no water\n- no lawyers\n"
    assert detect_layout(listing) == "unlabelled"
