"""The sentences notebook 05 computes: the headline, what the questions take as given and whether the answers
take it up, agency, the first person plural, legitimation and its agreement with hand coding, and the reading
notes beside the evidence they cite.

Each function takes tables the notebook has computed and returns Markdown. They describe; the interpretation
is the analyst's, in the reading notes (:mod:`..text.reading_notes`), and the report says so where there are
none.
"""

import pandas as pd

from ..claims.agreement import VALIDATED
from .prose import caption
from .wording import ACTOR_NAMES, join, label, leading, plural, turn_label

_TRIGGERS = {
    "wh_question": "wh-questions",
    "evaluative": "evaluative words",
    "factive": "factive verbs",
    "change_of_state": "change-of-state words",
    "iterative": "iteratives",
    "definite_description": "definite descriptions",
    "national_our": "a national *our*",
    "attributed_criticism": "criticisms put in others' words",
}
_POLARITY = {"+": "positive", "-": "negative", "mixed": "mixed"}
_AGENT_NAMES = {"other": "another noun (no actor cue)"}


def headline_summary(headline: pd.DataFrame) -> str:
    """What the headline reports, who says it, with which verb, and whom it puts first."""
    if headline.empty:
        return "The text has no headline (no paragraph was read as its title)."
    h = headline.iloc[0]
    said = f"**{h['headline']}**. "
    if h["sayer"]:
        verb = f"the reporting verb *{h['reporting_verb']}*" if h["reporting_verb"] else "a colon, with no verb"
        said += f"Shape: {h['shape']}; the sayer is *{h['sayer']}*, introduced by {verb}. "
    else:
        said += "No sayer is named: the headline states its claim in the outlet's own voice. "
    if h["subject"]:
        said += f"The grammatical subject of what is reported is *{h['subject']}* (verb *{h['verb']}*)."
    else:
        said += "The rule finds no clause with a subject in the reported part (a noun phrase, or an unknown verb)."
    return said


def presupposition_summary(frames: pd.DataFrame, uptake: pd.DataFrame, reported: bool = False) -> str:
    """The triggers in the questions by kind, each question turn's evaluation and whether its answer takes it
    up, and the interviewer's national *our*."""
    asked = frames[frames["role"] == "question"]
    if uptake.empty:
        return "The text has no questions: there is no interviewer's frame to read (the headline and lead are above)."
    counts = asked["trigger"].value_counts()
    kinds = join(f"{_TRIGGERS[k]} {counts[k]}" for k in _TRIGGERS if k in counts)
    out = [f"Presupposition triggers in {plural(len(uptake), 'question turn')}: {kinds or 'none'}."]
    evaluated = uptake[uptake["polarity"] != ""]
    words = asked[asked["trigger"].isin(("evaluative", "attributed_criticism")) & (asked["polarity"] != "")]
    for r in evaluated.itertuples():
        mine = words.loc[words["turn_id"] == r.turn_id, "words"]
        q = turn_label(r.turn_id, reported)
        opening = f"the answer's first sentences ({r.answer_opening})"
        how = {"taken up": f"{opening} take it up", "rejected": f"{opening} reject it",
               "countered": f"{opening} counter it"}.get(r.uptake, f"{opening} do not take it up")  # fmt: skip
        evidence = f" ({r.uptake_evidence})" if r.uptake_evidence else ""
        out.append(
            f"{q} ({r.question_sentences}) takes as given a {_POLARITY[r.polarity]} evaluation "
            f"({join(f'*{w}*' for w in dict.fromkeys(mine))}) and {how}{evidence}."
        )
    if evaluated.empty:
        out.append("No question carries an evaluative word: the questions take no success or failure as given.")
    ours = asked[asked["trigger"] == "national_our"]
    if len(ours):
        ids = join(f"s{s}" for s in ours["sentence_id"].drop_duplicates())
        out.append(f"The interviewer speaks from inside the nation (*{ours['words'].iloc[0]}*) in {ids}.")
    return " ".join(out)


def agency_summary(features: pd.DataFrame, reported: bool = False) -> str:
    """Counts of each agency feature in the answers and the questions, and the agentless passives of each
    answer, with their sentence ids."""
    answers = features[features["role"] == "answer"]
    if answers.empty:
        return "The rules find no passive, nominalisation or aggregation in the answers."
    counts = answers["feature"].value_counts()
    names = {"agentless_passive": "agentless passives", "agented_passive": "passives with a *by* agent",
             "nominalisation": "nominalised processes", "aggregation": "aggregations of people"}  # fmt: skip
    out = [f"In the answers: {join(f'{names[k]} {counts.get(k, 0)}' for k in names)}."]
    agentless = answers[answers["feature"] == "agentless_passive"]
    for turn, group in agentless.groupby("turn_id", sort=True):
        full = group[group["form"] != "reduced"]
        reduced = group[group["form"] == "reduced"]
        parts = []
        if len(full):
            parts.append(
                "with *be* or *get*: " + join(f"s{s} *{w}*" for s, w in zip(full["sentence_id"], full["words"]))
            )
        if len(reduced):
            listed = join(f"s{s} *{w}*" for s, w in zip(reduced["sentence_id"], reduced["words"]))
            parts.append(f"participle clauses without *be*: {listed}")
        out.append(f"Agentless passives of the {turn_label(turn, reported, long=True)} — " + "; ".join(parts) + ".")
    out.append(
        "An agent may still be named elsewhere in the sentence (a participle clause often follows its doer), and a "
        "passive such as *it should be stressed* hides only the speaker: read the sentences before counting agents "
        "as deleted."
    )
    return " ".join(out)


def agents_summary(by_claim: pd.DataFrame) -> str:
    """Who is the grammatical agent of achievements and of problems, by counts, with ties said as ties."""
    if by_claim.empty:
        return "No achievement or problem sentence to read for its agent."
    out = []
    for claim in ("achievement", "problem"):
        counts = {a: int(n) for a, n in zip(by_claim["agent"], by_claim[claim]) if n}
        if not counts:
            out.append(f"No {claim} sentence.")
            continue
        total = sum(counts.values())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        parts = join(f"{_AGENT_NAMES.get(a, ACTOR_NAMES.get(a, a))} {n}" for a, n in ranked)
        out.append(f"Of {plural(total, claim + ' sentence')}, the grammatical subject is: {parts}.")
    return " ".join(out)


def first_person_summary(words: pd.DataFrame, reported: bool = False) -> str:
    """Every reading of the interviewee's *we*, how often it changes within an answer, and the interviewer's."""
    answers = words[words["role"] == "answer"]
    if answers.empty:
        return "The interviewee never says *we*, *our* or *us*."
    counts = answers["reading"].value_counts()
    readings = join(f"{r} {counts.get(r, 0)}" for r in ("office", "state", "nation", "other"))
    changes = answers[answers["changed"]]
    out = [f"{plural(len(answers), 'first-person plural pronoun')} in the answers, read as: {readings}."]
    if len(changes):
        listed = join(f"s{s} ({r})" for s, r in zip(changes["sentence_id"], changes["reading"]))
        out.append(f"The reading changes within an answer {plural(len(changes), 'time')}: at {listed}.")
    else:
        out.append("The reading never changes within an answer.")
    defaults = answers[answers["cue"].str.contains("no cue|as in the sentence before", regex=True)]
    if len(defaults):
        has = "has" if len(defaults) == 1 else "have"
        out.append(
            f"{plural(len(defaults), 'pronoun')} {has} no cue of its own in the sentence (read by default or as "
            "the sentence before): check them first."
        )
    asked = words[words["role"] != "answer"]
    if len(asked):
        listed = join(f"s{s} *{w}* ({r})" for s, w, r in zip(asked["sentence_id"], asked["word"], asked["reading"]))
        out.append(f"The outlet's own first person: {listed}.")
    return " ".join(out)


def legitimation_summary(by_answer: pd.DataFrame, first_run: pd.DataFrame, dev=None) -> str:
    """Counts per legitimation code, each with its held-out agreement (κ and interval, validated or not), and
    this interview's agreement with its own hand coding when there is one (an upper bound for a development
    text)."""
    run = first_run[first_run["category"] == "legitimation"].set_index("code")
    parts = []
    for r in by_answer.itertuples():
        if r.code in run.index:
            k = run.loc[r.code]
            ok = k["kappa"] >= VALIDATED and k["gold_positive"] >= 5
            status = "validated" if ok else "not validated"
            if ok and k["kappa_low"] < VALIDATED:
                status += ", though its interval reaches below the line"
            status += f"; recall {k['recall']:.2f}"
            kappa = f"κ {k['kappa']:.2f} [{k['kappa_low']:.2f}, {k['kappa_high']:.2f}]"
            parts.append(f"{r.label} {r.total} (held-out {kappa}, {status})")
        else:
            parts.append(f"{r.label} {r.total} (not measured on held-out text)")
    n = int(run["n"].iloc[0]) if len(run) else 0
    out = [
        f"Sentences per code: {'; '.join(parts)}. Held-out: {n} sentences hand-coded before the cues ran on "
        f"them, run once; validated means κ ≥ {VALIDATED} with at least five hand-coded sentences."
    ]
    if dev is not None:
        d = dev[dev["category"] == "legitimation"]
        names = dict(zip(by_answer["code"], by_answer["label"]))
        kappas = join(
            f"{names.get(c, label(c))} {k:.2f}" + (f" ({plural(int(g), 'hand-coded sentence')})" if g < 5 else "")
            for c, k, g in zip(d["code"], d["kappa"], d["gold_positive"])
        )
        out.append(
            f"Against this interview's own hand coding ({int(d['n'].iloc[0])} sentences; the cues were written on "
            f"it, so an upper bound): κ {kappas}."
        )
    return " ".join(out)


def notes_missing(path_hint: str) -> str:
    """What the report says when an interview has no reading notes."""
    return (
        "**No reading notes for this interview.** The tables above describe; what they mean for this interview — "
        "its argument answer by answer, its context, what the tables support or contradict — is the analyst's "
        f"reading to write, in `{path_hint}` beside the interview (README, *Reading notes*). This report makes no "
        "interpretation of its own."
    )


def memo_markdown(k: int, title: str, body: str, cited: pd.DataFrame) -> str:
    """One memo as the notebook shows it: the analyst's text, then each cited sentence with its computed
    codes."""
    lines = [f"#### Memo {k}. {title}", "", body, "", "*Cited sentences, with their computed codes:*", ""]
    for r in cited.drop_duplicates("sentence_id").itertuples():
        codes = [f"claims: {r.claim_types or '—'}"] if r.role == "answer" else [f"{r.role}, not coded"]
        if r.we:
            codes.append(f"we: {r.we}")
        if r.legitimation:
            codes.append(f"legitimation: {r.legitimation.replace('_', ' ')}")
        lines.append(f"> (s{r.sentence_id}) {r.text}  \n> <sub>{'; '.join(codes)}</sub>\n")
    return "\n".join(lines)


def memos(notes, table: pd.DataFrame, sections: tuple[str, ...] | None = None) -> str:
    """The memos of ``notes`` in ``sections`` (None: all), each followed by the sentences it cites with their
    computed codes (from ``table``, :func:`..discourse.notes.notes_table`); "" when there is none."""
    shown = [
        memo_markdown(k, memo.title, memo.body, table[table["memo"] == k])
        for k, memo in enumerate(notes, start=1)
        if sections is None or memo.section in sections
    ]
    return "\n\n".join(shown)


def first_person_caption(words: pd.DataFrame, path: str) -> str:
    answers = words[words["role"] == "answer"]
    text = "Every first-person plural pronoun of the answers in reading order, by reading; answers dashed"
    if answers.empty:
        return caption("5.1", text, path, "The answers hold no first-person plural pronoun.")
    changes = int(answers["changed"].sum())
    how = f"changes within an answer {plural(changes, 'time')}" if changes else "never changes within an answer"
    look = f"{plural(len(answers), 'pronoun')}; the reading {how}."
    return caption("5.1", text, path, look)


def legitimation_caption(by_answer: pd.DataFrame, path: str) -> str:
    text = "Interviewee sentences with each legitimation code, split by answer"
    counts = dict(zip(by_answer["label"], by_answer["total"]))
    if not any(counts.values()):
        return caption("5.2", text, path, "No sentence carries a legitimation code.")
    top = max(counts.values())
    look = (
        f"The most used: {leading(counts, describe=str)}. "
        if top >= 5
        else f"At most {plural(top, 'sentence')} per code. "
    )
    look += (
        "The cues find different shares of what a hand coder marks (recall in section 5), so bars of different codes "
        f"are not comparable; codes below κ {VALIDATED} on held-out text are counts to read, not results."
    )
    return caption("5.2", text, path, look)
