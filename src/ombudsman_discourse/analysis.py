"""The whole analysis of one interview: every stage, in the order of the notebooks, and one writer.

:func:`run_analysis` computes each stage's :class:`~.output.StageOutput` (text, keywords, claims,
framing, discourse, findings) from an :class:`~.text.interview.Interview`; :func:`analyze` loads a file, runs them
and writes every table and figure. The command line calls :func:`analyze`; each notebook calls its own
stage's function with the same :class:`~.params.Params`, so both write the same bytes.
"""

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import paths
from .claims.codebook import Codebook, codebook_for
from .claims.stage import claim_stage
from .discourse.stage import discourse_stage
from .framing.stage import framing_stage
from .keywords.stage import keyword_stage
from .output import StageOutput, Written, write_outputs
from .params import DEFAULT_PARAMS, Params
from .report.findings import findings_stage
from .text.decoding import DEFAULT_MAX_BYTES
from .text.interview import Interview, load_interview
from .text.stage import text_stage

STAGES = ("text", "keywords", "claims", "framing", "discourse", "findings")


@dataclass(frozen=True)
class Analysis:
    """An interview with every stage's output (``stages`` by name, in :data:`STAGES` order)."""

    interview: Interview
    params: Params
    codebook: Codebook
    stages: dict[str, StageOutput]
    written: Written | None = None

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table of every stage, by file stem."""
        return {name: table for stage in self.stages.values() for name, table in stage.tables.items()}

    @property
    def output(self) -> StageOutput:
        """All stages as one output, for the writer."""
        merged = StageOutput({})
        for stage in self.stages.values():
            merged = merged | stage
        return merged


def run_analysis(interview: Interview, params: Params = DEFAULT_PARAMS) -> Analysis:
    """Every stage of ``interview`` with ``params``; nothing is written."""
    codebook = codebook_for(interview, params)
    stages = {"text": text_stage(interview), "keywords": keyword_stage(interview, params)}
    stages["claims"] = claim_stage(interview, params, codebook)
    stages["framing"] = framing_stage(interview, stages["claims"].tables, params, codebook)
    stages["discourse"] = discourse_stage(interview, stages["claims"].tables, params, codebook)
    tables = {name: t for stage in stages.values() for name, t in stage.tables.items()}
    stages["findings"] = findings_stage(interview, tables, codebook)
    return Analysis(interview, params, codebook, stages)


def analyze(
    path: str | Path,
    meta: str | Path | None = None,
    *,
    params: Params = DEFAULT_PARAMS,
    out: str | Path | None = None,
    figures: str | Path | bool | None = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Analysis:
    """Load the interview at ``path`` (sidecar ``meta``, default: the ``.yml`` beside it), run every stage and
    write every table and figure.

    Tables go to ``out`` (default: ``results/<interview_id>/`` under the current directory, see
    :mod:`.paths`); figures to ``figures`` when it is a folder, to ``out/figures/`` when ``out`` is given,
    else to ``figures/<interview_id>/``; ``figures=False`` writes none. Returns the :class:`Analysis` with
    where each file went (``written``).
    """
    interview = load_interview(path, meta, max_bytes=max_bytes)
    analysis = run_analysis(interview, params)
    iid = interview.meta.interview_id
    results = Path(out) if out is not None else paths.results_dir(iid)
    if figures is False:
        figure_dir = None
    elif figures is True or figures is None:
        figure_dir = Path(out) / "figures" if out is not None else paths.figures_dir(iid)
    else:
        figure_dir = Path(figures)
    written = write_outputs(analysis.output, results, figure_dir, params.figures.dpi, params.figures.svg)
    return Analysis(interview, params, analysis.codebook, analysis.stages, written)
