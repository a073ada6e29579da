"""Text that remembers where each character came from in the raw text.

Each character of a :class:`TrackedText` carries the raw span ``[start, end)`` it stands
for. Cleaning steps propose :class:`Edit` s on the current text; :func:`apply_edits` applies
them and returns one cleaning-log row per edit with the raw span it touched, so every
change stays accountable to the untouched raw text.
"""

from dataclasses import dataclass

import numpy as np

LOG_COLUMNS = ["step", "raw_start", "raw_end", "before", "after", "reason"]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the current text by ``after``."""

    start: int
    end: int
    after: str
    reason: str


@dataclass(frozen=True)
class TrackedText:
    text: str
    starts: np.ndarray
    ends: np.ndarray

    @classmethod
    def from_raw(cls, raw: str) -> "TrackedText":
        idx = np.arange(len(raw), dtype=np.int64)
        return cls(raw, idx, idx + 1)

    def __len__(self) -> int:
        return len(self.text)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` covered by current ``[start, end)``; an empty span maps to a point."""
        if start < end:
            return int(self.starts[start]), int(self.ends[end - 1])
        if start < len(self.text):
            point = int(self.starts[start])
        elif len(self.text):
            point = int(self.ends[-1])
        else:
            point = 0
        return point, point

    def slice(self, start: int, end: int) -> "TrackedText":
        return TrackedText(self.text[start:end], self.starts[start:end], self.ends[start:end])


def apply_edits(tt: TrackedText, edits: list[Edit], step: str) -> tuple[TrackedText, list[dict]]:
    """Apply non-overlapping ``edits`` (any order) and return the new text and its log rows.

    A replacement as long as what it replaces maps character to character; otherwise every
    new character stands for the whole replaced raw span.
    """
    if not edits:
        return tt, []
    edits = sorted(edits, key=lambda e: (e.start, e.end))
    texts, starts, ends, log = [], [], [], []
    pos = 0
    for edit in edits:
        if edit.start < pos:
            raise ValueError(f"overlapping edits in step {step!r} at {edit.start}")
        texts.append(tt.text[pos : edit.start])
        starts.append(tt.starts[pos : edit.start])
        ends.append(tt.ends[pos : edit.start])
        raw_start, raw_end = tt.raw_span(edit.start, edit.end)
        n_new = len(edit.after)
        if n_new == edit.end - edit.start:
            starts.append(tt.starts[edit.start : edit.end])
            ends.append(tt.ends[edit.start : edit.end])
        else:
            starts.append(np.full(n_new, raw_start, dtype=np.int64))
            ends.append(np.full(n_new, raw_end, dtype=np.int64))
        texts.append(edit.after)
        log.append(
            {
                "step": step,
                "raw_start": raw_start,
                "raw_end": raw_end,
                "before": tt.text[edit.start : edit.end],
                "after": edit.after,
                "reason": edit.reason,
            }
        )
        pos = edit.end
    texts.append(tt.text[pos:])
    starts.append(tt.starts[pos:])
    ends.append(tt.ends[pos:])
    return TrackedText("".join(texts), np.concatenate(starts), np.concatenate(ends)), log
