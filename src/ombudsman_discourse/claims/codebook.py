"""The codebook as data: definitions (``data/codebook/codebook.yml``) and cues (``cues.yml``).

Version 2 codes each interviewee sentence for claim types, specific rights (after OHCHR's Universal Human
Rights Index; each with its UDHR and treaty articles and a family roll-up), frames (never rights),
violation acts (after HURIDOCS' Types of Acts), actors, stance, evidence (outcome or reference), the
locus and the first person plural. ``data/codebook/CHANGES.md`` says what changed since version 1.

The general codebook is country-neutral. An interview's sidecar extends it under ``codebook:`` with
literal names (``actor.head_of_state: [Name]``); the sidecar's ``country`` is added to the nation actor
and to the home locus, and taken out of the foreign countries that place a sentence abroad.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import ParameterError, SidecarError
from ..literals import Sieved, required_literals
from ..paths import data_text, data_words, load_yaml

# categories coded by cue lists (evidence's reference kind too); outcome evidence, locus and the first person
# plural are coded by rules over cue lists (see coding.py)
CATEGORIES = ("claim_type", "right", "frame", "act", "actor", "stance", "evidence", "legitimation")
NEGATORS = {"not", "no", "never", "without", "nor"}


@dataclass(frozen=True)
class Cue:
    pattern: str
    regex: re.Pattern
    requires: str | None = None  # "category.code" that must also be found in the sentence
    source: str = "codebook"  # or "sidecar"
    triggers: tuple[str, ...] | None = field(init=False, repr=False, compare=False)  # see trigger_of()
    literals: tuple[str, ...] = field(init=False, repr=False, compare=False)  # see required_literals()
    folded: bool = field(init=False, repr=False, compare=False)  # matched without regard to case

    def __post_init__(self):
        object.__setattr__(self, "triggers", trigger_of(self.pattern))
        object.__setattr__(self, "folded", bool(self.regex.flags & re.IGNORECASE))
        object.__setattr__(self, "literals", required_literals(self.regex))


@dataclass(frozen=True)
class Code:
    category: str
    label: str
    definition: str
    include: str = ""
    exclude: str = ""
    example: str = ""
    name: str = ""  # how a reader says it ("torture and ill-treatment"); the label otherwise
    family: str = ""  # rights: the roll-up family
    udhr: tuple[int, ...] = ()
    treaties: tuple[str, ...] = ()
    uhri: str = ""  # rights: the UHRI theme
    implies: str = ""  # acts: the right an act invokes (an eviction: housing)
    cues: tuple[Cue, ...] = ()
    negatable: bool = False
    blocked_by: frozenset[str] = frozenset()
    block_window: int = 3  # how many words back blocked_by reaches

    def __post_init__(self):
        object.__setattr__(self, "name", self.name or self.label.replace("_", " "))


@dataclass(frozen=True)
class Rules:
    """The cue lists the rule-coded categories read (cues.yml: locus, we, evidence.outcome, denial)."""

    home: Sieved  # every home cue in one (see _one_of), skipped on a sentence that cannot match
    abroad: Sieved
    countries: dict[str, re.Pattern]  # other countries' names, by their first word lowercased
    we: dict[str, tuple[Sieved, ...]]  # office, state, nation
    outcome: Sieved
    denial: Sieved  # a sentence denying a violation: no problem, no act


@dataclass(frozen=True)
class Codebook:
    version: int
    codes: dict[str, dict[str, Code]]  # category -> label -> Code
    rights_cues: tuple[Cue, ...]
    rules: Rules
    titles: dict[str, str] = field(default_factory=dict)
    families: dict[str, str] = field(default_factory=dict)  # family -> label
    schemes: dict[str, str] = field(default_factory=dict)  # what the rights and acts follow, as cited
    index: "CueIndex" = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "index", CueIndex.of(self))

    def labels(self, category: str) -> list[str]:
        """The codes of ``category``; ``locus`` and ``we`` are rule-coded and have fixed codes."""
        if category == "locus":
            return ["home", "abroad"]
        if category == "we":
            return ["office", "state", "nation", "other"]
        if category == "evidence":
            return ["outcome", "reference"]
        return list(self.codes[category])

    def column(self, category: str, label: str) -> str:
        """The boolean column of a code in ``claims.csv``: its label, but ``act_<label>`` for acts (an act and
        a right may share a name: torture)."""
        return f"act_{label}" if category == "act" else label

    def columns(self, category: str) -> list[str]:
        return [self.column(category, label) for label in self.labels(category)]


@lru_cache(maxsize=4096)
def _compile(pattern: str, flags: int) -> re.Pattern:
    """``re.compile`` with a cache of its own: re's keeps 512 patterns, the codebook alone has about 700."""
    return re.compile(pattern, flags)


def _cue(spec, source: str = "codebook") -> Cue:
    if isinstance(spec, str):
        spec = {"pattern": spec}
    flags = 0 if spec.get("case_sensitive") else re.IGNORECASE
    return Cue(spec["pattern"], _compile(spec["pattern"], flags), spec.get("with"), source)


def _structure(pattern: str, start: int = 0):
    """``(index, character, depth after it)`` for each character of ``pattern`` from ``start`` that is neither
    escaped nor inside a character class: where groups open and close and bars separate alternatives."""
    depth, in_class, escaped = 0, False, False
    for k in range(start, len(pattern)):
        ch = pattern[k]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield k, ch, depth


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group and character class."""
    return any(ch == "|" and depth == 0 for _, ch, depth in _structure(pattern))


_LEADING = re.compile(r"^(?:\(\?<!?[^)]*\))*\\b(?:\(\?<!?[^)]*\))*")
_LETTERS = re.compile(r"[A-Za-z]+")  # an apostrophe ends a trigger, as it ends a piece in coding.word_openings


def _opening(text: str) -> str | None:
    """The literal letters ``text`` (a regex) must start with, lowercased; None when fewer than two."""
    m = _LETTERS.match(text)
    if m is None:
        return None
    word = m.group()
    if text[m.end() : m.end() + 1] in ("?", "*", "{"):  # the last letter is optional: it is no trigger
        word = word[:-1]
    return word.lower() if len(word) >= 2 else None


def _group_end(pattern: str, start: int) -> int:
    """The index just after the group opened at ``pattern[start]``."""
    return next((k + 1 for k, ch, depth in _structure(pattern, start) if ch == ")" and depth == 0), len(pattern))


def _openings(pattern: str) -> list[str] | None:
    """The regex text a cue's match opens with after ``\\b``: the rest of the pattern, or each alternative of
    an opening group; None when the opening cannot be known (a top-level alternation, an optional group)."""
    m = _LEADING.match(pattern)
    if m is None or _top_level_alternation(pattern):
        return None
    rest = pattern[m.end() :]
    if not rest.startswith("(?:"):
        return [rest]
    end = _group_end(rest, 0)
    if rest[end : end + 1] in ("?", "*", "{"):  # an optional opening group: what follows could open the match
        return None
    inner = rest[3 : end - 1]
    if not _top_level_alternation(inner):
        return [inner]
    pieces, depth, start = [], 0, 0
    for k, ch in enumerate(inner):  # split at the group's own bars (no nested group holds one here)
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0 and (k == 0 or inner[k - 1] != "\\"):
            pieces.append(inner[start:k])
            start = k + 1
    return [*pieces, inner[start:]]


def trigger_of(pattern: str) -> tuple[str, ...] | None:
    """The lowercase letters with which a cue's match must open a word (after ``\\b``), one per alternative
    when the cue opens with a group of them (``\\b(?:was|were) adopted``: "was", "were"), or None.

    A sentence holds a match of the cue only if one of its words opens with one of its triggers, so cues none of
    whose triggers opens a word of a sentence need no scan (see :func:`~.coding.word_openings`): coding the
    seed scans a few dozen cues per sentence instead of some 800.
    """
    pieces = _openings(pattern)
    words = [_opening(piece) for piece in pieces] if pieces else [None]
    return None if None in words else tuple(dict.fromkeys(words))


@dataclass(frozen=True)
class CueIndex:
    """Every cue of a codebook with the code it stands for, by trigger: ``by_trigger`` maps a trigger to
    ``(order, category, label, cue, code)`` entries (``code`` None for rights-claim cues), ``always`` the cues
    without a trigger. ``order`` is the cue's place in the codebook, so matches come out in the same order on
    every run."""

    by_trigger: dict[str, tuple]
    always: tuple

    @classmethod
    def of(cls, codebook: "Codebook") -> "CueIndex":
        entries = [("rights_claim", "is_rights_claim", cue, None) for cue in codebook.rights_cues]
        entries += [
            (c, label, cue, code)
            for c, codes in codebook.codes.items()
            for label, code in codes.items()
            for cue in code.cues
        ]
        by_trigger: dict[str, list] = {}
        always = []
        for order, (category, label, cue, code) in enumerate(entries):
            entry = (order, category, label, cue, code)
            if cue.triggers is None:
                always.append(entry)
            for trigger in cue.triggers or ():
                by_trigger.setdefault(trigger, []).append(entry)
        return cls({k: tuple(v) for k, v in by_trigger.items()}, tuple(always))

    def candidates(self, openings: set[str]) -> list[tuple]:
        """The cues that can match a sentence whose words open with ``openings``, in codebook order."""
        found = {entry[0]: entry for entry in self.always}
        for opening in openings:
            for entry in self.by_trigger.get(opening, ()):
                found[entry[0]] = entry  # a cue with several triggers is scanned once
        return [found[k] for k in sorted(found)]


@lru_cache(maxsize=8)
def _load_files(folder: str | None) -> tuple[dict, dict]:
    """The definitions and cues of the codebook in ``folder`` (None: the package's ``data/codebook/``)."""
    texts = []
    for name in ("codebook.yml", "cues.yml"):
        if folder is None:
            texts.append(data_text("codebook", name))
            continue
        try:
            texts.append((Path(folder) / name).read_text(encoding="utf-8"))
        except OSError:
            raise ParameterError(f"parameter 'codebook': no {name} in {folder}") from None
    return load_yaml(texts[0]), load_yaml(texts[1])


def _word_alternation(words, flags: int = 0) -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return _compile(rf"\b(?:{alternatives})\b", flags)


def _one_of(patterns: list[re.Pattern]) -> re.Pattern:
    """One case-insensitive regex matching where the first of ``patterns`` to match does (leftmost, then in
    list order): the rules search one pattern per sentence instead of dozens."""
    return _compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def _rules(cue_spec: dict, country: str | None) -> Rules:
    home = [_cue(s).regex for s in cue_spec["locus"]["home"]["cues"]]
    if country:
        home.append(_compile(rf"\b{re.escape(country)}\b", 0))
    foreign: dict[str, list[str]] = {}
    for name in data_words("countries.txt"):
        if name != country:
            first = next(w for w in name.split() if w != "the")  # "the Middle East" is read at "Middle"
            foreign.setdefault(first.lower(), []).append(name)
    countries = {first: _word_alternation(names) for first, names in foreign.items()}
    home, abroad = _one_of(home), _one_of([_cue(s).regex for s in cue_spec["locus"]["abroad"]["cues"]])
    we = {k: tuple(Sieved(_compile(p, re.I)) for p in cue_spec["we"][k]) for k in ("office", "state", "nation")}
    outcome = cue_spec["evidence"]["outcome"]
    counted = _compile(
        rf"\b{outcome['numbers']}(?:\s+[\w-]+){{0,3}}?\s+{outcome['counted']}\b|\b\d[\d.,]*\s*(?:%|per ?cent)",
        re.IGNORECASE,
    )
    denial = _compile("|".join(f"(?:{p})" for p in cue_spec["denial"]), re.IGNORECASE)
    return Rules(Sieved(home), Sieved(abroad), countries, we, Sieved(counted), Sieved(denial))


def load_codebook(
    extensions: dict[str, list[str]] | None = None, country: str | None = None, folder: str | None = None
) -> Codebook:
    """The codebook (the package's, or the one in ``folder``), extended with a sidecar's literal names and
    the interview's country.

    ``extensions`` maps ``"category.code"`` to names; an unknown category or code raises
    :class:`~..errors.SidecarError` naming it.
    """
    definitions, cue_spec = _load_files(folder)
    extra: dict[str, list[Cue]] = {}
    for key, names in (extensions or {}).items():
        category, _, label = key.partition(".")
        spec = definitions["categories"].get(category, {})
        if category not in CATEGORIES or label not in (spec.get("codes") or {}):
            raise SidecarError(f"sidecar key 'codebook.{key}': no such category.code in the codebook")
        extra[key] = [_cue(rf"\b{re.escape(name)}\b", "sidecar") for name in names]
    if country:
        extra.setdefault("actor.nation", []).append(_cue(rf"\b{re.escape(country)}\b", "sidecar"))
    codes: dict[str, dict[str, Code]] = {}
    titles = {}
    for category in CATEGORIES:
        spec = definitions["categories"][category]
        titles[category] = spec["title"]
        codes[category] = {}
        for label, d in spec["codes"].items():
            c = (cue_spec[category] or {}).get(label) or {}
            codes[category][label] = Code(
                category=category,
                label=label,
                definition=d["definition"],
                include=d.get("include", ""),
                exclude=d.get("exclude", ""),
                example=d.get("example", ""),
                name=d.get("label", ""),
                family=d.get("family", ""),
                udhr=tuple(d.get("udhr", ())),
                treaties=tuple(str(t) for t in d.get("treaties", ())),
                uhri=d.get("uhri", ""),
                implies=d.get("right", ""),
                cues=tuple(_cue(s) for s in c.get("cues") or ()) + tuple(extra.get(f"{category}.{label}", ())),
                negatable=bool(c.get("negatable")),
                blocked_by=frozenset(c.get("blocked_by") or ()),
                block_window=int(c.get("block_window", 3)),
            )
    for category in ("rights_claim", "locus", "we"):
        titles[category] = definitions["categories"][category]["title"]
    rights = tuple(_cue(s) for s in cue_spec["rights_claim"]["cues"])
    return Codebook(
        version=int(definitions["version"]),
        codes=codes,
        rights_cues=rights,
        rules=_rules(cue_spec, country),
        titles=titles,
        families={k: v["label"] for k, v in definitions["families"].items()},
        schemes=dict(definitions.get("scheme", {})),
    )


def preceding_words(text: str, position: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``position`` in ``text``, lowercased."""
    return [w.lower() for w in re.findall(r"[\w']+", text[:position])[-n:]]


_CLAUSE_END = re.compile(r"[,;:.!?\u2013\u2014]")
# "does not justify beating", "did not stop the beatings": the act happened all the same
NEGATION_BREAKERS = {"justify", "justifies", "justified", "excuse", "excuses", "stop", "stopped", "end", "ended"}


def negated(text: str, position: int, n: int = 4) -> bool:
    """Whether a negator ("not", "no", "never", "without", "nor", "...n't") stands within the ``n`` words before
    ``position`` in the same clause (no comma, colon or dash between), and no verb such as "justify" or "stop"
    turns the negation away from the cue."""
    clause = _CLAUSE_END.split(text[:position])[-1]
    words = [w.lower() for w in re.findall(r"[\w']+", clause)[-n:]]
    if NEGATION_BREAKERS & set(words):
        return False
    return any(w in NEGATORS or w.endswith("n't") for w in words)


def codebook_for(interview, params=None) -> Codebook:
    """The codebook of ``params`` (default: the package's), extended by the interview's sidecar (names, country)."""
    return shared_codebook(interview.meta, params.codebook if params is not None else None)


def shared_codebook(meta, folder: str | None = None) -> Codebook:
    """The codebook in ``folder`` (None: the package's) extended by the sidecar ``meta``, built once per
    process for each extension and country: interviews from one source share them."""
    extensions = tuple((k, tuple(v)) for k, v in sorted(meta.codebook.items()))
    return _codebook(extensions, meta.country, folder)


@lru_cache(maxsize=128)
def _codebook(extensions: tuple, country: str | None, folder: str | None) -> Codebook:
    """:func:`load_codebook`, once per sidecar extension, country and folder (a Codebook is immutable)."""
    return load_codebook({k: list(v) for k, v in extensions}, country, folder)


def codebook_table(codebook: Codebook) -> pd.DataFrame:
    """The codebook as one row per code: category, code, name, definition, include, exclude, example, family,
    udhr, treaties, uhri, cues."""
    rows = []
    for category, codes in codebook.codes.items():
        for label, code in codes.items():
            rows.append(
                {
                    "category": category,
                    "code": label,
                    "name": code.name,
                    "definition": code.definition,
                    "include": code.include,
                    "exclude": code.exclude,
                    "example": code.example,
                    "family": code.family,
                    "udhr": " ".join(map(str, code.udhr)),
                    "treaties": "; ".join(code.treaties),
                    "uhri": code.uhri,
                    "cues": " | ".join(c.pattern + (f" (with {c.requires})" if c.requires else "") for c in code.cues),
                }
            )
    return pd.DataFrame(rows)
