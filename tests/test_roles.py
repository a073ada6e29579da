from ombudsman_discourse.text.roles import assign_roles, caption_cue, question_cue, turn_ids


def roles(texts, layout="unlabelled"):
    n = len(texts)
    return [r for r, _ in assign_roles(texts, layout, [None] * n, [None] * n, [None] * n)]


def test_question_cues():
    assert question_cue("What contributed to such productive work?") == "ends with a question mark"
    assert question_cue("You have mentioned partnerships. Elaborate on this direction of your work.").startswith(
        "a request"
    )
    assert question_cue("We will continue this work.") is None
    # a request without "you" is the interviewee's own sentence
    assert question_cue("Tell the truth, and the truth will protect the citizens.") is None


def test_long_rhetorical_question_without_you_is_not_a_question():
    text = "We visited every prison. " * 30 + "Why does that matter?"
    assert question_cue(text) is None


def test_caption_cue():
    assert caption_cue("Askar Shakirov, Commissioner for Human Rights") is not None
    assert caption_cue("Photo: the commissioner at a press conference.") is not None
    assert caption_cue("We visited every prison.") is None
    assert caption_cue("- housing") is None  # a list item inside an answer


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


def test_labelled_layout_continues_the_turn():
    texts = ["Title", "Why?", "Because.", "And more.", "Next?", "Yes."]
    speakers = [None, "interviewer", "interviewee", None, "interviewer", "interviewee"]
    got = [r for r, _ in assign_roles(texts, "qa_labels", speakers, [None] * 6, [None] * 6)]
    assert got == ["title", "question", "answer", "answer", "question", "answer"]


def test_consecutive_question_paragraphs_share_a_turn():
    assert turn_ids(["question", "question", "answer", "question", "answer"]) == [1, 1, 1, 2, 2]
