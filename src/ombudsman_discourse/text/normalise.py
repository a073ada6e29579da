"""Character-level normalisation of the whole raw text, each change logged.

Steps, in order: line endings (CRLF/CR to LF), mojibake repair with ftfy (Speer 2019), and
typography (curly quotes, dashes, non-breaking and zero-width spaces, ellipsis, ligatures).
"""

import difflib
import re

import ftfy

from .tracked import Edit, TrackedText, apply_edits

# ftfy restricted to encoding repair; typography is done below so each change has its own reason.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_HYPHENS = "\u2010\u2011"
_DASHES = "\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000"
_INVISIBLE = "\u200b\u2060\u00ad\ufeff"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}

_TYPO_RE = re.compile(
    f"[{_SINGLE_QUOTES}{_DOUBLE_QUOTES}{_HYPHENS}{_SPACES}{_INVISIBLE}\u2026{''.join(_LIGATURES)}]"
    f"|(?P<range>(?<=\\d)[{_DASHES}](?=\\d))"
    f"|(?P<opening>(?<![^\\n])[ \\t]*[{_DASHES}][ \\t]*)"  # a dash opening a line: a turn marker in dialogue
    f"|(?P<dash>[ \\t]?[{_DASHES}][ \\t]?)"  # spaces only: a line break around a dash is kept
)


def normalise_line_endings(tt: TrackedText) -> tuple[TrackedText, list[dict]]:
    edits = [
        Edit(
            m.start(),
            m.end(),
            "\n",
            f"{'CRLF' if m.group() == chr(13) + chr(10) else 'CR'} line ending normalised to LF",
        )
        for m in re.finditer(r"\r\n?", tt.text)
    ]
    return apply_edits(tt, edits, "line_endings")


def repair_mojibake(tt: TrackedText) -> tuple[TrackedText, list[dict]]:
    """Repair text decoded with the wrong encoding (e.g. ``â€™`` for ``’``), line by line."""
    edits = []
    pos = 0
    for line in tt.text.split("\n"):
        # ftfy, as configured in _FTFY, leaves ASCII alone (no mojibake, C1 controls or surrogates in it)
        fixed = line if line.isascii() else ftfy.fix_text(line, _FTFY)
        if fixed != line:
            matcher = difflib.SequenceMatcher(None, line, fixed, autojunk=False)
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op != "equal":
                    edits.append(Edit(pos + i1, pos + i2, fixed[j1:j2], "mojibake repaired (ftfy)"))
        pos += len(line) + 1
    return apply_edits(tt, edits, "mojibake")


def _typography_edit(m: re.Match) -> Edit:
    ch = m.group()
    if m.group("range"):
        return Edit(m.start(), m.end(), "-", "dash in a numeric range made a hyphen")
    if m.group("opening"):
        return Edit(m.start(), m.end(), "- ", f"dash U+{ord(ch.strip()):04X} opening a line made a hyphen")
    if m.group("dash"):
        return Edit(m.start(), m.end(), " - ", f"dash U+{ord(ch.strip()):04X} made a spaced hyphen")
    if ch in _SINGLE_QUOTES:
        return Edit(m.start(), m.end(), "'", f"typographic quote U+{ord(ch):04X} made straight")
    if ch in _DOUBLE_QUOTES:
        return Edit(m.start(), m.end(), '"', f"typographic quote U+{ord(ch):04X} made straight")
    if ch in _HYPHENS:
        return Edit(m.start(), m.end(), "-", f"hyphen U+{ord(ch):04X} made ASCII")
    if ch in _SPACES:
        return Edit(m.start(), m.end(), " ", f"space U+{ord(ch):04X} made a plain space")
    if ch in _INVISIBLE:
        return Edit(m.start(), m.end(), "", f"invisible character U+{ord(ch):04X} removed")
    if ch == "\u2026":
        return Edit(m.start(), m.end(), "...", "ellipsis character spelled out")
    return Edit(m.start(), m.end(), _LIGATURES[ch], f"ligature U+{ord(ch):04X} spelled out")


def normalise_typography(tt: TrackedText) -> tuple[TrackedText, list[dict]]:
    """Straight quotes, ASCII hyphens for dashes, plain spaces; a word-joining dash (``a—b``)
    becomes `` - `` so the two words stay separate tokens, and a dash opening a line becomes ``- `` (line
    breaks are never taken into a dash's replacement: in dialogue a dash at the start of a line opens a turn)."""
    edits = [_typography_edit(m) for m in _TYPO_RE.finditer(tt.text)]
    # "a - b" with spaces already around the dash needs no change beyond the dash itself
    edits = [e for e in edits if tt.text[e.start : e.end] != e.after]
    return apply_edits(tt, edits, "typography")


def normalise(tt: TrackedText) -> tuple[TrackedText, list[dict]]:
    log: list[dict] = []
    for step in (normalise_line_endings, repair_mojibake, normalise_typography):
        tt, rows = step(tt)
        log.extend(rows)
    return tt, log
