"""The interviewer's frame: what the questions, the headline and the lead take for granted.

Presupposition triggers after Levinson (1983, ch. 4) and Karttunen (1974), each found by a transparent rule
in the sentences of the questions, the title and the lead:

- ``wh_question``: a question opened by a wh-word takes the existence of its answer as given ("What
  contributed to such productive work?" takes it that something did);
- ``evaluative``: an evaluative word (``data/discourse/evaluative.txt``, with its polarity), with ``such``
  marking the evaluation as already shared ("such productive work");
- ``factive``: a verb or phrase that takes its complement as true (know, realise, regret, the fact that);
- ``change_of_state``: continue, stop, start, still, no longer, improve, worsen: a prior state is given;
- ``iterative``: again, once again, already, another: an earlier event is given;
- ``definite_description``: "the ..." / "this ..." / "these ...": the thing described is taken to exist;
- ``national_our``: the interviewer's "our country", "our society": the outlet speaks from inside the nation.

Whether the answer takes a question's evaluation up is read from the answer's opening sentences: an explicit
rejection ("I would not call it ..."), an echo of the evaluated words, an anaphor that accepts them ("these
achievements"), or a claim of the same direction (an achievement after a positive evaluation, a problem
after a negative one, from ``claims.csv``).
"""

import re
from functools import lru_cache

import pandas as pd

from .. import paths
from ..rows import table_of, tuples_with

FRAME_ROLES = ("title", "lead", "question")
FRAME_COLUMNS = [
    "interview_id",
    "sentence_id",
    "turn_id",
    "role",
    "trigger",
    "words",
    "start",
    "end",
    "polarity",
    "takes_as_given",
]
_WH = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(what|how|why|which|who|whom|whose|where|when)\b", re.I)
_FACTIVE = re.compile(
    r"\b(?:know|knew|known|realis\w+|realiz\w+|regret\w*|aware|notic\w+|discover\w*|forg[eo]t\w*|"
    r"remember\w*|acknowledg\w+|the fact that|given that|it is clear that)\b",
    re.I,
)
_CHANGE = re.compile(
    r"\b(?:continu\w+|stop\w*|start\w*|began|begin\w*|ceas\w+|still|no longer|remain\w*|improv\w+|"
    r"worsen\w*|deteriorat\w+|increas\w+|decreas\w+|declin\w+|return\w*|resum\w+)\b",
    re.I,
)
_ITERATIVE = re.compile(r"\b(?:again|once more|already|another|anew|repeatedly)\b", re.I)
_DEFINITE = re.compile(
    r"\b(?:the|this|these|those|that)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:of|in|for|on|to|with|and|that|which|is|are|was|were|has|have)\b|[,.?!;:]|$)",
    re.I,
)
_ATTRIBUTED = re.compile(
    r"\b(?:critics|some|many|others|observers|activists|NGOs|human rights groups|opponents|people)\s+"
    r"(?:say|said|claim|claimed|argue|argued|believe|complain|complained|accuse|accused|point out|note)\b|"
    r"\b(?:it is|it has been) (?:said|claimed|argued|alleged)\b|\baccording to (?:critics|some|observers)\b",
    re.I,
)
NATIONAL_OUR = re.compile(  # the interviewer's "our country": also read by first_person for the outlet's *we*
    r"\b(?:our|we)\s+(country|society|state|nation|people|republic|homeland|citizens|government)\b", re.I
)
_SUCH = re.compile(r"\bsuch\s+((?:(?!(?:as|of|and|or|a|an|the)\b)[\w-]+\s*){1,3})", re.I)
_WORD = re.compile(r"[\w-]+")
_DEFINITE_SKIP = {"way", "same", "other", "one", "fact", "first", "last", "year", "time", "question", "case"}


@lru_cache(maxsize=1)
def evaluative_words() -> dict[str, str]:
    """The evaluative lexicon: lowercase word form -> polarity ("+", "-", "0")."""
    rows = paths.data("discourse/evaluative.txt").read_text(encoding="utf-8").splitlines()
    pairs = (line.split() for line in rows if line.strip() and not line.startswith("#"))
    return {word: polarity for word, polarity in pairs}


def _polarity(words: str) -> str:
    lexicon = evaluative_words()
    signs = {lexicon[w] for w in _WORD.findall(words.lower()) if w in lexicon} - {"0"}
    return "mixed" if len(signs) > 1 else (signs.pop() if signs else "")


def sentence_triggers(text: str) -> list[tuple[str, str, int, int, str, str]]:
    """The presupposition triggers of one sentence: ``(trigger, words, start, end, polarity, takes_as_given)``,
    in text order."""
    found = []
    lexicon = evaluative_words()
    if text.rstrip().endswith("?"):
        m = _WH.search(text)
        if m:
            scope = text[m.end(1) :].strip().rstrip("?").strip()
            first = scope.split()[0].lower() if scope else ""
            subject_wh = m.group(1).lower() in ("what", "which", "who") and re.fullmatch(r"\w+(?:ed|es|s)", first)
            given = f"something {scope}" if subject_wh else f"an answer to: {m.group(1).lower()} {scope}"
            found.append(("wh_question", m.group(1), m.start(1), m.end(1), _polarity(scope), given))
    for m in _SUCH.finditer(text):
        words = m.group(1).rstrip()
        end = m.start(1) + len(words)
        found.append(("evaluative", text[m.start() : end], m.start(), end, _polarity(words), f"{words} (as shared)"))
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word in lexicon and not any(s <= m.start() < e for _, _, s, e, _, _ in found if _ != "wh_question"):
            found.append(("evaluative", m.group(), m.start(), m.end(), lexicon[word].replace("0", ""), m.group()))
    for kind, pattern in (("factive", _FACTIVE), ("change_of_state", _CHANGE), ("iterative", _ITERATIVE)):
        found.extend((kind, m.group(), m.start(), m.end(), "", m.group()) for m in pattern.finditer(text))
    for m in _DEFINITE.finditer(text):
        head = m.group(1).lower().split()
        if head[-1] not in _DEFINITE_SKIP and not m.group(1)[:1].isdigit():
            found.append(("definite_description", m.group(), m.start(), m.end(), _polarity(m.group()), m.group(1)))
    found.extend(("national_our", m.group(), m.start(), m.end(), "", m.group()) for m in NATIONAL_OUR.finditer(text))
    for m in _ATTRIBUTED.finditer(text):  # a criticism put to the speaker in others' words: a negative frame
        found.append(("attributed_criticism", m.group(), m.start(), m.end(), "-", text[m.end() :].strip(" ,:.")))
    return sorted(found, key=lambda row: (row[2], row[0]))


def question_frames(sentences: pd.DataFrame) -> pd.DataFrame:
    """Every presupposition trigger in the title, the lead and the questions (see the module docstring),
    one row per trigger with its offsets in the sentence."""
    columns = ("interview_id", "sentence_id", "turn_id", "role", "text")
    rows = [
        (iid, sid, turn, role, *trigger)
        for iid, sid, turn, role, text in tuples_with(sentences, "role", FRAME_ROLES, columns)
        for trigger in sentence_triggers(text)
    ]
    return table_of(rows, FRAME_COLUMNS, integers=("turn_id",))


UPTAKE_COLUMNS = [
    "interview_id",
    "turn_id",
    "question_sentences",
    "takes_as_given",
    "polarity",
    "answer_opening",
    "uptake",
    "uptake_evidence",
]
OPENING = 2  # answer sentences read for the uptake: the answer's first two
_REJECT = re.compile(
    r"\b(?:I (?:would|could) not (?:call|say|describe|agree)|I (?:cannot|can't|do not|don't) agree|I disagree|"
    r"(?:that|this|it) is not (?:true|correct|so|the case)|not (?:quite|entirely|exactly) (?:so|true|right)|"
    r"on the contrary|far from (?:it|being)|I would not speak of)\b",
    re.I,
)
_ANAPHOR = re.compile(
    r"\b(?:these|this|such|those|that)\s+(?:\w+\s+)?(?:achievements?|success(?:es)?|results?|progress|"
    r"problems?|challenges?|threats?|difficulties|failures?|shortcomings)\b",
    re.I,
)
_DIRECTION = {"+": "achievement", "-": "problem"}


def _uptake(
    polarity: str, evaluated: set[str], opening: list[tuple[int, str, str]], attributed: bool = False
) -> tuple[str, str]:
    """How the answer's opening sentences ``(sentence_id, text, claim_types)`` meet a question's evaluation:
    ``(uptake, evidence)``. A criticism attributed to others (``attributed``) that the answer meets with an
    achievement or recognition and no problem is "countered"."""
    for sid, text, _ in opening:
        m = _REJECT.search(text)
        if m:
            return "rejected", f"s{sid}: {m.group()}"
    for sid, text, _ in opening:
        echo = sorted(w for w in evaluated if re.search(rf"\b{re.escape(w[:5])}", text, re.I))
        if echo:
            return "taken up", f"s{sid}: echoes {', '.join(echo)}"
        m = _ANAPHOR.search(text)
        if m:
            return "taken up", f"s{sid}: {m.group()}"
    claim = _DIRECTION.get(polarity)
    if attributed:
        stated = {t for _, _, types in opening for t in str(types).split()}
        if "problem" not in stated and stated & {"achievement", "recognition"}:
            sid = next(s for s, _, types in opening if set(str(types).split()) & {"achievement", "recognition"})
            return "countered", f"s{sid}: states an achievement or recognition instead"
    for sid, _, types in opening:
        if claim and claim in str(types).split():
            return "taken up", f"s{sid}: states an {claim}" if claim[0] == "a" else f"s{sid}: states a {claim}"
    return "not taken up", ""


def presupposition_uptake(frames: pd.DataFrame, sentences: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per question turn: what its questions take as given (evaluations and wh-presuppositions), their
    polarity, and whether the answer's opening sentences take the evaluation up, reject it or pass it by."""
    coded = dict(zip(claims["sentence_id"].tolist(), claims["claim_types"].tolist()))
    lexicon = evaluative_words()
    asked, answers = {}, {}
    columns = ("interview_id", "sentence_id", "turn_id", "role", "text")
    for iid, sid, turn, role, text in zip(*(sentences[c].tolist() for c in columns)):
        if role == "question":
            asked.setdefault(turn, (iid, []))[1].append(sid)
        elif role == "answer" and len(answers.setdefault(turn, [])) < OPENING:
            answers[turn].append((sid, text, coded.get(sid, "")))
    triggers: dict = {}
    for turn, role, trigger, words, polarity, given in zip(
        *(frames[c].tolist() for c in ("turn_id", "role", "trigger", "words", "polarity", "takes_as_given"))
    ):
        if role == "question" and trigger in ("evaluative", "wh_question", "attributed_criticism"):
            triggers.setdefault(turn, []).append((trigger, words, polarity, given))
    rows = []
    for turn in sorted(asked):
        iid, ids = asked[turn]
        mine = triggers.get(turn, [])
        signs = {p for trigger, _, p, _ in mine if trigger != "wh_question" and p in ("+", "-")}
        attributed = any(trigger == "attributed_criticism" for trigger, _, _, _ in mine)
        polarity = "mixed" if len(signs) > 1 else (signs.pop() if signs else "")
        evaluated = {
            w for trigger, words, _, _ in mine if trigger == "evaluative"
            for w in words.lower().split() if lexicon.get(w, "0") != "0"
        }  # fmt: skip
        opening = answers.get(turn, [])
        uptake, evidence = (
            _uptake(polarity, evaluated, opening, attributed) if polarity else ("no evaluation to take up", "")
        )
        given = "; ".join(dict.fromkeys(g for _, _, _, g in mine))
        said = " ".join(f"s{s}" for s in ids)
        rows.append((iid, turn, said, given, polarity, " ".join(f"s{s}" for s, _, _ in opening), uptake, evidence))
    return table_of(rows, UPTAKE_COLUMNS, integers=("turn_id",))
