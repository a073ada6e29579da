"""Write a hand-coding skeleton: one row per interviewee sentence of each interview, code columns empty.

Usage: .venv/bin/python tools/coding_skeleton.py OUT.csv INTERVIEW [INTERVIEW ...]
Uses only the package's text stage (reading, roles, sentences), never its claim coding.
"""

import csv
import sys

from ombudsman_discourse.text.interview import load_interview

COLUMNS = [
    "interview_id",
    "sentence_id",
    "turn_id",
    "text",
    "is_rights_claim",
    "claim_types",
    "rights",
    "frames",
    "acts",
    "locus",
    "evidence",
    "we",
    "actors",
    "note",
]
out, paths = sys.argv[1], sys.argv[2:]
with open(out, "w", newline="", encoding="utf-8") as handle:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    for path in paths:
        interview = load_interview(path)
        s = interview.sentences
        for row in s[s["speaker"] == "interviewee"].itertuples():
            writer.writerow([interview.meta.interview_id, row.sentence_id, row.turn_id, row.text] + [""] * 10)
print(out)
