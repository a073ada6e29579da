"""How far the automatic claim coding agrees with a hand coding, over a set of interviews.

Usage: python tools/claim_agreement.py GOLD.csv INTERVIEW [INTERVIEW ...] [--out FILE.csv] [--note TEXT]
       [--disagreements FILE.csv] [--codes code,code]

Every interview is coded by the package (its sidecar read as usual); the gold rows of those interviews are
compared code by code (Cohen's kappa with a bootstrap 95 % interval; see ``claims/agreement.py``). ``--out``
writes the table with a comment header (the date, the codebook version, the commit, ``--note``), as the
held-out first run in ``data/codebook/heldout_first_run.csv`` was written.
"""

import argparse
import hashlib
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from ombudsman_discourse.claims.agreement import agreement_table, disagreements, exact_agreement, read_gold
from ombudsman_discourse.claims.codebook import codebook_for
from ombudsman_discourse.claims.coding import code_claims
from ombudsman_discourse.paths import data_text
from ombudsman_discourse.text.interview import load_interview

SHOWN = ["is_rights_claim", "problem", "achievement", "commitment", "recognition", "attribution", "cooperation"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("interviews", nargs="+")
    parser.add_argument("--out")
    parser.add_argument("--note", default="")
    parser.add_argument("--disagreements")
    parser.add_argument("--codes", default="")
    args = parser.parse_args(argv)
    gold = read_gold(args.gold)
    claims, codebook = [], None
    for path in args.interviews:
        interview = load_interview(path)
        codebook = codebook_for(interview)
        claims.append(code_claims(interview.sentences, codebook)[0])
    coded = pd.concat(claims, ignore_index=True)
    gold = gold[gold["interview_id"].isin(set(coded["interview_id"]))].reset_index(drop=True)
    table = agreement_table(coded, gold, codebook)
    exact = exact_agreement(coded, gold)
    shown = args.codes.split(",") if args.codes else SHOWN
    with pd.option_context("display.width", 200, "display.max_rows", 500, "display.precision", 2):
        always = table["category"].isin(["locus", "evidence", "we", "legitimation"])
        print(table[table["code"].isin(shown) | always].to_string())
        print(exact.to_string())
    if args.disagreements:
        disagreements(coded, gold, codebook).to_csv(args.disagreements, index=False)
    if args.out:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        digests = ", ".join(
            f"{name} sha256 {hashlib.sha256(data_text('codebook', name).encode()).hexdigest()[:12]}"
            for name in ("codebook.yml", "cues.yml")
        )
        header = [
            f"# automatic coding of {len(gold)} hand-coded sentences of {len(args.interviews)} interviews",
            f"# run {date.today().isoformat()}, codebook version {codebook.version}, on commit {commit} with {digests}",
            f"# interviews: {' '.join(Path(p).name for p in args.interviews)}",
        ] + [f"# {line}" for line in args.note.splitlines() if line]
        Path(args.out).write_text("\n".join(header) + "\n" + table.to_csv(index=False, float_format="%.4f"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
