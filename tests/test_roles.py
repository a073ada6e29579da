"""Roles and turns: cues with crafted sentences for and against each, the alternation of turns, overrides."""

import pytest

from ombudsman_discourse.text.roles import Paragraph, assign_roles, caption_cue, question_cue, turn_cues, turn_ids


def roles(texts, layout="unlabelled", **kw):
    return [r for r, _ in assign_roles([Paragraph(t, **kw) for t in texts], layout)]


def test_question_cues():
    assert question_cue("What contributed to such productive work?") == "ends with a question mark"
    assert question_cue("You have mentioned partnerships. Elaborate on this direction of your work.").startswith(
        "a request"
    )
    assert question_cue("We will continue this work.") is None
    # a bare imperative inside an answer is no strong sign of a question
    assert question_cue("Tell the truth, and the truth will protect the citizens.") is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Please describe your office's mandate.", "a request addressed to the interviewee (you/your)"),
        ("Tell us about the prisons you visited this winter.", "a request addressed to the interviewee (you/your)"),
        ("Let's talk about the new law on assembly.", "a request ('Tell us...', 'Let's...', 'Please...')"),
        ("Describe the situation in the detention centres.", "opens with a request ('Describe...')"),
        ("Good evening, and welcome to the programme.", "a greeting"),
        ("Thank you for speaking with us, Commissioner.", "thanks"),
        ("So the complaints doubled, and the ministry...", "trails off, inviting a reply"),
    ],
)
def test_interviewer_turns_without_a_question_mark_have_their_cue(text, cue):
    assert cue in [c for w, c in turn_cues(text, marked=False) if w > 0]


@pytest.mark.parametrize(
    "text",
    [
        "We visited 14 prisons and found overcrowding in nine of them.",
        "The police beat detainees during the arrest, and nobody has been punished.",
        "Two years ago the ministry promised a new law; it has not been tabled.",
    ],
)
def test_plain_statements_carry_no_interviewer_cue(text):
    assert [c for w, c in turn_cues(text, marked=False) if w > 0] == []


def test_answer_cues():
    cues = [c for w, c in turn_cues("Yes, and thank you for having me today.", marked=True) if w < 0]
    assert cues == ["opens like a reply", "a guest's thanks for the invitation"]
    assert any(w < 0 for w, _ in turn_cues("We found " + "nine cases of abuse " * 20, marked=False))


def test_long_rhetorical_question_without_you_is_not_a_question():
    text = "We visited every prison. " * 30 + "Why does that matter?"
    assert question_cue(text) is None


def test_caption_cue():
    assert caption_cue("Askar Shakirov, Commissioner for Human Rights") is not None
    assert caption_cue("Photo: the commissioner at a press conference.") is not None
    assert caption_cue("We visited every prison.") is None
    assert caption_cue("- housing") is None  # a list item inside an answer
    assert caption_cue("Why now") is not None and caption_cue("Why now?") is None


def test_toy_interview_roles_and_turns():
    texts = [
        "A Title",
        "By Jane Doe",
        "Lead about the interview, written by the paper.",
        "How was the year?",
        "It was good.",
        "Name Surname, Ombudsman",
        "We did a lot.",
        "Tell us about your plans.",
        "More work.",
    ]
    got = roles(texts)
    assert got == ["title", "byline", "lead", "question", "answer", "caption", "answer", "question", "answer"]
    assert turn_ids(got) == [None, None, None, 1, 1, None, 1, 2, 2]


def test_labelled_layout_follows_the_labels():
    texts = ["Title", "Why?", "Because.", "And more.", "Next?", "Yes."]
    speakers = [None, "interviewer", "interviewee", None, "interviewer", "interviewee"]
    paragraphs = [Paragraph(t, s, "label" if s else None) for t, s in zip(texts, speakers)]
    got = [r for r, _ in assign_roles(paragraphs, "qa_labels")]
    assert got == ["title", "question", "answer", "answer", "question", "answer"]


def test_dash_turns_alternate_so_an_interjection_is_the_interviewers():
    texts = [
        "Prisons at Twice Their Capacity",
        "How many complaints did you receive this year?",
        "Almost 41,000, against 19,000 last year.",
        "So, twice as many.",
        "Yes. And the staff has not grown at all.",
    ]
    paragraphs = [Paragraph(texts[0])] + [Paragraph(t, marker="dash") for t in texts[1:]]
    decided = assign_roles(paragraphs, "dash_dialogue")
    assert [r for r, _ in decided] == ["title", "question", "answer", "question", "answer"]
    assert decided[3][1] == "a short interjection opening a turn"


def test_an_unmarked_paragraph_continues_the_answer_and_only_a_cue_makes_a_question():
    texts = ["Title", "What happened on the square?", "Police charged the crowd.", "Many were hurt.", "Why?"]
    assert roles(texts) == ["title", "question", "answer", "answer", "question"]


def test_an_override_re_reads_the_turns_after_it():
    texts = ["Title", "What did you find?", "Overcrowding.", "Your staff rode with the patrols.", "Yes, for weeks.",
             "Officers called it a family quarrel."]  # fmt: skip
    assert roles(texts)[3:] == ["answer", "answer", "answer"]
    paragraphs = [Paragraph(t, override="question" if i == 3 else None) for i, t in enumerate(texts)]
    decided = assign_roles(paragraphs, "unlabelled")
    assert [r for r, _ in decided][3:] == ["question", "answer", "answer"]
    assert decided[3][1] == "sidecar override" and decided[5][1].endswith("after a sidecar override")


def test_a_text_without_turns_is_narration_after_its_header():
    texts = ["Ombudsman Warns on Prisons", "By Jane Doe", "The ombudsman said on Monday that prisons are full."]
    assert roles(texts) == ["title", "byline", "narration"]


def test_consecutive_question_paragraphs_share_a_turn():
    assert turn_ids(["question", "question", "answer", "question", "answer"]) == [1, 1, 1, 2, 2]
