"""The headline as a frame: who says, with which reporting verb, and who is the subject of what is said.

A news headline reports speech in a few fixed shapes (Bell 1991, *The Language of News Media*, ch. 9): the
reported clause then the sayer ("X does Y, Ombudsman says"), the sayer first ("Ombudsman warns of Y"), a
colon ("Ombudsman: Y"), or no sayer at all. The reporting verb is itself an evaluation of the speech (Caldas-
Coulthard 1994: "says" is neutral, "warns", "admits", "slams" are not), and the grammatical subject of the
reported clause is the actor the headline puts first: the country, the office or a victim.
"""

import re

import pandas as pd

from ..rows import tuples_with

HEADLINE_COLUMNS = ["interview_id", "sentence_id", "headline", "shape", "sayer", "reporting_verb", "subject", "verb"]
REPORTING = (
    r"says|said|tells|told|warns|warned|urges|urged|calls for|called for|calls on|criticises|criticizes|criticised|"
    r"criticized|notes|noted|stresses|stressed|emphasises|emphasizes|insists|claims|admits|admitted|denies|denied|"
    r"reports|reveals|highlights|believes|recaps|discusses|refutes|slams|trashes|condemns|demands|vows|pledges|"
    r"praises|welcomes|hails|explains|points to|speaks|speaks about|talks"
)
_AFTER = re.compile(rf"^(?P<reported>.+?)[,;]\s*(?P<sayer>[^,;]+?)\s+(?P<verb>{REPORTING})\.?\s*$", re.I)
_BEFORE = re.compile(rf"^(?P<sayer>[^,;:]+?)\s+(?P<verb>{REPORTING})\b[:,]?\s+(?P<reported>.+)$", re.I)
_COLON = re.compile(r"^(?P<sayer>(?:(?:[A-Z][\w.'-]*|of|for|the|and|on)\s?){1,6}):\s+(?P<reported>.+)$")
_VERB = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|can|must|should|may|does|do|did|works|needs|wants|seeks|plans|"
    r"remains|continues|faces|improves|protects|takes|makes|gets|sees|becomes|joins|adopts|launches|sets|"
    r"\w+(?:s|ed))$",
    re.I,
)
_NOT_VERB = {"rights", "news", "us", "as", "this", "its", "his", "citizens", "progress", "years"}
_FINITE = {"is", "are", "was", "were", "has", "have", "had", "will", "can", "must", "should", "may", "remain", "face",
           "need", "continue", "want", "say", "call", "demand", "seek", "fear", "get", "stay", "see"}  # fmt: skip
_LINKS = {"to", "for", "on", "of", "in", "with", "against", "as", "at", "the", "a", "an", "new", "more", "its", "their"}


def clause_subject(clause: str) -> tuple[str, str]:
    """``(subject, verb)`` of a headline clause: the words before the first word that reads as a finite verb
    (a listed verb, or a word in -s/-ed followed by a linking word: "Works to", "Calls for")."""
    words = clause.strip().rstrip(".!?").split()
    for k in range(1, len(words)):
        word, after = words[k].strip("\"'“”,"), words[k + 1].lower() if k + 1 < len(words) else ""
        low = word.lower()
        if low in _NOT_VERB:
            continue
        if low in _FINITE or (_VERB.match(word) and after in _LINKS):
            return " ".join(words[:k]), word
    return "", ""


def headline_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """One row per title sentence: its ``shape`` (reported clause then sayer, sayer first, colon, or no sayer),
    the ``sayer``, the ``reporting_verb``, and the ``subject`` and ``verb`` of the reported clause."""
    rows = []
    for iid, sid, text in tuples_with(sentences, "role", "title", ("interview_id", "sentence_id", "text")):
        text = text.strip()
        shape, sayer, verb, reported = "no sayer", "", "", text
        for name, pattern in (("reported clause, then sayer", _AFTER), ("sayer first", _BEFORE), ("colon", _COLON)):
            m = pattern.match(text)
            if m:
                shape, sayer, reported = name, m.group("sayer").strip(), m.group("reported").strip()
                verb = m.groupdict().get("verb") or ""
                break
        subject, main = clause_subject(reported.strip("\"'“”"))
        rows.append((iid, sid, text, shape, sayer, verb, subject, main))
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
