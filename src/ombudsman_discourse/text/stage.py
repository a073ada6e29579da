"""The text stage (notebook 01) as the writer sees it: the cleaning and segmentation tables and Figure 1.1."""

from ..output import StageOutput
from .interview import Interview


def text_stage(interview: Interview) -> StageOutput:
    """The five tables of :meth:`Interview.tables` and the interview's structure (Figure 1.1), drawn on demand."""
    from .plots import plot_structure

    return StageOutput(interview.tables(), {"01_interview_structure.png": lambda: plot_structure(interview.paragraphs)})
