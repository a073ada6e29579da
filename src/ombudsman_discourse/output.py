"""The one writer: a stage's tables and figures go to disk atomically, the same way for the command line and
the notebooks, so a table written by ``analyze`` is byte-identical to the one a notebook writes.

Each stage returns a :class:`StageOutput` (its tables, and its figures as functions that draw them on
demand, so that ``--no-figures`` never imports matplotlib); :func:`write_outputs` writes it.
"""

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextmanager
def staged(targets: Sequence[str | Path]) -> Iterator[list[Path]]:
    """Yield one temporary path per target, in the target's folder.

    When the block finishes, every temporary file is renamed onto its target (a rename within a
    folder is atomic); when it raises, the temporary files are deleted and no target is touched.
    """
    targets = [Path(t) for t in targets]
    temporary: list[Path] = []
    mode = 0o666 & ~_umask()  # mkstemp creates files readable by the owner only
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            os.chmod(tmp, mode)
            temporary.append(Path(tmp))
        yield temporary
    except BaseException:
        for tmp in temporary:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, target in zip(temporary, targets):
        os.replace(tmp, target)


def write_tables(tables: dict[str, "pd.DataFrame"], out_dir: str | Path) -> list[Path]:
    """Write each table to ``out_dir/<name>.csv`` (UTF-8, LF line ends, no index, floats to 10 digits).

    Every table goes to a temporary file first; only when all are written are they renamed
    into place, so a failure leaves the folder as it was.
    """
    finals = [Path(out_dir) / f"{name}.csv" for name in tables]
    with staged(finals) as temporary:
        for tmp, table in zip(temporary, tables.values()):
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                table.to_csv(handle, index=False, lineterminator="\n", float_format="%.10g")
    return finals


@dataclass(frozen=True)
class StageOutput:
    """What one stage computed: ``tables`` by file stem, ``figures`` by file name as functions that draw them."""

    tables: dict[str, "pd.DataFrame"]
    figures: dict[str, Callable[[], "Figure"]] = field(default_factory=dict)

    def __or__(self, other: "StageOutput") -> "StageOutput":
        return StageOutput({**self.tables, **other.tables}, {**self.figures, **other.figures})


@dataclass(frozen=True)
class Written:
    """Where :func:`write_outputs` put each table and figure (by table stem and figure file name)."""

    tables: dict[str, Path]
    figures: dict[str, Path]


def write_outputs(
    output: StageOutput, results: str | Path, figures: str | Path | None, dpi: int = 150, svg: bool = True
) -> Written:
    """Write ``output``'s tables to ``results`` and, unless ``figures`` is None, draw and save its figures there
    (PNG, with an SVG copy when ``svg``; see :func:`~.report.figure_files.save_figure`)."""
    tables = dict(zip(output.tables, write_tables(output.tables, results)))
    saved = {}
    if figures is not None and output.figures:
        from .report.figure_files import save_figure  # matplotlib only when figures are drawn

        for name, draw in output.figures.items():
            saved[name] = save_figure(draw(), Path(figures) / name, dpi=dpi, svg_copy=svg)
    return Written(tables, saved)
