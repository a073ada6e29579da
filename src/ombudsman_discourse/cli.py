"""Command line: ``ombudsman-discourse analyze INPUT [--meta SIDECAR.yml] [--out DIR] [--param NAME=VALUE ...]``,
``ombudsman-discourse init INPUT`` (a starter sidecar), ``ombudsman-discourse review INPUT`` (a coding sheet
to correct) and ``ombudsman-discourse compare INPUT... --out DIR``.

A thin layer over :func:`~.analysis.analyze`, :func:`~.text.starter_sidecar.write_starter_sidecar`,
:func:`~.claims.review.write_coding_sheet` and :func:`~.corpus.compare.compare_interviews`. Unusable input
ends with one line on stderr and exit status 2, and writes nothing. ``compare`` skips an unusable file among
usable ones with one line each and exits with status 1.
"""

import argparse
import sys
from pathlib import Path

from .errors import PROG, UnusableInputError
from .text.decoding import DEFAULT_MAX_BYTES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Discourse analysis of interviews with human-rights ombudsmen."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="clean and segment an interview, analyse keywords and claims, write tables and figures"
    )
    analyze.add_argument("input", type=Path, help="the interview as a text file or saved web page")
    analyze.add_argument("--meta", type=Path, help="sidecar YAML (default: INPUT with suffix .yml, if present)")
    analyze.add_argument("--out", type=Path, help="output folder (default: results/<interview_id>/ here)")
    analyze.add_argument(
        "--figures",
        type=Path,
        help="figure folder (default: figures/<interview_id>/ here, or OUT/figures/ when --out is given)",
    )
    analyze.add_argument("--no-figures", action="store_true", help="write the tables only")
    analyze.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="change an analysis parameter (repeatable)"
    )
    init = commands.add_parser("init", help="write a starter sidecar with what the heuristics found, to check")
    init.add_argument("input", type=Path, help="the interview as a text file or saved web page")
    init.add_argument("--out", type=Path, help="sidecar path (default: INPUT with suffix .yml)")
    init.add_argument("--force", action="store_true", help="overwrite an existing sidecar")
    review = commands.add_parser(
        "review", help="write a coding sheet: every interviewee sentence with its automatic codes, to correct"
    )
    review.add_argument("input", type=Path, help="the interview as a text file or saved web page")
    review.add_argument("--meta", type=Path, help="sidecar YAML (default: INPUT with suffix .yml, if present)")
    review.add_argument("--out", type=Path, help="sheet path (default: INPUT with suffix .coding.csv)")
    review.add_argument("--force", action="store_true", help="overwrite an existing sheet")
    review.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="change an analysis parameter (repeatable)"
    )
    compare = commands.add_parser(
        "compare", help="compare interviews: keywords against the others, claim, rights, frame and stance profiles"
    )
    compare.add_argument("inputs", nargs="+", type=Path, help="interview files, each with its sidecar beside it")
    compare.add_argument("--out", type=Path, required=True, help="output folder (tables; figures in OUT/figures/)")
    compare.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    compare.add_argument("--no-figures", action="store_true", help="write the tables only")
    compare.add_argument(
        "--param", action="append", metavar="NAME=VALUE", help="change an analysis parameter (repeatable)"
    )
    for command in (analyze, init, review, compare):
        command.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help=f"refuse larger files (default {DEFAULT_MAX_BYTES:,})",
        )
    return parser


def _params(args: argparse.Namespace):
    from .params import Params, parse_changes

    return Params().with_changes(parse_changes(args.param))


def analyze(args: argparse.Namespace) -> int:
    from .analysis import analyze as run

    figures = False if args.no_figures else (args.figures or True)
    done = run(args.input, args.meta, params=_params(args), out=args.out, figures=figures, max_bytes=args.max_bytes)
    interview, written = done.interview, done.written
    tables = next(iter(written.tables.values())).parent
    message = f"{interview.meta.interview_id}: {len(interview.paragraphs)} paragraphs, "
    message += f"{len(interview.sentences)} sentences, {len(written.tables)} tables in {tables}"
    if written.figures:
        message += f", {len(written.figures)} figures in {next(iter(written.figures.values())).parent}"
    print(message)
    return 0


def init(args: argparse.Namespace) -> int:
    from .text.starter_sidecar import write_starter_sidecar

    print(write_starter_sidecar(args.input, args.out, force=args.force, max_bytes=args.max_bytes))
    return 0


def review(args: argparse.Namespace) -> int:
    from .claims.review import write_coding_sheet

    print(
        write_coding_sheet(
            args.input, args.out, meta=args.meta, force=args.force, params=_params(args), max_bytes=args.max_bytes
        )
    )
    return 0


def compare(args: argparse.Namespace) -> int:
    from .corpus.compare import compare_interviews

    result = compare_interviews(
        args.inputs,
        args.out,
        workers=args.workers,
        figures=not args.no_figures,
        params=_params(args),
        max_bytes=args.max_bytes,
    )
    print(result.message())
    return result.exit_status


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"analyze": analyze, "init": init, "review": review, "compare": compare}[args.command](args)
    except UnusableInputError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{PROG}: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
