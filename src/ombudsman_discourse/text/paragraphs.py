"""Split normalised text into paragraphs: blank lines, speaker labels and hard wraps.

A single line break is a *hard wrap* (joined with a space) when the next line's first word
would not have fitted on the line before it at the text's wrap width; otherwise it ends a
paragraph. Text whose lines run past 120 characters is taken as not hard-wrapped.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from .layout import BOLD_PARAGRAPH, DASH_TURN, HEADING, ITALIC_PARAGRAPH, speaker_label
from .tracked import Edit, TrackedText, apply_edits

MAX_WRAP_WIDTH = 120
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])[ \t]+\S")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|/|#)[^)\s]*\)")


@dataclass
class Block:
    """A paragraph before role detection."""

    tt: TrackedText
    label: str | None = None  # speaker label as written, taken off the text
    label_speaker: str | None = None  # interviewer / interviewee, from the label
    markup: str | None = None  # "bold", "italic" or "heading" (Markdown)
    marker: str | None = None  # "label" or "dash": the paragraph opens a turn marked as such


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's content, leading and trailing whitespace excluded."""
    spans, pos = [], 0
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip())
        spans.append((pos + indent, pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def wrap_width(text: str) -> int | None:
    """The wrap width of hard-wrapped ``text`` (90th percentile of lines followed by another), or None."""
    lines = text.split("\n")
    lengths = [len(a.rstrip()) for a, b in pairwise(lines) if a.strip() and b.strip()]
    if not lengths:
        return None
    width = int(np.percentile(lengths, 90))
    return None if width > MAX_WRAP_WIDTH else width


def split_blocks(
    tt: TrackedText, layout: str, speakers: dict[str, str], standalone: Callable[[str], bool] | None = None
) -> tuple[list[Block], list[dict]]:
    """Paragraph blocks of ``tt`` with labels taken off and hard wraps joined; returns blocks and log rows.

    ``standalone``: lines that are paragraphs of their own whatever the wrapping (page clutter such as a
    visitor counter, which a hard-wrap join would glue to the headline).
    """
    text = tt.text
    width = wrap_width(text)
    groups: list[list[tuple[int, int]]] = []
    previous, alone = None, False
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            previous = None
            continue
        was_alone, alone = alone, bool(standalone and standalone(line))
        new = (
            previous is None
            or alone
            or was_alone
            or speaker_label(line, layout, speakers) is not None
            or _LIST_ITEM.match(line) is not None
            or width is None
            or previous[1] - previous[0] + 1 + len(line.split()[0]) <= width
        )
        if new:
            groups.append([])
        groups[-1].append((start, end))
        previous = (start, end)
    blocks, log = [], []
    for group in groups:
        block, rows = _make_block(tt, group, layout, speakers)
        blocks.append(block)
        log.extend(rows)
    return blocks, log


def _make_block(
    tt: TrackedText, group: list[tuple[int, int]], layout: str, speakers: dict[str, str]
) -> tuple[Block, list[dict]]:
    first = group[0][0]
    para = tt.slice(first, group[-1][1])
    log: list[dict] = []
    joins = []
    text = tt.text
    for (_, a_end), (b_start, _) in pairwise(group):
        hyphenated = text[a_end - 1] == "-" and text[a_end - 2 : a_end - 1].isalpha() and text[b_start].islower()
        joins.append(
            Edit(a_end - first, b_start - first, "" if hyphenated else " ", "hard line break inside a paragraph joined")
        )
    para, rows = apply_edits(para, joins, "unwrap")
    log.extend(rows)
    block = Block(para)
    m = speaker_label(para.text, layout, speakers)
    if m:
        block.label = m.group("label")
        block.label_speaker = speakers.get(block.label)
        block.marker = "label"
        block.tt, rows = apply_edits(
            para,
            [Edit(0, m.end(), "", f"speaker label taken off the text; kept as speaker {block.label_speaker}")],
            "speaker_label",
        )
        log.extend(rows)
    elif layout == "dash_dialogue" and (m := DASH_TURN.match(para.text)):
        block.marker = "dash"
        block.tt, rows = apply_edits(
            para, [Edit(0, m.end(), "", "dash opening a turn taken off the text; kept as a turn marker")], "turn_marker"
        )
        log.extend(rows)
    if layout == "markdown":
        log.extend(_strip_markup(block))
    block.tt, rows = apply_edits(
        block.tt,
        [
            Edit(m.start(), m.end(), " ", "run of whitespace collapsed")
            for m in re.finditer(r"[ \t]{2,}|\t", block.tt.text)
        ],
        "whitespace",
    )
    log.extend(rows)
    return block, log


def _strip_markup(block: Block) -> list[dict]:
    """Take Markdown heading marks, whole-paragraph bold or italic and link targets off the text."""
    text, edits = block.tt.text, []
    heading = HEADING.match(text)
    bold = BOLD_PARAGRAPH.match(text)
    italic = ITALIC_PARAGRAPH.match(text)
    if heading:
        block.markup = "heading"
        edits.append(Edit(0, heading.end(), "", "Markdown heading mark removed"))
    elif bold:
        block.markup = "bold"
        edits.append(Edit(0, bold.start("inner"), "", "Markdown bold mark removed"))
        edits.append(Edit(bold.end("inner"), len(text), "", "Markdown bold mark removed"))
    elif italic:
        block.markup = "italic"
        edits.append(Edit(0, italic.start("inner"), "", "Markdown italic mark removed"))
        edits.append(Edit(italic.end("inner"), len(text), "", "Markdown italic mark removed"))
    for m in _MD_LINK.finditer(text):
        wrapper = bold or italic
        if not (wrapper and (m.start() < wrapper.start("inner") or m.end() > wrapper.end("inner"))):
            edits.append(Edit(m.start(), m.start(1), "", "Markdown link: text kept, address removed"))
            edits.append(Edit(m.end(1), m.end(), "", "Markdown link: text kept, address removed"))
    block.tt, rows = apply_edits(block.tt, edits, "markup")
    return rows
