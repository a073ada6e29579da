"""What every notebook does first: read its parameters cell into one :class:`NotebookRun`.

Every notebook has the same parameters cell (``INTERVIEW``, ``META``, ``GOLD``, ``OUTPUT``, ``PARAMS``);
``make report`` passes the same values to all of them, so the interview, the parameters and the output
folders are the same in every notebook. Paths are relative to the notebook's folder (its working directory
when it runs) or absolute.
"""

from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..output import StageOutput, Written, write_outputs
from ..params import Params
from ..text.interview import Interview, load_interview


@dataclass(frozen=True)
class NotebookRun:
    """The interview a notebook reads, the parameters it uses, and where it writes."""

    interview: Interview
    params: Params
    gold: tuple[Path, ...]  # hand codings holding this interview's sentences (each may code some categories)
    root: Path  # output root: results/, figures/ and report/ go under it

    @property
    def results(self) -> Path:
        return paths.results_dir(self.interview.meta.interview_id, self.root)

    @property
    def figures(self) -> Path:
        return paths.figures_dir(self.interview.meta.interview_id, self.root)

    def gold_for(self, column: str) -> Path | None:
        """The first hand coding given that has ``column`` (``is_rights_claim``, ``legitimation``, ...) and rows
        for this interview, or None."""
        import pandas as pd

        for path in self.gold:
            head = pd.read_csv(path, comment="#", usecols=lambda c: c in ("interview_id", column), dtype=str)
            if column in head.columns and (head["interview_id"] == self.interview.meta.interview_id).any():
                return path
        return None

    @property
    def notes_hint(self) -> str:
        """Where this interview's reading notes would be read from: the sidecar's ``notes:``, else beside it."""
        meta = self.interview.meta
        return str(meta.notes.name) if meta.notes else f"{meta.interview_id}.notes.md"

    def write(self, output: StageOutput) -> Written:
        """Write a stage's tables and figures with the one writer (:func:`~..output.write_outputs`)."""
        fp = self.params.figures
        return write_outputs(output, self.results, self.figures, fp.dpi, fp.svg)

    def relative(self, path: str | Path) -> str:
        """``path`` as the report names it: relative to the output root (``figures/<id>/02_keyness.png``)."""
        return paths.relative(path, self.root)

    def figure(self, written: Written, name: str):
        """The saved figure ``name`` as a notebook image (:func:`~.figure_files.figure_image`)."""
        from .figure_files import figure_image

        return figure_image(written.figures[name], self.params.figures.dpi)

    def figure_file(self, name: str):
        """A figure an earlier notebook saved, by file name, as a notebook image."""
        from .figure_files import figure_image

        return figure_image(self.figures / name, self.params.figures.dpi)

    def findings(self, found: list, kind: str) -> list:
        """Notebook 05's outputs for the findings (``kind`` "Finding") or the indications ("Indication") of
        ``found``: each as Markdown with its figure shown again below it, or a sentence saying there is none."""
        from .figure_registry import FIGURE_NUMBERS
        from .findings import finding_markdown, numbered
        from .prose import finding_figure_note, none_of_kind

        iid, outputs = self.interview.meta.interview_id, []
        for name, finding in numbered(found):
            if name.startswith(kind):
                outputs.append(md(finding_markdown(name, finding)))
                if finding.figure:
                    number = FIGURE_NUMBERS[finding.figure]
                    outputs += [
                        self.figure_file(finding.figure),
                        md(finding_figure_note(name, finding.figure, number, iid)),
                    ]
        return outputs or [md(none_of_kind(kind))]


def start(
    interview: str | Path,
    meta: str | Path | None = None,
    gold: str | Path | list | None = None,
    output: str | Path = "..",
    params: dict | None = None,
) -> NotebookRun:
    """A notebook's :class:`NotebookRun` from its parameters cell's values."""
    return NotebookRun(
        interview=load_interview(interview, meta),
        params=Params().with_changes(params),
        gold=tuple(Path(g) for g in ([gold] if isinstance(gold, (str, Path)) else gold or ())),
        root=Path(output),
    )


def md(text: str):
    """``text`` as Markdown output of a notebook cell."""
    from IPython.display import Markdown

    return Markdown(text)
