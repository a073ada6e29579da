"""A starter sidecar for a new interview: what the heuristics found, written for the user to check.

``ombudsman-discourse init INPUT`` reads the interview with no sidecar, then writes YAML that
fills in what the text shows (title, byline name, a year, the interviewee's label in a labelled
layout) and, as comments, what the user should confirm: the detected layout and the role given to
every paragraph. Every key it writes is one :func:`.sidecar.load_meta` accepts.
"""

import json
import re
from pathlib import Path

from ..errors import SidecarError
from ..output import staged
from .decoding import DEFAULT_MAX_BYTES
from .interview import Interview, load_interview
from .sidecar import Meta

_BY = re.compile(r"^(?i:by|interview(?:ed)? by|text by|written by)\s+(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})")
_PUBLISHED_BY = re.compile(r"^published by\s+(?:the\s+)?(?P<name>[A-Z].*?)\s*$", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


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
    return None if name is None or name.lower() in {"q", "a", "question", "answer", "interviewer"} else name


def guesses(interview: Interview) -> dict:
    """What the text suggests for each sidecar key, and where it came from (``key -> (value, note)``)."""
    p = interview.paragraphs
    found: dict[str, tuple] = {"interview_id": (interview.meta.interview_id, "the file name")}
    title = _first(p, "title")
    found["title"] = (title, "the paragraph read as the title" if title else "no title paragraph found")
    interviewer, publication = None, None
    for text in p.loc[p["role"] == "byline", "text"]:
        if m := _BY.match(text):
            interviewer = interviewer or m.group("name")
        elif m := _PUBLISHED_BY.match(text):
            publication = publication or m.group("name")
    found["publication"] = (publication, "from the byline" if publication else "not found in the text")
    front = " ".join(p.loc[p["role"].isin(["title", "byline", "lead"]), "text"])
    year = _YEAR.search(front)
    found["year"] = (int(year.group()) if year else None, "first year in the title, byline or lead" if year else "")
    name = _label(p, "answer")
    found["interviewee_name"] = (name, "the answers' speaker label" if name else "not named by a label")
    asker = _label(p, "question")
    if asker:
        found["interviewer"] = (asker, "the questions' speaker label")
    else:
        found["interviewer"] = (interviewer, "the byline" if interviewer else "not found")
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
        "# The role the heuristics gave each paragraph. Where one is wrong, add it under role_overrides:",
    ]
    for row in p.itertuples(index=False):
        words = " ".join(row.text.split()[:8])
        out.append(f"#   {row.paragraph_id:>3} {row.role:<11} {words}{' ...' if len(row.text.split()) > 8 else ''}")
    out += [
        "role_overrides: {}  # e.g. {12: caption}",
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
    interview = load_interview(path, Meta(interview_id=path.stem), max_bytes=max_bytes)
    with staged([target]) as (tmp,):
        tmp.write_text(starter_sidecar(interview), encoding="utf-8")
    return f"{target}: starter sidecar for {interview.meta.interview_id} ({interview.layout} layout); check every value"
