import subprocess
import sys

import pandas as pd
import pytest

from ombudsman_discourse.cli import main

from .conftest import FIXTURES, SEED

TABLES = {
    f"{name}.csv"
    for name in (
        "paragraphs sentences cleaning_log editorial_insertions glossary quotations "  # notebook 01
        "wordlist text_size keyness keyness_lemmas negative_keywords key_function_words collocations kwic_rights "
        "rights_collocates rights_types rights_governors named_terms dispersion "
        "claims claim_cues claim_summary claims_by_turn evidence_by_claim_type "  # notebook 03
        "rights right_families record frames acts first_person actor_claims stance placement "  # notebook 04
        "headline question_frames presuppositions agency claim_agents agents_by_claim first_person_words "
        "legitimation legitimation_by_answer reading_notes "  # notebook 05
        "findings"  # notebook 06
    ).split()
}
FIGURES = {
    f"{name}.{fmt}"
    for fmt in ("png", "svg")
    for name in (
        "01_interview_structure 02_keyness 02_dispersion 02_rights_types 02_rights_collocates "
        "03_claim_types_by_turn 03_evidence_by_claim_type 04_rights 04_frames 04_acts 04_actor_claim_heatmap "
        "04_stance_per_answer 04_evaluation_arc 05_first_person 05_legitimation"
    ).split()
}


def test_analyze_writes_every_table(tmp_path, capsys):
    assert main(["analyze", str(SEED), "--out", str(tmp_path)]) == 0
    assert {p.name for p in tmp_path.iterdir()} == TABLES | {"figures"}
    assert {p.name for p in (tmp_path / "figures").iterdir()} == FIGURES
    paragraphs = pd.read_csv(tmp_path / "paragraphs.csv")
    assert len(paragraphs) == 33 and (paragraphs["role"] == "answer").sum() == 25
    assert "33 paragraphs" in capsys.readouterr().out
    claims = pd.read_csv(tmp_path / "claims.csv")
    assert len(claims) == (pd.read_csv(tmp_path / "sentences.csv")["role"] == "answer").sum()


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_analyze_each_fixture(tmp_path, name):
    assert main(["analyze", str(FIXTURES[name]), "--out", str(tmp_path), "--no-figures"]) == 0
    sentences = pd.read_csv(tmp_path / "sentences.csv")
    assert set(sentences["role"]) >= {"question", "answer"}
    assert {p.name for p in tmp_path.iterdir()} == TABLES
    wordlist = pd.read_csv(tmp_path / "wordlist.csv", keep_default_na=False)
    assert wordlist["answers"].sum() == sentences.loc[sentences["role"] == "answer", "n_tokens"].sum()


def _bad_inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    cases = {
        "missing": d / "missing.txt",
        "directory": d,
        "empty": d / "empty.txt",
        "whitespace": d / "blank.txt",
        "image": d / "photo.txt",
        "pdf": d / "doc.pdf",
        "nul": d / "nul.txt",
        "no_prose": d / "numbers.txt",
        "too_large": d / "large.txt",
        "bad_sidecar": d / "sidecar_bad.txt",
    }
    cases["empty"].write_bytes(b"")
    cases["whitespace"].write_bytes(b" \n\n \t \n")
    cases["image"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    cases["pdf"].write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")
    cases["nul"].write_bytes(b"text\x00more text\x00")
    cases["no_prose"].write_text("1 2 3\n\n4 5 6\n", encoding="utf-8")
    cases["too_large"].write_text("How are you?\n\nFine, thank you.\n" * 20, encoding="utf-8")
    cases["bad_sidecar"].write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (d / "sidecar_bad.yml").write_text("speaker: nobody\n", encoding="utf-8")
    return cases


BAD_CASES = [
    "missing",
    "directory",
    "empty",
    "whitespace",
    "image",
    "pdf",
    "nul",
    "no_prose",
    "too_large",
    "bad_sidecar",
]


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, case):
    path = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out"
    args = ["analyze", str(path), "--out", str(out)]
    if case == "too_large":
        args += ["--max-bytes", "100"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ombudsman-discourse: error: ")
    assert "Traceback" not in err
    assert not out.exists()


def test_module_entry_point_reports_bad_input_without_traceback(tmp_path):
    missing = tmp_path / "nope.txt"
    run = subprocess.run(
        [sys.executable, "-m", "ombudsman_discourse", "analyze", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.strip() == f"ombudsman-discourse: error: {missing}: no such file"
    assert run.stdout == ""


def test_compare_command_skips_a_bad_file_and_says_so(tmp_path, capsys):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    inputs = [str(FIXTURES[name]) for name in ("qa_labels", "markdown")] + [str(broken)]
    assert main(["compare", *inputs, "--out", str(tmp_path / "out"), "--no-figures", "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("2 interviews compared, 1 skipped")
    assert [line for line in captured.err.splitlines() if "skipped" in line] == [
        f"ombudsman-discourse: skipped {broken}: is a PDF document, not a text file"
    ]
    status = pd.read_csv(tmp_path / "out" / "compare_interviews.csv")
    assert status["status"].tolist() == ["ok", "ok", "skipped"]


def test_compare_command_with_nothing_usable_exits_2(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    assert main(["compare", str(empty), "--out", str(tmp_path / "out"), "--workers", "1"]) == 2
    assert not (tmp_path / "out").exists()
