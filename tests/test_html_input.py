"""Interviews saved as HTML pages: the article's text kept by logged edits, everything else dropped."""

import pytest

from ombudsman_discourse.text.html_input import html_edits, looks_like_html
from ombudsman_discourse.text.tracked import TrackedText, apply_edits

from .conftest import FIXTURES


def extract(page: str) -> str:
    return apply_edits(TrackedText.from_raw(page), html_edits(page), "html")[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html>\n<html><body><p>x</p></body></html>", True),
        ("<!-- saved page -->\n<html lang='en'>", True),
        ("  <HTML>", True),
        ("<b>Q:</b> not a page, a fragment", False),
        ("Q: Why?\n\nA: Because.", False),
    ],
)
def test_only_whole_pages_count_as_html(text, expected):
    assert looks_like_html(text) is expected


def test_toy_page_known_answer():
    page = (
        "<html><head><title>Site</title></head><body><nav>Menu</nav>"
        "<article><h1>The title</h1><p>Rights &amp; duties<br>of the <b>office</b></p>"
        "<script>track()</script><!-- note --><p>Second\n   line</p></article>"
        "<footer>Footer</footer></body></html>"
    )
    assert extract(page) == "\n\n# The title\n\nRights & duties\nof the **office**\n\nSecond line\n\n"


def test_without_article_the_main_element_then_the_body_is_the_text():
    assert extract("<html><body><p>Out</p><main><p>In</p></main></body></html>").strip() == "In"
    assert extract("<html><body><aside>Ad</aside><p>Body text</p></body></html>").strip() == "Body text"


def test_unclosed_and_malformed_markup_does_not_break_extraction():
    page = "<html><body><article><p>One <i>two<p>Three &notanentity; four</article>"
    text = extract(page)
    assert "One *two" in text and "Three" in text and "four" in text


def test_edits_touch_only_markup_references_and_whitespace():
    page = FIXTURES["html"].read_text(encoding="utf-8")
    for edit in html_edits(page):
        assert edit.reason, edit
        if "character reference" in edit.reason and "markup" not in edit.reason:
            assert page[edit.start] == "&"


def test_fixture_page_keeps_the_article_and_nothing_else(fixtures):
    interview = fixtures["html"]
    assert interview.source_format == "html" and interview.layout == "markdown"
    text = "\n".join(interview.paragraphs["text"])
    for dropped in (
        "Politics",
        "cookies",
        "dataLayer",
        "loadAd",
        "Police reform bill",
        "All rights reserved",
        "About us",
    ):
        assert dropped not in text, dropped
    assert (
        "Norlandia's Ombudsman" in text
    )  # the reference, then typography's plain apostrophe and "recommendations & ordered" in text
    questions = interview.paragraphs.loc[interview.paragraphs["role"] == "question", "text"].tolist()
    assert questions[0] == "How many complaints did your office receive last year?"
    caption = interview.paragraphs.loc[interview.paragraphs["role"] == "caption", "text"].tolist()
    assert caption == ["Ingrid Solberg in her office in Vestby."]
    log = interview.cleaning_log
    assert (log["step"] == "html").sum() > 0
    # an answer's offsets point into the page: its first words stand there as written
    answer = interview.paragraphs[interview.paragraphs["role"] == "answer"].iloc[0]
    assert interview.raw[answer["raw_start"] : answer["raw_end"]].startswith("We received 4,218 complaints")
