"""Give every paragraph a role and a speaker.

Roles: title, byline, lead, caption, question, answer, narration, boilerplate. Speakers follow from roles:
questions are the interviewer's, answers the interviewee's, title, byline, lead, captions and narration the
publication's, boilerplate nobody's.

**The header.** Whatever stands before the first turn is title, byline, lead or caption. The first turn is
the first paragraph that opens with a speaker label or a dash, is set in bold (Markdown), is overridden as a
question or answer by the sidecar, or carries a strong question cue.

**The turns.** From there, each paragraph is the interviewer's (question) or the interviewee's (answer),
decided for the whole sequence at once (Viterbi over two states) from two kinds of evidence:

- *cues* in the paragraph, each with a weight: a final question mark, a request ("Please describe...",
  "Tell us...", "Let's talk about...", "Describe..."), a greeting or thanks, an address to the interviewee,
  a trailing ellipsis, a short interjection opening a marked turn; against them, the signs of an answer
  (a long paragraph, an opening "Yes", "No", "Indeed"...). A label decides outright, and so does a sidecar
  override (``role_overrides``), which is why overriding one missed question re-reads the paragraphs after
  it as its answer;
- *the alternation of turns*: a paragraph opening a marked turn (label or dash) usually changes speaker; an
  unmarked paragraph is the interviewee's (an answer, or its continuation) unless a cue makes it a question.

Each paragraph keeps the cue or the alternation that decided it (``role_evidence``). Captions (short lines
without final punctuation, whole paragraphs in italics) and boilerplate stand outside the turns.

**No turns at all.** A text with no question, no label and no dash is read as reported speech by
:mod:`.quotations`: narration, with the interviewee's quoted paragraphs as answers.
"""

import re
from dataclasses import dataclass

ROLES = ("title", "byline", "lead", "caption", "question", "answer", "narration", "boilerplate")
SPEAKER_OF_ROLE = {
    "title": "publication",
    "byline": "publication",
    "lead": "publication",
    "caption": "publication",
    "question": "interviewer",
    "answer": "interviewee",
    "narration": "publication",
    "boilerplate": "none",
}

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|we|our|us|my|me)\b")
_SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\"\s))"
_REQUEST = re.compile(
    _SENTENCE_START + r"(?:please\s+)?(?:elaborate|tell|describe|explain|comment|outline|share|give|talk|walk|"
    r"let's|let\s+us|could\s+you|can\s+you|would\s+you|what\s+about|how\s+about)\b",
    re.I,
)
_REQUEST_TO_US = re.compile(
    _SENTENCE_START + r"(?:(?:please\s+)?(?:tell|give|show|explain|describe|share|walk|remind)\s+(?:us|me|our\s+"
    r"(?:readers|listeners|viewers|audience))\b|let'?s\s+(?:talk|turn|move|start|go|discuss|look|speak|return|come)"
    r"|let\s+us\s+(?:talk|turn|move|start|go|discuss|look|speak|return|come)|please\b)",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^(?:please\s+)?(?:describe|explain|elaborate|comment|outline|name|list|enumerate|summari[sz]e|clarify|"
    r"tell|introduce|assess|characteri[sz]e)\b",
    re.I,
)
_GREETING = re.compile(r"^(?:good\s+(?:morning|afternoon|evening|day)|hello|welcome|greetings|hi)\b", re.I)
_THANKS = re.compile(r"^(?:thank\s+you|thanks|many\s+thanks|we\s+thank\s+you)\b", re.I)
_ADDRESS = re.compile(
    r"^(?:Mr|Mrs|Ms|Madam|Dr|Professor|Commissioner|Ombudsman|Ombudsperson|Defender|Chancellor|Minister|Sir)\b"
    r"[^,.?!]{0,30},|,\s*(?:Mr|Mrs|Ms|Madam|Dr|Commissioner|Ombudsman|Ombudsperson)\b[^,.?!]{0,30}[,.?!]"
)
_GUEST = re.compile(
    r"\b(?:thank\s+you|thanks)\s+for\s+(?:having|inviting|the\s+invitation)|\b(?:glad|pleased|happy)\s+to\s+be\s+here"
    r"|\bpleasure\s+to\s+be\s+(?:here|with\s+you)\b",
    re.I,
)
_REPLY = re.compile(
    r"^(?:yes|no|indeed|of\s+course|certainly|absolutely|exactly|right|well|sure|true|not\s+quite)\b", re.I
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_PATTERN = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{2,4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})"
)
_BYLINE = re.compile(
    r"^(?i:by|interview(?:ed)? by|text by|written by|photos? by|published by|published|posted|updated)\s+"
    r"(?:the\s+)?[^\W\d_]"
    rf"|(?i:\b{DATE_PATTERN})\b"  # a short header line holding a date: "Sarnov Daily, 28 May 2024"
    r"|^[^\W\d_a-z]{3,}(?:[ ,]+[^\W\d_a-z]{2,}){0,2}$",  # a dateline in capitals on its own: "ANKARA"
)
_CAPTION_CUE = re.compile(r"^(?:photo|photograph|image|picture|pictured|caption|credit)s?\b|^\(photo", re.I)
_FINAL_PUNCT = tuple(".!?:;\"'")
_LIST_ITEM = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)])\s")


@dataclass(frozen=True)
class RoleRules:
    """Thresholds (in words) and weights of the role heuristics."""

    max_title_words: int = 30
    max_caption_words: int = 30
    max_byline_words: int = 20
    max_question_words: int = 120  # a longer paragraph ending in "?" without "you" is a rhetorical answer
    max_interjection_words: int = 10  # a marked turn this short without "?" is the interviewer's interjection
    long_answer_words: int = 60
    first_turn_cue: float = 3.5  # a cue this strong opens the interview in an unmarked text
    same_speaker_marked: float = -4.0  # two marked turns of one speaker in a row
    unmarked_second_question: float = -1.5  # besides unmarked_switch: a question right after a question
    unmarked_switch: float = -2.0  # an unmarked paragraph is a question only on a cue above this


DEFAULT_RULES = RoleRules()


def _ends_question(text: str) -> bool:
    return text.rstrip().rstrip("\"')*_").endswith("?")


def turn_cues(text: str, marked: bool, rules: RoleRules = DEFAULT_RULES) -> list[tuple[float, str]]:
    """(weight, cue) for every sign in ``text`` of an interviewer's turn (weight > 0) or an answer (< 0).

    ``marked``: the paragraph opens a turn marked by a label or a dash (short interjections count only then).
    """
    words = len(text.split())
    addressed = _SECOND_PERSON.search(text) is not None
    cues: list[tuple[float, str]] = []
    if _ends_question(text):
        if words > rules.max_question_words and not addressed:
            pass  # a long paragraph ending in "?" without "you": the interviewee's rhetorical question
        elif words > rules.long_answer_words and len(_FIRST_PERSON.findall(text)) >= 2 and not addressed:
            cues.append((1.0, "ends with a question mark, but long and in the first person"))
        else:
            cues.append((4.0, "ends with a question mark"))
    if words <= rules.max_question_words:
        if addressed and _REQUEST.search(text):
            cues.append((4.0, "a request addressed to the interviewee (you/your)"))
        elif _REQUEST_TO_US.search(text):
            cues.append((3.5, "a request ('Tell us...', 'Let's...', 'Please...')"))
        elif words <= 30 and _IMPERATIVE.search(text):
            cues.append((2.0, "opens with a request ('Describe...')"))
    if words <= 60 and _GREETING.search(text):
        cues.append((3.5, "a greeting"))
    if words <= 25 and _THANKS.search(text):
        cues.append((1.5, "thanks"))
    if words <= 60 and _ADDRESS.search(text):
        cues.append((1.5, "addresses the interviewee"))
    if text.rstrip().endswith(("...", "\u2026")) and words <= 60:
        cues.append((1.5, "trails off, inviting a reply"))
    if marked and words <= rules.max_interjection_words and not _ends_question(text):
        cues.append((1.0, "a short interjection opening a turn"))
    if addressed and words <= rules.max_question_words:
        cues.append((0.5, "addresses 'you'"))
    if words > rules.long_answer_words:
        cues.append((-1.5, f"longer than {rules.long_answer_words} words"))
    if _REPLY.search(text):
        cues.append((-1.5, "opens like a reply"))
    if _GUEST.search(text):
        cues.append((-3.0, "a guest's thanks for the invitation"))
    return cues


def question_cue(text: str, rules: RoleRules = DEFAULT_RULES) -> str | None:
    """The strongest sign that ``text`` is an interviewer's question in unmarked text, or None."""
    strong = [(w, cue) for w, cue in turn_cues(text, marked=False, rules=rules) if w >= rules.first_turn_cue]
    return max(strong)[1] if strong else None


def caption_cue(text: str, rules: RoleRules = DEFAULT_RULES) -> str | None:
    if _CAPTION_CUE.search(text):
        return "opens like a photo caption"
    if (
        len(text.split()) <= rules.max_caption_words
        and not text.rstrip().endswith(_FINAL_PUNCT)
        and not _LIST_ITEM.match(text)
        and not _ends_question(text)
    ):
        return "short line without final punctuation"
    return None


@dataclass(frozen=True)
class Paragraph:
    """What the role pass knows of one paragraph."""

    text: str
    label_speaker: str | None = None  # interviewer / interviewee, from a speaker label
    marker: str | None = None  # "label" or "dash": the paragraph opens a marked turn
    markup: str | None = None  # "bold", "italic" or "heading" (Markdown)
    boilerplate: str | None = None  # why it is boilerplate, if it is
    override: str | None = None  # the role the sidecar gives it


def assign_roles(
    paragraphs: list[Paragraph], layout: str, rules: RoleRules = DEFAULT_RULES, turns: bool = True
) -> list[tuple[str, str]]:
    """(role, evidence) for each paragraph, in reading order.

    A text with no turn (or read with ``turns`` false, as a news report) gets header roles, then
    ``narration`` (see :mod:`.quotations`).
    """
    n = len(paragraphs)
    out: list[tuple[str, str] | None] = [None] * n
    for i, p in enumerate(paragraphs):
        if p.override:
            out[i] = (p.override, "sidecar override")
        elif p.boilerplate:
            out[i] = ("boilerplate", p.boilerplate)
    content = [i for i in range(n) if out[i] is None or out[i][0] not in ("boilerplate",)]
    first = _first_turn(paragraphs, content, layout, rules) if turns else None
    if first is not None and (narrated := _narrated_exchange(paragraphs, content, first, out)):
        first = narrated
    _header(paragraphs, [i for i in content if first is None or i < first], out, rules, prose=first is not None)
    if first is None:
        return out
    body = [i for i in content if i >= first]
    units = []
    for i in body:
        p = paragraphs[i]
        if out[i] is not None and out[i][0] not in ("question", "answer"):
            continue  # an override to another role stands outside the turns
        if out[i] is None and p.marker is None and p.markup != "bold":
            caption = "whole paragraph in italics, as captions are set" if p.markup == "italic" else None
            if p.markup == "heading":
                caption = "Markdown heading inside the interview"
            caption = caption or caption_cue(p.text, rules)
            if caption:
                out[i] = ("caption", caption)
                continue
        units.append(i)
    for i, decision in zip(units, _turns([paragraphs[i] for i in units], [out[i] for i in units], layout, rules)):
        out[i] = decision
    return out


def _first_turn(paragraphs: list[Paragraph], content: list[int], layout: str, rules: RoleRules) -> int | None:
    """The index of the first paragraph that opens the interview, or None when nothing does.

    In a marked layout that is the first marked turn, or the paragraph just before it when that one asks
    (only the answers are marked, or the first question is not).
    """
    for rank, i in enumerate(content):
        p = paragraphs[i]
        if p.override in ("question", "answer") or p.label_speaker or p.marker or p.markup == "bold":
            before = content[rank - 1] if rank >= 2 else None  # the paragraph before, not the title
            if before is not None and paragraphs[before].marker is None and question_cue(paragraphs[before].text):
                return before
            return i
        if layout in ("dash_dialogue", "qa_labels", "name_labels"):
            continue  # a marked layout opens with its first marker
        if rank == 0 and len(p.text.split()) <= rules.max_title_words and not _SECOND_PERSON.search(p.text):
            continue  # a short first line is the title, even a question
        if question_cue(p.text, rules):
            return i
    return None


_NARRATED_QUESTION = re.compile(r"\b(?:we|I)\s+asked\b|\bwhen\s+asked\b|\basked\s+(?:him|her|them)\b", re.I)


def _narrated_exchange(paragraphs: list[Paragraph], content: list[int], first: int, out: list) -> int | None:
    """A first exchange told as news before a marked dialogue ("We asked the Commissioner whether ...", then
    the reply quoted): the two paragraphs become question and answer; returns the question's index."""
    k = content.index(first)
    if k < 2 or paragraphs[first].marker is None:
        return None
    asked, reply = content[k - 2], content[k - 1]
    quoted_reply = out[reply] is None and paragraphs[reply].text.lstrip().startswith('"')
    if out[asked] is None and quoted_reply and _NARRATED_QUESTION.search(paragraphs[asked].text):
        out[asked] = ("question", "a question narrated by the publication before the dialogue")
        out[reply] = ("answer", "the interviewee's quoted reply to it")
        return asked
    return None


def _header(paragraphs: list[Paragraph], header: list[int], out: list, rules: RoleRules, prose: bool = True) -> None:
    """Title, byline, lead or caption for the paragraphs before the first turn; with ``prose`` false (a text
    with no turn at all), prose is the reporter's narration instead of a lead."""
    title = None
    for rank, i in enumerate(header):
        if out[i] is not None:
            continue
        p = paragraphs[i]
        text = p.text
        byline = len(text.split()) <= rules.max_byline_words and _BYLINE.search(text) is not None
        short = len(text.split()) <= rules.max_title_words or p.markup == "heading"
        after_title = rank > 0 and out[header[rank - 1]] is not None and out[header[rank - 1]][0] == "title"
        if title is None and rank <= 2 and not byline and short:
            title = text
            out[i] = ("title", "first paragraph, short" if p.markup != "heading" else "first heading")
        elif title and (text == title or (text.startswith(title) and len(text) < 2 * len(title))):
            out[i] = ("title", "the headline again")
        elif after_title and rank <= 2 and short and not byline and not text.rstrip().endswith((".", "!", "?")):
            out[i] = ("title", "a second headline right under the first")
        elif byline:
            out[i] = ("byline", "byline or date line before the first question")
        elif p.markup == "italic":
            out[i] = ("caption", "whole paragraph in italics, as captions are set")
        elif cue := caption_cue(text, rules):
            out[i] = ("caption", cue)
        elif prose:
            out[i] = ("lead", "prose before the first question")
        else:
            out[i] = ("narration", "no question, label or dash marks a turn: the reporter's text")


def _turns(units: list[Paragraph], fixed: list, layout: str, rules: RoleRules) -> list[tuple[str, str]]:
    """Question or answer for each unit of the interview's body, by Viterbi over the two speakers."""
    states = ("question", "answer")
    cues = [turn_cues(u.text, u.marker is not None, rules) for u in units]
    emissions = []
    for u, c, f in zip(units, cues, fixed):
        score = sum(w for w, _ in c) + (8.0 if u.markup == "bold" else 0.0)
        if f is not None:
            emissions.append({s: 0.0 if s == f[0] else -1e6 for s in states})
        elif u.label_speaker:
            want = "question" if u.label_speaker == "interviewer" else "answer"
            emissions.append({s: 0.0 if s == want else -1e6 for s in states})
        else:
            emissions.append({"question": score, "answer": 0.0})

    def transition(before: str, after: str, unit: Paragraph) -> float:
        marked = unit.marker is not None or unit.markup == "bold"
        if marked:
            return rules.same_speaker_marked if before == after else 0.0
        if after != "question":
            return 0.0
        # an unmarked question needs its cue, a second one in a row a strong cue (a final question mark)
        return rules.unmarked_switch + (rules.unmarked_second_question if before == "question" else 0.0)

    best = [{s: (emissions[0][s] + (1.0 if s == "question" else 0.0), None) for s in states}] if units else []
    for k in range(1, len(units)):
        row = {}
        for s in states:
            row[s] = max((best[-1][p][0] + transition(p, s, units[k]) + emissions[k][s], p) for p in states)
        best.append(row)
    path: list[str] = []
    if best:
        state = max(states, key=lambda s: (best[-1][s][0], s == "answer"))
        for k in range(len(units) - 1, -1, -1):
            path.append(state)
            state = best[k][state][1]
        path.reverse()
    return [_evidence(k, path, units, cues, fixed) for k in range(len(units))]


def _evidence(k: int, path: list[str], units: list[Paragraph], cues: list, fixed: list) -> tuple[str, str]:
    """The chosen role of unit ``k`` with the cue, label or alternation behind it."""
    role, unit = path[k], units[k]
    if fixed[k] is not None:
        return fixed[k]
    if unit.label_speaker:
        return role, f"labelled as the {unit.label_speaker}'s turn"
    if unit.markup == "bold":
        return role, "whole paragraph in bold (Markdown)"
    for_role = [(w, c) for w, c in cues[k] if (w > 0) == (role == "question")]
    if for_role:
        return role, max(for_role, key=lambda wc: abs(wc[0]))[1]
    before = path[k - 1] if k else None
    override = next((f[0] for f in reversed(fixed[:k]) if f is not None), None)
    after_override = " after a sidecar override" if override else ""
    if unit.marker:
        kind = "dash" if unit.marker == "dash" else "label"
        return role, f"a new {kind}-marked turn: turns alternate{after_override}"
    if before == role:
        return role, f"continues the {role} (no marker and no cue to change speaker){after_override}"
    return role, f"follows the {before}: turns alternate{after_override}"


def turn_ids(roles: list[str]) -> list[int | None]:
    """1-based turn number: a question (with the paragraphs continuing it) and the answer after it share one."""
    ids: list[int | None] = []
    turn, last = 0, None
    for role in roles:
        if role == "question":
            if last != "question":
                turn += 1
            last = "question"
            ids.append(turn)
        elif role == "answer":
            if turn == 0:
                turn = 1
            last = "answer"
            ids.append(turn)
        else:
            ids.append(None)
    return ids
