"""Who is the grammatical agent of the achievements and of the problems (van Leeuwen 2008, *Discourse and
Practice*, ch. 2: activation and passivation, exclusion by agent deletion; Fairclough 2003, ch. 8).

For each interviewee sentence stating an achievement or a problem (claims coding), the subject of its main
clause (:func:`.agency.grammatical_subjects`) is classed by the codebook's actor cues; a first person by the
reading of *we*; a passive's agent by its *by* phrase; a passive without one as "agent not named"; a subject
that is a process noun ("the implementation of ...") as "a process, agent not named".
"""

import pandas as pd

from ..claims.codebook import Codebook
from ..claims.coding import word_openings

AGENT_COLUMNS = ["interview_id", "sentence_id", "turn_id", "claim", "subject", "voice", "agent", "how", "text"]
NOT_NAMED = "agent not named"
NO_SUBJECT = "no subject found"  # the rule's failure, kept apart from a deleted agent
PROCESS = "a process, agent not named"
_WE_ACTOR = {"office": "ombudsman", "state": "state_bodies", "nation": "nation", "other": "other"}
_FIRST_PERSON = {"we", "our", "us"}


def _actor(words: str, codebook: Codebook) -> str:
    """The first actor (in codebook order) one of whose cues matches ``words``; only the cues the cue index
    offers for these words are tried."""
    for _, category, label, cue, _ in codebook.index.candidates(word_openings(words)):
        if category == "actor" and not cue.requires and cue.regex.search(words):
            return label
    return ""


def _agent(subject, voice, kind, we, by, process: bool, codebook: Codebook) -> tuple[str, str]:
    """``(agent, how it was decided)`` for one sentence."""
    if voice == "passive":
        return (_actor(by, codebook) or "other", f"by phrase: {by}") if by else (NOT_NAMED, "agentless passive")
    if kind in ("existential", "dummy_it"):
        return NOT_NAMED, {"existential": "there is/are", "dummy_it": "it is ... that"}[kind]
    if kind == "none" or not subject:
        return NO_SUBJECT, "the subject rule found no finite verb"
    if set(subject.lower().split()) & _FIRST_PERSON:
        return _WE_ACTOR.get(we or "office", "other"), f"we read as {we or 'office'}"
    actor = _actor(subject, codebook)
    if actor:
        return actor, "actor cue in the subject"
    return (PROCESS, "nominalised process as subject") if process else ("other", "no actor cue in the subject")


def claim_agents(subjects: pd.DataFrame, features: pd.DataFrame, claims: pd.DataFrame, codebook: Codebook):
    """One row per achievement or problem sentence with its subject, voice and the agent class.

    Plain loops over lists: row lookups in pandas cost more than the rules on an interview's few sentences."""
    if claims.empty:
        return pd.DataFrame(columns=AGENT_COLUMNS)
    subject = {
        sid: (subj, voice, kind)
        for sid, subj, voice, kind in zip(*(subjects[c].tolist() for c in ("sentence_id", "subject", "voice", "kind")))
    }
    by, heads = {}, {}
    for sid, feature, agent, head in zip(*(features[c].tolist() for c in ("sentence_id", "feature", "agent", "head"))):
        if feature == "agented_passive":
            by.setdefault(sid, agent)
        elif feature == "nominalisation":
            heads.setdefault(sid, set()).add(str(head).lower())
    rows = []
    columns = ("interview_id", "sentence_id", "turn_id", "claim_types", "we", "text")
    for iid, sid, turn, types, we, text in zip(*(claims[c].tolist() for c in columns)):
        kinds = [c for c in ("achievement", "problem") if c in types.split()]
        if not kinds or sid not in subject:
            continue
        subj, voice, kind = subject[sid]
        process = bool(heads.get(sid, set()) & set(str(subj).lower().split()))
        agent, how = _agent(subj, voice, kind, we, by.get(sid, ""), process, codebook)
        rows.append((iid, sid, turn, " and ".join(kinds), subj, voice, agent, how, text))
    return pd.DataFrame(rows, columns=AGENT_COLUMNS)


def agents_by_claim(agents: pd.DataFrame) -> pd.DataFrame:
    """Sentences per agent class (rows, alphabetical) for achievements and problems (columns; a sentence stating
    both counts in each)."""
    counts: dict[str, list[int]] = {}
    for agent, claim in zip(agents["agent"].tolist(), agents["claim"].tolist()):
        row = counts.setdefault(agent, [0, 0])
        row[0] += "achievement" in claim
        row[1] += "problem" in claim
    rows = [(agent, *counts[agent]) for agent in sorted(counts)]
    return pd.DataFrame(rows, columns=["agent", "achievement", "problem"])
