"""The codebook as data: definitions (``data/codebook/codebook.yml``) and cues (``cues.yml``).

The general codebook is country-neutral. An interview's sidecar extends it under
``codebook:`` with literal names (``actor.head_of_state: [Name]``); the sidecar's ``country``
is added to the nation actor and the domestic locus.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from ..errors import ParameterError, SidecarError
from ..paths import data_text

CATEGORIES = ("claim_type", "rights_domain", "actor", "stance", "evidence", "locus")
NEGATORS = {"not", "no", "never", "without", "nor"}


@dataclass(frozen=True)
class Cue:
    pattern: str
    regex: re.Pattern
    requires: str | None = None  # "category.code" that must also be found in the sentence
    source: str = "codebook"  # or "sidecar"


@dataclass(frozen=True)
class Code:
    category: str
    label: str
    definition: str
    include: str = ""
    exclude: str = ""
    example: str = ""
    udhr: tuple[int, ...] = ()
    conventions: tuple[str, ...] = ()
    cues: tuple[Cue, ...] = ()
    negatable: bool = False
    blocked_by: frozenset[str] = frozenset()
    screens: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)  # see screens_for()

    def __post_init__(self):
        object.__setattr__(self, "screens", screens_for(self.cues))


@dataclass(frozen=True)
class Codebook:
    version: int
    codes: dict[str, dict[str, Code]]  # category -> label -> Code
    rights_cues: tuple[Cue, ...]
    titles: dict[str, str] = field(default_factory=dict)
    rights_screens: tuple[re.Pattern, ...] = field(init=False, repr=False, compare=False)  # see screens_for()

    def __post_init__(self):
        object.__setattr__(self, "rights_screens", screens_for(self.rights_cues))

    def labels(self, category: str) -> list[str]:
        return list(self.codes[category])


@lru_cache(maxsize=4096)
def _compile(pattern: str, flags: int) -> re.Pattern:
    """``re.compile`` with a cache of its own: re's keeps 512 patterns, the codebook alone has about 400."""
    return re.compile(pattern, flags)


def _cue(spec, source: str = "codebook") -> Cue:
    if isinstance(spec, str):
        spec = {"pattern": spec}
    flags = 0 if spec.get("case_sensitive") else re.IGNORECASE
    return Cue(spec["pattern"], _compile(spec["pattern"], flags), spec.get("with"), source)


def screens_for(cues: tuple[Cue, ...]) -> tuple[re.Pattern, ...]:
    """A few patterns that, between them, match wherever one of ``cues`` does, and nowhere earlier.

    Cues sharing flags are joined into one alternation, which matches at every position where one
    of them does. A cue keeps its own regex if it has capturing groups (joined, its backreferences
    would be renumbered) or is verbose (a comment would swallow the rest). So a text none of the
    screens matches holds no cue, and no cue matches before the first position a screen matches
    (see :func:`~.claims.cue_matches`).
    """
    joined: dict[int, list[str]] = {}
    alone = []
    for cue in cues:
        if cue.regex.groups or cue.regex.flags & re.VERBOSE:
            alone.append(cue.regex)
        else:
            joined.setdefault(cue.regex.flags, []).append(f"(?:{cue.regex.pattern})")
    return tuple(_compile("|".join(parts), flags) for flags, parts in joined.items()) + tuple(alone)


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
    return yaml.safe_load(texts[0]), yaml.safe_load(texts[1])


def load_codebook(
    extensions: dict[str, list[str]] | None = None, country: str | None = None, folder: str | None = None
) -> Codebook:
    """The codebook (the package's, or the one in ``folder``), extended with a sidecar's literal names and
    the interview's country.

    ``extensions`` maps ``"category.code"`` to names; an unknown category or code raises
    :class:`~.errors.SidecarError` naming it.
    """
    definitions, cue_spec = _load_files(folder)
    extra: dict[str, list[Cue]] = {}
    for key, names in (extensions or {}).items():
        category, _, label = key.partition(".")
        if category not in definitions["categories"] or label not in definitions["categories"][category]["codes"]:
            raise SidecarError(f"sidecar key 'codebook.{key}': no such category.code in the codebook")
        extra[key] = [_cue(rf"\b{re.escape(name)}\b", "sidecar") for name in names]
    if country:
        for key in ("actor.nation", "locus.domestic"):
            extra.setdefault(key, []).append(_cue(rf"\b{re.escape(country)}\b", "sidecar"))
    codes: dict[str, dict[str, Code]] = {}
    titles = {}
    for category in CATEGORIES:
        spec = definitions["categories"][category]
        titles[category] = spec["title"]
        codes[category] = {}
        for label, d in spec["codes"].items():
            c = cue_spec[category][label]
            codes[category][label] = Code(
                category=category,
                label=label,
                definition=d["definition"],
                include=d.get("include", ""),
                exclude=d.get("exclude", ""),
                example=d.get("example", ""),
                udhr=tuple(d.get("udhr", ())),
                conventions=tuple(d.get("conventions", ())),
                cues=tuple(_cue(s) for s in c.get("cues") or ()) + tuple(extra.get(f"{category}.{label}", ())),
                negatable=bool(c.get("negatable")),
                blocked_by=frozenset(c.get("blocked_by") or ()),
            )
    rights = tuple(_cue(s) for s in cue_spec["rights_claim"]["cues"])
    return Codebook(version=int(definitions["version"]), codes=codes, rights_cues=rights, titles=titles)


def preceding_words(text: str, position: int, n: int = 3) -> list[str]:
    """The ``n`` words before ``position`` in ``text``, lowercased."""
    return [w.lower() for w in re.findall(r"[\w']+", text[:position])[-n:]]


def negated(text: str, position: int) -> bool:
    return any(w in NEGATORS or w.endswith("n't") for w in preceding_words(text, position))


def codebook_for(interview, params=None) -> Codebook:
    """The codebook of ``params`` (default: the package's), extended by the interview's sidecar (names, country)."""
    folder = params.codebook if params is not None else None
    return load_codebook(interview.meta.codebook, interview.meta.country, folder)


def codebook_table(codebook: Codebook) -> pd.DataFrame:
    """The codebook as one row per code: category, code, definition, include, exclude, example, cues."""
    rows = []
    for category, codes in codebook.codes.items():
        for label, code in codes.items():
            rows.append(
                {
                    "category": category,
                    "code": label,
                    "definition": code.definition,
                    "include": code.include,
                    "exclude": code.exclude,
                    "example": code.example,
                    "udhr": " ".join(map(str, code.udhr)),
                    "cues": " | ".join(c.pattern + (f" (with {c.requires})" if c.requires else "") for c in code.cues),
                }
            )
    return pd.DataFrame(rows)
