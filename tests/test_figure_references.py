"""Every figure named in a notebook or the README exists, every figure file is shown, and notebooks show the files."""

import base64
import re

import nbformat

from .conftest import NOTEBOOKS, ROOT, SEED

SEED_FIGURES = ROOT / "figures" / SEED.stem  # the committed figures, not an output override
NAME = re.compile(r"\b(\d\d_[a-z_]+\.(?:png|svg))\b")
NOTEBOOK_PATHS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def notebook_text(path) -> str:
    nb = nbformat.read(path, as_version=4)
    parts = []
    for cell in nb.cells:
        parts.append(cell.source)
        for output in cell.get("outputs", []):
            parts.extend(str(v) for k, v in output.get("data", {}).items() if k.startswith("text/"))
    return "\n".join(parts)


def test_every_named_figure_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for path in re.findall(r"(?<![\w/])figures/[\w./-]+\.(?:png|svg)", readme):  # not OUT/figures/...
        assert (ROOT / path).is_file(), path
    named = set(NAME.findall(readme))
    for path in NOTEBOOK_PATHS:
        named |= set(NAME.findall(notebook_text(path)))
    assert named, "no figure named anywhere"
    assert sorted(n for n in named if not (SEED_FIGURES / n).is_file()) == []


def test_every_figure_file_is_shown_in_a_notebook_and_the_readme():
    pngs = sorted(p.name for p in SEED_FIGURES.glob("*.png"))
    assert pngs
    assert sorted(p.name for p in SEED_FIGURES.glob("*.svg")) == [n.replace(".png", ".svg") for n in pngs]
    shown = set()
    for path in NOTEBOOK_PATHS:
        shown |= set(NAME.findall(notebook_text(path)))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [n for n in pngs if n not in shown] == []
    assert [n for n in pngs if f"figures/{SEED.stem}/{n}" not in readme] == []


def test_notebooks_show_the_saved_files_byte_for_byte():
    checked = 0
    for path in NOTEBOOK_PATHS[:-1]:  # notebooks 01-04 draw the figures; 05 shows them again
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "code" or "run.figure(" not in cell.source:
                continue
            (name,) = NAME.findall(cell.source)
            images = [o["data"]["image/png"] for o in cell.outputs if "image/png" in o.get("data", {})]
            assert len(images) == 1, f"{path.name}: {name} is saved but not shown"
            assert base64.b64decode(images[0]) == (SEED_FIGURES / name).read_bytes(), f"{path.name}: {name} is stale"
            checked += 1
    assert checked == len(list(SEED_FIGURES.glob("*.png")))


def test_the_registry_lists_exactly_the_figures_the_stages_draw(seed_analysis):
    from ombudsman_discourse.report.figure_registry import FIGURE_INFO

    assert sorted(seed_analysis.output.figures) == sorted(FIGURE_INFO)
