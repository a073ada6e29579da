"""The analyst's reading notes: memos are parsed with their sections and citations, every citation is checked
against the interview's sentences, and bad notes stop the run with one line and exit status 2."""

import shutil

import pytest

from ombudsman_discourse.cli import main
from ombudsman_discourse.errors import NotesError
from ombudsman_discourse.text.interview import load_interview
from ombudsman_discourse.text.reading_notes import parse_notes

SEED_NAME = "000_f6497625efb25940"


def test_memos_have_a_section_a_title_and_checked_citations():
    text = (
        '# Notes\n\nfree text\n\n## Questions: the frame\nQ2 presupposes [s17: "such productive work"; s18: "these"].'
        '\n\n## A loose memo\nNo section [s4: "landmark"].\n'
    )
    preamble, memos = parse_notes(text)
    assert preamble == "# Notes\n\nfree text"
    assert [(m.section, m.title) for m in memos] == [("questions", "the frame"), ("", "A loose memo")]
    assert memos[0].citations == ((17, "such productive work"), (18, "these")) and memos[0].sentence_ids == [17, 18]


@pytest.mark.parametrize(
    ("citation", "message"),
    [
        ("[s17]", "cited without words from it"),
        ("[s17: landmark]", "is not written as"),
    ],
)
def test_a_citation_must_quote_its_sentence(citation, message):
    with pytest.raises(NotesError, match=message):
        parse_notes(f"## Memo\nA claim {citation}.\n")


def _seed_copy(tmp_path, notes: str | None):
    for suffix in (".txt", ".yml"):
        shutil.copy(f"seeds/{SEED_NAME}{suffix}", tmp_path / f"{SEED_NAME}{suffix}")
    if notes is not None:
        (tmp_path / f"{SEED_NAME}.notes.md").write_text(notes, encoding="utf-8")
    return tmp_path / f"{SEED_NAME}.txt"


def test_the_seed_notes_are_read_and_every_citation_holds(seed):
    assert len(seed.notes) >= 8 and {m.section for m in seed.notes} >= {"context", "argument", "questions", "we"}
    texts = seed.sentences.set_index("sentence_id")["text"].str.lower()
    for memo in seed.notes:  # a quote may be wrapped over lines in the notes file
        assert all(" ".join(quote.lower().split()) in texts[sid] for sid, quote in memo.citations)


def test_an_interview_without_notes_has_none(tmp_path):
    assert load_interview(_seed_copy(tmp_path, None)).notes == ()


@pytest.mark.parametrize(
    ("notes", "message"),
    [
        ('## Memo\nA claim [s999: "landmark"].\n', "cites s999, but the interview has sentences s0-s68"),
        ('## Memo\nA claim [s4: "a modest year"].\n', 's4 does not hold "a modest year"'),
        ("just prose, no memo\n", "no memo found"),
    ],
)
def test_bad_notes_stop_the_analysis_with_one_line_and_status_2(tmp_path, capsys, notes, message):
    path = _seed_copy(tmp_path, notes)
    out = tmp_path / "out"
    assert main(["analyze", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert not out.exists()  # nothing half-written


def test_notes_named_in_the_sidecar_must_exist(tmp_path, capsys):
    path = _seed_copy(tmp_path, None)
    sidecar = tmp_path / f"{SEED_NAME}.yml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "notes: elsewhere.md\n", encoding="utf-8")
    assert main(["analyze", str(path), "--out", str(tmp_path / "out")]) == 2
    assert "reading notes named in the sidecar not found" in capsys.readouterr().err
