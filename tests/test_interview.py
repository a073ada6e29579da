"""The seed end to end, and every fixture through the whole cleaning pipeline."""

from dataclasses import replace

import pytest

from ombudsman_discourse import load_interview
from ombudsman_discourse.errors import NoProseError
from ombudsman_discourse.text.audit import unaccounted

from .conftest import FIXTURE_ROLES, FIXTURES, SEED


def test_seed_roles_are_exactly_as_read_by_hand(seed):
    counts = seed.paragraphs["role"].value_counts().to_dict()
    assert counts == {"title": 1, "lead": 1, "caption": 1, "question": 4, "answer": 25, "boilerplate": 1}
    questions = seed.paragraphs[seed.paragraphs["role"] == "question"]
    assert questions["text"].str[:30].tolist() == [
        "As the main human rights advoc",
        "What contributed to such produ",
        "Human Rights Day is celebrated",
        "The above-mentioned challenges",
    ]
    assert questions["turn_id"].tolist() == [1, 2, 3, 4]
    assert seed.paragraphs.iloc[-1]["role"] == "boilerplate"
    assert seed.paragraphs.iloc[3]["text"] == "Askar Shakirov, Kazakhstan's Commissioner for Human Rights"


def test_seed_speakers_follow_roles(seed):
    pairs = set(zip(seed.paragraphs["role"], seed.paragraphs["speaker"]))
    assert pairs == {
        ("title", "publication"),
        ("lead", "publication"),
        ("caption", "publication"),
        ("question", "interviewer"),
        ("answer", "interviewee"),
        ("boilerplate", "none"),
    }


def test_seed_glued_word_is_repaired(seed):
    assert "President Nursultan Nazarbayev" in seed.paragraphs["text"].str.cat(sep=" ")
    row = seed.cleaning_log[seed.cleaning_log["step"] == "glued_words"].iloc[0]
    assert (row["before"], row["after"]) == ("PresidentNursultan", "President Nursultan")
    assert seed.raw[row["raw_start"] : row["raw_end"]] == "PresidentNursultan"


def test_seed_glossary_and_insertions(seed):
    glossary = dict(zip(seed.glossary["acronym"], seed.glossary["expansion"]))
    assert glossary == {
        "CIS": "Commonwealth of Independent States",
        "OSCE": "Organisation for Security and Cooperation in Europe",
        "OIC": "Organisation of Islamic Cooperation",
    }
    assert sorted(seed.editorial_insertions["kind"]) == ["expansion", "expansion", "expansion", "insertion"]
    for row in seed.editorial_insertions.itertuples():
        assert seed.raw[row.raw_start] == "["


def test_seed_raw_text_is_the_file_unchanged(seed):
    assert seed.raw == SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["seed", *sorted(FIXTURES)])
def test_nothing_is_lost(seed, fixtures, name):
    interview = seed if name == "seed" else fixtures[name]
    assert unaccounted(interview).empty


def test_unaccounted_finds_a_dropped_character(seed):
    # forget the boilerplate paragraph and its log row: its characters are then unaccounted
    broken = replace(
        seed, tracked=seed.tracked[:-1], cleaning_log=seed.cleaning_log[seed.cleaning_log["step"] != "boilerplate"]
    )
    lost = unaccounted(broken)
    footer = seed.paragraphs.iloc[-1]
    assert len(lost) == sum(not ch.isspace() for ch in seed.raw[footer["raw_start"] : footer["raw_end"]])


@pytest.mark.parametrize("name", ["seed", *sorted(FIXTURES)])
def test_tables_point_back_to_the_raw_text(seed, fixtures, name):
    interview = seed if name == "seed" else fixtures[name]
    p = interview.paragraphs
    assert p["paragraph_id"].tolist() == list(range(len(p)))
    assert (p["raw_start"] < p["raw_end"]).all() and p["raw_start"].is_monotonic_increasing
    for row in interview.sentences.itertuples():
        assert p.loc[row.paragraph_id, "text"][row.start : row.end] == row.text
    # text that no cleaning step touched is identical in the raw text
    log = interview.cleaning_log
    for row in p.itertuples():
        if not ((log["raw_start"] < row.raw_end) & (log["raw_end"] > row.raw_start)).any():
            assert interview.raw[row.raw_start : row.raw_end] == row.text


def test_questions_and_boilerplate_per_fixture(fixtures):
    for name, counts in FIXTURE_ROLES.items():
        assert fixtures[name].paragraphs["role"].value_counts().to_dict() == counts, name


def test_fixture_specifics(fixtures):
    name = fixtures["name_labels"]
    assert name.encoding == "cp1252"
    assert (name.cleaning_log["step"] == "line_endings").sum() == name.raw.count("\r\n")
    answers = " ".join(name.paragraphs.loc[name.paragraphs["role"] == "answer", "text"])
    assert "McDonald" in answers and "iPhone" in answers and "the Ministry of Justice" in answers
    assert "\n" not in answers
    assert set(name.paragraphs["label"].dropna()) == {"ANNA LINDQVIST", "PETER NOVAK"}
    qa = fixtures["qa_labels"]
    assert dict(zip(qa.glossary["acronym"], qa.glossary["source"])) == {
        "NPM": "expansion [ACRONYM]",
        "NHRI": "expansion (ACRONYM)",
    }
    md = fixtures["markdown"]
    assert "Independent Police Complaints Commission and asked" in md.paragraphs["text"].str.cat(sep=" ")


def test_mojibake_file_is_repaired(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    garbled = text.encode("utf-8").decode("cp1252", errors="ignore")  # a classic double encoding
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    interview = load_interview(path)
    assert "Kazakhstan's Commissioner" in interview.paragraphs["text"].str.cat(sep=" ")
    assert (interview.cleaning_log["step"] == "mojibake").sum() > 10
    assert unaccounted(interview).empty


def test_utf16_seed_gives_the_same_paragraphs(seed, tmp_path):
    path = tmp_path / "seed16.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16"))
    interview = load_interview(path, SEED.with_suffix(".yml"))
    assert interview.encoding == "utf-16"
    assert interview.paragraphs.equals(seed.paragraphs)


def test_role_override_from_the_sidecar(tmp_path):
    path = tmp_path / "i.txt"
    path.write_text((SEED).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "i.yml").write_text(
        "role_overrides:\n  3: answer  # test: the caption read as an answer\n", encoding="utf-8"
    )
    p = load_interview(path).paragraphs
    assert (p.loc[3, "role"], p.loc[3, "role_evidence"], p.loc[3, "turn_id"]) == ("answer", "sidecar override", 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12 34 56\n\n---\n\n7 8\n", "no prose paragraphs"),
        ("Subscribe to our newsletter\n\nFollow us on Twitter\n", "no prose paragraphs"),
        (
            "A plain article about rights.\n\nIt has no questions and no answers in it at all.\n",
            "no interviewee answers",
        ),
    ],
)
def test_text_without_prose_or_answers_is_refused(tmp_path, text, message):
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NoProseError, match=message):
        load_interview(path)
