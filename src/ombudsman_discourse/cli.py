"""Command line: ``ombudsman-discourse analyze INPUT [--meta SIDECAR.yml] [--out DIR]``.

Unusable input ends with one line on stderr and exit status 2, and writes nothing.
"""

import argparse
import sys
from pathlib import Path

from . import paths
from .errors import UnusableInputError
from .keyword_stage import keyword_tables
from .loading import DEFAULT_MAX_BYTES
from .pipeline import load_interview
from .tables import write_tables

PROG = "ombudsman-discourse"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Discourse analysis of interviews with human-rights ombudsmen."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="clean and segment an interview, analyse its keywords and write the tables"
    )
    analyze.add_argument("input", type=Path, help="the interview as a text file")
    analyze.add_argument("--meta", type=Path, help="sidecar YAML (default: INPUT with suffix .yml, if present)")
    analyze.add_argument("--out", type=Path, help="output folder (default: results/<interview_id>/)")
    analyze.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"refuse larger files (default {DEFAULT_MAX_BYTES:,})"
    )
    return parser


def analyze(args: argparse.Namespace) -> int:
    interview = load_interview(args.input, args.meta, max_bytes=args.max_bytes)
    out = args.out or paths.results_dir(interview.meta.interview_id)
    written = write_tables({**interview.tables(), **keyword_tables(interview)}, out)
    print(
        f"{interview.meta.interview_id}: {len(interview.paragraphs)} paragraphs, "
        f"{len(interview.sentences)} sentences, {len(written)} tables in {out}"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return analyze(args)
    except UnusableInputError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{PROG}: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
