"""The codebook (version 3) as loaded from data/codebook/: its categories and codes, the sidecar's extensions,
the triggers of the cue index and the index's promise never to miss a cue."""

import dataclasses
import re
from pathlib import Path

import pytest

from ombudsman_discourse import load_interview
from ombudsman_discourse.claims.codebook import (
    CATEGORIES,
    codebook_for,
    load_codebook,
    negated,
    shared_codebook,
    trigger_of,
)
from ombudsman_discourse.claims.coding import code_sentence, word_openings
from ombudsman_discourse.errors import SidecarError
from ombudsman_discourse.text.sidecar import Meta

from .conftest import DATA, LAYOUT_FIXTURES

CODEBOOK = load_codebook()
LABELS = {
    "claim_type": ["achievement", "commitment", "recognition", "attribution", "problem", "cooperation"],
    "frame": ["security", "sovereignty", "economy_development", "tradition_family_values", "international_prestige"],
    "actor": [
        "head_of_state",
        "state_bodies",
        "ombudsman",
        "nation",
        "civil_society",
        "international_orgs",
        "external",
        "rights_holders",
    ],
    "stance": ["hedge", "booster", "attitude", "self_mention", "engagement"],
    "evidence": ["outcome", "reference"],
}


def test_version_3_with_its_categories():
    assert CODEBOOK.version == 3
    assert tuple(CODEBOOK.codes) == CATEGORIES
    assert CATEGORIES == ("claim_type", "right", "frame", "act", "actor", "stance", "evidence", "legitimation")
    for category, labels in LABELS.items():
        assert CODEBOOK.labels(category) == labels
    assert len(CODEBOOK.labels("right")) == 23
    assert len(CODEBOOK.labels("act")) == 16
    for codes in CODEBOOK.codes.values():
        assert all(code.definition for code in codes.values())


def test_every_right_has_a_family_udhr_articles_and_treaties():
    for label, right in CODEBOOK.codes["right"].items():
        assert right.family in CODEBOOK.families, label
        assert right.udhr and all(1 <= article <= 30 for article in right.udhr), label
        assert right.treaties, label
    assert CODEBOOK.codes["right"]["torture"].udhr == (5,)
    assert CODEBOOK.codes["right"]["housing"].family == "economic_social"


def test_a_frame_is_never_a_right():
    for label, frame in CODEBOOK.codes["frame"].items():
        assert (frame.udhr, frame.treaties, frame.family) == ((), (), ""), label
    assert not set(CODEBOOK.labels("frame")) & set(CODEBOOK.labels("right"))


def test_acts_imply_rights_of_the_codebook():
    acts = CODEBOOK.codes["act"]
    assert acts["eviction"].implies == "housing"
    assert acts["ill_treatment"].implies == "torture"
    assert acts["killing"].implies == "life"
    assert acts["assault"].implies == ""  # violence between private persons invokes no right by itself
    implied = {act.implies for act in acts.values()} - {""}
    assert implied <= set(CODEBOOK.labels("right"))


def test_rule_coded_categories_have_fixed_labels():
    assert CODEBOOK.labels("locus") == ["home", "abroad"]
    assert CODEBOOK.labels("we") == ["office", "state", "nation", "other"]
    assert CODEBOOK.labels("evidence") == ["outcome", "reference"]


def test_column_names_acts_apart_from_rights():
    assert CODEBOOK.column("act", "torture") == "act_torture"
    assert CODEBOOK.column("right", "torture") == "torture"
    assert CODEBOOK.columns("locus") == ["home", "abroad"]
    assert CODEBOOK.columns("act")[0] == "act_killing"


def test_family_labels_are_whole():
    assert CODEBOOK.families["security"] == "security (a frame since version 2, never a right)"


def test_general_codebook_names_no_country():
    from ombudsman_discourse.paths import data

    files = [p for p in data("codebook").iterdir() if p.name.endswith(".yml")]
    assert len(files) >= 2
    text = " ".join(p.read_text(encoding="utf-8") for p in files).lower()
    for name in ("kazakh", "nazarbayev", "nurly", "astana", "samruk", "ruritania"):
        assert name not in text


def test_sidecar_extension_adds_literal_cues_the_coder_finds():
    codebook = load_codebook({"actor.head_of_state": ["Otto Brand"], "claim_type.attribution": ["Bright Path"]})
    cue = codebook.codes["actor"]["head_of_state"].cues[-1]
    assert (cue.pattern, cue.source) == (r"\bOtto\ Brand\b", "sidecar")
    found, _ = code_sentence("Otto Brand opened the school.", codebook)
    assert found["actor"]["head_of_state"][0][0] == "Otto Brand"
    assert "head_of_state" not in code_sentence("Ottoman Brandy was served.", codebook)[0]["actor"]
    assert "head_of_state" not in code_sentence("Otto Brand opened the school.", CODEBOOK)[0]["actor"]
    assert "attribution" in code_sentence("The Bright Path programme built shelters.", codebook)[0]["claim_type"]


@pytest.mark.parametrize("key", ["actor.emperor", "nonsense.code", "locus.home", "we.office", "actor"])
def test_unknown_extension_key_is_named(key):
    with pytest.raises(SidecarError, match=rf"'codebook\.{key}'"):
        load_codebook({key: ["X"]})


def test_country_is_the_nation_and_home_and_no_longer_abroad():
    assert not any("France" in cue.pattern for cue in CODEBOOK.codes["actor"]["nation"].cues)
    france = load_codebook(country="France")
    assert any(cue.pattern == r"\bFrance\b" for cue in france.codes["actor"]["nation"].cues)
    text = "Prisons in France are overcrowded."
    assert set(code_sentence(text, CODEBOOK)[0]["locus"]) == {"abroad"}  # without a country: another country
    found, _ = code_sentence(text, france)
    assert set(found["locus"]) == {"home"}
    assert "nation" in found["actor"]
    assert "france" not in france.rules.countries
    assert "france" in CODEBOOK.rules.countries


@pytest.mark.parametrize(
    ("pattern", "triggers"),
    [
        (r"\btorture\b", ("torture",)),
        (r"\bright (?:to|of)\b", ("right",)),
        (r"\bprotect(?:ion|ing|s|ed)?\b", ("protect",)),
        (r"\bNGOs?\b", ("ngo",)),  # lowercased; the optional last letter is no part of it
        (r"\bwom[ae]n\b", ("wom",)),
        (r"(?<!High )\bCommissioner for Human Rights\b", ("commissioner",)),
        (r"\b(?:was|were) adopted\b", ("was", "were")),
        (r"\b(?:jail|prison)s?\b", ("jail", "prison")),
        (r"\b(?:an )?inquiry\b", None),  # an optional opening group: "inquiry" may open the match
        (r"\b(?:ab|cd)*ef", None),
        (r"\btorture\b|\bbeating\b", None),  # top-level alternation
        (r"\bI\b", None),  # a single letter
        (r"\b(?:A|B)[- ]status\b", None),
        (r"\b(?:was|w)\b", None),  # one alternative of a single letter
        (r"\b(?:19|20)\d\d\b", None),  # digits
        (r"torture", None),  # no \b: the match may open inside a word
    ],
)
def test_trigger_of(pattern, triggers):
    assert trigger_of(pattern) == triggers


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(r"\bwom[ae]n\b", "women"), (r"\bwom[ae]n\b", "woman"), (r"\b(?:was|were) adopted\b", "It was adopted")],
)
def test_a_match_opens_a_word_with_a_trigger(pattern, text):
    assert re.search(pattern, text)
    assert set(trigger_of(pattern)) & word_openings(text)


def _interviews(seed, fixtures):
    folders = [DATA / "heldout", DATA / "heldout2"]
    extra = sorted(LAYOUT_FIXTURES.values()) + sorted(p for folder in folders for p in folder.glob("*.txt"))
    return [seed, *fixtures.values(), *(load_interview(Path(p)) for p in extra)]


def test_cue_index_never_misses_a_cue(seed, fixtures):
    """Every cue whose regex matches a sentence is among the index's candidates for it, for every sentence of the
    seed and of the interviews in tests/data (each with its own sidecar's codebook)."""
    interviews = _interviews(seed, fixtures)
    checked = 0
    for interview in interviews:
        codebook = codebook_for(interview)
        cues = [
            *codebook.rights_cues,
            *(cue for codes in codebook.codes.values() for c in codes.values() for cue in c.cues),
        ]
        for text in interview.sentences["text"]:
            candidates = {id(entry[3]) for entry in codebook.index.candidates(word_openings(text))}
            missed = [cue.pattern for cue in cues if cue.regex.search(text) and id(cue) not in candidates]
            assert not missed, (interview.meta.interview_id, text, missed)
            checked += 1
    assert checked > len(interviews)  # every interview has sentences


def test_cue_index_skips_cues_whose_trigger_is_absent():
    candidates = {entry[3].pattern for entry in CODEBOOK.index.candidates(word_openings("Torture was reported."))}
    assert r"\btortur\w*" in candidates
    assert r"\bevict\w*" not in candidates


def test_cue_index_finds_a_word_after_an_apostrophe():
    text = "The report of l'Ombudsman was published."
    candidates = {entry[3].pattern for entry in CODEBOOK.index.candidates(word_openings(text))}
    assert r"\bombudsm[ae]n\b" in candidates


def test_shared_codebook_is_built_once_per_sidecar(fixtures):
    interview = fixtures["qa_labels"]
    assert codebook_for(interview) is codebook_for(interview)
    a = Meta(interview_id="a", country="Ruritania", codebook={"actor.head_of_state": ["Otto Brand"]})
    b = dataclasses.replace(a, interview_id="b")
    assert shared_codebook(a) is shared_codebook(b)  # another interview of the same source
    assert shared_codebook(a) is not shared_codebook(dataclasses.replace(a, country="Valdoria"))
    assert shared_codebook(a) is not shared_codebook(dataclasses.replace(a, codebook={}))


def test_negation_reaches_back_within_the_clause():
    def at(text, word):
        return negated(text, text.index(word))

    assert at("The law was not adopted.", "adopted")
    assert at("They haven't joined yet.", "joined")
    assert not at("It was adopted, not delayed.", "adopted")  # the negator comes after
    assert not at("No, the detainees were beaten.", "beaten")  # a comma ends the clause
    assert not at("Nothing about it does not justify beating.", "beating")  # "justify" turns the negation away
    assert not at("Not once in all those long years were they beaten.", "beaten")  # more than four words back
