"""Give every paragraph a role and a speaker.

Roles: title, byline, lead, caption, question, answer, boilerplate. Speakers follow from
roles: questions are the interviewer's, answers the interviewee's, title, byline, lead and
captions the publication's, boilerplate nobody's.

Labelled layouts (``Q:``/``A:``, ``NAME:``, Markdown bold) decide questions and answers by
their labels. Unlabelled text (the seed) uses cues an analyst would use: a question ends
with ``?`` or makes a request of the interviewee ("Elaborate on ...", "Tell us ...") while
addressing them as *you*; a caption is a short line without final punctuation, or a whole paragraph
in italics (Markdown, and figure captions of HTML pages); whatever
stands before the first question is title, byline, lead or caption. Each paragraph keeps the
cue that decided its role (``role_evidence``).
"""

import re
from dataclasses import dataclass

ROLES = ("title", "byline", "lead", "caption", "question", "answer", "boilerplate")
SPEAKER_OF_ROLE = {
    "title": "publication",
    "byline": "publication",
    "lead": "publication",
    "caption": "publication",
    "question": "interviewer",
    "answer": "interviewee",
    "boilerplate": "none",
}

_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
_REQUEST = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:please\s+)?(?:elaborate|tell|describe|explain|comment|outline|share|give|talk|"
    r"walk|let's|let\s+us|could\s+you|can\s+you|would\s+you|what\s+about|how\s+about)\b",
    re.I,
)
_BYLINE = re.compile(
    r"^(?i:by|interview(?:ed)? by|text by|written by|photos? by|published by|published)\s+(?:the\s+)?[A-Z]"
    r"|^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\b",
)
_CAPTION_CUE = re.compile(r"^(?:photo|photograph|image|picture|pictured|caption|credit)s?\b|^\(photo", re.I)
_FINAL_PUNCT = tuple(".!?:;\"'")
_LIST_ITEM = re.compile(r"^(?:[-*\u2022]|\d{1,2}[.)])\s")


@dataclass(frozen=True)
class RoleRules:
    """Thresholds of the unlabelled-layout heuristics, in words."""

    max_title_words: int = 30
    max_caption_words: int = 30
    max_byline_words: int = 20
    max_question_words: int = 120  # a longer paragraph ending in "?" without "you" is a rhetorical answer


DEFAULT_RULES = RoleRules()


def _ends_question(text: str) -> bool:
    return text.rstrip(" \"')").endswith("?")


def question_cue(text: str, rules: RoleRules = DEFAULT_RULES) -> str | None:
    """Why ``text`` reads as an interviewer's question in unlabelled text, or None."""
    addressed = _SECOND_PERSON.search(text) is not None
    if len(text.split()) > rules.max_question_words and not addressed:
        return None
    if _ends_question(text):
        return "ends with a question mark"
    if addressed and _REQUEST.search(text):
        return "a request addressed to the interviewee (you/your)"
    return None


def caption_cue(text: str, rules: RoleRules = DEFAULT_RULES) -> str | None:
    if _CAPTION_CUE.search(text):
        return "opens like a photo caption"
    if (
        len(text.split()) <= rules.max_caption_words
        and not text.rstrip().endswith(_FINAL_PUNCT)
        and not _LIST_ITEM.match(text)
    ):
        return "short line without final punctuation"
    return None


def assign_roles(
    texts: list[str],
    layout: str,
    label_speakers: list[str | None],
    markups: list[str | None],
    boilerplate: list[str | None],
    rules: RoleRules = DEFAULT_RULES,
) -> list[tuple[str, str]]:
    """(role, evidence) for each paragraph, in reading order."""
    n = len(texts)
    out: list[tuple[str, str] | None] = [None] * n
    for i in range(n):
        if boilerplate[i]:
            out[i] = ("boilerplate", f"boilerplate pattern ({boilerplate[i]})")
        elif label_speakers[i] == "interviewer":
            out[i] = ("question", "labelled as the interviewer's turn")
        elif label_speakers[i] == "interviewee":
            out[i] = ("answer", "labelled as the interviewee's turn")
        elif markups[i] == "bold":
            out[i] = ("question", "whole paragraph in bold (Markdown)")
        elif layout == "unlabelled" and (cue := question_cue(texts[i], rules)):
            out[i] = ("question", cue)
    content = [i for i in range(n) if out[i] is None or out[i][0] != "boilerplate"]
    first = content[0] if content else None
    if first is not None and label_speakers[first] is None and markups[first] != "bold":
        opening_q = out[first] is not None and _SECOND_PERSON.search(texts[first])
        if (len(texts[first].split()) <= rules.max_title_words and not opening_q) or markups[first] == "heading":
            out[first] = ("title", "first paragraph, short" if markups[first] != "heading" else "first heading")
    seen_question = False
    previous_turn_role = None
    for i in content:
        if out[i] is not None:
            if out[i][0] == "question":
                seen_question = True
            if out[i][0] in ("question", "answer"):
                previous_turn_role = out[i][0]
            continue
        text = texts[i]
        if not seen_question and previous_turn_role is None:
            if len(text.split()) <= rules.max_byline_words and _BYLINE.search(text):
                out[i] = ("byline", "byline or date line before the first question")
            elif markups[i] == "italic":
                out[i] = ("caption", "whole paragraph in italics, as captions are set")
            elif cue := caption_cue(text, rules):
                out[i] = ("caption", cue)
            else:
                out[i] = ("lead", "prose before the first question")
        elif markups[i] == "heading":
            out[i] = ("caption", "Markdown heading inside the interview")
        elif markups[i] == "italic":
            out[i] = ("caption", "whole paragraph in italics, as captions are set")
        elif cue := caption_cue(text, rules):
            out[i] = ("caption", cue)
        elif layout in ("unlabelled", "markdown"):
            out[i] = ("answer", "prose after a question")
            previous_turn_role = "answer"
        else:
            role = previous_turn_role or "answer"
            out[i] = (role, f"unlabelled paragraph continuing the {role}")
    return out


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
