"""The text stage (notebook 01): a file in, an :class:`Interview` out.

:func:`load_interview` decodes the file (:mod:`.decoding`; a saved web page through :mod:`.html_input`),
normalises characters (:mod:`.normalise`), detects the layout (:mod:`.layout`), splits paragraphs
(:mod:`.paragraphs`), removes boilerplate (:mod:`.boilerplate`), repairs glued words (:mod:`.glued`),
handles editorial brackets (:mod:`.editorial`), gives every paragraph a role (:mod:`.roles`) and splits
sentences and tokens (:mod:`.sentences`). Every change is tracked (:mod:`.tracked`): the raw text stays
untouched and every table points back into it.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import NoProseError, NotesError
from ..rows import table_of
from . import boilerplate as bp
from .decoding import DEFAULT_MAX_BYTES, read_raw
from .editorial import editorial_edits, find_editorial
from .glued import glued_word_edits
from .html_input import html_edits, looks_like_html
from .layout import assign_speakers, detect_layout
from .normalise import normalise
from .paragraphs import split_blocks
from .quotations import Quotation, find_quotations, quoted_only, reads_as_report
from .reading_notes import Memo, notes_beside, read_notes
from .roles import DEFAULT_RULES, SPEAKER_OF_ROLE, Paragraph, RoleRules, assign_roles, turn_ids
from .sentences import segment_sentences
from .sidecar import Meta, load_meta, sidecar_for
from .tracked import LOG_COLUMNS, Edit, TrackedText, apply_edits

PARAGRAPH_COLUMNS = [
    "interview_id",
    "paragraph_id",
    "role",
    "speaker",
    "turn_id",
    "text",
    "raw_start",
    "raw_end",
    "n_words",
    "label",
    "role_evidence",
]
INSERTION_COLUMNS = ["interview_id", "paragraph_id", "kind", "inserted", "acronym", "handling", "raw_start", "raw_end"]
GLOSSARY_COLUMNS = ["acronym", "expansion", "source", "interview_id", "paragraph_id", "raw_start", "raw_end"]
QUOTATION_COLUMNS = [
    "interview_id",
    "quotation_id",
    "paragraph_id",
    "start",
    "end",
    "speaker",
    "attribution",
    "cue",
    "text",
    "raw_start",
    "raw_end",
]
_HANDLING = {
    "expansion": "expansion taken off the text, kept in the glossary",
    "acronym": "bracketed acronym taken off the text, kept in the glossary",
    "parenthesised": "text unchanged; acronym and expansion kept in the glossary",
    "insertion": "brackets removed, inserted words kept",
    "elision": "elision mark removed",
    "note": "editor's note taken off the speaker's words",
}
_SOURCE = {"expansion": "[expansion] ACRONYM", "acronym": "expansion [ACRONYM]", "parenthesised": "expansion (ACRONYM)"}


@dataclass(frozen=True)
class Interview:
    """An analysed interview. ``raw`` is the decoded file, never modified; tables point into it."""

    meta: Meta
    raw: str
    encoding: str
    layout: str
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame  # one row per token (see sentences.tokens); not written as a table
    cleaning_log: pd.DataFrame
    editorial_insertions: pd.DataFrame
    glossary: pd.DataFrame
    quotations: pd.DataFrame  # quotations in a news report, with their speakers (empty for an interview)
    tracked: tuple[TrackedText, ...]  # one per paragraph: where each cleaned character came from
    source_format: str = "text"  # "html" when the file was a web page (article text extracted)
    notes: tuple[Memo, ...] = ()  # the analyst's reading notes, checked against the sentences
    notes_path: Path | None = None

    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables ``analyze`` writes, by file stem."""
        return {
            "paragraphs": self.paragraphs,
            "sentences": self.sentences,
            "cleaning_log": self.cleaning_log,
            "editorial_insertions": self.editorial_insertions,
            "glossary": self.glossary,
            "quotations": self.quotations,
        }


def load_interview(
    path: str | Path,
    meta: str | Path | Meta | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    role_rules: RoleRules = DEFAULT_RULES,
    require_answers: bool = True,
) -> Interview:
    """Read, clean and segment the interview at ``path``.

    ``meta``: the sidecar's path, or a :class:`~.sidecar.Meta` already read; by default the ``.yml``
    next to the interview, if any. Raises an :class:`~..errors.UnusableInputError` subclass for input
    that cannot be analysed; a text with prose but no interviewee words only when ``require_answers``
    (``init`` reads such a text to list its paragraphs).
    """
    path = Path(path)
    raw = read_raw(path, max_bytes=max_bytes)
    if not isinstance(meta, Meta):
        meta_path = meta if meta is not None else sidecar_for(path)
        meta = load_meta(Path(meta_path) if meta_path else None, default_id=path.stem)

    tt, log = TrackedText.from_raw(raw.text), []
    source_format = "html" if looks_like_html(raw.text) else "text"
    if source_format == "html":  # keep the article's text, by edits on the page (see html_source)
        tt, log = apply_edits(tt, html_edits(raw.text), "html")
    tt, rows = normalise(tt)
    log.extend(rows)
    names = (meta.interviewee_name, meta.interviewer, meta.publication)
    layout = meta.layout if meta.layout and meta.layout != "reported_speech" else detect_layout(tt.text, names)
    speakers = assign_speakers(tt.text, layout, *names)
    rules = bp.load_rules()
    blocks, rows = split_blocks(tt, layout, speakers, standalone=lambda line: rules.match(line) is not None)
    log.extend(rows)
    boiler = rules.classify([b.tt.text for b in blocks])
    insertions, glossary = [], []
    for pid, block in enumerate(blocks):
        if boiler[pid]:
            start, end = block.tt.raw_span(0, len(block.tt))
            reason = f"{boiler[pid][1]}: paragraph kept out of the analysis"
            log.append(_log_row("boilerplate", start, end, block.tt.text, "", reason))
            continue
        log.extend(_clean_block(block, pid, meta.interview_id, insertions, glossary))

    texts = [b.tt.text for b in blocks]
    if not any(len(t.split()) >= 3 and any(ch.isalpha() for ch in t) for t, k in zip(texts, boiler) if not k):
        raise NoProseError(f"{path}: no prose paragraphs found")
    for pid in meta.role_overrides:
        if pid >= len(blocks):
            raise NoProseError(
                f"{path}: role override for paragraph {pid}, but there are only {len(blocks)} paragraphs"
            )
    units = [
        Paragraph(b.tt.text, b.label_speaker, b.marker, b.markup, k and k[1], meta.role_overrides.get(pid))
        for pid, (b, k) in enumerate(zip(blocks, boiler))
    ]
    roles = assign_roles(units, layout, role_rules)
    quotes: dict[int, list[Quotation]] = {}
    questions = sum(role == "question" for role, _ in roles)
    prose = [texts[i] for i, (role, _) in enumerate(roles) if role not in ("boilerplate", "title", "caption")]
    unmarked = layout in ("unlabelled", "markdown") and not meta.role_overrides
    if meta.layout == "reported_speech" or questions == 0 or (unmarked and reads_as_report(prose, questions)):
        if questions:  # a lone question in a news report (a headline, a "when asked"): read again without turns
            roles = assign_roles(units, layout, role_rules, turns=False)
        layout = "reported_speech"
        roles, quotes = _reported_speech(roles, texts, meta.interviewee_name)
    if require_answers and not any(role == "answer" for role, _ in roles) and not _quotes_interviewee(quotes):
        raise NoProseError(
            f"{path}: no interviewee answers found (layout {layout}); run `ombudsman-discourse init {path}` to list "
            "every paragraph with its proposed role, then set 'role_overrides' or 'layout' in the sidecar"
        )
    turns = turn_ids([role for role, _ in roles]) if layout != "reported_speech" else _passages(roles, quotes)

    paragraphs = table_of(
        [
            (
                meta.interview_id,
                pid,
                role,
                SPEAKER_OF_ROLE[role],
                turns[pid],
                block.tt.text,
                *block.tt.raw_span(0, len(block.tt)),  # raw_start, raw_end
                len(block.tt.text.split()),
                block.label,
                evidence,
            )
            for pid, (block, (role, evidence)) in enumerate(zip(blocks, roles))
        ],
        PARAGRAPH_COLUMNS,
        integers=("turn_id",),
    )
    sentences, tokens = segment_sentences(paragraphs, quotes)
    notes_path = meta.notes or notes_beside(path)
    if meta.notes is not None and not meta.notes.is_file():
        raise NotesError(f"{meta.notes}: reading notes named in the sidecar not found")
    return Interview(
        meta=meta,
        raw=raw.text,
        encoding=raw.encoding,
        layout=layout,
        paragraphs=paragraphs,
        sentences=sentences,
        tokens=tokens,
        cleaning_log=_log_table(log, paragraphs, meta.interview_id),
        editorial_insertions=pd.DataFrame(insertions, columns=INSERTION_COLUMNS),
        glossary=pd.DataFrame(glossary, columns=GLOSSARY_COLUMNS).drop_duplicates("acronym", ignore_index=True),
        quotations=_quotation_table(quotes, blocks, meta.interview_id),
        tracked=tuple(b.tt for b in blocks),
        source_format=source_format,
        notes=read_notes(notes_path, sentences) if notes_path else (),
        notes_path=notes_path,
    )


def _log_row(step: str, start: int, end: int, before: str, after: str, reason: str) -> dict:
    return {"step": step, "raw_start": start, "raw_end": end, "before": before, "after": after, "reason": reason}


def _clean_block(block, pid: int, interview_id: str, insertions: list, glossary: list) -> list[dict]:
    """Repair glued words and take editorial brackets off one paragraph, recording insertions and acronyms."""
    block.tt, log = apply_edits(block.tt, glued_word_edits(block.tt.text), "glued_words")
    findings = find_editorial(block.tt.text)
    for f in findings:
        start, end = block.tt.raw_span(f.start, f.end)
        insertions.append(
            {
                "interview_id": interview_id,
                "paragraph_id": pid,
                "kind": f.kind,
                "inserted": f.inserted,
                "acronym": f.acronym,
                "handling": _HANDLING[f.kind],
                "raw_start": start,
                "raw_end": end,
            }
        )
        if f.acronym:
            glossary.append(
                {
                    "acronym": f.acronym,
                    "expansion": f.expansion,
                    "source": _SOURCE[f.kind],
                    "interview_id": interview_id,
                    "paragraph_id": pid,
                    "raw_start": start,
                    "raw_end": end,
                }
            )
    block.tt, rows = apply_edits(block.tt, editorial_edits(findings), "editorial")
    log.extend(rows)
    block.tt, rows = _tidy_spaces(block.tt)
    return log + rows


def _reported_speech(roles: list, texts: list[str], interviewee: str | None):
    """Roles and quotations of a news report: a paragraph made of the interviewee's quoted words alone, with no
    attribution of its own, is an answer; any other paragraph after the header is the reporter's narration
    (overrides stay)."""
    body = [i for i, (role, _) in enumerate(roles) if role in ("narration", "answer", "question")]
    found = find_quotations([texts[i] for i in body], interviewee)
    quotes = {i: q for i, q in zip(body, found) if q}
    out = list(roles)
    for i in body:
        mine = quotes.get(i, [])
        if out[i][1] == "sidecar override":
            continue
        if mine and quoted_only(texts[i], mine) and all(q.speaker == "interviewee" and not q.attribution for q in mine):
            out[i] = ("answer", f"the interviewee's quoted words alone ({mine[0].cue})")
        elif any(q.speaker == "interviewee" for q in mine):
            out[i] = ("narration", "the reporter's text, quoting the interviewee")
        else:
            out[i] = ("narration", "the reporter's text (no question, label or dash marks a turn)")
    return out, quotes


def _quotes_interviewee(quotes: dict[int, list[Quotation]]) -> bool:
    return any(q.speaker == "interviewee" for qs in quotes.values() for q in qs)


def _passages(roles: list, quotes: dict[int, list[Quotation]]) -> list[int | None]:
    """Turn ids of a news report: each paragraph holding the interviewee's words is a passage of its own,
    except an answer paragraph (a quotation alone) right after one, which continues it."""
    ids: list[int | None] = []
    passage, previous = 0, False
    for pid, (role, _) in enumerate(roles):
        if role == "boilerplate":
            ids.append(None)
            continue
        holds = role == "answer" or any(q.speaker == "interviewee" for q in quotes.get(pid, []))
        if holds:
            passage += 0 if (role == "answer" and previous) else 1
        ids.append(passage if holds else None)
        previous = holds
    return ids


def _quotation_table(quotes: dict[int, list[Quotation]], blocks, interview_id: str) -> pd.DataFrame:
    """One row per quotation of a news report: offsets in its paragraph and in the raw text, speaker, tag, cue."""
    rows = []
    for pid in sorted(quotes):
        tt = blocks[pid].tt
        for q in quotes[pid]:
            raw_start, raw_end = tt.raw_span(q.start, q.end)
            rows.append(
                (interview_id, len(rows), pid, q.start, q.end, q.speaker, q.attribution, q.cue,
                 tt.text[q.start : q.end], raw_start, raw_end)
            )  # fmt: skip
    return pd.DataFrame(rows, columns=QUOTATION_COLUMNS)


def _tidy_spaces(tt: TrackedText) -> tuple[TrackedText, list[dict]]:
    """Collapse space runs left by earlier steps (e.g. a removed elision) and trim the ends."""
    edits = [
        Edit(m.start(), m.end(), " ", "run of whitespace collapsed")
        for m in re.finditer(r"(?<=\S)\s{2,}(?=\S)", tt.text)
    ]
    edits += [
        Edit(m.start(), m.end(), "", "space before punctuation removed")
        for m in re.finditer(r"(?<=\w) +(?=[,.;:!?](?:\s|$))", tt.text)
    ]
    tt, rows = apply_edits(tt, edits, "whitespace")
    left = len(tt.text) - len(tt.text.lstrip())
    right = len(tt.text.rstrip())
    return tt.slice(left, right), rows


def _log_table(log: list[dict], paragraphs: pd.DataFrame, interview_id: str) -> pd.DataFrame:
    """The cleaning log in raw-text order, each row with the paragraph it falls in (if any)."""
    # sorted and given paragraph ids before the table is built in one go: on a log of tens of rows, inserting
    # columns, sorting and re-indexing a DataFrame took milliseconds. The sort is stable: rows at one raw span keep
    # the order they were logged in.
    log = sorted(log, key=lambda row: (row["raw_start"], row["raw_end"]))
    raw_start = np.array([row["raw_start"] for row in log], dtype=np.int64)
    starts = paragraphs["raw_start"].to_numpy()
    ends = paragraphs["raw_end"].to_numpy()
    idx = np.searchsorted(starts, raw_start, side="right") - 1
    inside = (idx >= 0) & (raw_start < ends[np.clip(idx, 0, None)])
    paragraph_id = pd.arrays.IntegerArray(np.where(inside, idx, 0).astype(np.int64), ~inside)
    table = pd.DataFrame(log, columns=LOG_COLUMNS)
    columns = {"interview_id": interview_id, "paragraph_id": paragraph_id, **{c: table[c] for c in LOG_COLUMNS}}
    return pd.DataFrame(columns)
