"""Every figure of the report for one interview, by file name (the names the notebooks use)."""

from pathlib import Path

from matplotlib.figure import Figure

from .claim_plots import (
    plot_actor_claim_heatmap,
    plot_claim_types_by_turn,
    plot_evaluation_arc,
    plot_evidence_by_claim_type,
    plot_rights_domains,
    plot_stance_per_answer,
)
from .keyword_plots import plot_dispersion, plot_keyness, plot_rights_collocates, plot_rights_types
from .plots import plot_structure

# Each figure's number (as the notebooks' captions give it) and a one-line description, used as the
# image's alternative text in the notebooks and the HTML report.
FIGURE_INFO = {
    "01_interview_structure.png": (
        "1.1",
        "Bar chart: words per paragraph in reading order, coloured by paragraph role, questions numbered.",
    ),
    "02_keyness.png": (
        "2.1",
        "Bar chart: content words of the answers ranked by Log Ratio against general English, coloured by G² band.",
    ),
    "02_rights_collocates.png": (
        "2.2",
        "Bar chart: collocates of 'rights' ranked by log-likelihood, with mutual information and counts.",
    ),
    "02_rights_types.png": ("2.3", "Stacked bar chart: kinds of rights named in the answers, split by form."),
    "02_dispersion.png": (
        "2.4",
        "Dispersion plot: where each top keyword occurs in the interview, with the start of each question marked.",
    ),
    "03_claim_types_by_turn.png": ("3.1", "Grouped bar chart: interviewee sentences of each claim type, per answer."),
    "03_evidence_by_claim_type.png": (
        "3.2",
        "Bars and dots: share of each claim type's sentences that carry evidence, by kind of evidence.",
    ),
    "04_rights_domains.png": (
        "4.1",
        "Bar chart: interviewee sentences invoking each rights domain, with the domain's UDHR articles.",
    ),
    "04_actor_claim_heatmap.png": ("4.2", "Heatmap: sentences in which each actor appears with each claim type."),
    "04_stance_per_answer.png": (
        "4.3",
        "Grouped bar chart: stance markers per 1,000 words in each answer and over the whole interview.",
    ),
    "04_evaluation_arc.png": (
        "4.4",
        "Scatter plot with a moving mean: VADER compound of each interviewee sentence in reading order.",
    ),
}
FIGURE_NUMBERS = {name: number for name, (number, _) in FIGURE_INFO.items()}


def report_figures(interview, keywords: dict, claims: dict) -> dict[str, Figure]:
    """Every figure, from the keyword and claims tables (:mod:`.keyword_stage`, :mod:`.claim_stage`)."""
    iid = interview.meta.interview_id
    return {
        "01_interview_structure.png": plot_structure(interview.paragraphs),
        "02_keyness.png": plot_keyness(keywords["keyness"], iid),
        "02_dispersion.png": plot_dispersion(interview.tokens, keywords["dispersion"], iid),
        "02_rights_types.png": plot_rights_types(keywords["rights_types"], iid),
        "02_rights_collocates.png": plot_rights_collocates(keywords["rights_collocates"], iid),
        "03_claim_types_by_turn.png": plot_claim_types_by_turn(claims["claims"], iid),
        "03_evidence_by_claim_type.png": plot_evidence_by_claim_type(claims["claims"], iid),
        "04_rights_domains.png": plot_rights_domains(claims["rights_domains"], iid),
        "04_actor_claim_heatmap.png": plot_actor_claim_heatmap(claims["actor_claims"], iid),
        "04_stance_per_answer.png": plot_stance_per_answer(claims["stance"], iid),
        "04_evaluation_arc.png": plot_evaluation_arc(claims["claims"], iid),
    }


def figure_image(path: str | Path, dpi: int = 150):
    """The saved PNG at ``path`` as a notebook image, so the notebook shows exactly the file it cites.

    It is displayed at 100 pixels per figure inch, the size the figure was designed at (its ``dpi``
    pixels per inch keep it sharp on high-density screens), with the figure's description from
    :data:`FIGURE_INFO` as alternative text.
    """
    from IPython.display import Image  # only notebooks need IPython

    path = Path(path)
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError(f"not a PNG file: {path}")
    width = int.from_bytes(data[16:20], "big")  # the IHDR chunk always comes first
    alt = FIGURE_INFO.get(path.name, ("", f"Figure {path.name}"))[1]
    return Image(data=data, format="png", width=round(width * 100 / dpi), alt=alt)
