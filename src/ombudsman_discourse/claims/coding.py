"""Code every interviewee sentence by the codebook (version 3): claim types, specific rights, frames,
violation acts with their agents and victims, actors, stance, evidence, locus and the first person plural.

Dictionary-based coding (the cues of ``data/codebook/cues.yml``), transparent by design: every
code keeps the words that triggered it. Some codes are decided by rule over cue lists, each with its cue:

- a violation act makes the sentence state a problem;
- *outcome evidence* is a number counting something (complaints, visits, people, cases) or a share;
  *reference* evidence a named law or institution, a year or a month;
- the *locus* is where what the sentence states happens, or who causes it: abroad on a foreign place or
  agent (another country's name, "abroad", "in other countries", foreign forces), at home on the
  country's name, "our country", a state body as agent, or the office's own work; an international word
  alone places nothing;
- the speaker's *we* is the office (its work: "we visited", "our monitors"), the state ("we adopted a
  law", "our government"), or the nation ("our country", "our society"), by the cue nearest the first
  person; without a cue it keeps the reading of the sentence before in the same answer, else the office
  (the speaker's institution), with the cue column saying it was a default.

Evaluation is VADER's compound score (Hutto & Gilbert 2014): >= 0.05 positive, <= -0.05 negative. It is a
lexical measure of the wording ("torture" is negative even in "preventing torture"), kept as such: no
finding rests on it.
"""

import re
import string
from functools import lru_cache

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from ..literals import folded
from ..rows import tuples_with
from .codebook import CATEGORIES, Codebook, negated, preceding_words

LIST_COLUMNS = {
    "claim_type": "claim_types",
    "right": "rights",
    "frame": "frames",
    "act": "acts",
    "actor": "actors",
    "stance": "stance",
    "evidence": "evidence",
    "locus": "locus",
    "legitimation": "legitimation",
}
CUE_COLUMNS = ["sentence_id", "category", "code", "cue", "start", "end", "source"]
_WE = re.compile(r"\b(?:we|our|us|ours)\b", re.IGNORECASE)
_SENTENCE_KEYS = ["interview_id", "sentence_id", "paragraph_id", "turn_id", "start", "end", "text"]
_AGENTS = ("state_bodies", "external", "head_of_state")
_COURTESY = re.compile(
    r"^\W*(?:thank|you are welcome|my pleasure|good(?:bye| morning| afternoon| evening)|hello)", re.I
)
_VICTIMS = ("rights_holders",)
NO_PLACE = "(no foreign place or agent named)"  # the cue of a claim placed at home by default
_PUNCTUATION = string.punctuation
SHORT_ANSWER = 4  # words: "No one.", "Unfortunately not.", "More than twice."


@lru_cache(maxsize=1)
def _vader() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def _compound(text: str) -> float:
    """VADER's compound score of ``text``. VADER sums the valences of its lexicon's words only (boosters, negations
    and punctuation scale that sum), so an ASCII text none of whose words, bare or stripped of punctuation, is in
    the lexicon scores 0.0 exactly: such a text skips the scorer."""
    vader = _vader()
    if text.isascii():
        lexicon = vader.lexicon
        if not any(w.lower() in lexicon or w.strip(_PUNCTUATION).lower() in lexicon for w in text.split()):
            return 0.0
    return vader.polarity_scores(text)["compound"]


def _keeps(code, text: str, m: re.Match) -> bool:
    """Whether a cue match counts for ``code``: not negated (negatable codes), not after a blocker."""
    if code.negatable and negated(text, m.start()):
        return False
    return not (code.blocked_by and set(preceding_words(text, m.start(), code.block_window)) & code.blocked_by)


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")  # a word, "don't" and "l'Ombudsman" included
_PIECE = re.compile(r"[^\W\d_]+")  # letters between apostrophes: a cue can open at "Ombudsman" in "l'Ombudsman"


def word_openings(text: str) -> set[str]:
    """Every opening of two letters or more of every word of ``text``, lowercased: "rights" gives "ri", "rig",
    "righ", "right", "rights"."""
    return {w[:k] for w in _PIECE.findall(text.lower()) for k in range(2, len(w) + 1)}


def code_sentence(text: str, codebook: Codebook, previous_we: str | None = None) -> tuple[dict, list[tuple]]:
    """Codes of one sentence: ``{category: {code: [cue matches]}}`` (``locus`` and ``we`` included) and the
    rights-claim cue matches. ``previous_we``: the reading of the first person plural in the sentence before,
    in the same answer."""
    found: dict[str, dict[str, list]] = {c: {} for c in (*CATEGORIES, "locus", "we", "denial")}
    pending, rights, lowered = [], [], folded(text)
    for _, category, label, cue, code in codebook.index.candidates(word_openings(text)):
        literals = cue.literals  # the text must hold one of them, else no need to run the regex
        if literals:
            hay = lowered if cue.folded else text
            if literals[0] not in hay and (len(literals) == 1 or not any(x in hay for x in literals[1:])):
                continue
        if code is None:  # a rights-claim cue
            rights.extend((m.group(), m.start(), m.end()) for m in cue.regex.finditer(text))
            continue
        checked = code.negatable or code.blocked_by
        for m in cue.regex.finditer(text):
            if checked and not _keeps(code, text, m):
                continue
            match = (m.group(), m.start(), m.end(), cue.source, cue.requires)
            if cue.requires:  # counts only if another code is found too: decided after the first pass
                pending.append((category, label, match))
            else:
                found[category].setdefault(label, []).append(match)
    for category, label, match in pending:
        need_category, _, need_code = match[4].partition(".")
        if need_code in found[need_category]:
            found[category].setdefault(label, []).append(match)
    rules = codebook.rules
    _drop_unstated(text, found, rules)
    for act, matches in found["act"].items():  # an act stated is a problem stated, and invokes its right
        m = matches[0]
        found["claim_type"].setdefault("problem", []).append((f"{m[0]} (act: {act})", m[1], m[2], "rule", None))
        implied = codebook.codes["act"][act].implies
        if implied:
            found["right"].setdefault(implied, []).append((f"{m[0]} (act: {act})", m[1], m[2], "rule", None))
    outcome = [(m.group(), m.start(), m.end(), "rule", None) for m in rules.outcome.finditer(text)]
    if outcome:
        found["evidence"]["outcome"] = outcome
    _we(text, found, rules, previous_we)
    _locus(text, found, rules)
    return found, rights


def _drop_unstated(text: str, found: dict, rules) -> None:
    """Problems and acts the sentence does not state as existing: all of them in a denial ("we did not find a
    single case of torture"); those named after the speaker's own commitment, as its topic ("we will publish
    a report on deaths in custody")."""
    denial = rules.denial.search(text)
    if denial:
        found["denial"] = {"denial": [(denial.group(), denial.start(), denial.end(), "rule", None)]}
        found["claim_type"].pop("problem", None)
        found["act"].clear()
        return
    promise = [m[1] for m in found["claim_type"].get("commitment", []) if m[3] == "codebook"]
    if promise:
        first = min(promise)
        for category, label in [("claim_type", "problem"), *(("act", a) for a in list(found["act"]))]:
            kept = [m for m in found[category].get(label, []) if m[1] < first]
            if kept:
                found[category][label] = kept
            else:
                found[category].pop(label, None)


_OPENER = re.compile(r"(?:[^,]{1,25},\s*)?(?:the\s+)?", re.IGNORECASE)  # "In general, the ..." before a subject


def _state_as_subject(text: str, found: dict) -> bool:
    """Whether a sentence without a first person opens with the state as its doer: the head of state, a state
    body, or the country by its name (a sidecar name), after at most a short opening phrase and "the"."""
    subject = _OPENER.match(text).end()
    for actor in ("head_of_state", "state_bodies", "nation"):
        for match in found["actor"].get(actor, ()):
            if match[1] == subject and (actor != "nation" or match[3] == "sidecar"):
                return True
    return False


def _we(text: str, found: dict, rules, previous: str | None) -> None:
    """The first person plural: office, state or nation by the cue nearest a first-person word; else the
    reading of the sentence before; else other. The reading also names the actor."""
    words = list(_WE.finditer(text))
    if not words:
        return
    pronouns = [m.start() for m in words]
    candidates = []
    for kind in ("office", "state", "nation"):
        for pattern in rules.we[kind]:
            for m in pattern.finditer(text):
                distance = min(abs(m.start() - p) for p in pronouns)
                candidates.append((distance, ("office", "state", "nation").index(kind), kind, m))
    if candidates:
        _, _, kind, m = min(candidates, key=lambda c: c[:2])
        match = (f"{m.group()} ({kind} we)", m.start(), m.end(), "rule", None)
    else:  # the speaker speaks for an office: without a cue, the office is the first reading
        kind = previous or "office"
        how = "as in the sentence before" if previous else "no cue: the speaker's office"
        match = (
            f"{words[0].group()} ({kind} we, {how})",
            words[0].start(),
            words[0].end(),
            "default",
            None,
        )
    found["we"][kind] = [match]
    actor = {"office": "ombudsman", "state": "state_bodies", "nation": "nation"}.get(kind)
    if actor:
        found["actor"].setdefault(actor, []).append(match)


def _locus(text: str, found: dict, rules) -> None:
    """Where what the sentence states happens, or who causes it (see the module's docstring)."""
    abroad, home = rules.abroad.search(text), rules.home.search(text)
    for word in {w.lower() for w in _PIECE.findall(text) if w[0].isupper()} & rules.countries.keys():
        m = rules.countries[word].search(text)  # another country's name: read only where its first word occurs
        if m and (abroad is None or m.start() < abroad.start()):
            abroad = m
    if abroad:
        found["locus"]["abroad"] = [(abroad.group(), abroad.start(), abroad.end(), "rule", None)]
    if home:
        found["locus"]["home"] = [(home.group(), home.start(), home.end(), "rule", None)]
    elif (office := found["we"].get("office", [("", 0, 0, "default")])[0][3] == "rule") or (
        "state_bodies" in found["actor"] and not abroad
    ):
        source = "office" if office else "state_bodies"
        m = (found["we"] if source == "office" else found["actor"])[source][0]
        found["locus"]["home"] = [
            (f"{m[0]} ({'the office' if source == 'office' else 'a state body'})", m[1], m[2], "rule", None)
        ]


def _named(found: dict, codes: tuple[str, ...]) -> str:
    """The words naming the actors of ``codes`` in the sentence, in order, for the agent and victim columns."""
    words = sorted(
        {(m[1], m[0]) for code in codes for m in found["actor"].get(code, []) if m[3] not in ("rule", "default")}
    )
    return "; ".join(dict.fromkeys(w for _, w in words))


def question_topics(sentences: pd.DataFrame, codebook: Codebook) -> dict:
    """What each turn's question asks about, by its cues: ``{turn_id: {"right": {right: words}, "problem":
    words or None, "rights": words or None}}`` (a problem: the question names a violation, a failure or an act;
    rights: it speaks of rights at all)."""
    topics: dict = {}
    for turn, text in tuples_with(sentences, "role", "question", ("turn_id", "text")):
        if pd.isna(turn):
            continue
        found, rights = code_sentence(text, codebook)
        topic = topics.setdefault(turn, {"right": {}, "problem": None, "rights": None})
        if (rights or found["right"]) and topic["rights"] is None:
            topic["rights"] = f"{(rights or [('',)])[0][0] or next(iter(found['right']))} (the question)"
        for label, matches in found["right"].items():
            topic["right"].setdefault(label, f"{matches[0][0]} (the question)")
        if "problem" in found["claim_type"] and topic["problem"] is None:
            topic["problem"] = f"{found['claim_type']['problem'][0][0]} (the question)"
    return topics


_NO_QUESTION = {"right": {}, "problem": None, "rights": None}


def _in_context(text: str, found: dict, rights: list, question: dict, topic: dict) -> tuple[list, dict]:
    """The sentence read in its answer: rights it inherits from the question or the sentences before, a short
    answer's problem, the rights question a claim answers. Returns the rights-claim cues and the answer's
    topic for the next sentence."""
    carries = not text.rstrip().endswith("?") and not found["frame"] and not _COURTESY.match(text)
    if found["right"]:  # the question's rights stay the answer's topic; else the latest rights named
        topic = question["right"] or {label: matches[0][0] for label, matches in found["right"].items()}
    elif topic and carries:
        for label, word in topic.items():  # the answer's topic: "No one." answers "Was anyone punished?"
            found["right"][label] = [(f"{word} (topic of the answer)", 0, 0, "rule", None)]
    short = len(_WORD.findall(text)) <= SHORT_ANSWER
    if question["problem"] and carries and not found["claim_type"] and short:
        # a short answer to a question about a problem speaks of it: "No one.", "Not always."
        found["claim_type"]["problem"] = [(f"{question['problem']} (topic of the answer)", 0, 0, "rule", None)]
    if not (rights or found["right"]) and question["rights"] and carries and (found["claim_type"] or short):
        # a claim in answer to a question about rights is about rights: "A great deal was done."
        rights = [(question["rights"], 0, 0)]
    return rights, topic


def code_claims(sentences: pd.DataFrame, codebook: Codebook) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Code the interviewee's sentences (role ``answer``); questions, captions, narration and boilerplate never are.

    Returns ``claims``, one row per interviewee sentence: ids and offsets, ``text``; ``is_rights_claim`` and
    ``rights_cues``; a space-separated list per category (``claim_types``, ``rights``, ``families`` (the
    rights' roll-up), ``frames``, ``acts``, ``actors``, ``stance``, ``evidence``, ``locus``); ``act_agents``
    and ``act_victims`` (the words naming them, in a sentence with an act); ``we`` and ``we_cue``; a boolean
    column per code (acts as ``act_<code>``); ``has_outcome_evidence``, ``has_reference``, ``has_evidence``;
    ``cues`` (code: matched words); ``vader_compound`` and ``evaluation`` (lexical, VADER). And ``cues``:
    one row per matched cue (sentence, category, code, matched text, offsets in the sentence, source).
    """
    rows, cue_rows = [], []
    layout = [
        (category, column, [(label, codebook.column(category, label)) for label in codebook.labels(category)])
        for category, column in LIST_COLUMNS.items()
    ]
    family = {label: code.family for label, code in codebook.codes["right"].items()}
    asked = question_topics(sentences, codebook)
    previous_we, previous_turn, topic, question = None, None, {}, _NO_QUESTION
    for values in tuples_with(sentences, "role", "answer", _SENTENCE_KEYS):  # tuples: iterating pandas is slower
        row = dict(zip(_SENTENCE_KEYS, values))
        text, sentence_id = row["text"], row["sentence_id"]
        if row["turn_id"] != previous_turn:
            previous_we, previous_turn = None, row["turn_id"]
            question = asked.get(row["turn_id"], _NO_QUESTION)
            topic = question["right"]
        found, rights = code_sentence(text, codebook, previous_we)
        if found["we"]:
            previous_we = next(iter(found["we"]))
        elif _state_as_subject(text, found):
            previous_we = "state"  # "Ruritania joined the convention. We ..." : the we continues the state
        rights, topic = _in_context(text, found, rights, question, topic)
        row["is_rights_claim"] = bool(rights or found["right"]) and not text.rstrip().endswith("?")
        if not found["locus"] and (row["is_rights_claim"] or found["claim_type"]):
            # what an ombudsman states without a foreign place or agent is stated of the country
            found["locus"]["home"] = [(NO_PLACE, 0, 0, "rule", None)]
        row["rights_cues"] = "; ".join(dict.fromkeys(r[0].lower() for r in sorted(rights, key=lambda r: r[1])))
        cues = []
        for category, column, codes in layout:
            present = found[category]
            row[column] = " ".join(label for label, _ in codes if label in present)
            for label, col in codes:
                row[col] = label in present
                if label in present:
                    cues.append(f"{col}: {', '.join(dict.fromkeys(m[0] for m in present[label]))}")
        row["families"] = " ".join(dict.fromkeys(family[r] for r in row["rights"].split()))
        row["act_agents"] = _named(found, _AGENTS) if found["act"] else ""
        row["act_victims"] = _named(found, _VICTIMS) if found["act"] else ""
        row["we"] = next(iter(found["we"]), "")
        row["we_cue"] = found["we"][row["we"]][0][0] if row["we"] else ""
        row["has_outcome_evidence"] = "outcome" in found["evidence"]
        row["has_reference"] = "reference" in found["evidence"]
        row["has_evidence"] = bool(found["evidence"])
        row["cues"] = " | ".join(cues)
        compound = _compound(text)
        row["vader_compound"] = compound
        row["evaluation"] = "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"
        rows.append(row)
        for category in (*CATEGORIES, "locus", "we", "denial"):
            for label, matches in found[category].items():
                cue_rows.extend((sentence_id, category, label, m[0], m[1], m[2], m[3]) for m in matches)
        cue_rows.extend((sentence_id, "rights_claim", "is_rights_claim", r[0], r[1], r[2], "codebook") for r in rights)
    # by columns: pandas builds a frame from a dict of lists several times faster than from a list of dicts,
    # and faster still when the flags come as boolean arrays and the turns as nullable integers
    columns = {key: [r[key] for r in rows] for key in rows[0]} if rows else {}
    if columns:
        columns["turn_id"] = pd.array(columns["turn_id"], dtype="Int64")
    claims = pd.DataFrame({k: np.array(v, dtype=bool) if type(v[0]) is bool else v for k, v in columns.items()})
    cue_rows.sort(key=lambda r: (r[0], r[4], r[1], r[2]))  # stable: by sentence, start, category, code
    return claims, pd.DataFrame(cue_rows, columns=CUE_COLUMNS)
