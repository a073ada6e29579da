"""The sentences notebooks 01, 02 and 05 compute: summaries, interpretive sentences and figure captions
(notebook 03's are in :mod:`.claims_prose`, notebook 04's in :mod:`.framing_prose`, the limitations in
:mod:`.limitations`).

Each function takes the tables (and parameters) a notebook has already computed and returns Markdown. The
rules they state (which answer leads, which claim type carries most evidence) are the ones the findings use
(:mod:`.findings`), and ties are said as ties. The notebooks' narrative stays in their Markdown cells;
only sentences that carry computed values are built here.
"""

import pandas as pd

from ..params import Params
from .wording import join, leading, plural, share


def caption(number: str, text: str, path: str, look: str = "") -> str:
    """A figure caption in italics: "*Figure 2.1. text (path). look*"."""
    return f"*Figure {number}. {text} ({path}).{' ' + look if look else ''}*"


# notebook 01 ---------------------------------------------------------------------------------------------


def interview_header(interview) -> str:
    """Who is interviewed, where published, how the file was read and which layout was detected."""
    meta = interview.meta
    who = meta.interviewee_name or "interviewee not named"
    role = f", {meta.interviewee_role}" if meta.interviewee_role else ""
    text = (
        f"**{meta.title or meta.interview_id}** — interview id `{meta.interview_id}`, {who}{role}; "
        f"{meta.publication or 'publication not named'}, {meta.year or 'year not given'}.\n\n"
        f"Read as **{interview.encoding}**: {len(interview.raw):,} characters in "
        f"{interview.raw.count(chr(10)) + 1} lines. Detected layout: **{interview.layout}**."
    )
    if interview.source_format == "html":
        text += (
            " The file is an HTML page: its article was taken out with an HTML parser, and every tag, script and "
            "navigation block removed is a row of the cleaning log (step `html`)."
        )
    return text


def cleaning_summary(log: pd.DataFrame, steps: pd.DataFrame, n_paragraphs: int) -> str:
    return (
        f"{plural(len(log), 'change')} in {plural(len(steps), 'step')} touch {log['paragraph_id'].nunique()} "
        f"of {plural(n_paragraphs, 'paragraph')}."
    )


def accounting(lost: pd.DataFrame, raw: str) -> str:
    """The result of the check that no raw character was lost."""
    visible = sum(not ch.isspace() for ch in raw)
    return f"Unaccounted non-whitespace characters: **{len(lost)}** of {visible:,}."


def glossary_summary(insertions: pd.DataFrame, glossary: pd.DataFrame) -> str:
    text = f"{plural(len(insertions), 'bracketed insertion')}; {plural(len(glossary), 'acronym')} in the glossary"
    if len(glossary):
        text += ": " + ", ".join(f"{a} ({e})" for a, e in zip(glossary["acronym"], glossary["expansion"]))
    return text + "."


def turns_summary(paragraphs: pd.DataFrame, sentences: pd.DataFrame) -> str:
    """Question turns, and the answers' size: sentences, words, share of all words, longest and shortest answer."""
    answers = sentences[sentences["role"] == "answer"]
    questions = paragraphs[paragraphs["role"] == "question"]
    words = int(answers["n_tokens"].sum())
    per_turn = answers.groupby("turn_id")["n_tokens"].sum()
    text = (
        f"The interview has **{plural(questions['turn_id'].nunique(), 'question turn')}**. The interviewee's answers "
        f"hold {plural(len(answers), 'sentence')} and {plural(words, 'word token')}, "
        f"{share(words, int(sentences['n_tokens'].sum()))} of all words outside boilerplate"
    )
    if len(per_turn) > 1:
        text += f"; the longest answer turn has {per_turn.max():,} words, the shortest {per_turn.min():,}"
    return text + "."


# notebook 02 ---------------------------------------------------------------------------------------------


def text_size_summary(sizes: pd.DataFrame) -> str:
    a = sizes.set_index("text").loc["answers"]
    return (
        f"The answers hold **{plural(int(a['tokens']), 'word token')}** of {plural(int(a['types']), 'type')}; MATTR "
        f"with a window of {int(a['mattr_window'])} tokens is {a['mattr']:.3f} (plain TTR {a['ttr']:.3f}, which "
        "depends on length)."
    )


def reference_statement(params: Params) -> str:
    """The assumed reference size and the keyword thresholds, as used."""
    kp = params.keywords
    return (
        f"wordfreq gives proportions, not counts. This analysis assumes a reference of **{kp.reference_size:,.0f} "
        f"tokens**, so that wordfreq's resolution (about 1 in 10⁸) corresponds to {kp.reference_size / 1e8:,.0f} "
        "occurrences: every listed word keeps a frequency of several occurrences, and unlisted words count as "
        f"absent. A keyword must reach G² ≥ {kp.min_g2:g}, Log Ratio ≥ {kp.min_log_ratio:g} and a frequency of at "
        f"least {kp.min_freq} in the answers; all three are parameters (`PARAMS`)."
    )


def keyword_summary(key: pd.DataFrame) -> str:
    """How many keywords passed, of which content and function words, names, and words absent from wordfreq."""
    keywords = key[key["is_keyword"]]
    content = keywords[keywords["in_reference"] & ~keywords["stopword"]]
    function_words = keywords.loc[keywords["stopword"], "word"].tolist()
    names = content.loc[content["capitalised"], "word"].tolist()
    absent = key[~key["in_reference"]]
    text = f"Keywords passing the three filters: **{len(keywords)}**, of which {plural(len(content), 'content word')}"
    if function_words:
        text += f" and {plural(len(function_words), 'function word')} ({', '.join(function_words)})"
    text += ". "
    if names:
        text += f"Always capitalised in mid-sentence, as names, parts of names or acronyms: {', '.join(names)}. "
    if len(absent):
        shown = absent.sort_values(["observed", "word"], ascending=[False, True])["word"].head(12)
        text += (
            f"Not in wordfreq's list at all: {plural(len(absent), 'word form')} of the answers "
            f"({', '.join(shown)}{', ...' if len(absent) > 12 else ''}); they are flagged (`in_reference` false) and "
            "ranked after the listed words, because their Log Ratio would rest on the 0.5 adjustment alone."
        )
    else:
        text += "Every word form of the answers is in wordfreq's list."
    return text


def keyness_caption(key: pd.DataFrame, params: Params, path: str) -> str:
    from ..keywords.keyness import top_by_effect

    n_bars = len(top_by_effect(key, params.figures.keyness_top, params.keywords.min_freq))
    text = "Content words of the answers most over-represented against general English, by Log Ratio"
    if not n_bars:
        look = (
            f"No content word occurs {params.keywords.min_freq} times or more, so there is nothing to rank; the "
            "figure says so."
        )
        return caption("2.1", text, path, look)
    look = (
        f"{plural(n_bars, 'word')} shown. Bar colour gives the G² band and hatched bars are names. In a short text "
        "almost every repeated word that is rare in general English reaches p < .0001, so the ranking by effect "
        "size carries the information."
    )
    return caption("2.1", text, path, look)


def collocates_caption(collocates: pd.DataFrame, params: Params, path: str) -> str:
    span = params.keywords.collocate_span
    text = f"Collocates of 'rights' within {span} words, by log-likelihood, MI beside each bar"
    if collocates.empty:
        return caption("2.2", text, path, "No collocate occurs twice; the figure is empty for that reason.")
    from .keyword_prose import collocates_tie

    top = collocates.iloc[0]
    look = collocates_tie(collocates) or (
        f"'{top['collocate']}' leads ({top['frequency']} of its {top['corpus_frequency']} occurrences fall in the "
        "windows)."
    )
    return caption("2.2", text, path, look)


def rights_types_caption(types: pd.DataFrame, path: str) -> str:
    text = "Kinds of rights named in the answers, bars split by the form they took"
    if types.empty:
        return caption("2.3", text, path, "The answers name no right in the entitlement sense; the figure says so.")
    named = int(types.loc[types["form"] == "in a named term", "count"].sum())
    human = types[types["kind"] == "human rights"]
    look = ""
    if len(human):
        in_name = int(human.loc[human["form"] == "in a named term", "count"].sum())
        look = (
            f"Of {plural(int(human['count'].sum()), 'mention')} of human rights, {in_name} "
            f"{'is' if in_name == 1 else 'are'} part of an institution's name ({plural(named, 'such mention')} of "
            "any kind). "
        )
    look = look.rstrip()
    return caption("2.3", text, path, look)


def named_terms_summary(terms: pd.DataFrame) -> str:
    multi = int((terms["n_words"] >= 2).sum()) if len(terms) else 0
    merged = int(terms["acronym"].fillna("").astype(bool).sum()) if len(terms) else 0
    return (
        f"{plural(len(terms), 'named term')}, {multi} of them of two words or more; {merged} merged with a glossary "
        "acronym. The rule cannot tell two names joined by *and* from one name containing *and*. Check the "
        "multi-word terms against the text before citing them."
    )


def dispersion_caption(dispersion: pd.DataFrame, path: str) -> str:
    text = "Where the top content keywords occur, in reading order, with the start of each question dashed"
    if dispersion.empty:
        return caption("2.4", text, path, "No keyword passed the thresholds; the figure says so.")
    dp = dict(zip(dispersion["word"], dispersion["dp"]))
    even = leading({w: -v for w, v in dp.items()}, describe=lambda w: f"'{w}'").rsplit(" (", 1)[0]
    clumped = leading(dp, describe=lambda w: f"'{w}'").rsplit(" (", 1)[0]
    look = (
        f"{plural(len(dispersion), 'keyword')} shown. The most evenly spread: {even} (DP {min(dp.values()):.2f}); "
        f"the most concentrated: {clumped} (DP {max(dp.values()):.2f}). Look for keywords that belong to a single "
        "answer: they mark that answer's topic rather than the interview's."
    )
    return caption("2.4", text, path, look)


def keyword_limits(n_words: int, params: Params) -> str:
    """What keyness can and cannot show on a text of ``n_words`` answer words (notebook 02, last section)."""
    kp = params.keywords
    rate = kp.min_freq / n_words * 1000 if n_words else float("nan")
    return (
        f"- The answers hold {plural(n_words, 'word')}. At this size a word occurring {kp.min_freq} times already has "
        f"a relative frequency of {rate:.1f} per 1,000, so nearly every repeated word that is rare in general "
        "English reaches p < .0001. Significance therefore separates little; Log Ratio and dispersion carry the "
        "information, and a single answer can make a keyword.\n"
        "- The reference is general English of the web, subtitles, news and books, not official or diplomatic "
        "English. Words of the genre (institutional interviews) come out as keywords of the speaker; a reference "
        "of comparable interviews would separate the two.\n"
        "- The interview is an edited news text, perhaps a translated one. Word choice is the publication's as "
        "much as the ombudsman's.\n"
        "- Rights types, named terms and collocations come from transparent rules, not from a parser. Their misses "
        "are visible in the concordance lines and in `named_terms.csv`, which should be read before a figure is "
        "cited."
    )


# notebook 06 ---------------------------------------------------------------------------------------------


def interview_brief(interview, claims: pd.DataFrame) -> str:
    meta = interview.meta
    roles = interview.paragraphs["role"].value_counts()
    speaker = ", ".join(x for x in (meta.interviewee_name, meta.interviewee_role) if x)
    source = ", ".join(str(x) for x in (meta.publication, meta.year) if x)
    return (
        f"**{meta.title or meta.interview_id}** ({source or 'publication not given in the sidecar'}). Interviewee: "
        f"{speaker or 'the interviewee (not named in the sidecar)'}. The text holds "
        f"{plural(int(roles.get('question', 0)), 'question')} and "
        f"{plural(int(roles.get('answer', 0)), 'answer paragraph')}; "
        f"the interviewee's answers are {plural(len(claims), 'sentence')}. Interview id `{meta.interview_id}`."
    )


def none_of_kind(kind: str) -> str:
    """What notebook 06 says when no candidate is a finding (or none an indication)."""
    if kind == "Finding":
        return (
            "No candidate rests only on validated codes, so this interview has no finding yet: what the coding "
            "shows is in the indications below. Reviewing the coding (`ombudsman-discourse review`) makes them "
            "findings."
        )
    return "Every candidate rests on validated codes: there is no indication to add."


def finding_figure_note(name: str, figure: str, figure_number: str, interview_id: str) -> str:
    return (
        f"*Figure {figure_number}, from notebook {figure[:2]} (figures/{interview_id}/{figure}), shown for {name}; "
        "its caption there says what to look at.*"
    )


def citation(meta, version: str) -> str:
    who = meta.interviewee_name or "the interviewee"
    return (
        f"Cite the interview as its publication does ({who}, {meta.publication or 'publication'}, "
        f"{meta.year or 'year not given'}), and this report as: *ombudsman-discourse {version}, discourse report on "
        f"interview `{meta.interview_id}`* (`CITATION.cff` in the project root has the details). Cite the methods "
        "through their authors: log-likelihood (Dunning 1993; Rayson & Garside 2000), Log Ratio (Hardie 2014), "
        "dispersion DP (Gries 2008), stance markers (Hyland 2005), VADER (Hutto & Gilbert 2014), the rights after "
        "OHCHR's Universal Human Rights Index and the violation acts after HURIDOCS (Dueck, Guzman & Verstappen "
        "2001), Cohen's κ (Cohen 1960) with a bootstrap interval (Efron & Tibshirani 1993) and Gwet's AC1 (Gwet "
        "2008) read after Krippendorff (2004), and corpus-assisted discourse analysis (Baker et al. 2008). The "
        "README lists the full references."
    )


def quotations_summary(quotations: pd.DataFrame, layout: str) -> str:
    """How many quotations a news report holds and whose words they are (notebook 01)."""
    if layout != "reported_speech":
        return (
            "This text is an interview, not a news report: its turns are questions and answers, so no quotation "
            "needs attributing (`quotations.csv` is empty)."
        )
    if quotations.empty:
        return "The report quotes nobody: it holds narration only, and no words of the interviewee to analyse."
    by = quotations["speaker"].value_counts()
    cues = quotations.loc[quotations["speaker"] == "interviewee", "cue"].value_counts()
    text = (
        f"The report holds {plural(len(quotations), 'quotation')}: {by.get('interviewee', 0)} the interviewee's, "
        f"{by.get('other', 0)} another speaker's and {by.get('unknown', 0)} without a recognised attribution. "
    )
    if len(cues):
        how = join(f"{n} {c.removeprefix('attributed ')}" for c, n in cues.items())
        text += f"How the interviewee's were recognised: {how}."
    return text
