"""Every figure of the report for one interview, by file name (the names the notebooks use)."""

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
