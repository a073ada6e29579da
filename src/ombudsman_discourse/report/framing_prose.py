"""The sentences notebook 04 computes: captions and summaries of the rights invoked and never invoked, the
frames, the acts, the first person plural, the actors, stance, placement and the record.

Each function takes tables the notebook has computed and returns Markdown; ties are said as ties and counts
below five as counts (:mod:`.wording`).
"""

import pandas as pd

from ..claims.coding import NO_PLACE
from ..params import Params
from .prose import caption
from .wording import ACTOR_NAMES, join, label, leading, listing, plural, turn_label


def rights_caption(rights: pd.DataFrame, claims: pd.DataFrame, families: dict[str, str], path: str) -> str:
    text = "Interviewee sentences invoking each specific right, grouped by family; rights never invoked marked"
    invoked = rights[rights["sentences"] > 0]
    silent = rights[rights["sentences"] == 0]
    look = f"{plural(len(invoked), 'right')} of {len(rights)} invoked"
    look += (
        f"; the most: {leading(dict(zip(invoked['name'], invoked['sentences'])), describe=str)}. "
        if len(invoked)
        else ". "
    )
    if len(silent):
        by_family = [
            f"{families[f]}: {listing(silent.loc[silent['family'] == f, 'name'])}"
            for f in families
            if (silent["family"] == f).any()
        ]
        look += "Never invoked — " + "; ".join(by_family) + ". "
    rights_claims = claims[claims["is_rights_claim"]] if len(claims) else claims
    general = int((rights_claims["rights"] == "").sum()) if len(rights_claims) else 0
    if general:
        look += (
            f"{general} of {plural(len(rights_claims), 'rights claim')} {'names' if general == 1 else 'name'} no "
            "specific right: they speak of human rights in general. "
        )
    elif len(rights_claims):
        look += "Every rights claim names a specific right. "
    look += "A silence is read against what was asked (the questions are in notebook 01)."
    return caption("4.1", text, path, look)


def frames_caption(frames: pd.DataFrame, claims: pd.DataFrame, path: str) -> str:
    text = "Interviewee sentences using each frame: how a matter is framed, never a right invoked"
    used = frames[frames["sentences"] > 0]
    if used.empty:
        return caption("4.2", text, path, "No sentence uses a frame of the codebook.")
    counts = dict(zip(used["name"], used["sentences"]))
    framed = claims["frames"] != ""
    in_claims = int((framed & claims["is_rights_claim"]).sum())
    look = (
        f"Frames used: {join([f'{f} ({n})' for f, n in counts.items()])}; the most used: {leading(counts)}. "
        f"Of {plural(int(framed.sum()), 'framed sentence')}, {in_claims} "
        f"{'is a rights claim' if in_claims == 1 else 'are rights claims'}, "
        "where the frame sets the terms in which a right is spoken of."
    )
    return caption("4.2", text, path, look)


def acts_caption(acts: pd.DataFrame, path: str) -> str:
    text = "Violation acts the problem sentences state, placed at home, abroad, both or nowhere"
    stated = acts[acts["sentences"] > 0]
    if stated.empty:
        return caption(
            "4.3", text, path, "No sentence states a violation act: the problems named are threats, challenges or "
            "deficits, not acts done to someone."
        )  # fmt: skip
    home, abroad = int(stated["home"].sum()), int(stated["abroad"].sum())
    look = (
        f"{plural(len(stated), 'kind')} of act stated; the most stated: "
        f"{leading(dict(zip(stated['act'], stated['sentences'])))}. Act mentions placed at home: {home}; abroad: "
        f"{abroad}."
    )
    agents = list(dict.fromkeys(a.strip() for names in stated["agents"] for a in names.split(";") if a.strip()))
    if agents:
        look += f" Agents named: {'; '.join(agents)}."
    return caption("4.3", text, path, look)


def _actor(code: str) -> str:
    return ACTOR_NAMES.get(code, label(code))


def actors_caption(actor_claims: pd.DataFrame, path: str) -> str:
    text = "Sentences in which each actor appears with each claim type"
    grid = actor_claims.pivot(index="actor", columns="claim_type", values="sentences")
    order = actor_claims["actor"].unique()
    parts = [
        f"{label(claim)}: {leading({a: grid.loc[a, claim] for a in order}, describe=_actor)}"
        for claim in actor_claims["claim_type"].unique()
    ]
    look = "The actor appearing most with each claim type: " + "; ".join(parts) + "."
    return caption("4.4", text, path, look)


def stance_caption(stance: pd.DataFrame, path: str, reported: bool = False) -> str:
    text = "Stance markers per 1,000 words in each answer and overall"
    whole = stance.set_index("turn_id").loc["all"]
    answers = stance[stance["turn_id"] != "all"]
    look = (
        f"Over the whole interview: {whole['booster_per_1000']:.1f} boosters against {whole['hedge_per_1000']:.1f} "
        f"hedges and {whole['attitude_per_1000']:.1f} attitude markers per 1,000 words. "
    )
    hedges = {t: round(v, 1) for t, v in zip(answers["turn_id"], answers["hedge_per_1000"].fillna(0))}
    counts = dict(zip(answers["turn_id"], answers["hedge"]))
    if hedges and max(hedges.values()) > 0:
        most = leading(hedges, describe=lambda t: "the " + turn_label(t, reported, long=True), fmt="{:.1f}")
        top = [t for t, v in hedges.items() if v == max(hedges.values())]
        n = int(counts[top[0]])
        look += (
            f"The most hedged answer: {most}, in hedges per 1,000 words (rounded to one decimal), from "
            f"{plural(n, 'hedge')}{' each' if len(top) > 1 else ''}. "
            + (
                "A rate from one or two markers is within the noise."
                if n < 3
                else "Counts of a few markers per answer are within the noise."
            )
        )
    else:
        look += "No answer contains a hedge the cues recognise."
    return caption("4.5", text, path, look)


def arc_caption(claims: pd.DataFrame, params: Params, path: str, reported: bool = False) -> str:
    window = params.figures.arc_window
    text = (
        f"VADER compound of every interviewee sentence in reading order (a lexical measure of the wording), with a "
        f"moving mean over {window} sentences and the start of each answer"
    )
    if claims.empty:
        return caption("4.6", text, path, "There is no sentence to score.")
    per_turn = claims.groupby("turn_id")["vader_compound"].mean()
    look = (
        "The mean per answer: "
        + ", ".join(f"{turn_label(t, reported)}: {v:+.2f}" for t, v in per_turn.items())
        + ". VADER rates words, not positions: the adoption of a law against torture reads as negative. No "
        "finding rests on it; the claims' own polarity (achievement against problem) is in Figure 3.1."
    )
    return caption("4.6", text, path, look)


def placement_summary(placement: pd.DataFrame, claims: pd.DataFrame) -> str:
    """Where achievements and problems are placed, as counts, and how many placements are by default."""
    p = placement.set_index("claim_type")
    by_default = int(claims["cues"].str.contains(NO_PLACE, regex=False).sum()) if len(claims) else 0

    def row(claim: str) -> str:
        r = p.loc[claim]
        n = int(r["sentences"])
        if n == 0:
            return f"no sentence states {'an' if claim[0] in 'aeiou' else 'a'} {label(claim)}"
        home, abroad, both = int(r["only_home"]), int(r["only_abroad"]), int(r["home"]) - int(r["only_home"])
        return (
            f"of {plural(n, label(claim) + ' sentence')}, {home} {'is' if home == 1 else 'are'} placed at home only, "
            f"{abroad} abroad only, {both} in both"
        )

    first = row("achievement")
    return (
        f"{first[0].upper() + first[1:]}; {row('problem')}. A sentence is placed abroad by a foreign place or "
        "agent it names, at home by the country, its bodies or the office; a claim that names no place is placed "
        f"at home by default ({plural(by_default, 'sentence')} here), since an ombudsman speaks of the country "
        "unless the sentence says otherwise. The sentences are in `claims.csv` (columns `locus` and `cues`)."
    )


def first_person_summary(first: pd.DataFrame) -> str:
    if first.empty:
        return "The interviewee never says *we*, *our* or *us*."
    counts = first["we"].value_counts()
    parts = [f"{label(k)} {int(counts.get(k, 0))}" for k in ("office", "state", "nation", "other")]
    defaults = int(first["we_cue"].str.contains("no cue").sum())
    inherited = int(first["we_cue"].str.contains("as in the sentence before").sum())
    return (
        f"*We* / *our* / *us* in {plural(len(first), 'sentence')}, read as: {', '.join(parts)}. Read as in the "
        f"sentence before: {inherited}; with no cue at all, read as the office, the speaker's institution: "
        f"{defaults}. The `we_cue` column gives the words that decided each."
    )


def record_summary(record: pd.DataFrame, meta) -> str:
    if record.empty:
        return (
            "The sidecar lists no record for this interview. To read it against what UN mechanisms raised for the "
            "country and period, list the issues under `record:` (README, *The record*)."
        )
    counts = record["status"].value_counts()
    passed = record.loc[record["status"] == "passed over", "issue"].map(label).tolist()
    only = record.loc[record["status"] == "right only", "issue"].map(label).tolist()
    text = (
        f"Of {plural(len(record), 'issue')} the record lists for {meta.country or 'the country'}, the interview "
        f"addresses {int(counts.get('addressed', 0))}, invokes only the right of {int(counts.get('right only', 0))} "
        f"and passes over {int(counts.get('passed over', 0))}"
    )
    text += f": {join(passed)}." if passed else "."
    if only:
        text += f" Right invoked, issue not spoken of: {join(only)}."
    unverified = int((~record["verified"].astype(bool)).sum())
    if unverified:
        verb = "rests" if unverified == 1 else "rest"
        text += f" {plural(unverified, 'issue')} {verb} on a source whose symbol was not checked (`verified` false)."
    return text
