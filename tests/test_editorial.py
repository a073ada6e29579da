import pytest

from ombudsman_discourse.text.editorial import editorial_edits, expansion_before, find_editorial, matches_acronym
from ombudsman_discourse.text.tracked import TrackedText, apply_edits


def cleaned(text):
    tt, _ = apply_edits(TrackedText.from_raw(text), editorial_edits(find_editorial(text)), "editorial")
    return tt.text


def test_bracketed_expansion_before_acronym():
    text = "Kazakhstan is the only [Commonwealth of Independent States] CIS country."
    (f,) = find_editorial(text)
    assert (f.kind, f.acronym, f.expansion) == ("expansion", "CIS", "Commonwealth of Independent States")
    assert cleaned(text) == "Kazakhstan is the only CIS country."


def test_leading_article_is_dropped_from_the_expansion():
    (f,) = find_editorial("within [the Organisation of Islamic Cooperation] OIC.")
    assert f.expansion == "Organisation of Islamic Cooperation"


def test_bracketed_acronym_after_expansion():
    text = "The National Preventive Mechanism [NPM] visits prisons."
    (f,) = find_editorial(text)
    assert (f.kind, f.acronym, f.expansion) == ("acronym", "NPM", "National Preventive Mechanism")
    assert cleaned(text) == "The National Preventive Mechanism visits prisons."


def test_parenthesised_acronym_is_glossed_but_text_kept():
    text = "under the Optional Protocol to the Convention against Torture (OPCAT) and the UN."
    (f,) = find_editorial(text)
    assert (f.kind, f.acronym, f.expansion) == (
        "parenthesised",
        "OPCAT",
        "Optional Protocol to the Convention against Torture",
    )
    assert cleaned(text) == text


def test_plain_insertion_keeps_words_and_elision_goes():
    text = "were adopted [this year] providing [...] more"
    kinds = [(f.kind, f.inserted) for f in find_editorial(text)]
    assert kinds == [("insertion", "this year"), ("elision", "...")]
    assert cleaned(text) == "were adopted this year providing  more"  # spaces are tidied later


def test_bracket_whose_acronym_does_not_match_is_a_plain_insertion():
    (f,) = find_editorial("the [Human Rights Council] UN body")
    assert f.kind == "insertion"


def test_parenthesis_without_matching_expansion_is_ignored():
    assert find_editorial("as reported (UN) yesterday") == []


@pytest.mark.parametrize(
    ("acronym", "expansion", "ok"),
    [
        ("OSCE", "Organisation for Security and Cooperation in Europe", True),
        ("NHRI", "National Human Rights Institution", True),
        ("CIS", "Council of Europe", False),
        ("X", "Xylophone", False),
    ],
)
def test_matches_acronym(acronym, expansion, ok):
    assert matches_acronym(acronym, expansion) is ok


def test_expansion_before_finds_the_shortest_run():
    text = "the work of the National Preventive Mechanism "
    start, expansion = expansion_before(text, len(text), "NPM")
    assert expansion == "National Preventive Mechanism" and text[start:].startswith("National")


@pytest.mark.parametrize(
    ("text", "inserted"),
    [
        ("We wrote twice [Editor's note: the ministry declined to comment] and got no reply.",
         "Editor's note: the ministry declined to comment"),
        ("The law (adopted in 2019 - ed.) is not applied.", "adopted in 2019 - ed."),
        ("He spoke [Translator's note: the word is unclear] briefly.", "Translator's note: the word is unclear"),
    ],
)  # fmt: skip
def test_editors_notes_leave_the_speakers_words(text, inserted):
    found = find_editorial(text)
    assert [(f.kind, f.inserted) for f in found] == [("note", inserted)]
    tt, _ = apply_edits(TrackedText.from_raw(text), editorial_edits(found), "editorial")
    assert "note" not in tt.text.lower() and "ed.)" not in tt.text and "  " not in tt.text


def test_an_insertion_that_is_no_note_keeps_its_words():
    assert [f.kind for f in find_editorial("It was [this year] adopted, as a note says.")] == ["insertion"]
