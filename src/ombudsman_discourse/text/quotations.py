"""Reported speech: the interviewee's words quoted between a reporter's narration.

A news report that quotes the ombudsman ("..., the Commissioner said.") has no questions; its quotations are
still the ombudsman's words. :func:`find_quotations` finds every quotation of a narration paragraph and
decides whose words it holds from its *attribution*: a speech verb ("said", "told", "added", "says", ...)
next to a name, a pronoun or a role, before or after the quotation. The interviewee is recognised

- *by name*: a word of the sidecar's interviewee name, or a name the text itself gives the ombudsman
  ("Ombudsman Anna Kowalczyk", "Anna Kowalczyk, the public defender");
- *by role*: an ombudsman's title (ombudsman, ombudsperson, commissioner, public defender, ...);
- *by pronoun*: "she added" continues the speaker of the quotation before;
- *by continuation*: a quotation without a tag that opens a paragraph continues the quotation before.

Anyone else named or titled (a minister, a spokesperson) is another speaker, and their words are not the
interviewee's. A quotation of fewer than ``MIN_WORDS`` words (a scare quote, a title) is not speech.
"""

import re
from dataclasses import dataclass

MIN_WORDS = 4
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|explained|explains|stated|states|"
    r"emphasi[sz]ed|emphasi[sz]es|warned|warns|argued|argues|insisted|insists|declared|declares|remarked|"
    r"commented|comments|continued|continues|concluded|concludes|pointed out|points out|wrote|writes|"
    r"replied|replies|answered|answers|believes|claimed|claims|urged|urges|underlined|underscored|recalled|"
    r"admitted|acknowledged|announced|announces|complained|observed|reiterated|reiterates|asked|asks|"
    r"according to|went on|cautioned|cautions|told reporters|said in a statement"
)
OMBUDSMAN_ROLES = (
    r"ombudsman|ombudsperson|ombudswoman|ombud|commissioner|public defender|defender|people's advocate|"
    r"protector of citizens|chancellor of justice|chairperson|chairwoman|chairman|chair"
)
PRONOUNS = {"he", "she", "they"}
_NAME = r"[^\W\d_][\w'’\-]*"
_CAP_NAME = re.compile(r"\b([^\W\d_a-z][\w'’\-]+(?:\s+[^\W\d_a-z][\w'’\-]+){0,2})")
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)
_ROLE = re.compile(rf"\b(?:{OMBUDSMAN_ROLES})\b", re.I)
_CAP = r"[^\W\d_a-z][\w'’\-]+"  # a capitalised word (no IGNORECASE here: it would let lowercase in)
_NAMED_ROLE = re.compile(rf"\b(?i:{OMBUDSMAN_ROLES})(?:\s+(?:for|of)(?:\s+{_CAP}){{1,4}}?)?\s+((?:{_CAP}\s*){{2,3}})")
# words of an office's title that the name patterns can take along, never a person's name
_TITLE_WORDS = {"human", "rights", "commission", "office", "national", "republic", "people's", "citizens", "the"}
_APPOSITIVE = re.compile(rf"((?:{_CAP}\s+){{1,2}}{_CAP}),\s+(?i:the\s+)?(?:[\w'’]+\s+){{0,3}}?(?i:{OMBUDSMAN_ROLES})\b")
_OTHER_ROLE = re.compile(
    r"\b(?:minister|deputy|spokes(?:person|man|woman)|official|officer|police|prosecutor|president|mayor|governor|"
    r"lawyer|attorney|activist|judge|director|ambassador|secretary|analyst|expert|critic|mp|member|lawmaker|"
    r"senator|representative|witness|resident|mother|father|victim)\b",
    re.I,
)


# another titled person named in narration ("Deputy Minister Karel Dunstan"): a role, then a name
_OTHER_PERSON = re.compile(rf"(?i:{_OTHER_ROLE.pattern})(?:\s+[\w'’\-]+){{0,2}}?\s+{_CAP}")


@dataclass(frozen=True)
class Quotation:
    """A quotation in one paragraph: ``start``/``end`` of the quoted words (quote marks excluded)."""

    start: int
    end: int
    speaker: str  # interviewee, other or unknown
    attribution: str  # the tag as written ("the Commissioner said"), or "" without one
    cue: str  # how the speaker was decided


def interviewee_names(name: str | None, texts: list[str]) -> set[str]:
    """Lowercased words that name the interviewee: the sidecar's ``name``, else the names the text gives an
    ombudsman ("Ombudsman Anna Kowalczyk", "Anna Kowalczyk, the public defender")."""
    if name:
        return {w.strip(".,").casefold() for w in name.split() if len(w.strip(".,")) > 2}
    found: set[str] = set()
    for text in texts:
        for m in [*_NAMED_ROLE.finditer(text), *_APPOSITIVE.finditer(text)]:
            found |= {w.casefold() for w in m.group(1).split()}
    return {w for w in found if w not in _TITLE_WORDS and not _ROLE.fullmatch(w)}


def _spans(text: str, open_from_start: bool) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the quoted passages in ``text``; ``open_from_start``: a quotation is open at the
    paragraph's start (continued from the paragraph before without a new opening mark)."""
    marks = [m.start() for m in re.finditer('"', text)]
    out, start = [], 0 if open_from_start else None
    for pos in marks:
        opening = pos == 0 or text[pos - 1] in " \t([-" or (pos + 1 < len(text) and start is None)
        if start is None and opening:
            start = pos + 1
        elif start is not None:
            out.append((start, pos, True))
            start = None
    if start is not None:
        out.append((start, len(text), False))
    # an open quotation counts however short: it goes on in the next paragraph
    return [(a, b, closed) for a, b, closed in out if not closed or len(text[a:b].split()) >= MIN_WORDS]


def _tag(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(attribution, who) for the quotation ``[start, end)``: the tag right after it, else right before it."""
    after = text[end : end + 90]
    m = re.match(rf'"?\s*[,.]?\s*((?:[^,.;:"]{{0,50}}?)\s*\b(?:{SPEECH_VERBS})\b[^,.;:"]{{0,40}})', after, re.I)
    if m and _VERB.search(m.group(1)):
        tag = m.group(1).strip()
        return tag, tag
    before = text[max(0, start - 120) : start]
    m = re.search(rf'((?:[^.;"]{{0,60}}?)\b(?:{SPEECH_VERBS})\b[^.;"]{{0,50}}?)[:,]?\s*"?$', before, re.I)
    if m and _VERB.search(m.group(1)):
        tag = m.group(1).strip()
        return tag, tag
    return None


def _who(tag: str, names: set[str], last: str | None) -> tuple[str, str]:
    """(speaker, cue) for an attribution tag."""
    words = {w.casefold() for w in re.findall(_NAME, tag)}
    if names & words:
        return "interviewee", "attributed by name"
    if _ROLE.search(tag):
        return "interviewee", "attributed by role"
    if words & PRONOUNS and last:
        return last, "attributed by pronoun to the speaker before"
    if _OTHER_ROLE.search(tag) or _CAP_NAME.search(_VERB.sub("", tag)):
        return "other", "attributed to another speaker"
    return (last, "attributed to the speaker before") if last else ("unknown", "attribution not recognised")


def _most_quoted(texts: list[str]) -> set[str]:
    """The name words of the speaker most often named in attribution tags (no other role beside the name):
    a report's subject, when neither the sidecar nor an ombudsman's title names the interviewee."""
    counts: dict[str, int] = {}
    for text in texts:
        for start, end, _ in _spans(text, False):
            tag = _tag(text, start, end)
            if tag is None or _OTHER_ROLE.search(tag[0]):
                continue
            for m in _CAP_NAME.finditer(_VERB.sub(" ", tag[0])):
                words = [w for w in m.group(1).split() if w.casefold() not in _TITLE_WORDS]
                if words and words[0].casefold() not in PRONOUNS:
                    counts[words[-1].casefold()] = counts.get(words[-1].casefold(), 0) + 1
    if not counts:
        return set()
    top = max(counts.values())
    return {w for w, n in counts.items() if n == top} if top >= 2 else set()


def find_quotations(texts: list[str], interviewee: str | None = None) -> list[list[Quotation]]:
    """The quotations of each paragraph of a news report, in reading order, with their speakers.

    Without the sidecar's name, the interviewee is the person the text gives an ombudsman's title, else the
    speaker most often named in the tags (twice at least); a pronoun before any named speaker refers to the
    interviewee when the report speaks of an ombudsman at all.
    """
    names = interviewee_names(interviewee, texts) or _most_quoted(texts)
    about_ombudsman = any(_ROLE.search(text) for text in texts)
    out: list[list[Quotation]] = []
    # the speaker of the quotation before: pronouns and continuations refer back
    last: str | None = "interviewee" if about_ombudsman else None
    open_quote = False
    for text in texts:
        quotes = []
        # a quotation left open continues into a paragraph that does not open a new one
        spans = _spans(text, open_from_start=open_quote and not text.lstrip().startswith('"'))
        pos = 0
        for k, (start, end, closed) in enumerate(spans):
            last = _mentioned(text[pos:start], names) or last  # "Renwick, who ..., said ... She added": Renwick
            pos = end
            tag = _tag(text, start, end)
            if tag is None and k and quotes:  # "...," she said, "..." : the tag between two quotations
                speaker, attribution, cue = quotes[-1].speaker, quotes[-1].attribution, "the same tag as before"
            elif tag is None and start <= 1 and (open_quote or last):
                speaker, attribution, cue = last or "unknown", "", "continues the quotation before"
            elif tag is None:
                speaker, attribution, cue = "unknown", "", "no attribution"
            else:
                attribution = tag[0]
                speaker, cue = _who(tag[1], names, last)
            quotes.append(Quotation(start, end, speaker, attribution, cue))
            if speaker != "unknown":
                last = speaker
            open_quote = not closed
        out.append(quotes)
        last = _mentioned(text[pos:], names) or last
    return out


def _mentioned(narration: str, names: set[str]) -> str | None:
    """Who a stretch of narration mentions last: the interviewee (by name or ombudsman title), another
    titled person, or None when it names neither."""
    mentions = [(m.start(), "interviewee") for m in _ROLE.finditer(narration)]
    mentions += [(m.start(), "interviewee") for m in re.finditer(_NAME, narration) if m.group().casefold() in names]
    mentions += [(m.start(), "other") for m in _OTHER_PERSON.finditer(narration)]
    return max(mentions)[1] if mentions else None


def quoted_only(text: str, quotes: list[Quotation]) -> bool:
    """Whether ``text`` is made of quotations alone: fewer than three words stand outside them."""
    outside, pos = [], 0
    for q in quotes:
        outside.append(text[pos : q.start])
        pos = q.end
    outside.append(text[pos:])
    return len(re.findall(r"[^\W\d_]+", " ".join(outside))) < 3 and bool(quotes)


_REPORTING = re.compile(r"\b(?:said|says|told|tells|added|adds|noted|stressed|according to)\b", re.I)


def reads_as_report(texts: list[str], questions: int) -> bool:
    """Whether unmarked text with at most one question reads as a news report: at least three paragraphs,
    and a quarter of them, report speech ("said", "told", "according to")."""
    reporting = sum(1 for text in texts if _REPORTING.search(text))
    return questions <= 1 and reporting >= 3 and reporting >= 0.25 * len(texts)
