"""The report's findings: headline statements rendered from computed values, never typed by hand.

Each finding is one sentence (the claim), the numbers behind it (the evidence), the tables and the
figure it rests on, and its caveat. Every function reads the tables of the earlier stages (keywords,
claims, framing: one dict by file stem, as :func:`~..analysis.stage_tables` returns it), so the findings stay true
when the analysis is rerun, and read sensibly on another interview: where a stage found nothing (no
problem claims, no rights vocabulary) the finding says so instead of failing.
"""

from dataclasses import dataclass

import pandas as pd

from ..output import StageOutput
from .figure_registry import FIGURE_NUMBERS
from .wording import plural, turn_label

# Where each finding rests: the tables, the figure (a file in figures/<interview_id>/, a key of
# FIGURE_NUMBERS, or None) and the notebook section that explains the method.
SOURCES = {
    "floor_share": {
        "tables": ("text_size.csv", "paragraphs.csv"),
        "figure": "01_interview_structure.png",
        "section": "notebook 01, section 4",
    },
    "top_keyword": {
        "tables": ("keyness.csv", "dispersion.csv"),
        "figure": "02_keyness.png",
        "section": "notebook 02, sections 2 and 6",
    },
    "rights_kinds": {
        "tables": ("rights_types.csv", "kwic_rights.csv"),
        "figure": "02_rights_types.png",
        "section": "notebook 02, section 4",
    },
    "claim_profile": {
        "tables": ("claims.csv", "claim_summary.csv"),
        "figure": "03_claim_types_by_turn.png",
        "section": "notebook 03, section 2",
    },
    "problem_answer": {
        "tables": ("claims.csv", "stance.csv"),
        "figure": "04_stance_per_answer.png",
        "section": "notebook 04, sections 3 and 4",
    },
    "evidence_gap": {
        "tables": ("evidence_by_claim_type.csv", "claims.csv", "claim_cues.csv"),
        "figure": "03_evidence_by_claim_type.png",
        "section": "notebook 03, section 3",
    },
    "credit": {
        "tables": ("actor_claims.csv", "claims.csv"),
        "figure": "04_actor_claim_heatmap.png",
        "section": "notebook 04, section 2",
    },
    "placement": {"tables": ("placement.csv", "claims.csv"), "figure": None, "section": "notebook 04, section 5"},
    "domains": {
        "tables": ("rights_domains.csv", "claims.csv"),
        "figure": "04_rights_domains.png",
        "section": "notebook 04, section 1",
    },
}
FEW = 5  # a share of fewer sentences than this is an indication, and the caveat says so


@dataclass(frozen=True)
class Finding:
    claim: str
    evidence: str
    tables: tuple[str, ...]
    figure: str | None  # file name in figures/<interview_id>/, a key of FIGURE_NUMBERS
    caveat: str
    section: str  # where the notebooks explain the method: "notebook 03, section 2"


def _few(n: int, what: str) -> str:
    return f" It rests on {plural(n, what)}: read it as an indication." if n < FEW else ""


def _label(code: str) -> str:
    return code.replace("_", " ")


def floor_share(interview, tables: dict) -> Finding:
    """How much of the interview the interviewee speaks, and in how many turns."""
    sizes = tables["text_size"].set_index("text")["tokens"]
    answers, questions = int(sizes.get("answers", 0)), int(sizes.get("questions", 0))
    roles = interview.paragraphs["role"]
    n_questions, n_answers = int((roles == "question").sum()), int((roles == "answer").sum())
    share = answers / (answers + questions) if answers + questions else 0.0
    per_turn = answers / n_questions if n_questions else float(answers)
    return Finding(
        claim=f"The interviewee holds the floor: the answers carry {share:.0%} of the words spoken in the interview.",
        evidence=(
            f"{answers:,} word tokens in {n_answers} answer paragraphs against {questions:,} in {n_questions} "
            f"questions; {per_turn:,.0f} words of answer per question."
        ),
        **SOURCES["floor_share"],
        caveat=(
            "A published interview is edited: the questions, their order and the length of the answers are the "
            "editor's cut of the conversation, not the conversation."
        ),
    )


def top_keyword(tables: dict) -> Finding:
    """The strongest keyword against general English, with its dispersion over the answers."""
    key = tables["keyness"]
    listed = key[key["is_keyword"] & key["in_reference"] & ~key["stopword"]]
    if listed.empty:
        return Finding(
            claim="No word of the answers is a keyword against general English at the chosen thresholds.",
            evidence="The keyness table has no row marked is_keyword among words the reference lists.",
            **SOURCES["top_keyword"],
            caveat="A very short text rarely reaches the frequency threshold; notebook 02's MIN_FREQ can be lowered.",
        )
    top = listed.sort_values(["g2", "word"], ascending=[False, True]).iloc[0]
    spread = tables["dispersion"].set_index("word")
    where = ""
    if top["word"] in spread.index:
        d = spread.loc[top["word"]]
        where = (
            f"; it occurs in {int(d['parts_with_word'])} of {int(d['parts'])} answer paragraphs "
            f"(DP = {d['dp']:.2f}, where 0 is perfectly even)"
        )
    return Finding(
        claim=f"'{top['word']}' is the answers' strongest keyword against general English.",
        evidence=(
            f"{int(top['observed'])} occurrences, G² = {top['g2']:.1f} ({top['p_band']}), "
            f"Log Ratio = {top['log_ratio']:.1f} (about {2 ** top['log_ratio']:,.0f} times its general-English "
            f"rate){where}."
        ),
        **SOURCES["top_keyword"],
        caveat=(
            "Against general English nearly every topic word of a specialised text is key: keyness shows what the "
            "interview is about, not what is unusual for an ombudsman. Other ombudsman interviews would make the "
            "sharper reference."
        ),
    )


def rights_kinds(tables: dict) -> Finding:
    """Which kinds of rights are named, and how many mentions sit inside institutions' names."""
    types = tables["rights_types"]
    total = int(types["count"].sum())
    if total == 0:
        return Finding(
            claim="The answers never name rights in the entitlement sense.",
            evidence="The rights-types table is empty.",
            **SOURCES["rights_kinds"],
            caveat="Only 'rights', and 'right to/of', count; paraphrases ('entitlements', 'freedoms') do not.",
        )
    by_kind = types.groupby("kind")["count"].sum()
    by_kind = by_kind.reindex(sorted(by_kind.index, key=lambda k: (-by_kind[k], k)))  # most mentioned, ties by name
    top_kind, top_n = by_kind.index[0], int(by_kind.iloc[0])
    in_names = int(types.loc[types["form"] == "in a named term", "count"].sum())
    once = int((by_kind == 1).sum())
    return Finding(
        claim=(
            f"Rights are named mostly in general terms: '{top_kind}' accounts for {top_n} of the "
            f"{plural(total, 'mention')} of rights."
        ),
        evidence=(
            f"Kinds of rights named: {len(by_kind)}, of which {once} only once. Mentions inside an institution's "
            f"name (such as an ombudsman's title): {in_names}."
        ),
        **SOURCES["rights_kinds"],
        caveat=(
            "A list such as 'social, labour and housing rights' counts each item once; a specific right named once "
            "can still matter, and the concordance (kwic_rights.csv) shows each in context."
        ),
    )


def claim_profile(tables: dict, claim_types: list[str]) -> Finding:
    """How many sentences make rights claims, and which claim types dominate."""
    table = tables["claims"]
    n = len(table)
    if n == 0:
        return Finding(
            claim="The interview has no interviewee sentences to code.",
            evidence="The claims table is empty.",
            **SOURCES["claim_profile"],
            caveat="Check the paragraph roles in notebook 01: answers may have been taken for another role.",
        )
    rights = int(table["is_rights_claim"].sum())
    counts = sorted(((int(table[c].sum()), c) for c in claim_types), key=lambda t: (-t[0], t[1]))
    leading = ", ".join(f"{c} ({k})" for k, c in counts[:3] if k)
    return Finding(
        claim=f"{rights / n:.0%} of the interviewee's sentences make a claim about rights.",
        evidence=(
            f"{rights} of {n} sentences. The most frequent claim types: {leading or 'none'}. "
            "A sentence can carry several types."
        ),
        **SOURCES["claim_profile"],
        caveat=(
            "Coded by a dictionary of cues (codebook.yml, cues.yml); notebook 03 measures its agreement with hand "
            "coding and shows every disagreement." + _few(n, "sentence")
        ),
    )


def problem_answer(tables: dict, reported: bool = False) -> Finding:
    """The answer that holds the most problem claims, with its hedging and its wording."""
    table = tables["claims"]
    n_problem = int(table["problem"].sum()) if len(table) else 0
    if n_problem == 0:
        return Finding(
            claim="No sentence of the answers is coded as stating a problem.",
            evidence="The problem column of claims.csv is False throughout.",
            **SOURCES["problem_answer"],
            caveat="An interview without stated problems is itself a finding, but check the cues on a sample first.",
        )
    per_turn = table.groupby("turn_id")["problem"].sum()
    turn = min(per_turn.index[per_turn == per_turn.max()])
    k = int(per_turn[turn])
    stance = tables["stance"].astype({"turn_id": str}).set_index("turn_id")
    answers = stance.drop(index="all", errors="ignore")
    hedge, overall = answers.loc[str(turn), "hedge_per_1000"], stance.loc["all", "hedge_per_1000"]
    rank = int((answers["hedge_per_1000"] > hedge).sum()) + 1
    if overall == 0:
        hedged = "has no hedge (no answer has one)"
    elif rank == 1:
        hedged = f"is the most hedged ({hedge:.1f} hedges per 1,000 words, against {overall:.1f} over the interview)"
    else:
        hedged = (
            f"ranks {rank} of {len(answers)} answers for hedging ({hedge:.1f} hedges per 1,000 words, against "
            f"{overall:.1f} over the interview)"
        )
    wording = table.groupby("turn_id")["vader_compound"].mean()
    lowest = wording[turn] == wording.min()
    tone = "the most negative wording of any answer" if lowest else "wording less negative than another answer's"
    return Finding(
        claim=(
            f"Problems are stated mostly in one answer: {k} of the {plural(n_problem, 'problem sentence')} "
            f"{'are in' if reported else 'answer'} {turn_label(turn, reported)}."
        ),
        evidence=f"That answer {hedged} and has {tone} (mean VADER compound {wording[turn]:+.2f}).",
        **SOURCES["problem_answer"],
        caveat=(
            "Where problems are stated depends on what the interviewer asked. VADER rates words, not positions: "
            "'preventing torture' reads as negative. Hedge counts per 1,000 words rest on a few hundred words per "
            "answer." + _few(k, "problem sentence")
        ),
    )


def evidence_gap(tables: dict) -> Finding:
    """Which claim types carry checkable specifics most and least often."""
    table = tables["claims"]
    evidence = tables["evidence_by_claim_type"]
    shares = [(r.share, int(r.sentences), r.claim_type) for r in evidence.itertuples() if r.sentences >= FEW]
    if len(shares) < 2:
        return Finding(
            claim=f"Too few claims of each type (fewer than {FEW}) to compare how often they carry evidence.",
            evidence=f"{len(shares)} claim type(s) have {FEW} or more sentences.",
            **SOURCES["evidence_gap"],
            caveat="Figure 3.2 still shows the shares, for what small counts are worth.",
        )
    shares.sort(key=lambda t: (-t[0], t[2]))
    (hi, n_hi, c_hi), (lo, n_lo, c_lo) = shares[0], shares[-1]
    overall = table["has_evidence"].mean()
    return Finding(
        claim=(f"{c_hi.capitalize()} claims come with checkable specifics most often, {c_lo} claims least often."),
        evidence=(
            f"{hi:.0%} of {n_hi} {c_hi} sentences name a number, date, law or institution, against {lo:.0%} of "
            f"{n_lo} {c_lo} sentences ({overall:.0%} of all interviewee sentences)."
        ),
        **SOURCES["evidence_gap"],
        caveat=(
            f"Evidence means specifics a reader could check, not facts that were checked. Only claim types with "
            f"{FEW} or more sentences are compared."
        ),
    )


def credit(tables: dict) -> Finding:
    """Who appears in the sentences that credit someone, and in the sentences of achievement."""
    grid = tables["actor_claims"]

    def leader(claim_type):
        part = grid[grid["claim_type"] == claim_type]
        total = int(tables["claims"][claim_type].sum()) if len(tables["claims"]) else 0
        if part.empty or part["sentences"].max() == 0:
            return None, 0, total
        top = part.sort_values(["sentences", "actor"], ascending=[False, True]).iloc[0]
        return top["actor"], int(top["sentences"]), total

    who, k, n_attr = leader("attribution")
    ach, k_ach, n_ach = leader("achievement")
    if who is None and ach is None:
        return Finding(
            claim="No sentence credits a named actor with an achievement or an initiative.",
            evidence="The actor-by-claim table has no attribution or achievement sentence with an actor.",
            **SOURCES["credit"],
            caveat="Actors are found by cue words; the sidecar adds the country's names (head of state, bodies).",
        )
    parts = []
    if who is not None:
        parts.append(
            f"Sentences that credit someone with an initiative: {n_attr}, with the {_label(who)} as actor in {k}."
        )
    if ach is not None:
        parts.append(f"Sentences of achievement: {n_ach}, with the {_label(ach)} as actor in {k_ach}.")
    text = " ".join(parts)
    claim = (
        f"Credit for initiatives goes most often to the {_label(who)}."
        if who is not None
        else f"Achievements are stated most often with the {_label(ach)} as actor."
    )
    return Finding(
        claim=claim,
        evidence=text,
        **SOURCES["credit"],
        caveat=(
            "Actor codes were not validated against hand coding. A sentence can name several actors, and 'we' is "
            "read as the office or the nation from its context."
            + _few(min(n for n in (n_attr, n_ach) if n), "sentence")
        ),
    )


def placement(tables: dict) -> Finding:
    """Where achievements and problems are placed: at home, internationally, or as outside threats."""
    table = tables["placement"].set_index("claim_type")
    ach, prob = table.loc["achievement"], table.loc["problem"]
    if ach["sentences"] == 0 or prob["sentences"] == 0:
        return Finding(
            claim="Achievements and problems cannot be compared for where they are placed: one of them is absent.",
            evidence=f"{ach['sentences']} achievement and {prob['sentences']} problem sentences.",
            **SOURCES["placement"],
            caveat="Notebook 04, section 5, gives the placement table.",
        )
    home = ach["domestic"] / ach["sentences"]
    outside = prob["external_threat"] / prob["sentences"]
    home_problems = prob["domestic"] / prob["sentences"]
    if home > 0.5 and outside > home_problems:
        claim = (
            f"Achievements are placed at home ({home:.0%} of them), problems more often among outside threats "
            f"({outside:.0%}) than at home ({home_problems:.0%})."
        )
    else:
        claim = (
            f"Achievements and problems are not placed apart: {home:.0%} of achievements are placed at home, "
            f"{home_problems:.0%} of problems at home and {outside:.0%} among outside threats."
        )
    return Finding(
        claim=claim,
        evidence=(
            f"{int(ach['domestic'])} of {plural(int(ach['sentences']), 'achievement sentence')} have a domestic locus; "
            f"of {plural(int(prob['sentences']), 'problem sentence')}, {int(prob['external_threat'])} name an outside "
            f"threat and {int(prob['domestic'])} a domestic locus; {int(prob['unplaced'])} have no locus cue."
        ),
        **SOURCES["placement"],
        caveat=(
            "Locus comes from cue words (the country's name, 'international', 'threats') and was not validated "
            "against hand coding; a sentence can have several loci or none."
            + _few(int(prob["sentences"]), "problem sentence")
        ),
    )


def domains(tables: dict) -> Finding:
    """Which rights domain is invoked most, and how many rights claims name no domain."""
    table = tables["rights_domains"]
    rights = tables["claims"]
    n_rights = int(rights["is_rights_claim"].sum()) if len(rights) else 0
    if table["sentences"].sum() == 0:
        return Finding(
            claim="No rights domain of the codebook is invoked.",
            evidence=f"{n_rights} rights claims, none with a domain cue.",
            **SOURCES["domains"],
            caveat="Domains are found by cue words; rights spoken of only in general name no domain.",
        )
    top = table.sort_values(["sentences", "domain"], ascending=[False, True]).iloc[0]
    no_domain = int((rights["is_rights_claim"] & (rights["rights_domains"].fillna("") == "")).sum())
    silent = table.loc[table["sentences"] == 0, "domain"].map(_label).tolist()
    return Finding(
        claim=(
            f"The most invoked rights domain is {_label(top['domain'])} ({plural(int(top['sentences']), 'sentence')})."
        ),
        evidence=(
            f"{no_domain} of {n_rights} rights claims name no domain: they speak of human rights in general. "
            + (
                f"Never invoked: {', '.join(silent)}."
                if silent
                else "Every domain of the codebook occurs at least once."
            )
        ),
        **SOURCES["domains"],
        caveat=(
            "A domain absent from the answers may be absent from the questions too: silence is read against what "
            "was asked." + _few(int(top["sentences"]), "sentence")
        ),
    )


def report_findings(interview, tables: dict, codebook) -> list[Finding]:
    """Every finding of notebook 05, in the order the notebook presents them, from the stages' ``tables``."""
    return [
        floor_share(interview, tables),
        top_keyword(tables),
        rights_kinds(tables),
        claim_profile(tables, codebook.labels("claim_type")),
        domains(tables),
        evidence_gap(tables),
        credit(tables),
        placement(tables),
        problem_answer(tables, interview.layout == "reported_speech"),
    ]


def findings_table(findings: list[Finding]) -> pd.DataFrame:
    """One row per finding, numbered from 1, with its figure number (``findings.csv``)."""
    return pd.DataFrame(
        [
            {
                "finding": i,
                "claim": f.claim,
                "evidence": f.evidence,
                "tables": " ".join(f.tables),
                "figure": f.figure or "",
                "figure_number": FIGURE_NUMBERS.get(f.figure, ""),
                "caveat": f.caveat,
                "section": f.section,
            }
            for i, f in enumerate(findings, start=1)
        ]
    )


def finding_markdown(number: int, finding: Finding) -> str:
    """A finding as Markdown: the claim as a heading, then its evidence, sources and caveat."""
    sources = ", ".join(f"`{t}`" for t in finding.tables)
    if finding.figure:
        sources += f"; Figure {FIGURE_NUMBERS[finding.figure]} (`{finding.figure}`)"
    return (
        f"### Finding {number}. {finding.claim}\n\n"
        f"**Evidence.** {finding.evidence}\n\n"
        f"**Source.** {sources}; method in {finding.section}.\n\n"
        f"**Caveat.** {finding.caveat}"
    )


def findings_stage(interview, tables: dict, codebook) -> StageOutput:
    """The findings stage (notebook 05) for the writer: ``findings.csv`` from the earlier stages' ``tables``."""
    return StageOutput({"findings": findings_table(report_findings(interview, tables, codebook))})
