"""The analyst's reading notes: memos of a close reading, each tied to the sentences it rests on.

A notes file is Markdown beside the interview (``NAME.notes.md``, or the sidecar's ``notes:``). Each memo
opens with a second-level heading; an optional first word and colon names the report section it belongs to
(``## Questions: Q2 presupposes success``). A memo cites sentences as ``[s12: "words of sentence 12"]``, several
as ``[s12: "..."; s14: "..."]``: the id is the ``sentence_id`` of ``sentences.csv`` and the quoted words must
occur in that sentence, so a memo whose sentence changed (a new segmentation, an edited text) fails loudly
instead of pointing at the wrong words. Memos are the analyst's interpretation (grounded-theory memos, after
Glaser & Strauss 1967; the close-reading step of corpus-assisted discourse studies, Baker et al. 2008); the
report shows them beside the computed evidence and never generates them.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import NotesError

SECTIONS = ("context", "argument", "questions", "agency", "we", "legitimation", "keywords", "tables")
_HEADING = re.compile(r"^##\s+(.+?)\s*$", re.M)
_CITATION = re.compile(r"\[(s\d+[^\]]*)\]")
_ONE = re.compile(r'^\s*s(\d+)(?:\s*:\s*"([^"]+)")?\s*$')
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Memo:
    """One memo: its ``title``, the report ``section`` it belongs to (one of :data:`SECTIONS`, or "" for the
    close reading alone), its Markdown ``body`` and the ``(sentence_id, quoted words)`` it cites."""

    title: str
    section: str
    body: str
    citations: tuple[tuple[int, str], ...]

    @property
    def sentence_ids(self) -> list[int]:
        """The cited ids, in order of first citation."""
        return list(dict.fromkeys(sid for sid, _ in self.citations))


def notes_beside(interview: Path) -> Path | None:
    """``NAME.notes.md`` beside the interview ``NAME.txt``, if it exists."""
    candidate = interview.with_name(f"{interview.stem}.notes.md")
    return candidate if candidate.is_file() else None


def _normal(text: str) -> str:
    return " ".join(text.translate(_QUOTES).lower().split())


def _citations(body: str, where: str) -> list[tuple[int, str]]:
    found = []
    for group in _CITATION.findall(body):
        for part in group.split(";"):
            m = _ONE.match(part)
            if not m:
                raise NotesError(f'{where}: citation [{group}] is not written as [s12: "words of sentence 12"]')
            if not m.group(2):
                sid = m.group(1)
                raise NotesError(f'{where}: s{sid} is cited without words from it; write [s{sid}: "words"]')
            found.append((int(m.group(1)), m.group(2)))
    return found


def parse_notes(text: str, source: str = "notes") -> tuple[str, list[Memo]]:
    """The preamble before the first memo and the memos of a notes file (nothing checked against a text)."""
    heads = list(_HEADING.finditer(text))
    memos = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        body = text[head.end() : end].strip()
        title = head.group(1)
        first, colon, rest = title.partition(":")
        section = first.strip().lower() if colon and first.strip().lower() in SECTIONS else ""
        title = rest.strip() if section else title
        memos.append(Memo(title, section, body, tuple(_citations(body, f"{source}: memo '{title}'"))))
    preamble = text[: heads[0].start()].strip() if heads else text.strip()
    return preamble, memos


def read_notes(path: Path, sentences: pd.DataFrame) -> tuple[Memo, ...]:
    """The memos of the notes file at ``path``, each citation checked against ``sentences`` (``sentence_id``,
    ``text``). Raises :class:`~..errors.NotesError` naming the first memo that cites an id the interview does
    not have or words its sentence does not hold, or a file with no memo."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise NotesError(f"reading notes {path}: cannot be read ({type(error).__name__})") from None
    _, memos = parse_notes(text, f"reading notes {path}")
    if not memos:
        raise NotesError(f"reading notes {path}: no memo found; open each memo with a '## ' heading")
    texts = {int(s): _normal(t) for s, t in zip(sentences["sentence_id"], sentences["text"])}
    for memo in memos:
        for sid, quote in memo.citations:
            where = f"reading notes {path}: memo '{memo.title}'"
            if sid not in texts:
                raise NotesError(f"{where} cites s{sid}, but the interview has sentences s0-s{max(texts)}")
            if _normal(quote) not in texts[sid]:
                raise NotesError(f'{where}: s{sid} does not hold "{quote}" (has the text or its segmentation changed?)')
    return tuple(memos)
