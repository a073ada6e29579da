"""Editorial insertions in square brackets, and acronyms tied to their expansions.

Three forms are recognised (an acronym is tied to an expansion when its letters are the
initials of the expansion's content words, in order; after Schwartz & Hearst 2003):

``[Commonwealth of Independent States] CIS``  editor's expansion before the acronym: the
    bracketed expansion is taken off the text (the speaker said "CIS") and kept in the glossary;
``National Preventive Mechanism [NPM]``        editor's acronym after the expansion: the
    bracketed acronym is taken off the text and kept in the glossary;
``National Preventive Mechanism (NPM)``        the text's own acronym: kept as it is, glossary only.

An editor's note (``[Editor's note: ...]``, ``[Translator's note: ...]``, or a bracket or parenthesis
ending "- ed.") is not the speaker's: it is taken off the text and kept in the insertions table. Any other
``[...]`` is a plain insertion (the brackets go, the words stay) or an elision mark ``[...]`` (removed).
"""

import re
from dataclasses import dataclass

from .tracked import Edit

FUNCTION_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "&", "at", "by", "with", "de"}
_ACRONYM = r"[A-Z][A-Za-z0-9&]{0,8}[A-Z0-9]"
EXPANSION_BEFORE = re.compile(rf"\[(?P<inner>[^\[\]]+)\][ \t]*(?P<acronym>{_ACRONYM})\b")
ACRONYM_IN_BRACKETS = re.compile(rf"[ \t]*\[(?P<acronym>{_ACRONYM})\]")
ACRONYM_IN_PARENS = re.compile(rf"\((?P<acronym>{_ACRONYM})\)")
BRACKETS = re.compile(r"\[(?P<inner>[^\[\]]*)\]")
NOTE = re.compile(
    r"^\s*(?:editor'?s?|translator'?s?|ed\.?)\s+note\b|^\s*(?:note|n\.\s?b\.)\s*[:.]|[-,]\s*ed\.?\s*$", re.I
)
NOTE_IN_PARENS = re.compile(
    r"[ \t]*\((?P<inner>[^()]*[-,]\s*ed\.?|\s*(?:editor'?s|translator'?s)\s+note\b[^()]*)\)", re.I
)
_WORD = re.compile(r"[A-Za-z][\w'-]*")


@dataclass(frozen=True)
class Finding:
    kind: str  # expansion, acronym, parenthesised, insertion, elision, note
    inserted: str  # the bracketed (or parenthesised) text
    start: int  # span in the paragraph text of the whole construction
    end: int
    acronym: str | None = None
    expansion: str | None = None


def initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS).upper()


def matches_acronym(acronym: str, expansion: str) -> bool:
    """True when ``acronym``'s capitals are the initials of ``expansion``'s content words."""
    letters = "".join(ch for ch in acronym if ch.isupper() or ch.isdigit())
    return len(letters) >= 2 and initials(_WORD.findall(expansion)) == letters


def expansion_before(text: str, end: int, acronym: str) -> tuple[int, str] | None:
    """The shortest run of words ending at ``end`` whose initials spell ``acronym``: (start, expansion)."""
    words = list(_WORD.finditer(text[:end]))
    for n in range(len(acronym), min(len(words), len(acronym) + 6) + 1):
        run = words[-n:]
        if run[0].group().lower() in FUNCTION_WORDS or not run[0].group()[0].isupper():
            continue
        if text[run[-1].end() : end].strip():  # only spaces may separate the expansion and the bracket
            continue
        expansion = text[run[0].start() : run[-1].end()]
        if matches_acronym(acronym, expansion):
            return run[0].start(), expansion
    return None


def _strip_article(expansion: str) -> str:
    return re.sub(r"^(?:the|The)\s+", "", expansion.strip())


def find_editorial(text: str) -> list[Finding]:
    """Every bracketed insertion and acronym definition in one paragraph's ``text``, in order."""
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for m in EXPANSION_BEFORE.finditer(text):
        if matches_acronym(m.group("acronym"), m.group("inner")):
            found.append(
                Finding(
                    "expansion",
                    m.group("inner"),
                    m.start(),
                    m.start("acronym"),
                    m.group("acronym"),
                    _strip_article(m.group("inner")),
                )
            )
            taken.append((m.start(), m.end("inner") + 1))
    for pattern, kind in ((ACRONYM_IN_BRACKETS, "acronym"), (ACRONYM_IN_PARENS, "parenthesised")):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            before = expansion_before(text, m.start(), m.group("acronym"))
            if before:
                found.append(
                    Finding(kind, m.group("acronym"), m.start(), m.end(), m.group("acronym"), _strip_article(before[1]))
                )
                taken.append((m.start(), m.end()))
    for m in NOTE_IN_PARENS.finditer(text):
        if free(m.start(), m.end()):
            found.append(Finding("note", m.group("inner"), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in BRACKETS.finditer(text):
        if free(m.start(), m.end()):
            inner = m.group("inner")
            if NOTE.search(inner):  # the space before the note goes with it
                start = m.start() - (m.start() > 0 and text[m.start() - 1] in " \t")
                found.append(Finding("note", inner, start, m.end()))
                continue
            kind = "elision" if re.fullmatch(r"\s*(?:\.\s*){3}|\s*\u2026\s*", inner) else "insertion"
            found.append(Finding(kind, inner, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def editorial_edits(findings: list[Finding]) -> list[Edit]:
    """Text edits for ``findings``: expansions and bracketed acronyms leave, insertions lose their brackets."""
    edits = []
    for f in findings:
        if f.kind == "expansion":
            edits.append(Edit(f.start, f.end, "", f"editor's expansion of {f.acronym} moved to the glossary"))
        elif f.kind == "acronym":
            edits.append(Edit(f.start, f.end, "", f"editor's acronym {f.acronym} moved to the glossary"))
        elif f.kind == "insertion":
            edits.append(Edit(f.start, f.start + 1, "", "editorial insertion: bracket removed, words kept"))
            edits.append(Edit(f.end - 1, f.end, "", "editorial insertion: bracket removed, words kept"))
        elif f.kind == "elision":
            edits.append(Edit(f.start, f.end, "", "editorial elision mark removed"))
        elif f.kind == "note":
            edits.append(
                Edit(f.start, f.end, "", "editor's note kept out of the speaker's words (editorial_insertions)")
            )
    return edits
