"""Many interviews side by side (``ombudsman-discourse compare``).

:func:`compare_interviews` analyses the files in parallel (:mod:`.counts`), reports and skips unusable
ones, writes the tables of :mod:`.tables` (and the figures of :mod:`.plots`) and returns what the
command line needs for its exit status.
"""

import os
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from ..claims.codebook import load_codebook
from ..errors import PROG
from ..output import StageOutput, write_outputs
from ..params import DEFAULT_PARAMS, Params
from ..text.decoding import DEFAULT_MAX_BYTES
from .counts import analyse
from .tables import comparison_tables

INTERVIEW_COLUMNS = [
    "path",
    "interview_id",
    "status",
    "reason",
    "paragraphs",
    "sentences",
    "interviewee_sentences",
    "rights_claims",
    "answer_words",
]


@dataclass(frozen=True)
class CompareResult:
    """The outcome of :func:`compare_interviews`: how many files were used and skipped, and what was written."""

    ok: int
    skipped: int
    out_dir: Path
    tables: list[Path] = field(default_factory=list)
    figures: list[Path] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        """0 when every file was used, 1 when some were skipped, 2 when none was usable."""
        return 2 if self.ok == 0 else 1 if self.skipped else 0

    def message(self) -> str:
        """One line for stdout: what was compared and written where."""
        text = f"{self.ok} interviews compared, {self.skipped} skipped"
        if self.tables:
            text += f"; {len(self.tables)} tables in {self.out_dir}"
        if self.figures:
            text += f", {len(self.figures)} figures in {self.figures[0].parent}"
        return text


def _report(path: str, reason: str) -> None:
    # tqdm.write keeps a running progress bar intact below the message
    tqdm.write(f"{PROG}: skipped {path}: {reason}", file=sys.stderr)


def _summaries(tasks: list[tuple[str, int]], workers: int, progress: bool):
    """Yield each task's result in input order, from a process pool when there is more than one worker."""
    # disable=None: a bar only where stderr is a terminal, so logs and captured output get no bar fragments
    bar = {"total": len(tasks), "desc": "compare", "unit": "interview", "file": sys.stderr}
    bar["disable"] = None if progress else True
    if workers == 1:  # no pool to start: in-process, e.g. for profiling
        with tqdm(**bar) as shown:
            for task in tasks:
                yield analyse(task)
                shown.update()
        return
    # small chunks keep the load balanced to the end and the bar moving; 8 tasks of ~0.1 s each already
    # make the sub-millisecond cost of sending a task and its summary back negligible
    chunksize = max(1, min(8, len(tasks) // (4 * workers)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(analyse, tasks, chunksize=chunksize)
        # with the fork start method, map has started every worker before tqdm starts its monitor thread
        # (forking a process that runs threads risks deadlocks)
        with tqdm(**bar) as shown:
            for result in results:
                yield result
                shown.update()


def compare_interviews(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    workers: int | None = None,
    progress: bool = True,
    figures: bool = True,
    *,
    params: Params = DEFAULT_PARAMS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CompareResult:
    """Analyse every interview in ``inputs`` (each with its sidecar ``<stem>.yml``, if any) and compare them.

    Interviews are analysed in ``workers`` processes (default: one per core), with a progress bar on
    stderr when it is a terminal, unless ``progress`` is false. Keyness between interviews keeps words seen
    ``params.keywords.min_freq`` times or more with G² at or above ``params.keywords.compare_min_g2``.
    A file that cannot be analysed (an
    :class:`~.errors.UnusableInputError`, or unreadable), or whose interview_id an earlier file already
    has, is reported in one line on stderr (``ombudsman-discourse: skipped PATH: reason``) and skipped.

    Writes to ``out_dir`` (nothing when no file is usable): ``compare_keyness.csv``,
    ``compare_claim_profiles.csv``, ``compare_rights.csv``, ``compare_frames.csv``, ``compare_stance.csv`` (see
    :func:`~.tables.comparison_tables`), ``compare_interviews.csv`` (one row per input in the order given:
    ``path`` as given, ``interview_id``, ``status`` ``ok`` or ``skipped``, ``reason``, ``paragraphs``,
    ``sentences``, ``interviewee_sentences``, ``rights_claims``, ``answer_words``) and, if ``figures``,
    the four figures of :mod:`.plots` in ``out_dir/figures/`` (PNG with an SVG copy).
    """
    out_dir = Path(out_dir)
    paths = [str(p) for p in inputs]
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths) or 1))
    rows, summaries, first_path = [], [], {}
    # strict: the generator runs to its end, closing the bar and the pool
    for path, result in zip(
        paths, _summaries([(p, max_bytes, params.codebook) for p in paths], workers, progress), strict=True
    ):
        row = dict.fromkeys(INTERVIEW_COLUMNS)
        row["path"] = path
        if isinstance(result, str):
            row.update(status="skipped", reason=result)
        elif result.interview_id in first_path:
            reason = f"interview_id {result.interview_id} already taken by {first_path[result.interview_id]}"
            row.update(interview_id=result.interview_id, status="skipped", reason=reason)
        else:
            first_path[result.interview_id] = path
            summaries.append(result)
            row.update({k: getattr(result, k) for k in INTERVIEW_COLUMNS if hasattr(result, k)}, status="ok", reason="")
        if row["status"] == "skipped":
            _report(path, row["reason"])
        rows.append(row)
    skipped = len(rows) - len(summaries)
    if not summaries:
        return CompareResult(ok=0, skipped=skipped, out_dir=out_dir)

    interviews = pd.DataFrame(rows, columns=INTERVIEW_COLUMNS)
    for column in INTERVIEW_COLUMNS[4:]:
        interviews[column] = interviews[column].astype("Int64")
    kp = params.keywords
    codebook = load_codebook(folder=params.codebook)  # the codes are the same with or without extensions
    tables = comparison_tables(
        sorted(summaries, key=lambda s: s.interview_id), codebook, kp.min_freq, kp.compare_min_g2
    )
    written = write_outputs(
        StageOutput({**tables, "compare_interviews": interviews}, _figures(tables)),
        out_dir,
        out_dir / "figures" if figures else None,
        params.figures.dpi,
        params.figures.svg,
    )
    return CompareResult(
        ok=len(summaries),
        skipped=skipped,
        out_dir=out_dir,
        tables=list(written.tables.values()),
        figures=list(written.figures.values()),
    )


def _figures(tables: dict[str, pd.DataFrame]) -> dict:
    """The comparison's figures by file name, drawn on demand (:mod:`.plots`)."""
    from . import plots

    return {
        "compare_claim_profiles.png": lambda: plots.plot_claim_profiles(tables["compare_claim_profiles"]),
        "compare_rights.png": lambda: plots.plot_rights_profiles(tables["compare_rights"]),
        "compare_frames.png": lambda: plots.plot_frame_profiles(tables["compare_frames"]),
        "compare_stance.png": lambda: plots.plot_stance_profiles(tables["compare_stance"]),
    }
