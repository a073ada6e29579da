"""Figures of notebook 02. Each function takes tables of the keyword stage and returns a Figure."""

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ..report.figure_style import BAND_COLOURS, PALETTE, SEQUENCE, message_figure, new_figure, source_line, styled
from .keyness import top_by_effect


@styled
def plot_keyness(keyness: pd.DataFrame, interview_id: str, top: int = 20, min_freq: int = 3) -> Figure:
    """The ``top`` content words by Log Ratio (frequency >= ``min_freq``, listed in the reference),
    each bar coloured by its G² p-value band, so effect size and significance are read together;
    hatched bars are words always capitalised mid-sentence (names and acronyms)."""
    view = top_by_effect(keyness, top, min_freq).iloc[::-1]
    fig = new_figure(7.5, 0.28 * max(len(view), 4) + 1.4)
    if view.empty:
        return message_figure(fig, "No word reaches the frequency threshold.")
    ax = fig.add_subplot()
    bars = ax.barh(view["word"], view["log_ratio"], color=[BAND_COLOURS[b] for b in view["p_band"]])
    for bar, name in zip(bars, view["capitalised"]):
        if name:
            bar.set_hatch("///")
            bar.set_edgecolor("white")
    for y, (lr, n) in enumerate(zip(view["log_ratio"], view["observed"])):
        ax.text(lr + 0.1, y, f"n={n}", va="center", fontsize=7, color="#333333")
    ax.set_xlabel("Log Ratio against general English (log2 of the ratio of relative frequencies)")
    ax.set_xlim(0, view["log_ratio"].max() * 1.12)
    present = [b for b in BAND_COLOURS if b in set(view["p_band"])]
    handles = [Patch(color=BAND_COLOURS[b], label=b) for b in present]
    if view["capitalised"].any():
        handles.append(Patch(facecolor="#999999", edgecolor="white", hatch="///", label="capitalised: a name"))
    ax.legend(handles=handles, title="G² band", loc="lower right", fontsize=8, title_fontsize=8, frameon=False)
    source_line(fig, interview_id)
    return fig


@styled
def plot_dispersion(tokens: pd.DataFrame, dispersion: pd.DataFrame, interview_id: str) -> Figure:
    """Where each keyword occurs in the interview (word position), one row per keyword, with
    the start of every question marked; each row's label carries its DP (0 = even, 1 = clumped)."""
    words = tokens[tokens["is_word"]].reset_index(drop=True)
    fig = new_figure(9.0, 0.32 * max(len(dispersion), 4) + 1.4)
    if dispersion.empty:
        return message_figure(fig, "No keyword to plot: none passed the keyword thresholds.")
    ax = fig.add_subplot()
    answer = words["role"] == "answer"
    for row, word in enumerate(dispersion["word"]):
        x = words.index[answer & (words["lower"] == word)]
        ax.vlines(x, row - 0.35, row + 0.35, color=PALETTE["answer"], linewidth=1)
    starts = words[words["role"] == "question"].groupby("turn_id").head(1)
    for pos, turn in zip(starts.index, starts["turn_id"]):
        ax.axvline(pos, color=PALETTE["question"], linewidth=1, linestyle="--")
        ax.text(
            pos,
            1.0,
            f"Q{turn}",
            color="#8A5A00",
            fontsize=8,
            ha="center",
            va="bottom",
            transform=ax.get_xaxis_transform(),
        )
    ax.set_yticks(range(len(dispersion)), [f"{w} (DP {dp:.2f})" for w, dp in zip(dispersion["word"], dispersion["dp"])])
    ax.set_ylim(len(dispersion) - 0.5, -0.5)
    ax.set_xlim(0, len(words))
    ax.set_xlabel("position in the interview (word tokens, reading order)")
    source_line(fig, interview_id)
    return fig


@styled
def plot_rights_types(rights_types: pd.DataFrame, interview_id: str, top: int = 15) -> Figure:
    """How often each kind of right is named, bars split by the form it took."""
    fig = new_figure(8.0, 4.5)
    if rights_types.empty:
        return message_figure(fig, "The answers name no rights.")
    totals = rights_types.groupby("kind")["count"].sum().sort_values(ascending=False, kind="stable")
    kinds = sorted(totals.index, key=lambda k: (-totals[k], k))[:top][::-1]
    forms = sorted(rights_types["form"].unique())
    table = rights_types.pivot_table(index="kind", columns="form", values="count", aggfunc="sum", fill_value=0)
    table = table.reindex(index=kinds, columns=forms, fill_value=0)
    fig.set_size_inches(8.0, 0.3 * len(kinds) + 1.6)
    ax = fig.add_subplot()
    left = pd.Series(0, index=kinds)
    for colour, form in zip(SEQUENCE, forms):
        ax.barh(kinds, table[form], left=left, color=colour, label=form)
        left += table[form]
    ax.set_xlabel("mentions in the answers")
    ax.legend(title="form", fontsize=8, title_fontsize=8, frameon=False, loc="lower right")
    source_line(fig, interview_id)
    return fig


@styled
def plot_rights_collocates(collocates: pd.DataFrame, interview_id: str, top: int = 15, span: int = 5) -> Figure:
    """The strongest collocates of *rights* within ``span`` words, by log-likelihood, MI beside each bar."""
    fig = new_figure(7.5, 4.0)
    if collocates.empty:
        return message_figure(fig, "No collocate of 'rights' occurs often enough.")
    view = collocates.head(top).iloc[::-1]
    fig.set_size_inches(7.5, 0.3 * len(view) + 1.4)
    ax = fig.add_subplot()
    ax.barh(view["collocate"], view["log_likelihood"], color=SEQUENCE[0])
    for y, (ll, mi, n) in enumerate(zip(view["log_likelihood"], view["mi"], view["frequency"])):
        ax.text(ll, y, f"  MI {mi:.1f}, n={n}", va="center", fontsize=7, color="#333333")
    ax.set_xlim(0, view["log_likelihood"].max() * 1.3)
    ax.set_xlabel(f"log-likelihood (G²) of co-occurrence within {span} words of 'rights'")
    source_line(fig, interview_id)
    return fig
