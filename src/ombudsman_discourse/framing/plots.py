"""Figures of notebook 04. Each function takes a table of the framing stage (or the claims table) and
returns a Figure."""

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..report.figure_style import PALETTE, SEQUENCE, message_figure, new_figure, source_line, styled
from ..report.wording import turn_label


def _how(row) -> str:
    """ "7 (4 achievement, 1 commitment)": the sentences and how many state the right done, violated or promised."""
    parts = [f"{row[k]} {k}" for k in ("achievement", "problem", "commitment") if row[k]]
    return f"{row['sentences']}" + (f"  ({', '.join(parts)})" if parts else "")


@styled
def plot_rights(rights: pd.DataFrame, families: dict[str, str], interview_id: str) -> Figure:
    """Sentences invoking each specific right of the codebook (``rights.csv``), grouped by family, with how
    many state it achieved, violated or promised; rights never invoked are labelled as silences."""
    fig = new_figure(8.5, 0.27 * (len(rights) + len(families)) + 1.0)
    ax = fig.add_subplot()
    colours = {f: SEQUENCE[k % len(SEQUENCE)] for k, f in enumerate(families)}
    top = max(int(rights["sentences"].max()), 1)
    ticks, labels, headers = [], [], {}
    for family in families:
        mine = rights[rights["family"] == family]
        headers[len(ticks)] = colours[family]
        ticks.append(len(ticks))
        labels.append(families[family])
        for r in mine.itertuples():
            y = len(ticks)
            ax.barh(y, r.sentences, color=colours[family], height=0.7)
            silent = r.sentences == 0
            text = "never invoked" if silent else _how(r._asdict())
            ax.text(r.sentences + top * 0.01, y, text, va="center", fontsize=7, color="#B00000" if silent else "#333")
            ticks.append(y)
            labels.append(r.name)
    ax.set_yticks(ticks, labels, fontsize=8)
    for k, tick in enumerate(ax.get_yticklabels()):
        if k in headers:  # a family's name heads its rights
            tick.set_fontweight("bold")
            tick.set_color(headers[k])
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(len(ticks) - 0.5, -0.7)
    ax.set_xlim(0, top * 1.6)
    ax.set_xlabel("interviewee sentences invoking the right")
    source_line(fig, interview_id)
    return fig


@styled
def plot_frames(frames: pd.DataFrame, interview_id: str) -> Figure:
    """Sentences using each frame (``frames.csv``): how the speaker frames a matter, never a right."""
    fig = new_figure(7.5, 2.6)
    ax = fig.add_subplot()
    y = np.arange(len(frames))
    ax.barh(y, frames["sentences"], color="#777777", height=0.6)
    top = max(int(frames["sentences"].max()), 1)
    for yi, n in zip(y, frames["sentences"]):
        ax.text(n + top * 0.01, yi, "not used" if n == 0 else str(n), va="center", fontsize=8,
                color="#B00000" if n == 0 else "#333")  # fmt: skip
    ax.set_yticks(y, frames["name"], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, top * 1.25)
    ax.set_xlabel("interviewee sentences using the frame")
    source_line(fig, interview_id)
    return fig


@styled
def plot_acts(acts: pd.DataFrame, interview_id: str) -> Figure:
    """The violation acts problem sentences state (``acts.csv``), placed at home, abroad, or both; acts never
    stated are listed below the bars."""
    stated = acts[acts["sentences"] > 0]
    fig = new_figure(8.0, 0.3 * len(stated) + 1.6)
    if stated.empty:
        return message_figure(fig, "No sentence states a violation act of the codebook.")
    ax = fig.add_subplot()
    y = np.arange(len(stated))
    home_only = stated["home"] - stated["both"]
    abroad_only = stated["abroad"] - stated["both"]
    left = np.zeros(len(stated))
    for values, label, colour in (
        (home_only, "at home", SEQUENCE[0]),
        (stated["both"], "both", SEQUENCE[4]),
        (abroad_only, "abroad", SEQUENCE[5]),
        (stated["unplaced"], "not placed", "#BBBBBB"),
    ):
        ax.barh(y, values, left=left, color=colour, height=0.6, label=label)
        left += values.to_numpy()
    ax.set_yticks(y, [a.replace("_", " ") for a in stated["act"]], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("problem sentences stating the act")
    ax.legend(ncols=4, fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    never = ", ".join(a.replace("_", " ") for a in acts.loc[acts["sentences"] == 0, "act"])
    if never:
        fig.text(0.01, 0.06, f"Never stated: {never}.", fontsize=7, color="#555555", wrap=True)
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
    ``window`` sentences, and the start of each answer turn. A lexical measure of the wording ("torture" is
    negative even in "preventing torture"), shown as such: no finding rests on it."""
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
