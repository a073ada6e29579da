"""Detect how an interview marks its turns, and read its speaker labels.

Layouts:
``qa_labels``       lines open with ``Q:`` / ``A:`` (or ``Question:`` / ``Answer:``);
``name_labels``     lines open with a speaker's name (``NAME:``, ``Łucja Wądołek:``, ``Interviewer:``, a
                    publication's name in capitals), in any script and letter case; a label may stand on
                    every turn, on the first exchange only, or once;
``dash_dialogue``   each turn opens with a dash (em dash, en dash or hyphen) at the start of a line;
``markdown``        questions are whole paragraphs in bold (``**...**``), headings marked with ``#``;
``unlabelled``      nothing marks the turns (like the seed): roles come from the cues in ``roles``;
``reported_speech`` a news report quoting the interviewee between narration, with no questions; decided
                    after the roles (see :mod:`.quotations`), never from line openings.
Detection counts line openings; a sidecar's ``layout`` key overrides it where it cannot decide.
"""

import re
from collections import Counter

LAYOUTS = ("qa_labels", "name_labels", "dash_dialogue", "markdown", "unlabelled", "reported_speech")

_B = r"(?:\*\*|__)?"  # labels are sometimes set in bold
QA_LABEL = re.compile(rf"^[ \t]*{_B}(?P<label>Q|A|Question|Answer){_B}[ \t]*[:.]{_B}[ \t]+(?=\S)")
_WORD = r"[^\W\d_][\w'.\-]*"  # a word of letters in any script, with apostrophes, stops and hyphens
NAME_LABEL = re.compile(rf"^[ \t]*{_B}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,3}}){_B}[ \t]*:{_B}[ \t]+(?=\S)")
DASH_TURN = re.compile(r"^[ \t]*-[ \t]+(?=\S)")  # after normalisation every dash opening a line is "- "
BOLD_PARAGRAPH = re.compile(r"^[ \t]*(\*\*|__)(?P<inner>.+?)\1[ \t]*$", re.S)
ITALIC_PARAGRAPH = re.compile(r"^[ \t]*([*_])(?P<inner>[^*_].*?)\1[ \t]*$", re.S)
HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+")

INTERVIEWER_LABELS = {"q", "question", "interviewer", "int", "host", "presenter", "moderator", "journalist"}
INTERVIEWEE_LABELS = {"a", "answer"}
# "Label:" openings that are not speakers
NOT_SPEAKERS = {
    "photo", "photos", "image", "source", "sources", "note", "editor's note", "read more", "related", "update",
    "updated", "caption", "credit", "credits", "tags", "tag", "published", "date", "by", "also read", "see also",
    "read also", "region", "theme", "topic", "topics", "quote", "background", "categories", "category",
    "keywords", "author", "authors", "correction", "location", "watch", "listen", "video", "audio", "more",
    "contact", "email", "phone", "address", "website", "disclaimer", "note to editors", "translation",
}  # fmt: skip
MAX_LABEL_CHARS = 40
MIN_TURN_WORDS = 1  # words after a label for the line to be a turn


def speaker_label(line: str, layout: str, speakers: dict[str, str]) -> re.Match | None:
    """The label match at the start of ``line`` if it is a speaker label in ``layout``."""
    if layout == "qa_labels":
        return QA_LABEL.match(line)
    if layout == "name_labels":
        m = NAME_LABEL.match(line)
        if m and m.group("label") in speakers:
            return m
    return None


def _is_name(label: str) -> bool:
    """A label shaped like a name or a role: every word capitalised (particles aside), in any script."""
    words = label.split()
    return words[0][0].isupper() and all(w[0].isupper() or (w.islower() and len(w) <= 3) for w in words)


def _body_lines(text: str) -> list[tuple[int, str]]:
    """(index, line) of the non-empty lines after the first one (a headline shaped "Name: claim" is no turn)."""
    lines = [(i, line) for i, line in enumerate(text.split("\n")) if line.strip()]
    return lines[1:]


def _candidates(text: str) -> list[tuple[int, str, str]]:
    """(line index, label, rest of its paragraph) for every line that opens with a name-like label."""
    out = []
    lines = text.split("\n")
    for i, line in _body_lines(text):
        m = NAME_LABEL.match(line)
        if not m:
            continue
        label, rest = m.group("label"), line[m.end() :]
        for following in lines[i + 1 :]:  # a hard-wrapped turn goes on until a blank line or the next label
            if not following.strip() or NAME_LABEL.match(following):
                break
            rest += " " + following.strip()
        if len(label) > MAX_LABEL_CHARS or label.lower() in NOT_SPEAKERS or not _is_name(label):
            continue
        if len(rest.split()) < MIN_TURN_WORDS or _headline(rest):
            continue
        out.append((i, label, rest))
    return out


def _headline(rest: str) -> bool:
    """A "Name: claim" headline or caption rather than a turn: the claim is quoted, or short without a final stop."""
    rest = rest.strip()
    quoted = rest.startswith(('"', "'"))
    unfinished = not rest.rstrip("*_ ").endswith((".", "?", "!", '"', "'", "...", ":")) and len(rest.split()) <= 30
    return quoted or unfinished


def _name_matches(label: str, name: str | None) -> bool:
    """True when ``label`` is ``name`` or one of its words (``SHAKIROV`` for ``Askar Shakirov``)."""
    if not name:
        return False
    label_words = set(label.casefold().split())
    name_words = {w.strip(".,") for w in name.casefold().split() if len(w) > 2}
    return bool(label_words & name_words) or label.casefold() == name.casefold()


def _asks(rest: str) -> bool:
    return rest.rstrip().rstrip("\"')*_").endswith("?")


def speaker_labels(text: str, names: tuple[str | None, ...] = ()) -> list[str]:
    """The labels of ``text`` that name speakers, in order of first use.

    A label counts when it recurs, when it is a known interviewer label (``Interviewer:``), when the
    sidecar names it (``names``), or, used once, when another speaker label stands on a neighbouring line
    (a labelled first exchange, or a third person joining a labelled conversation) and one of the two asks.
    """
    found = _candidates(text)
    counts = Counter(label for _, label, _ in found)
    known = {
        label
        for label, n in counts.items()
        if n >= 2 or label.lower() in INTERVIEWER_LABELS or any(_name_matches(label, name) for name in names)
    }
    line_numbers = [i for i, _, _ in found]
    for k, (i, label, rest) in enumerate(found):
        if label in known:
            continue
        neighbours = [found[j] for j in (k - 1, k + 1) if 0 <= j < len(found) and abs(line_numbers[j] - i) <= 3]
        if any(other != label and (_asks(rest) or _asks(other_rest)) for _, other, other_rest in neighbours):
            known.add(label)
    # two speakers, or one label that recurs (the other side unlabelled); a single label used once is a
    # heading or a metadata line, not a conversation
    if len(known) < 2 and not any(counts[label] >= 2 for label in known):
        return []
    return [label for label in dict.fromkeys(label for _, label, _ in found) if label in known]


def dash_turns(text: str) -> int:
    """Lines opening with a dash turn marker and holding a sentence (at least five words)."""
    return sum(1 for _, line in _body_lines(text) if DASH_TURN.match(line) and len(line.split()) >= 6)


def detect_layout(text: str, names: tuple[str | None, ...] = ()) -> str:
    """Name the turn marking of normalised ``text`` (one of :data:`LAYOUTS` but ``reported_speech``).

    ``names``: the sidecar's interviewee, interviewer and publication, which make their labels count.
    """
    lines = text.split("\n")
    qa = Counter(QA_LABEL.match(line).group("label")[0].upper() for line in lines if QA_LABEL.match(line))
    if qa["Q"] >= 1 and qa["A"] >= 1 and qa["Q"] + qa["A"] >= 2:
        return "qa_labels"
    if speaker_labels(text, names):
        return "name_labels"
    body = [line for _, line in _body_lines(text) if len(line.split()) >= 6]
    dashes = [line for line in body if DASH_TURN.match(line)]
    if len(dashes) >= 3 and (any(_asks(line) for line in dashes) or len(dashes) >= 0.4 * len(body)):
        return "dash_dialogue"
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    if sum(1 for b in blocks if BOLD_PARAGRAPH.match(b)) >= 2:
        return "markdown"
    return "unlabelled"


def assign_speakers(
    text: str,
    layout: str,
    interviewee: str | None = None,
    interviewer: str | None = None,
    publication: str | None = None,
) -> dict[str, str]:
    """Map each speaker label of ``text`` to ``interviewer`` or ``interviewee``.

    Q/A labels map directly. Name labels map by the sidecar's names first, then by the known interviewer
    labels; a label named neither way goes to the interviewer when most of its turns ask (end with ``?``)
    and no other label has been mapped to the interviewer, else to the interviewee (a third person
    speaking once, such as a colleague of the interviewee, stays on the interviewee's side); when the sidecar
    names only the interviewee, the label that asks most is the interviewer's even if none of its turns ask.
    """
    if layout == "qa_labels":
        return {"Q": "interviewer", "Question": "interviewer", "A": "interviewee", "Answer": "interviewee"}
    if layout != "name_labels":
        return {}
    names = (interviewee, interviewer, publication)
    labels = speaker_labels(text, names)
    speakers: dict[str, str] = {}
    for label in labels:
        low = label.lower()
        if low in INTERVIEWER_LABELS or _name_matches(label, interviewer) or _name_matches(label, publication):
            speakers[label] = "interviewer"
        elif low in INTERVIEWEE_LABELS or _name_matches(label, interviewee):
            speakers[label] = "interviewee"
    undecided = [label for label in labels if label not in speakers]
    if undecided and "interviewer" not in speakers.values():
        turns = _turns(text, labels)
        share = {label: sum(map(_asks, turns[label])) / len(turns[label]) for label in undecided}
        # the one that asks most; ties go to the label seen first
        asker = max(undecided, key=lambda label: (share[label], -labels.index(label)))
        if share[asker] > 0 or "interviewee" in speakers.values():  # once the interviewee is known, the other
            speakers[asker] = "interviewer"
    for label in labels:
        speakers.setdefault(label, "interviewee")
    return speakers


def _turns(text: str, labels: list[str]) -> dict[str, list[str]]:
    """The text of each labelled turn (up to the next label), by label."""
    turns: dict[str, list[str]] = {label: [] for label in labels}
    current, body = None, []
    for line in [*text.split("\n"), None]:  # None closes the last turn
        m = NAME_LABEL.match(line) if line is not None else None
        if line is None or (m and m.group("label") in turns):
            if current is not None:
                paragraphs = [p for p in re.split(r"\n[ \t]*\n", "\n".join(body)) if p.strip()]
                turns[current].append(paragraphs[0] if paragraphs else "")
            if line is not None:
                current, body = m.group("label"), [line[m.end() :]]
        elif current is not None:
            body.append(line)
    return turns
