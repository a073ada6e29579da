"""Figures of notebook 03. Each function takes a table of the claims stage and returns a Figure."""

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..report.figure_style import SEQUENCE, message_figure, new_figure, source_line, styled
from ..report.wording import turn_label


@styled
def plot_claim_types_by_turn(
    by_turn: pd.DataFrame, claim_types: list[str], interview_id: str, reported: bool = False
) -> Figure:
    """Sentences of each claim type in each answer turn (``claims_by_turn.csv``; grouped bars, a sentence may
    count under several types)."""
    fig = new_figure(9.0, 4.0)
    if by_turn.empty:
        return message_figure(fig, "The interview has no interviewee sentences to code.")
    ax = fig.add_subplot()
    width = 0.8 / len(claim_types)
    x = np.arange(len(by_turn))
    for i, (label, colour) in enumerate(zip(claim_types, SEQUENCE)):
        offset = (i - (len(claim_types) - 1) / 2) * width
        ax.bar(x + offset, by_turn[label], width, color=colour, label=label.replace("_", " "))
    ax.set_xticks(x, [turn_label(t, reported, long=True) for t in by_turn["turn_id"]])
    ax.set_ylabel("sentences with the claim type")
    ax.legend(ncols=3, fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    source_line(fig, interview_id)
    return fig


@styled
def plot_evidence_by_claim_type(evidence: pd.DataFrame, kinds: list[str], interview_id: str) -> Figure:
    """Share of each claim type's sentences that carry checkable specifics (``evidence_by_claim_type.csv``),
    a grey bar for any evidence and a dot per kind of evidence."""
    fig = new_figure(8.0, 3.8)
    if evidence["sentences"].sum() == 0:
        return message_figure(fig, "The interview has no interviewee sentences to code.")
    ax = fig.add_subplot()
    y = np.arange(len(evidence))
    share_any = evidence["share"].fillna(0).to_numpy()
    ax.barh(y, share_any * 100, color="#D9D9D9", label="any evidence")
    offsets = np.linspace(-0.3, 0.3, len(kinds))
    for colour, kind, dy in zip(SEQUENCE, kinds, offsets):
        ax.plot(
            evidence[f"{kind}_share"].fillna(0) * 100,
            y + dy,
            "o",
            color=colour,
            markersize=5,
            label=kind.replace("_", " "),
        )
    for yi, (share, count) in enumerate(zip(share_any, evidence["sentences"])):
        ax.text(share * 100 + 1, yi, f"n={count}", va="center", fontsize=7, color="#333333")
    ax.set_yticks(y, [c.replace("_", " ") for c in evidence["claim_type"]])
    ax.invert_yaxis()
    ax.set_xlim(-3, 110)  # dots at 0 % stay clear of the axis
    ax.set_xlabel("% of the claim type's sentences")
    ax.legend(fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=5)
    source_line(fig, interview_id)
    return fig
