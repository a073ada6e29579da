"""The committed notebooks read as a report: short calls, prose from the package, every promised table shown."""

import re

import nbformat
import pandas as pd

from ombudsman_discourse.claims.agreement import validate

from .conftest import DATA, NOTEBOOKS

SEED_GOLD = DATA / "gold" / "dev_claims_gold.csv"

PATHS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def code_cells(path):
    return [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]


def test_code_cells_are_short_calls_without_prose():
    for path in PATHS:
        for cell in code_cells(path):
            if "parameters" in cell.metadata.get("tags", []) or cell.source.startswith(("import", "from")):
                continue
            assert len(cell.source.splitlines()) <= 8, (path.name, cell.source[:80])
            assert not re.search(r'\bf"|\bf\'', cell.source), (path.name, cell.source[:80])  # sentences: report.prose


def disagreement_outputs(nb) -> list[dict]:
    (cell,) = [c for c in nb.cells if c.cell_type == "code" and "validation.disagreements" in c.source]
    return cell.outputs


def perfect(agreement: pd.DataFrame) -> bool:
    return bool((agreement["f1"].dropna() == 1).all() and (agreement["kappa"].dropna() == 1).all())


def shown_rows(outputs) -> int:
    """Rows of the DataFrame an output shows (0 for a Markdown sentence)."""
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    return html.count("</tr>") - 1 if "<table" in html else 0  # one header row


def test_notebook_03_shows_every_disagreement_with_the_hand_coding(seed, seed_analysis):
    validation = validate(seed_analysis.tables["claims"], SEED_GOLD, seed.meta.interview_id, seed_analysis.codebook)
    nb = nbformat.read(NOTEBOOKS / "03_claims.ipynb", as_version=4)
    outputs = disagreement_outputs(nb)
    assert outputs, "the disagreement table is computed but not shown"
    assert not perfect(validation.agreement)  # the seed's coding has disagreements to show
    assert shown_rows(outputs) == len(validation.disagreements) > 0
