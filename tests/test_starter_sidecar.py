"""`ombudsman-discourse init`: a starter sidecar that loads, guesses from the text, and never overwrites silently."""

import pytest

from ombudsman_discourse.cli import main
from ombudsman_discourse.text.interview import load_interview
from ombudsman_discourse.text.sidecar import load_meta

from .conftest import FIXTURES


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_starter_sidecar_loads_and_keeps_the_roles(tmp_path, name):
    out = tmp_path / "starter.yml"
    assert main(["init", str(FIXTURES[name]), "--out", str(out)]) == 0
    meta = load_meta(out, "unused")
    assert meta.interview_id == FIXTURES[name].stem
    with_starter = load_interview(FIXTURES[name], out)
    text = out.read_text(encoding="utf-8")
    for row in with_starter.paragraphs.itertuples():  # every paragraph's role is listed for checking
        assert f"{row.paragraph_id:>3} {row.role:<11}" in text


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
