"""The sentences the notebooks compute: summaries, interpretive sentences and figure captions.

Each function takes the tables (and parameters) a notebook has already computed and returns Markdown. The
rules they state (which answer leads, which claim type carries most evidence) are the ones the findings use
(:mod:`.findings`), and ties are said as ties. The notebooks' narrative stays in their Markdown cells;
only sentences that carry computed values are built here.
"""

import pandas as pd

from ..params import Params
from .wording import join, label, leading, plural, share, turn_label


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
    top = collocates.iloc[0]
    look = (
        f"'{top['collocate']}' leads ({top['frequency']} of its {top['corpus_frequency']} occurrences fall in the "
        "windows); look past it to the words that frame rights in these answers."
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
    look += "Look at which specific rights appear, and how often they appear only inside a list."
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


# notebook 03 ---------------------------------------------------------------------------------------------


def codebook_extensions(meta) -> str:
    if meta.codebook:
        text = (
            "Sidecar extensions for this interview: "
            + "; ".join(f"`{k}`: {', '.join(v)}" for k, v in meta.codebook.items())
            + "."
        )
    else:
        text = "This interview's sidecar adds no names to the codebook."
    if meta.country:
        text += f" The country, {meta.country}, is added to the nation actor and the domestic locus."
    return text


def claims_summary(claims: pd.DataFrame, summary: pd.DataFrame, claim_types: list[str]) -> str:
    n = len(claims)
    if n == 0:
        return "The interview has no interviewee sentences to code."
    rights = int(claims["is_rights_claim"].sum())
    counts = dict(
        zip(
            summary.loc[summary["category"] == "claim_type", "code"],
            summary.loc[summary["category"] == "claim_type", "sentences"],
        )
    )
    ranked = sorted(counts, key=lambda c: (-counts[c], c))
    per_sentence = claims[claim_types].sum(axis=1)
    return (
        f"Of {plural(n, 'interviewee sentence')}, **{rights} ({share(rights, n)}) are rights claims**. Claim types "
        "by sentences: "
        + ", ".join(f"{label(c)} {counts[c]} ({share(counts[c], n)})" for c in ranked)
        + f". Sentences with more than one claim type: {int((per_sentence > 1).sum())}; with none: "
        f"{int((per_sentence == 0).sum())}."
    )


def claims_by_turn_caption(by_turn: pd.DataFrame, claim_types: list[str], path: str, reported: bool = False) -> str:
    text = "Interviewee sentences of each claim type, per answer"
    if by_turn.empty:
        return caption("3.1", text, path, "There is no answer to code.")
    parts = [
        f"{turn_label(r['turn_id'], reported)}: {leading({c: r[c] for c in claim_types})}"
        for _, r in by_turn.iterrows()
    ]
    look = (
        "The leading type of each answer: " + "; ".join(parts) + ". Look at how the interview moves from one kind "
        "of claim to another as the questions change."
    )
    return caption("3.1", text, path, look)


def evidence_caption(evidence: pd.DataFrame, claims: pd.DataFrame, path: str) -> str:
    """Figure 3.2's caption: the claim types with the highest and lowest share of sentences with evidence."""
    text = "Share of each claim type's sentences with checkable specifics; grey bars any evidence, dots each kind"
    present = evidence[evidence["sentences"] > 0]
    if present.empty:
        return caption("3.2", text, path, "No claim type occurs.")
    shares = {r.claim_type: round(r.share, 6) for r in present.itertuples()}
    most = leading(shares, describe=label).rsplit(" (", 1)[0]
    least = leading({c: -v for c, v in shares.items()}, describe=label).rsplit(" (", 1)[0]
    look = (
        f"Carrying evidence most often: {most} ({max(shares.values()):.0%}); least often: {least} "
        f"({min(shares.values()):.0%}). Overall {claims['has_evidence'].mean():.0%} of the interviewee's sentences "
        "carry some evidence. Types with few sentences make unsteady shares: read the n beside each bar."
    )
    return caption("3.2", text, path, look)


def worked_examples(claims: pd.DataFrame, cues: pd.DataFrame, claim_types: list[str]) -> str:
    """For each claim type, its first sentence with the cues that fired highlighted."""
    from ..claims.summaries import highlight

    lines = []
    for claim in claim_types:
        hits = claims[claims[claim]] if len(claims) else claims
        if hits.empty:
            lines.append(f"- **{label(claim)}**: no sentence in this interview.")
            continue
        row = hits.iloc[0]
        mine = cues[
            (cues["sentence_id"] == row["sentence_id"]) & cues["category"].isin(["claim_type", "rights_domain"])
        ]
        lines.append(f"- **{label(claim)}** (sentence {row['sentence_id']}): {highlight(row['text'], mine)}")
    return "\n".join(lines)


def agreement_summary(validation, claim_types: list[str], domains: list[str]) -> str:
    """κ for rights claims, which targets are met (claim types with five or more hand-coded examples);
    ``validation``: a :class:`~..claims.agreement.Validation`, or None when there is no hand coding."""
    if validation is None:
        return (
            "No hand coding was given for this interview (`GOLD = None`), so the automatic coding is unvalidated "
            "here, and there are no disagreements to list."
        )
    a = validation.agreement.set_index("code")
    targets = [("is_rights_claim", 0.8)] + [(c, 0.7) for c in claim_types if a.loc[c, "gold_positive"] >= 5]
    met = [code for code, t in targets if a.loc[code, "kappa"] >= t]
    missed = [f"{label(code)} (κ = {a.loc[code, 'kappa']:.2f})" for code, t in targets if not a.loc[code, "kappa"] >= t]
    kappas = a.loc[domains, "kappa"].dropna()
    text = (
        f"On {int(a.loc['is_rights_claim', 'n'])} sentences, κ for rights claims is "
        f"**{a.loc['is_rights_claim', 'kappa']:.2f}**; {len(met)} of {len(targets)} targets are met"
        + (f"; missed: {', '.join(missed)}." if missed else ".")
    )
    if len(kappas):
        text += f" Rights domains reach κ between {kappas.min():.2f} and {kappas.max():.2f}."
    return text


def first_run_summary(first_run: pd.DataFrame, claim_types: list[str]) -> str:
    f = first_run.set_index("code")
    kappas = f.loc[[c for c in claim_types if c in f.index], "kappa"].dropna()
    return (
        f"On the held-out fixtures ({int(f.loc['is_rights_claim', 'n'])} sentences), the first run reached κ = "
        f"{f.loc['is_rights_claim', 'kappa']:.2f} for rights claims and κ between {kappas.min():.2f} and "
        f"{kappas.max():.2f} for the claim types that occur. Rules written from one interview miss the vocabulary of "
        "another: before trusting the coding of a new interview, hand-code a sample of its sentences and compare."
    )


# notebook 04 ---------------------------------------------------------------------------------------------


def domains_caption(domains: pd.DataFrame, claims: pd.DataFrame, path: str) -> str:
    text = "Interviewee sentences invoking each rights domain, with the UDHR articles the domain covers"
    counts = dict(zip(domains["domain"], domains["sentences"]))
    silent = [label(d) for d, n in counts.items() if n == 0]
    look = ""
    if any(counts.values()):
        look += f"The most invoked: {leading(counts)}. "
    else:
        look += "No domain is invoked. "
    look += f"Silences: {join(silent)}. " if silent else "Every domain of the codebook occurs at least once. "
    rights = claims[claims["is_rights_claim"]] if len(claims) else claims
    general = int((rights[domains["domain"].tolist()].sum(axis=1) == 0).sum()) if len(rights) else 0
    look += (
        f"{general} of {plural(len(rights), 'rights claim')} name no specific domain: they speak of human rights in "
        "general."
    )
    return caption("4.1", text, path, look)


def actors_caption(actor_claims: pd.DataFrame, path: str) -> str:
    text = "Sentences in which each actor appears with each claim type"
    grid = actor_claims.pivot(index="actor", columns="claim_type", values="sentences")
    order = actor_claims["actor"].unique()
    parts = [
        f"{label(claim)}: {leading({a: grid.loc[a, claim] for a in order})}"
        for claim in actor_claims["claim_type"].unique()
    ]
    look = (
        "The actor appearing most with each claim type: " + "; ".join(parts) + ". Look at the row of "
        "rights-holders: do people appear as actors, or only as beneficiaries and victims?"
    )
    return caption("4.2", text, path, look)


def stance_caption(stance: pd.DataFrame, path: str, reported: bool = False) -> str:
    text = "Stance markers per 1,000 words in each answer and overall"
    whole = stance.set_index("turn_id").loc["all"]
    answers = stance[stance["turn_id"] != "all"]
    look = (
        f"Over the whole interview: {whole['booster_per_1000']:.1f} boosters against {whole['hedge_per_1000']:.1f} "
        f"hedges and {whole['attitude_per_1000']:.1f} attitude markers per 1,000 words. "
    )
    hedges = {t: round(v, 1) for t, v in zip(answers["turn_id"], answers["hedge_per_1000"].fillna(0))}
    if hedges and max(hedges.values()) > 0:
        most = leading(hedges, describe=lambda t: "the " + turn_label(t, reported, long=True), fmt="{:.1f}")
        look += (
            f"The most hedged answer: {most}, in hedges per 1,000 words (rounded to one decimal). Counts of a few "
            "markers per answer are within the noise."
        )
    else:
        look += "No answer contains a hedge the cues recognise."
    return caption("4.3", text, path, look)


def arc_caption(claims: pd.DataFrame, params: Params, path: str, reported: bool = False) -> str:
    window = params.figures.arc_window
    text = (
        f"VADER compound of every interviewee sentence in reading order, with a moving mean over {window} sentences "
        "and the start of each answer"
    )
    if claims.empty:
        return caption("4.4", text, path, "There is no sentence to score.")
    per_turn = claims.groupby("turn_id")["vader_compound"].mean()
    look = (
        "The mean per answer: "
        + ", ".join(f"{turn_label(t, reported)}: {v:+.2f}" for t, v in per_turn.items())
        + f"; {(claims['evaluation'] == 'negative').mean():.0%} of sentences are worded negatively. VADER rates "
        "words, not positions."
    )
    return caption("4.4", text, path, look)


def placement_summary(placement: pd.DataFrame) -> str:
    """Where achievements and problems are placed, as counts and shares (no interpretation: notebook 04)."""
    p = placement.set_index("claim_type")

    def placed(claim: str, locus: str) -> str:
        return share(p.loc[claim, locus], p.loc[claim, "sentences"])

    return (
        f"Of {plural(p.loc['achievement', 'sentences'], 'achievement sentence')}, {placed('achievement', 'domestic')} "
        f"are placed at home; of {plural(p.loc['problem', 'sentences'], 'problem sentence')}, "
        f"{placed('problem', 'domestic')} are placed at home and {placed('problem', 'external_threat')} are framed as "
        "threats from abroad. The sentences behind each count are in `claims.csv` (columns `locus` and `cues`)."
    )


# notebook 05 ---------------------------------------------------------------------------------------------


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


def finding_figure_note(number: int, figure: str, figure_number: str, interview_id: str) -> str:
    return (
        f"*Figure {figure_number}, from notebook {figure[:2]} (figures/{interview_id}/{figure}), shown for Finding "
        f"{number}; its caption there says what to look at.*"
    )


def citation(meta, version: str) -> str:
    who = meta.interviewee_name or "the interviewee"
    return (
        f"Cite the interview as its publication does ({who}, {meta.publication or 'publication'}, "
        f"{meta.year or 'year not given'}), and this report as: *ombudsman-discourse {version}, discourse report on "
        f"interview `{meta.interview_id}`* (`CITATION.cff` in the project root has the details). Cite the methods "
        "through their authors: log-likelihood (Dunning 1993; Rayson & Garside 2000), Log Ratio (Hardie 2014), "
        "dispersion DP (Gries 2008), stance markers (Hyland 2005), VADER (Hutto & Gilbert 2014), Cohen's κ (Cohen "
        "1960), and corpus-assisted discourse analysis (Baker et al. 2008). The README lists the full references."
    )


def limitations(
    interview,
    tables: dict,
    params: Params,
    claim_types: list[str],
    agree: pd.DataFrame | None,
    first_run: pd.DataFrame,
) -> str:
    """The limitations that apply to every finding, computed from this interview's tables (notebook 05).

    ``agree``: agreement with this interview's hand coding (None when there is none); ``first_run``: the
    codebook's first run on held-out interviews.
    """
    from ..keywords.reference import WORDFREQ_RESOLUTION

    meta, kp = interview.meta, params.keywords
    n_words = int(tables["text_size"].set_index("text").loc["answers", "tokens"])
    lines = [
        f"- **One edited news interview.** The analysis reads a single text of {plural(n_words, 'answer word')} as "
        f"{meta.publication or 'the publication'} printed it. Questions were chosen and answers shortened by the "
        "editors; if the interview was held in another language, the words counted are the translator's. Nothing "
        "here generalises to the speaker's other statements or to ombudsmen in general without more interviews."
    ]
    if agree is not None:
        a = agree.set_index("code")
        kappas = a.loc[claim_types, "kappa"].dropna()
        lines.append(
            "- **Dictionary-based coding.** Claims are coded by cue words, not by reading. On this interview the "
            f"coding agrees with a hand coding at κ = {a.loc['is_rights_claim', 'kappa']:.2f} for rights claims and "
            f"κ = {kappas.min():.2f}–{kappas.max():.2f} for claim types. Where the cues were written while reading "
            "this interview, that is an upper bound."
        )
    else:
        lines.append(
            "- **Dictionary-based coding.** Claims are coded by cue words, not by reading, and no hand coding of this "
            "interview was given (`GOLD = None`): the coding is unvalidated here. Hand-code a sample and set `GOLD`."
        )
    f = first_run.set_index("code")
    kappas = f.loc[[c for c in claim_types if c in f.index], "kappa"].dropna()
    lines.append(
        f"  On interviews kept out of cue writing, the first run reached κ = {f.loc['is_rights_claim', 'kappa']:.2f} "
        f"for rights claims and κ = {kappas.min():.2f}–{kappas.max():.2f} for claim types: expect lower agreement "
        "on a new interview. Actors, stance, locus and evidence were not validated against hand coding at all."
    )
    key = tables["keyness"]
    genre = key.loc[key["is_keyword"] & key["in_reference"] & ~key["stopword"] & ~key["capitalised"], "word"]
    examples = f" ({', '.join(genre.head(3))} here)" if len(genre) else ""
    lines.append(
        "- **The reference corpus.** Keyness compares the answers with general English from wordfreq, assumed to be "
        f"{kp.reference_size:,.0f} tokens, which makes its smallest listed proportion ({WORDFREQ_RESOLUTION:g}) equal "
        f"{kp.reference_size * WORDFREQ_RESOLUTION:,.0f} occurrences; the G² values depend on that assumption, the "
        "Log Ratios of listed words do not. That reference is web, news, subtitle and book English, not "
        f"institutional speech: the topic and genre words of an ombudsman's interview{examples} come out as keywords "
        "of the speaker."
    )
    rate = kp.min_freq / n_words * 1000 if n_words else float("nan")
    lines.append(
        f"- **Keyness in a short text.** With {plural(n_words, 'word')}, a word seen {kp.min_freq} times has a rate of "
        f"{rate:.1f} per 1,000 words; nearly every repeated word that is rare in general English then reaches "
        "p < .0001. Significance separates little; effect size (Log Ratio) and dispersion carry the information, "
        "and G² assumes independent tokens, which one speaker's repeated phrases are not. Keyness cannot show what "
        "is missing from the interview, nor how this speaker differs from other ombudsmen."
    )
    return "\n".join(lines)


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
