"""Detect how an interview marks its turns, and read its speaker labels.

Layouts:
``qa_labels``   lines open with ``Q:`` / ``A:`` (or ``Question:`` / ``Answer:``);
``name_labels`` lines open with a recurring speaker name (``NAME:``, ``Askar Shakirov:``, ``Interviewer:``);
``markdown``    questions are whole paragraphs in bold (``**...**``), headings marked with ``#``;
``unlabelled``  nothing marks the turns (like the seed): roles come from the heuristics in ``roles``.
Detection counts line openings; a sidecar's ``layout`` key overrides it where it cannot decide.
"""

import re
from collections import Counter

LAYOUTS = ("qa_labels", "name_labels", "markdown", "unlabelled")

_B = r"(?:\*\*|__)?"  # labels are sometimes set in bold
QA_LABEL = re.compile(rf"^[ \t]*{_B}(?P<label>Q|A|Question|Answer){_B}[ \t]*[:.]{_B}[ \t]+(?=\S)")
NAME_LABEL = re.compile(
    rf"^[ \t]*{_B}(?P<label>[A-Z][A-Za-z'.\-]*(?:[ \t]+[A-Z][A-Za-z'.\-]*){{0,3}}){_B}[ \t]*:{_B}[ \t]+(?=\S)"
)
BOLD_PARAGRAPH = re.compile(r"^[ \t]*(\*\*|__)(?P<inner>.+?)\1[ \t]*$", re.S)
ITALIC_PARAGRAPH = re.compile(r"^[ \t]*([*_])(?P<inner>[^*_].*?)\1[ \t]*$", re.S)
HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")

INTERVIEWER_LABELS = {"q", "question", "interviewer", "int"}
INTERVIEWEE_LABELS = {"a", "answer"}
# "Label:" openings that are not speakers
NOT_SPEAKERS = {
    "photo",
    "photos",
    "image",
    "source",
    "note",
    "editor's note",
    "read more",
    "related",
    "update",
    "updated",
    "caption",
    "credit",
    "credits",
    "tags",
    "published",
    "date",
    "by",
    "also read",
    "see also",
}


def speaker_label(line: str, layout: str, speakers: dict[str, str]) -> re.Match | None:
    """The label match at the start of ``line`` if it is a speaker label in ``layout``."""
    if layout == "qa_labels":
        return QA_LABEL.match(line)
    if layout == "name_labels":
        m = NAME_LABEL.match(line)
        if m and m.group("label") in speakers:
            return m
    return None


def _name_label_counts(lines: list[str]) -> Counter:
    counts = Counter()
    for line in lines:
        m = NAME_LABEL.match(line)
        if m and len(m.group("label")) <= 40 and m.group("label").lower() not in NOT_SPEAKERS:
            counts[m.group("label")] += 1
    return counts


def detect_layout(text: str) -> str:
    """Name the layout of normalised ``text`` (one of :data:`LAYOUTS`)."""
    lines = text.split("\n")
    qa = Counter(QA_LABEL.match(line).group("label")[0].upper() for line in lines if QA_LABEL.match(line))
    if qa["Q"] >= 1 and qa["A"] >= 1 and qa["Q"] + qa["A"] >= 3:
        return "qa_labels"
    names = _name_label_counts(lines)
    recurring = [label for label, n in names.items() if n >= 2]
    if len(recurring) >= 2 or (len(recurring) == 1 and recurring[0].lower() in INTERVIEWER_LABELS):
        return "name_labels"
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    n_bold = sum(1 for b in blocks if BOLD_PARAGRAPH.match(b))
    if n_bold >= 2:
        return "markdown"
    return "unlabelled"


def _name_matches(label: str, name: str | None) -> bool:
    """True when ``label`` is ``name`` or one of its words (``SHAKIROV`` for ``Askar Shakirov``)."""
    if not name:
        return False
    label_words = set(label.lower().split())
    name_words = {w.strip(".,") for w in name.lower().split() if len(w) > 2}
    return bool(label_words & name_words) or label.lower() == name.lower()


def assign_speakers(
    text: str,
    layout: str,
    interviewee: str | None = None,
    interviewer: str | None = None,
    publication: str | None = None,
) -> dict[str, str]:
    """Map each speaker label of ``text`` to ``interviewer`` or ``interviewee``.

    Q/A labels map directly. Name labels map by the sidecar's names first; a label named
    neither way goes to whoever asks most (share of turns ending in ``?``).
    """
    lines = text.split("\n")
    if layout == "qa_labels":
        return {"Q": "interviewer", "Question": "interviewer", "A": "interviewee", "Answer": "interviewee"}
    if layout != "name_labels":
        return {}
    counts = _name_label_counts(lines)
    named = (interviewee, interviewer, publication)
    labels = [
        label
        for label, n in counts.items()
        if n >= 2 or label.lower() in INTERVIEWER_LABELS or any(_name_matches(label, name) for name in named)
    ]
    speakers: dict[str, str] = {}
    for label in labels:
        low = label.lower()
        if low in INTERVIEWER_LABELS or _name_matches(label, interviewer) or _name_matches(label, publication):
            speakers[label] = "interviewer"
        elif low in INTERVIEWEE_LABELS or _name_matches(label, interviewee):
            speakers[label] = "interviewee"
    undecided = [label for label in labels if label not in speakers]
    if undecided and "interviewer" not in speakers.values():
        asks = Counter()
        current, turn = None, []
        for line in [*lines, "END: of text"]:  # a sentinel label closes the last turn
            m = NAME_LABEL.match(line)
            if m and (m.group("label") in labels or line == "END: of text"):
                if current in undecided and "?" in " ".join(turn):
                    asks[current] += 1
                current, turn = m.group("label"), [line]
            else:
                turn.append(line)
        share = {label: asks[label] / counts[label] for label in undecided}
        asker = max(sorted(undecided), key=lambda label: share[label])
        speakers[asker] = "interviewer"
    for label in labels:
        speakers.setdefault(label, "interviewee")
    return speakers
