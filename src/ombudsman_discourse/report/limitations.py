"""The limitations of notebook 06, computed from the interview: what the text is, how its claims were coded
and how far that coding was validated, what the record covers, and what keyness can say about this many
words."""

import pandas as pd

from ..claims.agreement import heldout_runs
from ..params import Params
from .wording import join, label, plural

SHORT = 20  # interviewee sentences below which every share is unsteady


def _text(interview, n_words: int, n_sentences: int) -> str:
    meta = interview.meta
    line = (
        f"- **One edited text.** The analysis reads a single text of {plural(n_words, 'answer word')} "
        f"({plural(n_sentences, 'interviewee sentence')}) as {meta.publication or 'the publication'} printed it. "
        "Questions were chosen and answers shortened by the editors; if the interview was held in another "
        "language, the words counted are the translator's."
    )
    if interview.layout == "reported_speech":
        line += (
            " It is a news report: only the passages quoted as the interviewee's are coded, and the reporter chose "
            "them."
        )
    if n_sentences < SHORT:
        line += f" With fewer than {SHORT} sentences, every share and rate here is unsteady: read the counts."
    return line


def _coding(tables: dict, findings) -> str:
    if "review_agreement" in tables:
        changed = int(tables["claims"]["reviewed"].sum())
        return (
            "- **Reviewed coding.** Every code was decided by the analyst on the coding sheet the sidecar names "
            f"(changed from the dictionary's proposal in {plural(changed, 'sentence')}); the findings rest on the "
            "analyst's reading, and their reliability is that of one reader: a second coder's independent sheet "
            "of the same sentences would measure it."
        )
    runs = heldout_runs()
    name, run = list(runs.items())[-1]
    r = run.drop_duplicates("code").set_index("code")
    kappas = ", ".join(
        f"{r.loc[c, 'kappa']:.2f} [{r.loc[c, 'kappa_low']:.2f}, {r.loc[c, 'kappa_high']:.2f}] for {what}"
        for c, what in (
            ("is_rights_claim", "rights claims"),
            ("achievement", "achievements"),
            ("problem", "problems"),
            ("commitment", "commitments"),
        )
    )
    weak = [f for f in findings if not f.validated]
    line = (
        "- **Dictionary coding.** Claims are coded by cue words and a few rules, not by reading. On the latest "
        f"held-out set (`{name}`, {int(r.loc['is_rights_claim', 'n'])} sentences the cues were not written on) "
        f"the first run reached κ = {kappas}. Expect about that on a new interview, less on one unlike the "
        "development texts."
    )
    if weak:
        line += (
            f" Reported as indications, since they rest on codes below κ 0.67 or too rare to measure: "
            f"{join([label(f.key) for f in weak])}."
        )
    return line + " `ombudsman-discourse review` lets an analyst correct the coding before it is reported."


def _record(record: pd.DataFrame) -> str:
    if record.empty:
        return (
            "- **No record.** The sidecar lists no issues UN mechanisms raised, so what the interview passes over "
            "is read against the codebook's rights only, not against the country's record."
        )
    unverified = int((~record["verified"].astype(bool)).sum())
    years = record["year"].dropna()
    span = f"{int(years.min())}–{int(years.max())}" if len(years) else "years not given"
    return (
        f"- **The record** lists {plural(len(record), 'issue')} ({span}) compiled by the sidecar's author from "
        f"published UN documents; {unverified} {'rests' if unverified == 1 else 'rest'} on a source not checked "
        "in a published copy. An issue "
        "counts as addressed when a sentence invokes its right with one of its words: a paraphrase escapes it, "
        "and a passing mention is enough."
    )


def _keyness(tables: dict, params: Params, n_words: int) -> list[str]:
    from ..keywords.reference import WORDFREQ_RESOLUTION

    kp = params.keywords
    key = tables["keyness"]
    genre = key.loc[key["is_keyword"] & key["in_reference"] & ~key["stopword"] & ~key["capitalised"], "word"]
    examples = f" ({', '.join(genre.head(3))} here)" if len(genre) else ""
    rate = kp.min_freq / n_words * 1000 if n_words else float("nan")
    return [
        "- **The reference corpus.** Keyness compares the answers with general English from wordfreq, assumed to be "
        f"{kp.reference_size:,.0f} tokens, which makes its smallest listed proportion ({WORDFREQ_RESOLUTION:g}) equal "
        f"{kp.reference_size * WORDFREQ_RESOLUTION:,.0f} occurrences; the G² values depend on that assumption, the "
        "Log Ratios of listed words do not. That reference is not institutional speech: the topic and genre words "
        f"of an ombudsman's interview{examples} come out as keywords of the speaker.",
        f"- **Keyness in a short text.** With {plural(n_words, 'word')}, a word seen {kp.min_freq} times has a rate of "
        f"{rate:.1f} per 1,000 words; significance separates little, effect size (Log Ratio) and dispersion carry "
        "the information. Keyness cannot show what is missing; the rights never invoked (notebook 04) can.",
    ]


def limitations(interview, tables: dict, params: Params, findings) -> str:
    """The limitations that apply to this interview's findings, as a Markdown list."""
    n_words = int(tables["text_size"].set_index("text").loc["answers", "tokens"])
    n_sentences = len(tables["claims"])
    lines = [
        _text(interview, n_words, n_sentences),
        _coding(tables, findings),
        _record(tables["record"]),
        *_keyness(tables, params, n_words),
    ]
    return "\n".join(lines)
