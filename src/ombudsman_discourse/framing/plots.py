"""Figures of notebook 04. Each function takes a table of the framing stage (or the claims table) and
returns a Figure."""

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..report.figure_style import PALETTE, SEQUENCE, message_figure, new_figure, source_line, styled
from ..report.wording import turn_label


@styled
def plot_rights_domains(domains: pd.DataFrame, interview_id: str) -> Figure:
    """Sentences per rights domain of the codebook, silences (no sentence) labelled as such."""
    fig = new_figure(8.0, 3.6)
    ax = fig.add_subplot()
    labels = [
        f"{d.replace('_', ' ')}\n(UDHR {a.replace(' ', ', ') or '-'})"
        for d, a in zip(domains["domain"], domains["udhr_articles"])
    ]
    y = np.arange(len(domains))
    ax.barh(y, domains["sentences"], color=SEQUENCE[0])
    for yi, count in zip(y, domains["sentences"]):
        ax.text(
            count + 0.2,
            yi,
            "not invoked" if count == 0 else str(count),
            va="center",
            fontsize=8,
            color="#B00000" if count == 0 else "#333333",
        )
    ax.set_yticks(y, labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max(domains["sentences"].max(), 1) * 1.2)
    ax.set_xlabel("interviewee sentences invoking the domain")
    source_line(fig, interview_id)
    return fig


@styled
def plot_actor_claim_heatmap(actor_claims: pd.DataFrame, claim_types: list[str], interview_id: str) -> Figure:
    """Sentences in which each actor appears with each claim type; counts written in the cells."""
    table = actor_claims.pivot(index="actor", columns="claim_type", values="sentences")
    table = table.reindex(index=actor_claims["actor"].unique(), columns=claim_types)
    fig = new_figure(8.0, 4.6)
    ax = fig.add_subplot()
    image = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    top = max(table.to_numpy().max(), 1)
    for (i, j), value in np.ndenumerate(table.to_numpy()):
        ax.text(j, i, str(value), ha="center", va="center", fontsize=8, color="white" if value > top * 0.6 else "black")
    ax.set_xticks(range(len(claim_types)), [c.replace("_", " ") for c in claim_types], rotation=30, ha="right")
    ax.set_yticks(range(len(table)), [a.replace("_", " ") for a in table.index])
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, label="sentences", shrink=0.8)
    source_line(fig, interview_id)
    return fig


@styled
def plot_stance_per_answer(
    stance: pd.DataFrame, markers: list[str], interview_id: str, reported: bool = False
) -> Figure:
    """Stance ``markers`` per 1,000 words in each answer turn and overall (``stance.csv``; Hyland 2005)."""
    fig = new_figure(9.0, 4.0)
    if stance.empty:
        return message_figure(fig, "No answer to measure.")
    ax = fig.add_subplot()
    x = np.arange(len(stance))
    width = 0.8 / len(markers)
    for i, (m, colour) in enumerate(zip(markers, SEQUENCE)):
        offset = (i - (len(markers) - 1) / 2) * width
        ax.bar(x + offset, stance[f"{m}_per_1000"].fillna(0), width, color=colour, label=m.replace("_", " "))
    ax.set_xticks(
        x, [turn_label(t, reported, long=True) if t != "all" else "whole interview" for t in stance["turn_id"]]
    )
    ax.set_ylabel("markers per 1,000 words")
    ax.legend(ncols=len(markers), fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    source_line(fig, interview_id)
    return fig


@styled
def plot_evaluation_arc(claims: pd.DataFrame, interview_id: str, window: int = 5, reported: bool = False) -> Figure:
    """VADER compound of every interviewee sentence in reading order, a centred moving mean over
    ``window`` sentences, and the start of each answer turn."""
    fig = new_figure(9.0, 3.8)
    if claims.empty:
        return message_figure(fig, "The interview has no interviewee sentences to score.")
    ax = fig.add_subplot()
    x = np.arange(len(claims))
    scores = claims["vader_compound"].to_numpy()
    for label, colour, mask in (
        ("positive wording (≥ 0.05)", SEQUENCE[0], scores >= 0.05),
        ("neutral", "#999999", (scores > -0.05) & (scores < 0.05)),
        ("negative wording (≤ −0.05)", SEQUENCE[5], scores <= -0.05),
    ):
        if mask.any():
            ax.scatter(x[mask], scores[mask], color=colour, s=14, zorder=3, label=label)
    ax.plot(
        x,
        claims["vader_compound"].rolling(window, center=True, min_periods=1).mean(),
        color="black",
        linewidth=1.2,
        label=f"moving mean of {window} sentences",
    )
    ax.axhline(0, color="#999999", linewidth=0.8)
    starts = claims.reset_index(drop=True).groupby("turn_id").head(1)
    for pos, turn in zip(starts.index, starts["turn_id"]):
        ax.axvline(pos - 0.5, color=PALETTE["question"], linestyle="--", linewidth=1)
        ax.text(
            pos - 0.5,
            1.0,
            turn_label(turn, reported),
            transform=ax.get_xaxis_transform(),
            ha="center",
            va="bottom",
            fontsize=8,
            color="#8A5A00",
        )
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(-1, len(claims))
    ax.set_xlabel("interviewee sentence (reading order)")
    ax.set_ylabel("VADER compound (wording)")
    ax.legend(fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.07), ncols=4)
    source_line(fig, interview_id)
    return fig
