"""The interview's sidecar: who speaks, where it was published, and overrides.

A sidecar is a YAML file next to the interview with the same stem (``000_x.txt`` ->
``000_x.yml``). Every key is optional; unknown keys and values of the wrong type raise
:class:`~.errors.SidecarError` naming the key.
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import SidecarError
from ..paths import load_yaml
from .layout import LAYOUTS
from .roles import ROLES

_STRINGS = ("interview_id", "title", "publication", "interviewer", "language", "country", "source")


@dataclass(frozen=True)
class Meta:
    interview_id: str
    title: str | None = None
    publication: str | None = None
    year: int | None = None
    interviewee_name: str | None = None
    interviewee_role: str | None = None
    interviewer: str | None = None
    language: str = "en"
    country: str | None = None
    source: str | None = None
    layout: str | None = None  # override of the detected layout
    role_overrides: dict[int, str] = field(default_factory=dict)  # paragraph_id -> role
    codebook: dict[str, list[str]] = field(default_factory=dict)  # "category.code" -> names added as cues
    record: tuple["RecordIssue", ...] = ()  # what UN mechanisms raised for the country and period
    coding_sheet: Path | None = None  # the analyst's reviewed coding (``ombudsman-discourse review``)
    notes: Path | None = None  # the analyst's reading notes (default: NAME.notes.md beside the interview)


@dataclass(frozen=True)
class RecordIssue:
    """One issue UN mechanisms raised: ``id``, the codebook ``right`` it concerns, the ``theme`` in the
    sidecar author's words, the ``source`` (document symbol, paragraph), its ``year``, whether the source was
    read (``verified``) and ``words`` that mark a sentence as speaking of this issue rather than of the right
    at large (lowercase word openings; none: any sentence invoking the right)."""

    id: str
    right: str
    theme: str
    source: str
    year: int | None = None
    verified: bool = True
    words: tuple[str, ...] = ()


def _check_str(key: str, value, path: Path) -> None:
    if value is not None and not isinstance(value, str):
        raise SidecarError(f"{path}: key '{key}' must be text, got {type(value).__name__}")


def sidecar_for(interview: Path) -> Path | None:
    """The sidecar next to ``interview`` (same stem, ``.yml`` or ``.yaml``), if there is one."""
    for suffix in (".yml", ".yaml"):
        candidate = interview.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def load_meta(path: Path | None, default_id: str) -> Meta:
    """Read and validate the sidecar at ``path`` (None: defaults, with ``default_id``)."""
    if path is None:
        return Meta(interview_id=default_id)
    path = Path(path)
    if not path.is_file():
        raise SidecarError(f"{path}: sidecar not found")
    try:
        spec = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SidecarError(f"{path}: not valid YAML ({type(exc).__name__})") from None
    if not isinstance(spec, dict):
        raise SidecarError(f"{path}: expected a mapping of keys to values")
    known = {*_STRINGS, "year", "interviewee", "layout", "role_overrides", "codebook", "record", "coding_sheet"}
    known.add("notes")
    for key in spec:
        if key not in known:
            raise SidecarError(f"{path}: unknown key '{key}' (known: {', '.join(sorted(known))})")
    for key in _STRINGS:
        _check_str(key, spec.get(key), path)
    year = spec.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
        raise SidecarError(f"{path}: key 'year' must be a whole number, got {year!r}")
    interviewee = spec.get("interviewee") or {}
    if not isinstance(interviewee, dict):
        raise SidecarError(f"{path}: key 'interviewee' must map 'name' and 'role'")
    for key in interviewee:
        if key not in ("name", "role"):
            raise SidecarError(f"{path}: unknown key 'interviewee.{key}' (known: name, role)")
        _check_str(f"interviewee.{key}", interviewee[key], path)
    layout = spec.get("layout")
    if layout is not None and layout not in LAYOUTS:
        raise SidecarError(f"{path}: key 'layout' must be one of {', '.join(LAYOUTS)}, got {layout!r}")
    overrides = spec.get("role_overrides") or {}
    if not isinstance(overrides, dict):
        raise SidecarError(f"{path}: key 'role_overrides' must map paragraph ids to roles")
    for pid, role in overrides.items():
        if not isinstance(pid, int) or role not in ROLES:
            raise SidecarError(
                f"{path}: key 'role_overrides' entry {pid!r}: {role!r} must be a paragraph id and "
                f"one of {', '.join(ROLES)}"
            )
    extensions = spec.get("codebook") or {}
    if not isinstance(extensions, dict):
        raise SidecarError(f"{path}: key 'codebook' must map 'category.code' to a list of names")
    for key, names in extensions.items():
        if not isinstance(key, str) or "." not in key:
            raise SidecarError(f"{path}: key 'codebook.{key}' must be written as category.code")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise SidecarError(f"{path}: key 'codebook.{key}' must be a list of names")
    sheet, notes = spec.get("coding_sheet"), spec.get("notes")
    _check_str("coding_sheet", sheet, path)
    _check_str("notes", notes, path)
    return Meta(
        interview_id=spec.get("interview_id") or default_id,
        title=spec.get("title"),
        publication=spec.get("publication"),
        year=year,
        interviewee_name=interviewee.get("name"),
        interviewee_role=interviewee.get("role"),
        interviewer=spec.get("interviewer"),
        language=spec.get("language") or "en",
        country=spec.get("country"),
        source=spec.get("source"),
        layout=layout,
        role_overrides=dict(overrides),
        codebook={k: list(v) for k, v in extensions.items()},
        record=_record(spec.get("record"), path),
        coding_sheet=path.parent / sheet if sheet else None,
        notes=path.parent / notes if notes else None,
    )


_ISSUE_KEYS = {"id", "right", "theme", "source", "year", "verified", "words"}


def _record(spec, path: Path) -> tuple[RecordIssue, ...]:
    """The sidecar's ``record``: a list of issues, each a mapping with ``id``, ``right``, ``theme`` and
    ``source`` (text), optional ``year``, ``verified`` and ``words``. Whether ``right`` is a code of the
    codebook is checked where the codebook is known (:func:`~..framing.record.record_table`)."""
    if spec is None:
        return ()
    if not isinstance(spec, list):
        raise SidecarError(f"{path}: key 'record' must be a list of issues")
    issues, seen = [], set()
    for k, item in enumerate(spec, 1):
        where = f"{path}: record issue {k}"
        if not isinstance(item, dict):
            raise SidecarError(f"{where} must map id, right, theme and source")
        unknown = set(item) - _ISSUE_KEYS
        if unknown:
            raise SidecarError(f"{where}: unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(_ISSUE_KEYS))})")
        for key in ("id", "right", "theme", "source"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise SidecarError(f"{where}: key '{key}' must be text")
        if item["id"] in seen:
            raise SidecarError(f"{where}: id '{item['id']}' is used twice")
        seen.add(item["id"])
        year = item.get("year")
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            raise SidecarError(f"{where}: key 'year' must be a whole number")
        if not isinstance(item.get("verified", True), bool):  # a quoted "false" must not read as true
            raise SidecarError(f"{where}: key 'verified' must be true or false")
        words = item.get("words") or []
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise SidecarError(f"{where}: key 'words' must be a list of words")
        issues.append(
            RecordIssue(
                item["id"],
                item["right"],
                " ".join(item["theme"].split()),
                item["source"],
                year,
                item.get("verified", True),
                tuple(w.strip().lower() for w in words),
            )
        )
    return tuple(issues)
