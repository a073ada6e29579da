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
        ("Top stories", "navigation"),
        ("4,512 visitors online", "counter"),
        ("3 385 8", "counter"),
        ("Views: 1 204", "counter"),
        ("Author:", "empty_byline"),
        ("By", "empty_byline"),
        ("Photo: Anna Nowak / Daily Ledger", "photo_credit"),
        ("(Photo: K. Morland)", "photo_credit"),
        ("Already a subscriber? Log in to continue reading.", "paywall"),
        ("ADVERTISEMENT", "advertisement"),
        ("Article continues after advertisement", "advertisement"),
        ("Tags: ombudsman, prisons, police", "tags"),
        ("READ ALSO: Parliament rejects the ombudsman's report", "read_more"),
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
        "Marta Ilves | Tarsland Weekly | 9 May 2024",  # a byline, not navigation
        "Photo: the commissioner visits the prison. Officers refused to let her monitors in for an hour.",
        "We received 4,512 complaints online last year.",
        "News of the beatings reached us the same night.",
    ],
)
def test_interview_prose_is_not_boilerplate(text):
    assert RULES.match(text) is None


def test_long_paragraph_is_never_boilerplate():
    text = "Follow us on Twitter. " + "The commissioner described the reforms in detail. " * 10
    assert RULES.match(text) is None


def test_teasers_after_a_read_more_line_and_lines_in_another_language():
    texts = [
        "READ ALSO:",
        "Court frees editor after two years",
        "Parliament rejects the budget of the ombudsman",
        "We visited the shelter the next day and found it full.",
        "Zaloguj się, aby czytać dalej ten artykuł",
        "Укр Рус",
        "The commissioner met Samruk Kazyna officials in Astana.",
    ]
    kinds = [k and k[0] for k in RULES.classify(texts)]
    assert kinds == ["read_more", "teaser", "teaser", None, "language", "language", None]
    assert RULES.classify(["Zaloguj się, aby czytać dalej ten artykuł"])[0][1] == (
        "boilerplate (language): 1 of 6 words known English"  # "ten" is an English word too
    )
