"""`make report INTERVIEW=...`: the whole notebook sequence, through papermill, for an interview in each layout.

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

from ombudsman_discourse.paths import NOTEBOOKS, OUTPUT_VARIABLE, ROOT
from ombudsman_discourse.sidecar import load_meta, sidecar_for

from .conftest import DATA, FIXTURE_ROLES, FIXTURES
from .test_cli import FIGURES, TABLES

TOOL = ROOT / "tools" / "run_notebooks.py"
STAGES = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
GOLD = {"qa_labels": DATA / "fixtures_claims_gold.csv"}  # one run also compares with hand coding


def _run(out, *args):
    env = {**os.environ, OUTPUT_VARIABLE: str(out)}
    return subprocess.run(
        [sys.executable, str(TOOL), *map(str, args)], env=env, capture_output=True, text=True, timeout=1200
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("output")

    def run(name):
        extra = ["--gold", GOLD[name]] if name in GOLD else []
        return name, _run(out, "--interview", FIXTURES[name], *extra)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return out, dict(pool.map(run, sorted(FIXTURES)))


def _iid(name):
    return load_meta(sidecar_for(FIXTURES[name]), FIXTURES[name].stem).interview_id


def _markdown_outputs(nb):
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text/markdown" in output.get("data", {}):
                yield output["data"]["text/markdown"]


@pytest.mark.parametrize("name", sorted(FIXTURES))
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
    assert {p.name for p in (out / "figures" / iid).iterdir()} == FIGURES
    assert (out / "report" / iid / "index.html").is_file()
    paragraphs = pd.read_csv(out / "results" / iid / "paragraphs.csv")
    assert paragraphs["role"].value_counts().to_dict() == FIXTURE_ROLES[name]
    sentences = pd.read_csv(out / "results" / iid / "sentences.csv")
    claims = pd.read_csv(out / "results" / iid / "claims.csv")
    assert len(claims) == (sentences["role"] == "answer").sum() > 0
    assert len(pd.read_csv(out / "results" / iid / "findings.csv")) == 9


def test_hand_coding_of_another_interview_is_compared(reports):
    out, _ = reports
    nb = nbformat.read(out / "report" / _iid("qa_labels") / "notebooks" / "03_claims.ipynb", as_version=4)
    texts = " ".join(_markdown_outputs(nb))
    gold_rows = pd.read_csv(GOLD["qa_labels"], comment="#").query("interview_id == @_iid('qa_labels')")
    assert f"On {len(gold_rows)} sentences, κ for rights claims is" in texts


def test_unusable_interview_stops_before_any_notebook(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    run = _run(tmp_path / "out", "--interview", empty)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "empty" in run.stderr
    assert not (tmp_path / "out").exists()
