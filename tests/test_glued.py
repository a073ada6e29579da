import pytest

from ombudsman_discourse.text.glued import glued_word_edits
from ombudsman_discourse.text.tracked import TrackedText, apply_edits


def repaired(text):
    tt, _ = apply_edits(TrackedText.from_raw(text), glued_word_edits(text), "glued_words")
    return tt.text


def test_glued_known_words_are_separated():
    assert (
        repaired("the announcement by PresidentNursultan Nazarbayev")
        == "the announcement by President Nursultan Nazarbayev"
    )
    assert repaired("advised theMinistry of Justice") == "advised the Ministry of Justice"


@pytest.mark.parametrize(
    "name", ["McDonald", "iPhone", "JavaScript", "OSCE", "YouTube", "LinkedIn", "PayPal", "MacArthur"]
)
def test_real_names_stay_intact(name):
    assert repaired(f"a sentence with {name} in it") == f"a sentence with {name} in it"


def test_unknown_part_is_not_split():
    # "Zqx" is no English word, so the join is left as written
    assert repaired("the AbcZqx case") == "the AbcZqx case"


def test_threshold_is_a_parameter():
    assert glued_word_edits("PresidentNursultan", min_zipf=9.0) == []
