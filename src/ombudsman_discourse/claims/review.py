"""The analyst has the last word: a coding sheet to review the automatic coding, and the reviewed coding in
its place.

``ombudsman-discourse review INTERVIEW`` writes a coding sheet (:func:`write_coding_sheet`): one row per
interviewee sentence with its id, text and the cues the dictionary matched, and the automatic codes in the
columns the analyst edits (``is_rights_claim`` 1/0, space-separated codes per category, ``we``, a free
``note``). Named in the sidecar (``coding_sheet: NAME.coding.csv``), the edited sheet replaces the automatic
codes everywhere (:func:`apply_review`): every table, figure and finding then rests on the reviewed coding,
and notebook 03 reports how far the automatic proposal agreed with it. The sheet has the columns of a
hand-coding file (:mod:`.agreement`), so a reviewed sheet is a hand coding too.
"""

from pathlib import Path

import pandas as pd

from ..errors import CodingSheetError
from ..output import staged
from .agreement import GOLD_COLUMNS, read_gold
from .codebook import Codebook

SHEET_COLUMNS = ["interview_id", "sentence_id", "turn_id", "text", "cues", "is_rights_claim", *GOLD_COLUMNS.values()]
SHEET_COLUMNS.append("note")


def coding_sheet(claims: pd.DataFrame) -> pd.DataFrame:
    """The automatic coding as a coding sheet (:data:`SHEET_COLUMNS`), ``note`` empty."""
    sheet = claims.reindex(columns=SHEET_COLUMNS).copy()
    sheet["is_rights_claim"] = claims["is_rights_claim"].astype(int) if len(claims) else []
    sheet["note"] = ""
    return sheet.fillna("")


def write_coding_sheet(
    path: str | Path, out: str | Path | None = None, *, meta=None, force: bool = False, params=None, max_bytes=None
) -> str:
    """Code the interview at ``path`` (its sidecar read as usual, or ``meta``) and write its
    :func:`coding_sheet` to ``out`` (default: ``path`` with suffix ``.coding.csv``); return a one-line message.
    An existing sheet (perhaps already reviewed) is replaced only with ``force``; the automatic coding is
    written even when the sidecar names a reviewed sheet."""
    from ..params import DEFAULT_PARAMS
    from ..text.decoding import DEFAULT_MAX_BYTES
    from ..text.interview import load_interview
    from .codebook import codebook_for
    from .coding import code_claims

    path = Path(path)
    target = Path(out) if out else path.with_suffix(".coding.csv")
    if target.exists() and not force:
        raise CodingSheetError(f"{target}: a coding sheet is already there; use --force to replace it")
    interview = load_interview(path, meta, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    claims, _ = code_claims(interview.sentences, codebook_for(interview, params or DEFAULT_PARAMS))
    with staged([target]) as (tmp,):
        coding_sheet(claims).to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    return (
        f"{target}: {len(claims)} sentences with their automatic codes; edit the code columns, then add "
        f"'coding_sheet: {target.name}' to the sidecar"
    )


def _short(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def read_coding_sheet(path, claims: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """The reviewed sheet at ``path``, checked against the interview's automatic coding ``claims``: the same
    sentences (ids and texts) in the same order, and only codes of the codebook. Anything else raises
    :class:`~..errors.CodingSheetError` naming the first mismatch."""
    try:
        sheet = read_gold(path)
    except Exception as error:  # a GoldError or a reading error: one line either way
        raise CodingSheetError(f"coding sheet {path}: {error}") from None
    iid = claims["interview_id"].iat[0] if len(claims) else None
    rows = list(zip(sheet["sentence_id"].tolist(), sheet["text"].tolist(), sheet["interview_id"].tolist()))
    expected = list(zip(claims["sentence_id"].tolist(), claims["text"].tolist()))
    for k, ((sid, text), row) in enumerate(zip(expected, rows + [None] * len(expected))):
        if row is None:
            raise CodingSheetError(f"coding sheet {path}: no row for sentence {sid} ('{_short(text)}')")
        if row[2] != iid:
            raise CodingSheetError(f"coding sheet {path}: row {k + 1} is of interview '{row[2]}', not '{iid}'")
        if (row[0], row[1]) != (sid, text):
            raise CodingSheetError(
                f"coding sheet {path}: row {k + 1} has sentence {row[0]} ('{_short(row[1])}') where the interview "
                f"has sentence {sid} ('{_short(text)}'); the text has changed, write a new sheet with review"
            )
    if len(rows) > len(expected):
        sid = rows[len(expected)][0]
        raise CodingSheetError(f"coding sheet {path}: sentence {sid} is not an interviewee sentence of the interview")
    for category, column in GOLD_COLUMNS.items():
        known = set(codebook.labels(category))
        for sid, value in zip(sheet["sentence_id"], sheet[column]):
            unknown = [code for code in value.split() if code not in known]
            if unknown or (category == "we" and len(value.split()) > 1):
                raise CodingSheetError(
                    f"coding sheet {path}: sentence {sid}, column '{column}': "
                    + (f"'{unknown[0]}' is no code of {category}" if unknown else "give one value")
                )
    return sheet


def apply_review(claims: pd.DataFrame, sheet: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """``claims`` with the codes of the reviewed ``sheet`` in place of the automatic ones: the list and
    boolean columns of every reviewed category, ``families`` and the evidence flags follow; ``reviewed``
    marks the sentences where the analyst changed something. Cues, stance, agents and victims stay as found."""
    out = claims.copy()
    changed = out["is_rights_claim"].to_numpy() != sheet["is_rights_claim"].to_numpy()
    out["is_rights_claim"] = sheet["is_rights_claim"].to_numpy()
    for category, column in GOLD_COLUMNS.items():
        labels = codebook.labels(category)
        chosen = [set(v.split()) for v in sheet[column]]
        values = [" ".join(label for label in labels if label in s) for s in chosen]
        changed |= out[column].fillna("").to_numpy() != pd.Series(values, dtype=object).to_numpy()
        out[column] = values
        if category != "we":
            for label in labels:
                out[codebook.column(category, label)] = [label in s for s in chosen]
    family = {label: code.family for label, code in codebook.codes["right"].items()}
    out["families"] = [" ".join(dict.fromkeys(family[r] for r in v.split())) for v in out["rights"]]
    out["we_cue"] = [
        cue if we == old else "(the analyst)" for cue, we, old in zip(out["we_cue"], out["we"], claims["we"])
    ]
    out["has_outcome_evidence"] = out["outcome"]
    out["has_reference"] = out["reference"]
    out["has_evidence"] = out["outcome"] | out["reference"]
    out["reviewed"] = changed
    return out
