from ombudsman_discourse.text.paragraphs import split_blocks, wrap_width
from ombudsman_discourse.text.tracked import TrackedText

WRAPPED = (
    "The commissioner said that the new law on the national preventive\n"
    "mechanism gives monitors access to every closed institution in the\n"
    "country.\n"
    "A second paragraph starts here after a short line.\n"
)


def blocks(text, layout="unlabelled", speakers=None):
    out, log = split_blocks(TrackedText.from_raw(text), layout, speakers or {})
    return [b.tt.text for b in out], log


def test_hard_wrapped_lines_are_joined_and_short_lines_end_paragraphs():
    texts, log = blocks(WRAPPED)
    assert texts == [
        "The commissioner said that the new law on the national preventive mechanism gives monitors "
        "access to every closed institution in the country.",
        "A second paragraph starts here after a short line.",
    ]
    assert [r["step"] for r in log] == ["unwrap", "unwrap"]


def test_wrap_width_is_none_for_long_unwrapped_lines():
    assert wrap_width("x" * 300 + "\n" + "y" * 200 + "\n") is None


def test_one_line_paragraphs_without_blank_lines_stay_apart():
    texts, _ = blocks("First paragraph. " * 10 + "\n" + "Second paragraph. " * 10 + "\n")
    assert len(texts) == 2


def test_hyphen_at_line_end_joins_without_space():
    text = "a text that carries on with a conceptually-\nnew institution of rights protection\n"
    texts, _ = blocks(text)
    assert texts == ["a text that carries on with a conceptually-new institution of rights protection"]


def test_speaker_labels_start_paragraphs_and_are_taken_off():
    text = "Q: Why now?\nA: Because the law changed\nin spring.\n"
    out, log = split_blocks(TrackedText.from_raw(text), "qa_labels", {"Q": "interviewer", "A": "interviewee"})
    assert [(b.label, b.label_speaker, b.tt.text) for b in out] == [
        ("Q", "interviewer", "Why now?"),
        ("A", "interviewee", "Because the law changed in spring."),
    ]
    assert [r["before"] for r in log if r["step"] == "speaker_label"] == ["Q: ", "A: "]


def test_markdown_marks_are_taken_off():
    out, log = split_blocks(
        TrackedText.from_raw("# Title\n\n**Why?**\n\nSee [the report](https://x.org/r).\n"), "markdown", {}
    )
    assert [(b.markup, b.tt.text) for b in out] == [("heading", "Title"), ("bold", "Why?"), (None, "See the report.")]
    assert {r["step"] for r in log} == {"markup"}
