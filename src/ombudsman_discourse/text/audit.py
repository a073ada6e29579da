"""Check that cleaning lost nothing: every non-whitespace raw character is accounted for.

A character is accounted for when a kept paragraph's cleaned text derives from it, or when a
cleaning-log row covers it (a removal or a change).
"""

import numpy as np
import pandas as pd


def unaccounted(interview) -> pd.DataFrame:
    """Raw characters that are neither in a paragraph nor in a logged change.

    Returns columns ``raw_offset``, ``char``; empty when nothing was lost.
    """
    covered = np.zeros(len(interview.raw) + 1, dtype=np.int64)
    for tt in interview.tracked:
        np.add.at(covered, tt.starts, 1)
        np.add.at(covered, tt.ends, -1)
    for start, end in interview.cleaning_log[["raw_start", "raw_end"]].itertuples(index=False):
        covered[start] += 1
        covered[end] -= 1
    inside = np.cumsum(covered)[:-1] > 0
    lost = [i for i, ch in enumerate(interview.raw) if not inside[i] and not ch.isspace()]
    return pd.DataFrame({"raw_offset": lost, "char": [interview.raw[i] for i in lost]})
