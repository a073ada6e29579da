import pytest

from ombudsman_discourse.claims.codebook import CATEGORIES, load_codebook, negated
from ombudsman_discourse.errors import SidecarError

LABELS = {
    "claim_type": ["achievement", "commitment", "recognition", "attribution", "problem", "cooperation"],
    "rights_domain": [
        "civil_political",
        "economic_social",
        "children_family",
        "migration_refugees",
        "security",
        "institutional",
    ],
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
    "evidence": ["number", "date", "named_law", "named_institution"],
    "locus": ["domestic", "international", "external_threat"],
}


def test_codebook_has_the_agreed_labels_with_definitions():
    codebook = load_codebook()
    assert {c: codebook.labels(c) for c in CATEGORIES} == LABELS
    for category in CATEGORIES:
        for code in codebook.codes[category].values():
            assert code.definition
    for code in codebook.codes["rights_domain"].values():
        assert code.udhr and code.example, code.label  # every domain tied to UDHR articles, with an example


def test_general_codebook_names_no_country():
    from ombudsman_discourse.paths import data

    files = [p for p in data("codebook").iterdir() if p.name.endswith(".yml")]
    assert len(files) >= 2
    text = " ".join(p.read_text(encoding="utf-8") for p in files).lower()
    for name in ("kazakh", "nazarbayev", "nurly", "astana", "samruk"):
        assert name not in text


def test_sidecar_extension_and_country_reach_the_codebook():
    codebook = load_codebook({"actor.head_of_state": ["Grand Duke Otto"]}, country="Ruritania")
    patterns = [c.pattern for c in codebook.codes["actor"]["head_of_state"].cues]
    assert any("Grand\\ Duke\\ Otto" in p for p in patterns)
    assert any("Ruritania" in c.pattern for c in codebook.codes["actor"]["nation"].cues)


def test_unknown_extension_key_is_named():
    with pytest.raises(SidecarError, match=r"codebook\.actor\.emperor"):
        load_codebook({"actor.emperor": ["X"]})


def test_negation_window():
    assert negated("The law was not adopted.", "The law was not adopted.".index("adopted"))
    assert negated("They haven't joined yet.", "They haven't joined yet.".index("joined"))
    assert not negated("It was adopted, not delayed.", "It was adopted, not delayed.".index("adopted"))
