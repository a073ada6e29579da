"""The sentences notebook 03 computes: the coding's summary, captions, worked examples and its validation.

Each function takes tables the notebook has computed and returns Markdown; ties are said as ties and counts
below five as counts (:mod:`.wording`).
"""

from pathlib import Path

import pandas as pd

from ..claims.agreement import VALIDATED
from .prose import caption
from .wording import join, label, leading, plural, share, turn_label

HEADLINE = ("is_rights_claim", "achievement", "problem", "commitment")  # the codes the targets name


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
        text += (
            f" The country, {meta.country}, is added to the nation actor and to the places that put a sentence at "
            "home; the names of other countries put a sentence abroad."
        )
    return text


def review_summary(meta, review: pd.DataFrame | None, claims: pd.DataFrame) -> str:
    """Whether the coding below is the dictionary's or the analyst's, and how far they agreed."""
    if review is None:
        return (
            "The codes below are the dictionary's proposal: no reviewed coding sheet is named in the sidecar. "
            "`ombudsman-discourse review INTERVIEW` writes one to correct (README, *The analyst has the last word*)."
        )
    a = review.set_index("code")
    changed = int(claims["reviewed"].sum()) if "reviewed" in claims else 0
    parts = [
        f"{label(c)} κ = {a.loc[c, 'kappa']:.2f}" for c in HEADLINE if c in a.index and pd.notna(a.loc[c, "kappa"])
    ]
    return (
        f"**The codes below are the analyst's**: the sidecar names the reviewed coding sheet "
        f"`{meta.coding_sheet.name}`, and every table, figure and finding rests on it. The analyst changed "
        f"{plural(changed, 'sentence')} of {len(claims)}. Agreement of the dictionary's proposal with the review: "
        + (", ".join(parts) if parts else "no code to compare")
        + " (the table below gives every code)."
    )


def claims_summary(claims: pd.DataFrame, summary: pd.DataFrame, claim_types: list[str]) -> str:
    n = len(claims)
    if n == 0:
        return "The interview has no interviewee sentences to code."
    rights = int(claims["is_rights_claim"].sum())
    part = summary[summary["category"] == "claim_type"]
    counts = dict(zip(part["code"], part["sentences"]))
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
    look = "The leading type of each answer: " + "; ".join(parts) + "."
    return caption("3.1", text, path, look)


def evidence_caption(evidence: pd.DataFrame, path: str) -> str:
    """Figure 3.2's caption: how often achievements and problems come with outcome evidence, and with
    references only."""
    text = (
        "Share of each claim type's sentences with evidence; grey bars any evidence, dots outcome evidence "
        "(a number of cases, people, visits) and references (a law, an institution, a date)"
    )
    e = evidence.set_index("claim_type")
    if e["sentences"].sum() == 0:
        return caption("3.2", text, path, "No claim type occurs.")
    parts = []
    for claim in ("achievement", "problem"):
        n = int(e.loc[claim, "sentences"]) if claim in e.index else 0
        if n:
            outcome = round(e.loc[claim, "outcome_share"] * n)
            parts.append(
                f"no {label(claim)} sentence of {n} gives outcome evidence"
                if outcome == 0
                else f"{outcome} of {plural(n, label(claim) + ' sentence')} give{'s' * (outcome == 1)} outcome evidence"
            )
    look = (join(parts) + ". " if parts else "") + (
        "A reference shows only what a reader could look up, not a result: read the dots apart. Types with few "
        "sentences make unsteady shares: read the n beside each bar."
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
        mine = cues[(cues["sentence_id"] == row["sentence_id"]) & cues["category"].isin(["claim_type", "right", "act"])]
        lines.append(f"- **{label(claim)}** (sentence {row['sentence_id']}): {highlight(row['text'], mine)}")
    return "\n".join(lines)


def _kappa(table: pd.DataFrame, code: str) -> str:
    r = table.loc[code]
    if pd.isna(r["kappa"]):
        return f"{label(code)}: κ undefined ({int(r['gold_positive'])} hand-coded)"
    return f"{label(code)}: κ = {r['kappa']:.2f} [{r['kappa_low']:.2f}, {r['kappa_high']:.2f}]"


def _worth(gold_path) -> str:
    """What agreement with the hand coding at ``gold_path`` measures, by the set it belongs to."""
    name = Path(gold_path).name
    if name.startswith("dev_"):
        return (
            "The development texts (the seed and the fixtures of `tests/data/`) were hand-coded by the definitions "
            "alone and the cues were then tuned on them (`tests/data/gold/dev_claims_gold.md`): agreement here is "
            "an upper bound, not a validation. "
        )
    if name.startswith("heldout"):
        return (
            "This interview belongs to a held-out set, whose first run is recorded above; the cues have been "
            "revised since, so agreement here can be higher than in that run. "
        )
    return "The cues were not written on this interview: agreement here is a held-out measure, on one interview. "


def agreement_summary(validation, gold_path=None) -> str:
    """The headline agreement of this interview's coding with its hand coding at ``gold_path``, and what it is
    worth; ``validation``: a :class:`~..claims.agreement.Validation`, or None without hand coding."""
    if validation is None:
        return (
            "No hand coding of this interview's sentences was given (`GOLD`), so its automatic coding is not measured "
            "here; the held-out measure above is what there is."
        )
    a = validation.agreement.drop_duplicates("code").set_index("code")
    exact = validation.exact.set_index("category")
    rights = a.loc["is_rights_claim"]
    return (
        (_worth(gold_path) if gold_path else "")
        + f"On this interview's {int(rights['n'])} hand-coded sentences: "
        + "; ".join(_kappa(a, c) for c in HEADLINE)
        + f". Raw agreement on the rights-claim decision is {rights['agreement']:.0%} (Gwet's AC1 "
        f"{rights['ac1']:.2f}). The whole set of claim types matches in {exact.loc['claim_type', 'share']:.0%} of "
        f"sentences, the whole set of specific rights in {exact.loc['right', 'share']:.0%}."
    )


def heldout_summary(runs: dict[str, pd.DataFrame]) -> str:
    """Each held-out first run, oldest first, with the targets (κ >= 0.7) met or missed."""
    lines = []
    for k, (name, run) in enumerate(runs.items(), 1):
        r = run.drop_duplicates("code").set_index("code")
        met = [c for c in HEADLINE if r.loc[c, "kappa"] >= 0.7]
        lines.append(
            f"- **Held-out set {k}** (`{name}`, {int(r.loc['is_rights_claim', 'n'])} sentences): "
            + "; ".join(_kappa(r, c) for c in HEADLINE)
            + f". Targets (κ ≥ 0.7) met: {join([label(c) for c in met]) or 'none'}."
            + (
                f" Raw agreement on rights claims {r.loc['is_rights_claim', 'agreement']:.0%}, AC1 "
                f"{r.loc['is_rights_claim', 'ac1']:.2f}: κ is low where nearly every sentence is a rights claim."
                if r.loc["is_rights_claim", "agreement"] >= 0.85
                else ""
            )
        )
    return "\n".join(lines)


def _below(kappa: float) -> str:
    """A kappa under the threshold, with a third decimal where two would round it up to the threshold."""
    return f"{kappa:.3f}" if round(kappa, 2) >= VALIDATED else f"{kappa:.2f}"


def validated_codes(run: pd.DataFrame) -> str:
    """Which codes reach κ >= 0.67 on the latest held-out run, and which do not (the findings cite this)."""
    used = run[run["gold_positive"] >= 5].drop_duplicates(["category", "code"])
    repeated = set(used["code"][used["code"].duplicated()])  # "nation" is an actor and a reading of "we"

    def named(category, code):
        return f"{label(code)} ({label(category)})" if code in repeated else label(code)

    ok = used[used["kappa"] >= VALIDATED]
    weak = used[used["kappa"] < VALIDATED]
    good = [named(c, k) for c, k in zip(ok["category"], ok["code"])]
    below = [f"{named(c, k)} {_below(v)}" for c, k, v in zip(weak["category"], weak["code"], weak["kappa"])]
    return (
        f"On the latest held-out run, codes with five or more hand-coded sentences that reach κ ≥ {VALIDATED} "
        f"(validated, in the findings' sense): {join(good) or 'none'}. Below it, with their κ: "
        f"{join(below) or 'none'}. A finding that rests on a code below the line says so."
    )
