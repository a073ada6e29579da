"""Figures of notebook 05. Each function takes a table of the discourse stage and returns a Figure."""

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..report.figure_style import SEQUENCE, message_figure, new_figure, source_line, styled
from ..report.wording import turn_label

READINGS = ("office", "state", "nation", "other")


@styled
def plot_first_person(words: pd.DataFrame, interview_id: str, reported: bool = False) -> Figure:
    """Every first-person plural pronoun of the answers in reading order (``first_person_words.csv``), one row
    per reading (office, state, nation, other), the start of each answer dashed: where the office's *we*
    slides into the state's or the nation's."""
    fig = new_figure(9.0, 2.8)
    answers = words[words["role"] == "answer"].reset_index(drop=True)
    if answers.empty:
        return message_figure(fig, "The answers hold no we, our or us.")
    ax = fig.add_subplot()
    x = np.arange(len(answers))
    for row, (reading, colour) in enumerate(zip(READINGS, SEQUENCE)):
        mask = (answers["reading"] == reading).to_numpy()
        ax.scatter(x[mask], np.full(mask.sum(), row), color=colour, s=40, zorder=3)
    ax.plot(x, [READINGS.index(r) for r in answers["reading"]], color="#BBBBBB", lw=0.8, zorder=2)
    for k, turn in answers["turn_id"].drop_duplicates().items():
        ax.axvline(k - 0.5, color="#888888", ls="--", lw=0.8)
        ax.text(k - 0.4, len(READINGS) - 0.6, turn_label(turn, reported), fontsize=7, color="#555555")
    ax.set_yticks(range(len(READINGS)), READINGS)
    ax.set_ylim(-0.6, len(READINGS) - 0.3)
    ax.set_xticks(x, [f"s{s}" for s in answers["sentence_id"]], fontsize=6, rotation=90)
    ax.set_xlabel("first-person plural pronouns of the answers, in reading order (sentence id)")
    source_line(fig, interview_id)
    return fig


@styled
def plot_legitimation(by_answer: pd.DataFrame, interview_id: str, reported: bool = False) -> Figure:
    """Sentences with each legitimation code, split by answer (``legitimation_by_answer.csv``)."""
    fig = new_figure(8.0, 0.35 * len(by_answer) + 1.2)
    turns = [c for c in by_answer.columns if c.startswith("Q")]
    if not by_answer["total"].any():
        return message_figure(fig, "No sentence carries a legitimation code.")
    ax = fig.add_subplot()
    y = np.arange(len(by_answer))
    left = np.zeros(len(by_answer))
    for k, turn in enumerate(turns):
        values = by_answer[turn].to_numpy(dtype=float)
        label = turn_label(int(turn[1:]), reported, long=True)
        ax.barh(y, values, left=left, color=SEQUENCE[k % len(SEQUENCE)], height=0.65, label=label)
        left += values
    for k, total in enumerate(by_answer["total"]):
        ax.text(total + 0.1, k, str(total), va="center", fontsize=8)
    ax.set_yticks(y, by_answer["label"], fontsize=8)
    ax.set_ylim(len(y) - 0.5, -0.6)
    ax.set_xlabel("interviewee sentences with the code")
    ax.legend(ncols=min(len(turns), 6), fontsize=8, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    source_line(fig, interview_id)
    return fig
