"""A starter sidecar for a new interview: what the heuristics found, written for the user to check.

``ombudsman-discourse init INPUT`` reads the interview with no sidecar (and never refuses a text that has
prose, even one in which no answer was found) and writes YAML that fills in what the page's own header
shows: the title, the byline's author, the publication and the year of the byline or dateline (page
clutter is skipped, and a year in a biography does not count), the speakers' labels or the name the text
gives the ombudsman. As comments, it lists the detected layout and *every paragraph* with its id, the
role it was given and the cue behind it, each line ready to be copied under ``role_overrides`` and edited:
one line fixes a missed question, and the answers after it follow. Every key it writes is one
:func:`.sidecar.load_meta` accepts.
"""

import json
import re
from pathlib import Path

from ..errors import SidecarError
from ..output import staged
from .decoding import DEFAULT_MAX_BYTES
from .interview import Interview, load_interview
from .quotations import interviewee_names
from .roles import DATE_PATTERN
from .sidecar import Meta

_BY = re.compile(
    r"^(?i:by|interview(?:ed)? by|text by|written by|author:?)\s+(?P<name>[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,3})"
)
_PUBLISHED_BY = re.compile(r"^(?:published|broadcast)\s+(?:by|on|in)\s+(?:the\s+)?(?P<name>[^\W\d_][^,|.\"]*)", re.I)
_DATED = re.compile(rf"(?i:{DATE_PATTERN})")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_PIECES = re.compile(r"\s*[|,;•·]\s*")
_GENERIC_LABELS = {"q", "a", "question", "answer", "interviewer"}


def _q(value) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML."""
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _first(paragraphs, role: str) -> str | None:
    texts = paragraphs.loc[paragraphs["role"] == role, "text"]
    return texts.iloc[0] if len(texts) else None


def _label(paragraphs, role: str) -> str | None:
    """The speaker label most used on paragraphs of ``role``, unless it is a generic Q/A label."""
    labels = paragraphs.loc[paragraphs["role"] == role, "label"].dropna()
    name = labels.mode().iloc[0] if len(labels) else None
    return None if name is None or name.lower() in _GENERIC_LABELS else name


def _byline_parts(bylines: list[str]) -> tuple[str | None, str | None]:
    """(author, publication) from byline lines: "By Anna Berg", "Anna Berg | The Ledger | 9 May 2024",
    "The Ledger, 28 May 2024", "Published by the Ledger", "Broadcast on Radio Meridian, ..."."""
    author = publication = None
    for text in bylines:
        if m := _PUBLISHED_BY.match(text):
            publication = publication or m.group("name").strip()
            continue
        pieces = [p for p in _PIECES.split(text) if p and not _DATED.search(p) and not _YEAR.search(p)]
        if m := _BY.match(text):
            author = author or m.group("name").rstrip(",")
            pieces = [p for p in pieces[1:] if p.strip()] if pieces else []
        elif len(pieces) >= 2 and author is None:
            author = pieces[0]
            pieces = pieces[1:]
        if pieces and publication is None and len(pieces[0].split()) <= 6:
            publication = pieces[0].strip(' "')
    return author, publication


def guesses(interview: Interview) -> dict:
    """What the text suggests for each sidecar key, and where it came from (``key -> (value, note)``)."""
    p = interview.paragraphs
    found: dict[str, tuple] = {"interview_id": (interview.meta.interview_id, "the file name")}
    title = _first(p, "title")
    found["title"] = (title, "the paragraph read as the title" if title else "no title paragraph found")
    bylines = p.loc[p["role"] == "byline", "text"].tolist()
    author, publication = _byline_parts(bylines)
    found["publication"] = (publication, "from the byline" if publication else "not found in the header")
    year, note = None, ""
    header = bylines + p.loc[p["role"].isin(["title", "lead", "narration"]), "text"].head(2).tolist()
    for text in header:  # the byline's or the dateline's date first, never a year in a biography
        if (date := _DATED.search(text)) and (y := _YEAR.search(date.group())):
            year, note = int(y.group()), "the date in the byline or dateline"
            break
    found["year"] = (year, note)
    name = _label(p, "answer")
    note = "the answers' speaker label"
    if name is None:
        words = interviewee_names(None, p.loc[p["role"].isin(["title", "lead", "narration"]), "text"].tolist())
        texts = " ".join(p["text"])
        spelled = [m.group() for m in re.finditer(r"[^\W\d_][\w'’\-]+", texts) if m.group().casefold() in words]
        name = " ".join(dict.fromkeys(spelled)) if spelled else None
        note = "the name the text gives an ombudsman" if name else "not named in the text"
    found["interviewee_name"] = (name, note)
    asker = _label(p, "question")
    found["interviewer"] = (asker, "the questions' speaker label") if asker else (author, "the byline")
    if found["interviewer"][0] is None:
        found["interviewer"] = (None, "not found")
    return found


def starter_sidecar(interview: Interview) -> str:
    """The starter sidecar's YAML text (comments explain each guess and what to check)."""
    g = guesses(interview)
    p = interview.paragraphs

    def line(key: str, value, note: str, indent: str = "") -> str:
        return f"{indent}{key}: {_q(value)}" + (f"  # {note}" if note else "")

    out = [
        f"# Starter sidecar for {interview.meta.interview_id}, written by `ombudsman-discourse init`.",
        "# Every value below is a guess from the text: check it, fill in what is null, delete what is wrong.",
        line("interview_id", *g["interview_id"]),
        line("title", *g["title"]),
        line("publication", *g["publication"]),
        line("year", *g["year"]),
        "interviewee:",
        line("name", *g["interviewee_name"], indent="  "),
        line("role", None, "the interviewee's office, e.g. 'Ombudsman of ...'", indent="  "),
        line("interviewer", *g["interviewer"]),
        line("language", "en", "only English is analysed"),
        line("country", None, "the country's name: added to the codebook's nation actor and domestic locus"),
        f"# layout: {interview.layout}  # detected; uncomment and change only if the roles below are wrong",
        "# Every paragraph, with the role it was given and the cue behind it. Where a role is wrong, copy its",
        "# line under role_overrides, remove the '#' and change the role: marking one missed question is",
        "# enough, the paragraphs after it are read again as its answer.",
        "role_overrides:",
    ]
    for row in p.itertuples(index=False):
        words = " ".join(row.text.split()[:8]) + (" ..." if len(row.text.split()) > 8 else "")
        out.append(f"#  {row.paragraph_id}: {row.role:<11} # {row.role_evidence}; {_q(words)}")
    out += [
        "# Country-specific names the general codebook cannot know (category.code: [names]), e.g.",
        "#   actor.head_of_state: [Name of the president]",
        "#   claim_type.attribution: [Name of a state programme]",
        "codebook: {}",
        "",
    ]
    return "\n".join(out)


def write_starter_sidecar(
    path: str | Path, out: str | Path | None = None, *, force: bool = False, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """Read the interview at ``path`` as if it had no sidecar and write :func:`starter_sidecar` to ``out``
    (default: ``path`` with suffix ``.yml``); return a one-line message. An existing file is replaced
    only with ``force``."""
    path = Path(path)
    target = Path(out) if out else path.with_suffix(".yml")
    if target.exists() and not force:
        raise SidecarError(f"{target}: a sidecar is already there; check it, or use --force to replace it")
    interview = load_interview(path, Meta(interview_id=path.stem), max_bytes=max_bytes, require_answers=False)
    with staged([target]) as (tmp,):
        tmp.write_text(starter_sidecar(interview), encoding="utf-8")
    answers = int((interview.sentences["role"] == "answer").sum())
    found = f"{interview.layout} layout" + (
        "" if answers else "; no answer found: mark a question under role_overrides"
    )
    return f"{target}: starter sidecar for {interview.meta.interview_id} ({found}); check every value"
