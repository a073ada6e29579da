"""Read an interview saved from a news site as an HTML page.

The page is read with a real HTML parser (the standard library's :class:`html.parser.HTMLParser`),
and the article's text is kept by *edits* on the raw page, so every character of the result still
points to its place in the file and every removal is a row of the cleaning log (step ``html``):

- everything outside the article is dropped: the first ``<article>`` (else ``<main>``, else
  ``<body>``) is the text; site navigation, headers, footers, asides, forms, scripts, styles,
  comments and the document head are dropped wherever they are;
- block elements (``<p>``, ``<div>``, ``<li>``, headings, ``<br>``) become paragraph and line breaks;
- bold, italics and headings become their Markdown marks (``**``, ``*``, ``#``), so that a page
  whose questions are set in bold is read like a Markdown interview (see :mod:`.layout`);
- character references (``&amp;``, ``&#8217;``) become the characters they name;
- line breaks and indentation inside running text become single spaces.
"""

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .tracked import Edit

DROPPED = {
    "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "object", "canvas", "dialog", "math",
}  # fmt: skip
BLOCKS = {
    "address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt", "figure", "hr", "html",
    "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SCOPES = ("article", "main", "body")
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_WRAP = re.compile(r"[ \t\r]*\n\s*")  # a line break with its indentation, inside running text


def looks_like_html(text: str) -> bool:
    """True for a whole HTML document (it opens with a doctype or an ``<html>`` tag)."""
    return _HTML_START.match(text) is not None


@dataclass(frozen=True)
class _Event:
    kind: str  # start, end, startend, data, ref, other
    tag: str
    start: int
    end: int = -1


class _Events(HTMLParser):
    """Every parser event with its start offset in the page; each event ends where the next begins."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)  # references arrive as events, with their positions
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.events: list[_Event] = []

    def _add(self, kind: str, tag: str = "") -> None:
        line, column = self.getpos()
        self.events.append(_Event(kind, tag, self.line_starts[line - 1] + column))

    def handle_starttag(self, tag, attrs):
        self._add("start", tag)

    def handle_startendtag(self, tag, attrs):
        self._add("startend", tag)

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("data")

    def handle_entityref(self, name):
        self._add("ref")

    def handle_charref(self, name):
        self._add("ref")

    def handle_comment(self, data):
        self._add("other", "comment")

    def handle_decl(self, decl):
        self._add("other", "declaration")

    def handle_pi(self, data):
        self._add("other", "processing instruction")

    def unknown_decl(self, data):
        self._add("other", "declaration")


def parse_events(text: str) -> list[_Event]:
    parser = _Events(text)
    parser.feed(text)
    parser.close()
    events = parser.events
    ends = [e.start for e in events[1:]] + [len(text)]
    return [_Event(e.kind, e.tag, e.start, end) for e, end in zip(events, ends) if end > e.start]


def _scope(events: list[_Event]) -> tuple[int, int]:
    """Raw span of the article: the first ``<article>``, else ``<main>``, else ``<body>``, else the page."""
    for name in SCOPES:
        depth, start = 0, None
        for e in events:
            if e.tag != name or e.kind not in ("start", "end"):
                continue
            if e.kind == "start":
                if depth == 0 and start is None:
                    start = e.start
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    return start, e.end
        if start is not None:  # never closed: to the end of the page
            return start, events[-1].end
    return 0, events[-1].end if events else 0


def _markup(e: _Event) -> str:
    """What a tag inside the article becomes."""
    if e.tag in HEADINGS:
        return "\n\n# " if e.kind == "start" else "\n\n"
    if e.tag in MARKS and e.kind != "startend":
        return MARKS[e.tag]
    if e.tag == "figcaption":
        return "\n\n*" if e.kind == "start" else "*\n\n"
    if e.tag == "br":
        return "\n"
    if e.tag in BLOCKS:
        return "\n\n"
    return ""


def html_edits(text: str) -> list[Edit]:
    """Edits that turn the HTML page ``text`` into the article's text (see the module docstring)."""
    events = parse_events(text)
    if not events:
        return []
    first, last = _scope(events)
    pieces: list[tuple[int, int, str, str]] = []  # start, end, replacement, reason
    dropping: list[str] = []  # open dropped elements, innermost last
    in_text = False  # running text since the last block boundary: whitespace there separates words
    for e in events:
        raw = text[e.start : e.end]
        if e.kind == "start" and e.tag in DROPPED and e.tag not in VOID:
            dropping.append(e.tag)
        if dropping:
            pieces.append((e.start, e.end, "", f"<{dropping[0]}> dropped"))
            if e.kind == "end" and e.tag in dropping:
                del dropping[dropping.index(e.tag) :]
            continue
        if e.end <= first or e.start >= last:
            pieces.append((e.start, e.end, "", "outside the article"))
        elif e.kind == "data":
            if not raw.strip():
                pieces.append((e.start, e.end, " " if in_text else "", "whitespace between elements"))
                continue
            in_text = True
            for m in _WRAP.finditer(raw):
                pieces.append((e.start + m.start(), e.start + m.end(), " ", "line break inside running text"))
        elif e.kind == "ref":
            pieces.append((e.start, e.end, html.unescape(raw).replace("\xa0", " "), "character reference"))
            in_text = True
        elif e.kind == "other":
            pieces.append((e.start, e.end, "", e.tag))
        else:
            after = _markup(e)
            if "\n" in after:
                in_text = after.endswith(("*", "# "))
            pieces.append((e.start, e.end, after, "markup"))
    return _merge(text, pieces)


def _merge(text: str, pieces: list[tuple[int, int, str, str]]) -> list[Edit]:
    """Join edits that touch into one, so a run of tags and indentation is one row of the log."""
    edits: list[Edit] = []
    for start, end, after, reason in pieces:
        if text[start:end] == after:  # nothing to change (a single space between words)
            continue
        if edits and edits[-1].end == start:
            prev = edits.pop()
            reasons = prev.reason.split("; ")
            reason = prev.reason if reason in reasons else f"{prev.reason}; {reason}"
            # one blank line is a paragraph break; more would only be noise in the log
            edits.append(Edit(prev.start, end, re.sub(r"\n{3,}", "\n\n", prev.after + after), reason))
        else:
            edits.append(Edit(start, end, after, reason))
    return edits
