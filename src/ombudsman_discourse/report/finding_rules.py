"""The candidate findings of notebook 06, one function each: ``(interview, tables, codebook)`` in, a
:class:`~.findings.Finding` out, or a :class:`~.findings.NotMade` saying why it would not be informative here.

Each reads the tables of the earlier stages (one dict by file stem), so the findings stay true when the
analysis is rerun and read sensibly on another interview.
"""

from itertools import pairwise

import numpy as np

from ..claims.agreement import heldout_first_run, validation_status
from ..claims.coding import NO_PLACE
from ..rows import records
from .findings import FEW, Finding, NotMade, pick
from .wording import ACTOR_NAMES, join, label, leaders, listing, plural

NEAR = 0.75  # two counts this close (the smaller at least this share of the larger) are "about as often"
CREDITED = ("head_of_state", "state_bodies", "ombudsman", "nation", "civil_society", "international_orgs")
ACTORS = {a: ACTOR_NAMES[a] for a in CREDITED}  # who can be credited: not external parties, not rights-holders
SECTIONS = {
    "rights": ("notebook 04, section 1", ("rights.csv", "claims.csv"), "04_rights.png"),
    "record": ("notebook 04, section 2", ("record.csv", "claims.csv"), None),
    "balance": ("notebook 03, section 2", ("claims.csv", "claims_by_turn.csv"), "03_claim_types_by_turn.png"),
    "problems": ("notebook 04, section 4", ("placement.csv", "acts.csv", "claims.csv"), "04_acts.png"),
    "credit": ("notebook 04, section 5", ("actor_claims.csv", "claims.csv"), "04_actor_claim_heatmap.png"),
    "evidence": ("notebook 03, section 3", ("evidence_by_claim_type.csv", "claims.csv"), "03_evidence_by_claim_type.png"),  # noqa: E501
    "frames": ("notebook 04, section 3", ("frames.csv", "claims.csv"), "04_frames.png"),
    "we": ("notebook 04, section 6", ("first_person.csv", "claims.csv"), None),
}  # fmt: skip


def _where(key: str) -> dict:
    section, tables, figure = SECTIONS[key]
    return {"section": section, "tables": tables, "figure": figure}


_NAMED: list = [None, None]  # the last codebook and its names: every candidate of a report asks for the same


def _names(codebook) -> dict[tuple[str, str], str]:
    """Each code's name as a reader says it, by ``(category, code)``."""
    if _NAMED[0] is not codebook:
        _NAMED[:] = [codebook, {(c, k): code.name for c, codes in codebook.codes.items() for k, code in codes.items()}]
    return _NAMED[1]


def _codes(tables: dict, keys: list[tuple[str, str]], codebook=None) -> tuple[bool, str]:
    """Whether the codes ``keys`` are validated, and a sentence saying how: by the analyst's review, or by
    their agreement on the latest held-out set."""
    if "review_agreement" in tables:
        return True, "Every code was decided by the analyst (the reviewed coding sheet the sidecar names)."
    ok, text = validation_status(heldout_first_run(), keys, _names(codebook) if codebook else None)
    return ok, f"Held-out agreement of the dictionary coding (κ ≥ 0.67 counts as validated): {text}."


def _any(claims, columns: list[str]) -> np.ndarray:
    """Whether each sentence has any of the boolean ``columns`` (none: False throughout)."""
    mask = np.zeros(len(claims), dtype=bool)
    for column in columns:
        mask |= claims[column].to_numpy(dtype=bool)
    return mask


def _few(n: int, what: str) -> str:
    return f" It rests on {plural(n, what)}: read it as an indication, not a pattern." if n < FEW else ""


def rights_silences(interview, tables, codebook):
    rights, claims = tables["rights"], tables["claims"]
    if not len(claims) or not claims["is_rights_claim"].any():
        return NotMade("rights_silences", "no sentence is a rights claim")
    listed = list(zip(*(rights[c].tolist() for c in ("right", "name", "sentences"))))  # plain rows: a few dozen
    invoked = [(right, name, n) for right, name, n in listed if n > 0]
    silent = [(right, name) for right, name, n in listed if n == 0]
    if not invoked:
        return NotMade("rights_silences", "the rights claims name no specific right, so no silence can be told apart")
    top, n_top = leaders({right: n for right, _, n in invoked})
    names = {right: name for right, name, _ in listed}
    claim = f"The interview invokes {len(invoked)} of the {len(rights)} specific rights" + (
        f" and never invokes {listing([name for _, name in silent])}." if silent else ", every one of them."
    )
    general = claims["is_rights_claim"] & (claims["rights"] == "")
    tie = "a tie between " if len(top) > 1 else ""
    evidence = (
        f"Most invoked: {tie}{join([names[r] for r in top])} ({plural(int(n_top), 'sentence')}"
        f"{' each' if len(top) > 1 else ''}). Invoked: "
        + ", ".join(f"{name} {n}" for _, name, n in invoked)
        + "."
        + (
            f" {int(general.sum())} of {plural(int(claims['is_rights_claim'].sum()), 'rights claim')} name no specific "
            "right."
            if general.any()
            else " Every rights claim names a specific right."
        )
    )
    most = sorted(invoked, key=lambda r: -r[2])[:3]  # the three most invoked, the first listed within a tie
    quotes = tuple(pick(claims, claims[r].to_numpy(dtype=bool), 1)[0] for r, _, _ in most)
    checked = [("right", r) for r, _ in silent]
    ok, codes = _codes(tables, [("rights_claim", "is_rights_claim"), *checked], codebook)
    return Finding(
        "rights_silences",
        claim,
        evidence,
        tuple(sorted(set(quotes))),
        pick(claims, general.to_numpy(dtype=bool), 3),
        (
            f"{int(general.sum())} rights claims name no specific right; any of them could touch a silent right in "
            "words the cues do not know (the first are quoted)."
            if general.any()
            else "Every rights claim names a specific right, so no sentence hides a right in general words."
        ),
        codes,
        ok,
        caveat=(
            "A right is invoked when a sentence names it or the interest it protects (a beating in custody: "
            "torture), or when it answers a question about it. A silence is read against what was asked: an "
            + (
                f"interviewer who never asks about {silent[0][1]} leaves the speaker no occasion to "
                "mention it."
                if len(silent)
                else "interviewer's questions set the occasions."
            )
        ),
        **_where("rights"),
    )


def record_reading(interview, tables, codebook):
    record, claims = tables["record"], tables["claims"]
    if record.empty:
        return NotMade("record_reading", "the sidecar lists no record of what UN mechanisms raised")
    rows = records(record)  # a dozen issues: plain rows cost less than pandas' filters
    addressed = [r for r in rows if r.status == "addressed"]
    passed = [r.issue for r in rows if r.status == "passed over"]
    only = [r for r in rows if r.status == "right only"]
    claim = (
        f"Of the {plural(len(record), 'issue')} UN mechanisms raised, the interview addresses {len(addressed)} and "
        f"passes over {len(passed)}" + (f": {join([label(i) for i in passed])}." if passed else ".")
    )
    how = [
        f"{label(r.issue)} (sentence{'s' * (len(r.sentence_ids.split()) > 1)} {r.sentence_ids}: {r.achievement} "
        f"achievement, {r.problem} problem, "
        f"{r.commitment} commitment)"
        for r in addressed
    ]
    evidence = ("Addressed: " + "; ".join(how) + ". " if how else "No issue is addressed. ") + (
        f"Right invoked, issue not spoken of: {join([label(r.issue) for r in only])}." if only else ""
    )
    ids = {int(s) for r in addressed for s in r.sentence_ids.split()}
    quotes = pick(claims, [i in ids for i in claims["sentence_id"].tolist()], 3)
    against_mask = _any(claims, sorted({r.right for r in only}))
    ok, codes = _codes(tables, [("right", r) for r in sorted(set(record["right"]))], codebook)
    return Finding(
        "record_reading",
        claim,
        evidence.strip(),
        quotes,
        pick(claims, against_mask, 3),
        (
            "These sentences invoke the right of an issue the interview is not found to address; read them to "
            "judge whether they speak of the issue in other words."
            if against_mask.any()
            else "No sentence invokes the right of an issue found passed over, so none could address it unseen."
        ),
        codes,
        ok,
        caveat=(
            "The record is the sidecar author's summary of published UN documents (record.csv gives each source); "
            "an issue counts as addressed when a sentence invokes its right with one of its words, which a "
            "paraphrase can escape."
        ),
        **_where("record"),
    )


def claim_balance(interview, tables, codebook):
    claims = tables["claims"]
    if not len(claims):
        return NotMade("claim_balance", "the interview has no interviewee sentence")
    flag = {c: claims[c].to_numpy(dtype=bool) for c in ("achievement", "problem", "abroad", "home")}
    a, p = int(flag["achievement"].sum()), int(flag["problem"].sum())
    if a + p == 0:
        return NotMade("claim_balance", "no sentence states an achievement or a problem")
    if a == p:
        claim = f"Achievements and problems are stated equally often: {plural(a, 'sentence')} each."
    else:
        more, less = ("Achievements", "problems") if a > p else ("Problems", "achievements")
        claim = f"{more} outnumber {less}: {max(a, p)} sentences against {min(a, p)}."
    turns = tables["claims_by_turn"]
    by_turn = {c: turns[c].to_numpy() for c in ("achievement", "problem")}
    lead_a = int((by_turn["achievement"] > by_turn["problem"]).sum())
    lead_p = int((by_turn["problem"] > by_turn["achievement"]).sum())
    evidence = (
        f"Of {plural(len(claims), 'interviewee sentence')}, {a} state an achievement and {p} a problem (a sentence "
        f"can do both: {int((flag['achievement'] & flag['problem']).sum())} here). Achievements outnumber "
        f"problems in {plural(lead_a, 'answer')} and problems achievements in {lead_p}, of {len(turns)}."
    )
    abroad = int((flag["problem"] & flag["abroad"] & ~flag["home"]).sum())
    if p and abroad:  # a problem abroad is no problem admitted: say how many there are before comparing
        evidence += (
            f" Of the {plural(p, 'problem sentence')}, {abroad} {'is' if abroad == 1 else 'are'} placed abroad only."
        )
    major = "achievement" if a >= p else "problem"
    minor = "problem" if major == "achievement" else "achievement"
    ok, codes = _codes(tables, [("claim_type", "achievement"), ("claim_type", "problem")], codebook)
    return Finding(
        "claim_balance",
        claim,
        evidence,
        pick(claims, flag[major], 3),
        pick(claims, flag[minor] & ~flag[major], 2),
        f"Sentences stating {'a problem' if minor == 'problem' else 'an achievement'} instead:"
        if (flag[minor] & ~flag[major]).any()
        else f"No sentence states only {'a problem' if minor == 'problem' else 'an achievement'}.",
        codes,
        ok,
        caveat="The balance follows the questions as much as the speaker." + _few(a + p, "coded sentence"),
        **_where("balance"),
    )


def problems_placed(interview, tables, codebook):
    claims, acts = tables["claims"], tables["acts"]
    problem = claims["problem"].to_numpy(dtype=bool) if len(claims) else np.zeros(0, bool)
    if not problem.any():
        return NotMade("problems_placed", "no sentence states a problem")
    home, abroad = claims["home"].to_numpy(dtype=bool), claims["abroad"].to_numpy(dtype=bool)
    h, x = int((problem & home & ~abroad).sum()), int((problem & abroad & ~home).sum())
    n = int(problem.sum())
    if h != x and min(h, x) >= NEAR * max(h, x):
        claim = (
            f"Problems are placed abroad about as often as at home: {x} problem sentences abroad only against {h} "
            "at home only."
        )
        if x > h:
            major, minor = problem & abroad & ~home, problem & home
        else:
            major, minor = problem & home & ~abroad, problem & abroad
    elif x > h:
        claim = (
            f"Problems are placed abroad more often than at home: {x} problem sentences abroad only, {h} at home only."
        )
        major, minor = problem & abroad & ~home, problem & home
    elif h > x:
        claim = (
            f"Problems are stated at home: {h} of {plural(n, 'problem sentence')} are placed at home only, "
            f"{x} abroad only."
        )
        major, minor = problem & home & ~abroad, problem & abroad
    else:
        claim = f"Problems are placed as often abroad as at home: {plural(h, 'sentence')} each."
        major, minor = problem & home, problem & abroad
    stated = [r for r in records(acts) if r.sentences > 0]
    acts_text = (
        "Acts stated: "
        + ", ".join(f"{label(r.act)} {r.sentences} (home {r.home}, abroad {r.abroad})" for r in stated)
        + "."
        if stated
        else "No problem sentence is coded with a violation act: as coded, the problems are threats, challenges or "
        "deficits rather than acts done to someone."
    )
    default = np.array([NO_PLACE in c for c in claims["cues"].tolist()], dtype=bool)
    evidence = (
        f"{int((problem & home & abroad).sum())} problem sentences name both places. Of the problem sentences at "
        f"home, {int((problem & home & default).sum())} are there by default (they name no place). {acts_text}"
    )
    near = h != x and min(h, x) >= NEAR * max(h, x)
    ok, codes = _codes(tables, [("claim_type", "problem"), ("locus", "home"), ("locus", "abroad")], codebook)
    return Finding(
        "problems_placed",
        claim,
        evidence,
        pick(claims, major, 3),
        pick(claims, minor & ~major, 2),
        "Problem sentences placed the other way:"
        if (minor & ~major).any()
        else "No problem sentence is placed the other way.",
        codes,
        ok,
        caveat=(
            "A sentence is placed abroad by a foreign place or agent it names; a problem that names no place is "
            "placed at home by default."
            + (
                f" Counts within a quarter of each other (the smaller at least {NEAR:.0%} of the larger) are said "
                "to be about equal."
                if near
                else ""
            )
            + _few(n, "problem sentence")
        ),
        **_where("problems"),
    )


def _alone_first(claims, shown, rivals: list[str], k: int = 3):
    """Up to ``k`` sentences where ``shown`` holds, those naming none of the ``rivals`` first: a sentence that
    names the president beside the country shows the president as well as the country."""
    alone = shown & ~_any(claims, rivals)
    quoted = pick(claims, alone, k)
    return tuple(sorted(quoted + pick(claims, shown & ~alone, k - len(quoted)))) if len(quoted) < k else quoted


def credit(interview, tables, codebook):
    claims = tables["claims"]
    credited = tuple(ACTORS)
    if not len(claims) or not (claims["achievement"] | claims["attribution"]).any():
        return NotMade("credit", "no sentence states an achievement or credits anyone")
    mask = (claims["achievement"] | claims["attribution"]).to_numpy(dtype=bool)
    per_actor = {a: int((claims[a].to_numpy(dtype=bool) & mask).sum()) for a in credited}
    top, k = leaders(per_actor)
    if k == 0:
        return NotMade("credit", "the achievement sentences name no actor the codebook knows")
    n = int(mask.sum())
    names = join([ACTORS[a] for a in top])
    of = f"{k} of {plural(n, 'achievement or attribution sentence')}"
    claim = (  # named beside the claim, not necessarily its doer: the claim says "named", not "credited"
        f"Achievements and attributions name {names} equally often: {of} each."
        if len(top) > 1
        else f"Of the actors named with achievements and attributions, {ACTORS[top[0]]} is named most often: {of}."
    )
    n_attr = int(claims["attribution"].sum())
    evidence = (
        "Actors in sentences of achievement or attribution: "
        + ", ".join(f"{ACTORS[a]} {c}" for a, c in per_actor.items())
        + f". Sentences crediting the head of state or state policy by name (attribution): {n_attr}."
    )
    others = mask & ~_any(claims, top)
    ok, codes = _codes(
        tables, [("claim_type", "achievement"), ("claim_type", "attribution"), *[("actor", a) for a in top]], codebook
    )
    return Finding(
        "credit",
        claim,
        evidence,
        _alone_first(claims, mask & _any(claims, top), [a for a in credited if a not in top]),
        pick(claims, others, 2),
        "Achievements with other actors:" if others.any() else "Every achievement sentence names the leading actor.",
        codes,
        ok,
        caveat=(
            "An actor appears in a sentence; the sentence need not make that actor the doer. The office's *we* is "
            "read from context (notebook 04, section 6)." + _few(n, "sentence")
        ),
        **_where("credit"),
    )


def evidence_kinds(interview, tables, codebook):
    claims = tables["claims"]
    rows = []
    for claim in ("achievement", "problem"):
        mask = claims[claim].to_numpy(dtype=bool) if len(claims) else np.zeros(0, bool)
        n = int(mask.sum())
        if n:
            outcome = int((mask & claims["outcome"].to_numpy(dtype=bool)).sum())
            ref_only = int(
                (mask & claims["reference"].to_numpy(dtype=bool) & ~claims["outcome"].to_numpy(dtype=bool)).sum()
            )
            rows.append((claim, n, outcome, ref_only, mask))
    if not rows or sum(r[1] for r in rows) < FEW:
        return NotMade("evidence_kinds", f"fewer than {FEW} sentences state an achievement or a problem")
    parts = [
        (f"no {label(c)} sentence gives" if o == 0 else f"{o} of {n} {label(c)} sentences give{'s' * (o == 1)}")
        + f" outcome evidence ({r} of {n} only a reference)"
        for c, n, o, r, _ in rows
    ]
    claim = "; ".join(parts)
    claim = claim[0].upper() + claim[1:] + "."
    mask_any = np.logical_or.reduce([r[4] for r in rows])
    with_outcome = mask_any & claims["outcome"].to_numpy(dtype=bool)
    bare = mask_any & ~claims["has_evidence"].to_numpy(dtype=bool)
    evidence = (
        "Outcome evidence is a number of cases, complaints, visits, people or a share; a reference is a named law, "
        f"institution or date. Achievement and problem sentences with no evidence at all: {int(bare.sum())}."
    )
    ok, codes = _codes(tables, [("evidence", "outcome"), ("evidence", "reference")], codebook)
    # shown: what the claim type with the least outcome evidence rests on instead (a reference only);
    # against: the sentences that do count outcomes
    weakest = min(rows, key=lambda r: (r[2] / r[1], -r[1]))
    ref_only = weakest[4] & claims["reference"].to_numpy(dtype=bool) & ~claims["outcome"].to_numpy(dtype=bool)
    shown = ref_only if ref_only.any() else with_outcome
    against = with_outcome if shown is ref_only else bare
    return Finding(
        "evidence_kinds",
        claim,
        evidence,
        pick(claims, shown, 3),
        pick(claims, against, 2),
        (
            ("Sentences that do give outcome evidence:" if against.any() else "No claim gives outcome evidence.")
            if shown is ref_only
            else "Claims with no evidence at all:"
            if bare.any()
            else "Every achievement and problem sentence carries some evidence."
        ),
        codes,
        ok,
        caveat="Evidence means specifics a reader could check, not facts that were checked.",
        **_where("evidence"),
    )


def frames_used(interview, tables, codebook):
    frames, claims = tables["frames"], tables["claims"]
    used = [r for r in records(frames) if r.sentences > 0]
    if not used:
        return NotMade("frames_used", "no sentence uses a frame of the codebook")
    counts = {r.frame: r.sentences for r in used}
    top, k = leaders(counts)
    names = dict(zip(frames["frame"], frames["name"]))
    lead = join([names[f] for f in top])
    claim = (
        f"The interview frames matters {'equally ' if len(top) > 1 else 'most often '}as {lead} "
        f"({plural(int(k), 'sentence')}{' each' if len(top) > 1 else ''}), a frame and not a right."
    )
    evidence = (
        "Frames: "
        + ", ".join(f"{r.name} {r.sentences} ({r.in_rights_claims} in rights claims)" for r in used)
        + "."
    )
    mask = _any(claims, top)
    with_right = mask & (claims["rights"] != "").to_numpy()
    ok, codes = _codes(tables, [("frame", f) for f in top], codebook)
    return Finding(
        "frames_used",
        claim,
        evidence,
        pick(claims, mask, 3),
        pick(claims, with_right, 2),
        "Framed sentences that also invoke a specific right, where the frame does not replace the right:"
        if with_right.any()
        else "No framed sentence invokes a specific right: there the frame takes the place of rights.",
        codes,
        ok,
        caveat="Frames are found by cue words (cues.yml, frame)." + _few(int(k), "sentence"),
        **_where("frames"),
    )


def first_person(interview, tables, codebook):
    first, claims = tables["first_person"], tables["claims"]
    if len(first) < FEW:
        return NotMade("first_person", f"the speaker says *we* in fewer than {FEW} sentences")
    readings, turns = first["we"].tolist(), first["turn_id"].tolist()
    counts = {k: readings.count(k) for k in ("office", "state", "nation", "other")}
    top, k = leaders(counts)
    if k == len(first):
        claim = f"The speaker's *we* is always the {top[0]}: {k} of {plural(len(first), 'sentence')}."
    else:
        claim = (
            f"The speaker's *we* is {'equally ' if len(top) > 1 else 'most often '}{join(['the ' + t for t in top])}: "
            f"{k} of {plural(len(first), 'sentence')}{' each' if len(top) > 1 else ''}."
        )
    slides = [
        f"{a} to {b}"
        for (ta, a), (tb, b) in pairwise(zip(turns, readings))
        if ta == tb and a != b
    ]
    evidence = (
        "Readings: "
        + ", ".join(f"{t} {c}" for t, c in counts.items())
        + ". "
        + (
            f"Within an answer the reading changes {plural(len(slides), 'time')} ({', '.join(dict.fromkeys(slides))}); "
            "every pronoun, its reading and its cue are listed in notebook 05, section 4."
            if slides
            else "Within each answer the reading stays the same."
        )
    )
    by_default = np.array(["no cue" in cue for cue in claims["we_cue"].tolist()], dtype=bool)
    ok, codes = _codes(tables, [("we", t) for t in top], codebook)
    return Finding(
        "first_person",
        claim,
        evidence,
        pick(claims, np.isin(claims["we"].to_numpy(dtype=object), list(top)) & ~by_default, 3),
        pick(claims, by_default, 2),
        "Readings by default (no cue of their own):" if by_default.any() else "Every reading has a cue of its own.",
        codes,
        ok,
        caveat=(
            "Each *we* is read from the cue nearest it, else as in the sentence before (the state, when that sentence "
            "opens with the state as doer), else as the office; a *we* that slides within one sentence gets one "
            "reading."
        ),
        **_where("we"),
    )


CANDIDATES = (
    rights_silences,
    record_reading,
    claim_balance,
    problems_placed,
    credit,
    evidence_kinds,
    frames_used,
    first_person,
)
