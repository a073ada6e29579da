"""The HTML report: executed notebooks exported as self-contained pages that open offline.

``index.html`` is the reading copy: every notebook in order with the code hidden, under a contents
list. Each notebook is also exported whole, code included (``01_cleaning.html`` and so on), and the
contents list links to these. Figures are embedded as data URIs. The template
(``data/templates/offline``) drops the scripts nbconvert would load from a CDN (RequireJS, MathJax,
Mermaid, widgets), so opening a page makes no network request.
"""

import copy
from collections.abc import Sequence
from importlib.resources import as_file
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbformat import NotebookNode
from nbformat.v4 import new_markdown_cell, new_notebook

from ..output import staged
from ..paths import data

READING_NOTE = (
    "This page is the reading copy: the notebooks in order, with their code hidden. "
    "Every number and figure was computed when the notebooks ran. "
    "The links marked *with code* open a notebook whole, code included."
)


def report_title(meta) -> str:
    """The report's heading, from the sidecar's title, else the interview id (``meta``: a :class:`.Meta`)."""
    return f"Discourse report: {meta.title or 'interview ' + meta.interview_id}"


def notebook_title(nb: NotebookNode) -> str:
    """The first level-one heading of the notebook's markdown, or an empty string."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def _exporter(with_code: bool, templates: Path) -> HTMLExporter:
    return HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(templates)],
        embed_images=True,
        exclude_input=not with_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )


def reading_notebook(notebooks: dict[str, NotebookNode], title: str) -> NotebookNode:
    """One notebook holding every notebook's markdown and outputs, in order, under a contents list.

    Code cells without output are dropped (with the code hidden they would show as blank space),
    and each part starts with an anchor named after its file, ``#01_cleaning`` and so on.
    """
    contents = [f"# {title}", "", READING_NOTE, "", "**Contents**", ""]
    for stem, nb in notebooks.items():
        contents.append(f"1. [{notebook_title(nb) or stem}](#{stem}) · [with code]({stem}.html)")
    combined = new_notebook(metadata={"title": title})
    combined.cells.append(new_markdown_cell("\n".join(contents), id="contents"))
    for stem, nb in notebooks.items():
        combined.cells.append(new_markdown_cell(f'<a id="{stem}"></a>', id=f"{stem}-anchor"))
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "code" and not cell.get("outputs"):
                continue
            cell = copy.deepcopy(cell)
            cell["id"] = f"{stem}-{i}"  # cell ids must stay unique in the combined notebook
            combined.cells.append(cell)
    return combined


def render_report(notebooks: Sequence[str | Path], title: str) -> dict[str, str]:
    """HTML text by file name: ``index.html`` (reading copy) and one page per notebook, code included."""
    loaded = {Path(p).stem: nbformat.read(p, as_version=4) for p in notebooks}
    if not loaded:
        raise ValueError("no notebooks to export")
    with as_file(data("templates")) as templates:
        reading = _exporter(with_code=False, templates=templates)
        pages = {"index.html": reading.from_notebook_node(reading_notebook(loaded, title))[0]}
        with_code = _exporter(with_code=True, templates=templates)  # one exporter for all pages: templates compile once
        for stem, nb in loaded.items():
            nb = copy.deepcopy(nb)
            nb.cells.insert(0, new_markdown_cell("[← Report contents](index.html)", id="back-to-contents"))
            nb.metadata["title"] = notebook_title(nb) or stem
            pages[f"{stem}.html"] = with_code.from_notebook_node(nb)[0]
    return pages


def export_report(notebooks: Sequence[str | Path], out_dir: str | Path, title: str) -> list[Path]:
    """Write :func:`render_report`'s pages to ``out_dir``: all of them, or none changes."""
    pages = render_report(notebooks, title)
    targets = [Path(out_dir) / name for name in pages]
    with staged(targets) as temporary:
        for tmp, html in zip(temporary, pages.values()):
            tmp.write_text(html, encoding="utf-8", newline="\n")
    return targets
