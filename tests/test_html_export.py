"""The HTML report: structure of the reading copy, and the real pages opened offline in headless Chromium."""

import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from ombudsman_discourse.report.html_export import (
    export_report,
    notebook_title,
    reading_notebook,
    render_report,
    report_title,
)
from ombudsman_discourse.text.sidecar import Meta

from .conftest import NOTEBOOKS

COMMITTED = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def toy(title: str) -> nbformat.NotebookNode:
    return new_notebook(
        cells=[
            new_markdown_cell(f"# {title}\n\nAbstract."),
            new_code_cell("x = 1"),  # no output: dropped from the reading copy
            new_code_cell("x", outputs=[new_output("execute_result", {"text/plain": "1"}, execution_count=1)]),
        ]
    )


def test_reading_copy_has_contents_anchors_and_unique_ids():
    combined = reading_notebook({"01_a": toy("01 · First"), "02_b": toy("02 · Second")}, "Report")
    contents = combined.cells[0].source
    assert contents.startswith("# Report")
    assert "[01 · First](#01_a) · [with code](01_a.html)" in contents
    assert "[02 · Second](#02_b) · [with code](02_b.html)" in contents
    assert [c.source for c in combined.cells if c.source.startswith("<a id=")] == [
        '<a id="01_a"></a>',
        '<a id="02_b"></a>',
    ]
    assert sum(c.cell_type == "code" for c in combined.cells) == 2  # the cells without output are gone
    ids = [c["id"] for c in combined.cells]
    assert len(ids) == len(set(ids))


def test_report_title_from_sidecar_or_id():
    assert report_title(Meta(interview_id="x1", title="An Interview")) == "Discourse report: An Interview"
    assert report_title(Meta(interview_id="x1")) == "Discourse report: interview x1"


def test_title_is_first_level_one_heading():
    assert notebook_title(toy("03 · Claims")) == "03 · Claims"
    assert notebook_title(new_notebook(cells=[new_markdown_cell("## only a section")])) == ""


def test_pages_hide_code_in_reading_copy_and_load_nothing_from_a_network(tmp_path):
    paths = []
    for stem in ("01_a", "02_b"):
        path = tmp_path / f"{stem}.ipynb"
        nb = toy(stem)
        nb.cells[2].source = "secret_code_marker"
        nbformat.write(nb, path)
        paths.append(path)
    pages = render_report(paths, "Report")
    assert sorted(pages) == ["01_a.html", "02_b.html", "index.html"]
    assert "secret_code_marker" not in pages["index.html"]
    assert "secret_code_marker" in pages["01_a.html"]
    for html in pages.values():
        assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"(https?:)?//", html)
        assert "require.js" not in html and "mathjax" not in html.lower()


def test_export_needs_notebooks(tmp_path):
    with pytest.raises(ValueError, match="no notebooks"):
        export_report([], tmp_path / "out", "Report")
    assert not (tmp_path / "out").exists()


def _chromium() -> str:
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        message = "Chromium not found (Debian package chromium; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def _expected_headings(paths: list[Path]) -> list[str]:
    """Every heading the notebooks' markdown cells hold, as plain text."""
    headings = []
    for path in paths:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "markdown":
                for line in cell.source.splitlines():
                    if re.match(r"#{1,3} ", line):
                        headings.append(re.sub(r"[*`]", "", line.lstrip("#").strip()))
    return headings


def _image_outputs(paths: list[Path]) -> int:
    return sum(
        "image/png" in output.get("data", {})
        for path in paths
        for cell in nbformat.read(path, as_version=4).cells
        for output in cell.get("outputs", [])
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    export_report(COMMITTED, out, "Discourse report")
    return out


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def _open(browser, path: Path):
    """Open ``path`` offline; return the page, its console errors and every request that left the file."""
    context = browser.new_context(offline=True)
    page = context.new_page()
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else requests.append(r.url))
    page.goto(path.as_uri(), wait_until="load")
    return page, errors, requests


def _loaded_images(page) -> list[tuple[int, int]]:
    """Natural size of every image (0 if it did not load); each must also carry a description."""
    alts = page.evaluate("Array.from(document.images, i => i.alt)")
    assert all(alt and not alt.startswith(("No description", "Figure without")) for alt in alts), alts
    return page.evaluate("Array.from(document.images, i => [i.complete ? i.naturalWidth : 0, i.naturalHeight])")


def test_reading_copy_opens_offline_with_every_section_and_figure(browser, report):
    page, errors, requests = _open(browser, report / "index.html")
    shown = [h.replace("¶", "").strip() for h in page.locator("h1, h2, h3").all_inner_texts()]
    missing = [h for h in _expected_headings(COMMITTED) if h not in shown]
    assert missing == []
    images = _loaded_images(page)
    assert len(images) == _image_outputs(COMMITTED) > 0
    assert all(w > 0 and h > 0 for w, h in images)
    assert page.locator(".jp-InputArea-editor").count() == 0  # code hidden
    for stem in (p.stem for p in COMMITTED):  # every contents link has its target
        assert page.locator(f'[id="{stem}"]').count() == 1
    assert errors == [] and requests == []


@pytest.mark.parametrize("notebook", COMMITTED, ids=lambda p: p.stem)
def test_each_notebook_page_opens_offline_with_code(browser, report, notebook):
    page, errors, requests = _open(browser, report / f"{notebook.stem}.html")
    assert page.locator(".jp-InputArea-editor").count() > 0
    images = _loaded_images(page)
    assert len(images) == _image_outputs([notebook])
    assert all(w > 0 and h > 0 for w, h in images)
    assert errors == [] and requests == []
