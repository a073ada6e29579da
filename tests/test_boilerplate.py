import pytest

from ombudsman_discourse.text.boilerplate import load_rules

RULES = load_rules()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Get The Astana Times stories sent directly to you! Sign up via the website or subscribe to our Twitter!",
            "subscribe",
        ),
        ("Subscribe to our newsletter for weekly analysis", "newsletter"),
        ("Share this article", "share"),
        ("Share on Facebook", "share"),
        ("Follow us on Facebook and Twitter", "follow_us"),
        ("\u00a9 2023 Example News. All rights reserved.", "copyright"),
        ("Copyright 2024 The Herald", "copyright"),
        ("Read more: Parliament adopts new code", "read_more"),
        ("Home | News | Politics | Interviews", "navigation"),
        ("Skip to main content", "navigation"),
    ],
)
def test_boilerplate_lines_are_found(text, kind):
    assert RULES.match(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "We share the experience of other countries on children's rights.",
        "Kazakhstan subscribes to the principles of the Paris Principles.",
        "The Law on Copyright protects authors, and we follow its application closely.",
        "Human rights are universal.",
        "The ombudsman, the parliament and the courts all play a role.",
    ],
)
def test_interview_prose_is_not_boilerplate(text):
    assert RULES.match(text) is None


def test_long_paragraph_is_never_boilerplate():
    text = "Follow us on Twitter. " + "The commissioner described the reforms in detail. " * 10
    assert RULES.match(text) is None
