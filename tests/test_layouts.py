"""Published-page layouts end to end: each fixture read paragraph by paragraph as a careful reader reads it
(its NAME.roles), its layout detected without a sidecar, a starter sidecar written, nothing refused."""

import importlib.util

import pandas as pd
import pytest

from ombudsman_discourse.cli import main
from ombudsman_discourse.text.interview import load_interview
from ombudsman_discourse.text.sidecar import Meta, load_meta

from .conftest import DATA, EXPECTED_LAYOUT, LAYOUT_FIXTURES, ROOT

spec = importlib.util.spec_from_file_location("role_agreement", ROOT / "tools" / "role_agreement.py")
role_agreement = importlib.util.module_from_spec(spec)
spec.loader.exec_module(role_agreement)


def test_every_layout_has_a_fixture():
    assert sorted(LAYOUT_FIXTURES) == sorted(EXPECTED_LAYOUT)


@pytest.mark.parametrize("name", sorted(LAYOUT_FIXTURES))
def test_every_paragraph_gets_the_careful_readers_role(name):
    path = LAYOUT_FIXTURES[name]
    raw, spans = role_agreement.package_roles(path, with_sidecar=True)
    judged = role_agreement.judge(raw, role_agreement.read_gold(path.with_suffix(".roles"), raw), spans)
    wrong = [(g.role, found, g.snippet) for g, found in judged if not role_agreement.right(g.role, found)]
    assert wrong == []


@pytest.mark.parametrize("name", sorted(LAYOUT_FIXTURES))
def test_the_layout_is_detected_without_a_sidecar(name):
    assert load_interview(LAYOUT_FIXTURES[name], Meta(interview_id=name)).layout == EXPECTED_LAYOUT[name]


@pytest.mark.parametrize("name", sorted(LAYOUT_FIXTURES))
def test_analyze_and_init_take_every_layout(tmp_path, name):
    assert main(["analyze", str(LAYOUT_FIXTURES[name]), "--out", str(tmp_path / "out"), "--no-figures"]) == 0
    claims = pd.read_csv(tmp_path / "out" / "claims.csv")
    sentences = pd.read_csv(tmp_path / "out" / "sentences.csv")
    assert len(claims) == (sentences["speaker"] == "interviewee").sum() > 0
    sidecar = tmp_path / "starter.yml"
    assert main(["init", str(LAYOUT_FIXTURES[name]), "--out", str(sidecar)]) == 0
    assert load_meta(sidecar, "x").interview_id == name


def test_a_news_report_analyses_the_interviewees_quotations_only():
    report = load_interview(DATA / "reported_speech.txt")
    quotes = report.quotations
    assert set(quotes["speaker"]) == {"interviewee", "other"}
    minister = quotes[quotes["attribution"].str.contains("Deputy Minister")]
    assert len(minister) == 2 and (minister["speaker"] == "other").all()
    interviewee = report.sentences[report.sentences["speaker"] == "interviewee"]
    assert not interviewee["text"].str.contains("isolated incidents").any()  # the minister's words
    assert interviewee["text"].str.contains("make peace with their husbands").any()  # a quotation by name
    assert (report.sentences.loc[report.sentences["role"] == "narration", "speaker"] == "publication").all()
    by_cue = set(quotes.loc[quotes["speaker"] == "interviewee", "cue"])
    assert {"attributed by name", "attributed by role", "continues the quotation before"} <= by_cue


def test_one_override_fixes_a_missed_question_and_its_answers():
    path = DATA / "missed_question.txt"
    without = load_interview(path, Meta(interview_id="x")).paragraphs
    with_override = load_interview(path).paragraphs  # the sidecar marks paragraph 6 as a question
    assert load_meta(path.with_suffix(".yml"), "x").role_overrides == {6: "question"}
    assert without["role"].tolist()[6:9] == ["answer", "answer", "answer"]
    assert with_override["role"].tolist()[6:9] == ["question", "answer", "answer"]
    assert with_override["turn_id"].tolist()[3:] == [1, 1, 1, 2, 2, 2, 3, 3]
    assert "after a sidecar override" in with_override.loc[8, "role_evidence"]
