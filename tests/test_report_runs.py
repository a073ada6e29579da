"""`make report INTERVIEW=...`: the whole notebook sequence, with injected parameters, for an interview in each layout.

The runs write under a temporary output root (``OMBUDSMAN_DISCOURSE_OUTPUT``), so the checkout is untouched.
Two run at a time; all five take a few minutes on a 2-core machine.
"""

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pandas as pd
import pytest

from ombudsman_discourse import load_interview, run_analysis
from ombudsman_discourse.claims.agreement import validate
from ombudsman_discourse.paths import OUTPUT_VARIABLE
from ombudsman_discourse.report.finding_rules import CANDIDATES
from ombudsman_discourse.text.sidecar import load_meta, sidecar_for

from .conftest import DATA, FIXTURE_ROLES, FIXTURES, LAYOUT_FIXTURES, NOTEBOOKS, ROOT
from .test_cli import FIGURES, TABLES
from .test_notebooks import disagreement_outputs, perfect, shown_rows

TOOL = ROOT / "tools" / "run_notebooks.py"
STAGES = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
GOLD = {"qa_labels": DATA / "gold" / "dev_claims_gold.csv"}  # one run also compares with hand coding


def _run(out, *args):
    env = {**os.environ, OUTPUT_VARIABLE: str(out)}
    return subprocess.run(
        [sys.executable, str(TOOL), *map(str, args)], env=env, capture_output=True, text=True, timeout=1200
    )


ALL = {**FIXTURES, **LAYOUT_FIXTURES}
WHOLE = {"qa_labels", "html"}  # with SVG copies and the HTML pages; the others without, to save time


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """Every fixture through the notebooks."""
    out = tmp_path_factory.mktemp("output")

    def run(name):
        extra = ["--gold", GOLD[name]] if name in GOLD else []
        if name not in WHOLE:
            extra += ["--param", "svg=false", "--no-html"]
        return name, _run(out, "--interview", ALL[name], *extra)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return out, dict(pool.map(run, sorted(ALL)))


def _iid(name):
    return load_meta(sidecar_for(ALL[name]), ALL[name].stem).interview_id


def _markdown_outputs(nb):
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text/markdown" in output.get("data", {}):
                yield output["data"]["text/markdown"]


@pytest.mark.parametrize("name", sorted(ALL))
def test_each_layout_gets_the_whole_report(reports, name):
    out, runs = reports
    run = runs[name]
    assert run.returncode == 0, run.stderr[-2000:]
    iid = _iid(name)
    executed = out / "report" / iid / "notebooks"
    assert sorted(p.name for p in executed.glob("*.ipynb")) == STAGES
    for path in sorted(executed.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        assert not [o for c in nb.cells for o in c.get("outputs", []) if o["output_type"] == "error"], path.name
        for text in _markdown_outputs(nb):  # sentences rendered from values never show a missing one
            assert not re.search(r"\b(nan|inf)\b|(?<!= )\bNone\b", text), (path.name, text[:200])
    assert {p.name for p in (out / "results" / iid).iterdir()} == TABLES
    pngs = {name for name in FIGURES if name.endswith(".png")}
    assert {p.name for p in (out / "figures" / iid).iterdir()} == (FIGURES if name in WHOLE else pngs)
    assert (out / "report" / iid / "index.html").is_file() == (name in WHOLE)
    paragraphs = pd.read_csv(out / "results" / iid / "paragraphs.csv")
    if name in FIXTURE_ROLES:
        assert paragraphs["role"].value_counts().to_dict() == FIXTURE_ROLES[name]
    else:  # read as the careful reader reads it, paragraph by paragraph (tests/test_layouts.py)
        gold = [line.split("\t")[0] for line in ALL[name].with_suffix(".roles").read_text("utf-8").splitlines()]
        assert sorted(paragraphs["role"].value_counts().items()) == sorted(pd.Series(gold).value_counts().items())
    sentences = pd.read_csv(out / "results" / iid / "sentences.csv")
    claims = pd.read_csv(out / "results" / iid / "claims.csv")
    assert len(claims) == (sentences["speaker"] == "interviewee").sum() > 0
    findings = pd.read_csv(out / "results" / iid / "findings.csv")
    assert 1 <= len(findings) <= len(CANDIDATES) and findings["quoted_sentences"].notna().all()


def test_hand_coding_of_another_interview_is_compared(reports):
    out, _ = reports
    nb = nbformat.read(out / "report" / _iid("qa_labels") / "notebooks" / "03_claims.ipynb", as_version=4)
    texts = " ".join(_markdown_outputs(nb))
    gold_rows = pd.read_csv(GOLD["qa_labels"], comment="#").query("interview_id == @_iid('qa_labels')")
    assert f"On this interview's {len(gold_rows)} hand-coded sentences: rights claim: κ = " in texts


def test_disagreements_with_the_hand_coding_are_shown(reports):
    out, _ = reports
    interview = load_interview(FIXTURES["qa_labels"])
    analysis = run_analysis(interview)
    validation = validate(analysis.tables["claims"], GOLD["qa_labels"], interview.meta.interview_id, analysis.codebook)
    nb = nbformat.read(out / "report" / _iid("qa_labels") / "notebooks" / "03_claims.ipynb", as_version=4)
    outputs = disagreement_outputs(nb)
    assert outputs, "the disagreement table is computed but not shown"
    if not perfect(validation.agreement):
        assert shown_rows(outputs) == len(validation.disagreements) > 0


def test_a_rerun_leaves_every_file_byte_identical(reports):
    out, _ = reports
    iid = _iid("qa_labels")
    folders = [out / "report" / iid, out / "results" / iid, out / "figures" / iid]
    before = {p: p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}
    run = _run(out, "--interview", FIXTURES["qa_labels"], "--gold", GOLD["qa_labels"])
    assert run.returncode == 0, run.stderr[-2000:]
    after = {p: p.read_bytes() for f in folders for p in sorted(f.rglob("*")) if p.is_file()}
    assert sorted(after) == sorted(before) and len(before) > 30
    assert [p.name for p in before if before[p] != after[p]] == []


def test_parameters_reach_every_notebook(tmp_path):
    run = _run(
        tmp_path, "--interview", FIXTURES["qa_labels"], "--param", "min_freq=2", "--param", "arc_window=3", "--no-html"
    )
    assert run.returncode == 0, run.stderr[-2000:]
    executed = tmp_path / "report" / _iid("qa_labels") / "notebooks"
    for path in sorted(executed.glob("*.ipynb")):
        cells = nbformat.read(path, as_version=4).cells
        (injected,) = [c for c in cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert (
            "PARAMS = {'min_freq': 2, 'arc_window': 3}" in injected.source and injected["id"] == "injected-parameters"
        )
    bad = _run(tmp_path / "bad", "--interview", FIXTURES["qa_labels"], "--param", "min_gg2=1")
    assert bad.returncode == 2 and "unknown parameter 'min_gg2'" in bad.stderr and bad.stderr.count("\n") == 1


def test_unusable_interview_stops_before_any_notebook(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    run = _run(tmp_path / "out", "--interview", empty)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "empty" in run.stderr
    assert not (tmp_path / "out").exists()
