import pytest

from ombudsman_discourse.errors import SidecarError
from ombudsman_discourse.text.sidecar import load_meta, sidecar_for

from .conftest import SEED


def write(tmp_path, text):
    path = tmp_path / "meta.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_sidecar_is_found_and_read():
    meta = load_meta(sidecar_for(SEED), "x")
    assert meta.interview_id == "000_f6497625efb25940"
    assert meta.interviewee_name == "Askar Shakirov"
    assert meta.role_overrides == {}  # the seed needs no overrides


def test_missing_sidecar_gives_defaults():
    meta = load_meta(None, "my_interview")
    assert meta.interview_id == "my_interview" and meta.language == "en"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("interviewe: {name: X}\n", "unknown key 'interviewe'"),
        ("year: twenty\n", "key 'year' must be a whole number"),
        ("title: [a, b]\n", "key 'title' must be text"),
        ("interviewee: {name: X, office: Y}\n", "unknown key 'interviewee.office'"),
        ("layout: tabular\n", "key 'layout' must be one of"),
        ("role_overrides: {3: chorus}\n", "key 'role_overrides'"),
        ("- a list\n", "expected a mapping"),
        ("title: 'unclosed\n", "not valid YAML"),
    ],
)
def test_bad_sidecars_name_the_key(tmp_path, text, message):
    with pytest.raises(SidecarError, match=message):
        load_meta(write(tmp_path, text), "x")


def test_overrides_are_read(tmp_path):
    meta = load_meta(write(tmp_path, "role_overrides:\n  4: caption\n"), "x")
    assert meta.role_overrides == {4: "caption"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("codebook: [a, b]\n", "key 'codebook' must map"),
        ("codebook:\n  head_of_state: [X]\n", "must be written as category.code"),
        ("codebook:\n  actor.head_of_state: X\n", "must be a list of names"),
    ],
)
def test_bad_codebook_extensions_name_the_key(tmp_path, text, message):
    with pytest.raises(SidecarError, match=message):
        load_meta(write(tmp_path, text), "x")


def test_codebook_extensions_are_read(tmp_path):
    meta = load_meta(write(tmp_path, "codebook:\n  actor.head_of_state: [Grand Duke Otto]\n"), "x")
    assert meta.codebook == {"actor.head_of_state": ["Grand Duke Otto"]}


ISSUE = "record:\n  - {id: a, right: housing, theme: evictions, source: 'CESCR/C/X/CO/1, para. 9'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("record: {id: a}\n", "key 'record' must be a list of issues"),
        ("record:\n  - just text\n", "record issue 1 must map id, right, theme and source"),
        (ISSUE + ", page: 3}\n", "record issue 1: unknown key 'page'"),
        ("record:\n  - {id: a, right: housing, theme: evictions}\n", "key 'source' must be text"),
        (ISSUE + "}\n" + ISSUE[8:] + "}\n", "record issue 2: id 'a' is used twice"),
        (ISSUE + ", year: '2014'}\n", "key 'year' must be a whole number"),
        (ISSUE + ", verified: 'false'}\n", "key 'verified' must be true or false"),
        (ISSUE + ", words: evict}\n", "key 'words' must be a list of words"),
        ("coding_sheet: [a]\n", "key 'coding_sheet' must be text"),
    ],
)
def test_bad_records_name_the_issue_and_key(tmp_path, text, message):
    with pytest.raises(SidecarError, match=message):
        load_meta(write(tmp_path, text), "x")


def test_a_record_and_a_coding_sheet_are_read(tmp_path):
    meta = load_meta(
        write(tmp_path, ISSUE + ", year: 2014, verified: false, words: [Evict]}\ncoding_sheet: s.csv\n"), "x"
    )
    (issue,) = meta.record
    assert (issue.id, issue.right, issue.year, issue.verified, issue.words) == ("a", "housing", 2014, False, ("evict",))
    assert meta.coding_sheet == tmp_path / "s.csv"  # relative to the sidecar, not to the working directory
