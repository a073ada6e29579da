"""`ombudsman-discourse init`: a starter sidecar that loads, guesses from the text, and never overwrites silently."""

import pytest

from ombudsman_discourse.cli import main
from ombudsman_discourse.text.interview import load_interview
from ombudsman_discourse.text.sidecar import load_meta

from .conftest import DATA, FIXTURES


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_starter_sidecar_loads_and_keeps_the_roles(tmp_path, name):
    out = tmp_path / "starter.yml"
    assert main(["init", str(FIXTURES[name]), "--out", str(out)]) == 0
    meta = load_meta(out, "unused")
    assert meta.interview_id == FIXTURES[name].stem
    with_starter = load_interview(FIXTURES[name], out)
    text = out.read_text(encoding="utf-8")
    for row in with_starter.paragraphs.itertuples():  # every paragraph listed with its role and cue
        assert f"#  {row.paragraph_id}: {row.role:<11} # {row.role_evidence}; " in text


def test_a_listed_line_uncommented_is_an_override(tmp_path):
    source = tmp_path / "interview.txt"
    source.write_text((DATA / "missed_question.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["init", str(source)]) == 0
    sidecar = tmp_path / "interview.yml"
    lines = sidecar.read_text(encoding="utf-8").splitlines()
    k = next(i for i, line in enumerate(lines) if line.startswith("#  6: answer"))
    lines[k] = lines[k][1:].replace("answer", "question", 1)  # the one line a user edits
    sidecar.write_text("\n".join(lines) + "\n", encoding="utf-8")
    roles = load_interview(source).paragraphs["role"].tolist()
    assert roles[6:9] == ["question", "answer", "answer"]


def test_init_lists_the_paragraphs_of_a_text_with_no_answer(tmp_path, capsys):
    source = tmp_path / "notes.txt"
    source.write_text("Notes from the visit\n\nThe delegation met the staff of the prison in the morning.\n")
    assert main(["analyze", str(source), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ombudsman-discourse init" in err and not (tmp_path / "out").exists()
    assert main(["init", str(source)]) == 0
    assert "no answer found" in capsys.readouterr().out
    assert "#  1: narration" in (tmp_path / "notes.yml").read_text(encoding="utf-8")


def test_header_guesses_skip_clutter_and_biographies(tmp_path):
    out = tmp_path / "clutter.yml"
    main(["init", str(DATA / "clutter_page.txt"), "--out", str(out)])
    meta = load_meta(out, "x")
    assert meta.title and "visitors" not in meta.title
    out = tmp_path / "report.yml"
    main(["init", str(DATA / "reported_speech.txt"), "--out", str(out)])
    meta = load_meta(out, "x")
    assert (meta.interviewee_name, meta.interviewer, meta.publication) == (
        "Ada Renwick",
        "Sanne Holberg",
        "The Velgrad Tribune",
    )


def test_guesses_on_the_html_and_name_label_fixtures(tmp_path):
    html, names = tmp_path / "html.yml", tmp_path / "names.yml"
    main(["init", str(FIXTURES["html"]), "--out", str(html)])
    main(["init", str(FIXTURES["name_labels"]), "--out", str(names)])
    meta = load_meta(html, "x")
    assert meta.title == 'Ombudsman of Norlandia: "Every Complaint Deserves an Answer"'
    assert meta.interviewer == "Tomas Lind"  # from the byline
    assert "# layout: markdown" in html.read_text(encoding="utf-8")
    meta = load_meta(names, "x")
    assert (meta.interviewee_name, meta.interviewer) == ("PETER NOVAK", "ANNA LINDQVIST")  # the speaker labels


def test_init_never_overwrites_without_force(tmp_path, capsys):
    source = tmp_path / "interview.txt"
    source.write_text(FIXTURES["unlabelled"].read_text(encoding="utf-8"), encoding="utf-8")
    sidecar = tmp_path / "interview.yml"
    sidecar.write_text("title: mine\n", encoding="utf-8")
    assert main(["init", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already there" in err and "--force" in err
    assert sidecar.read_text(encoding="utf-8") == "title: mine\n"
    assert main(["init", str(source), "--force"]) == 0  # reads the text as if there were no sidecar
    assert load_meta(sidecar, "x").interview_id == "interview"


def test_init_on_unusable_input_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    assert main(["init", str(empty)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]


def test_the_year_is_the_bylines_not_a_biographys(tmp_path):
    source = tmp_path / "bio.txt"
    source.write_text(
        "The Defender Speaks\n\nBy Marta Ilves, 3 May 2021\n\nThe defender, born in 1965 and a judge since 1994, "
        "took office last spring.\n\nWhat did you find?\n\nWe found overcrowded cells in every station we visited.\n",
        encoding="utf-8",
    )
    main(["init", str(source)])
    meta = load_meta(tmp_path / "bio.yml", "x")
    assert (meta.year, meta.interviewer) == (2021, "Marta Ilves")
