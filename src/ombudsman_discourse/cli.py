"""Command line: ``ombudsman-discourse analyze INPUT [--meta SIDECAR.yml] [--out DIR]``,
``ombudsman-discourse init INPUT`` (a starter sidecar) and ``ombudsman-discourse compare INPUT... --out DIR``.

Unusable input ends with one line on stderr and exit status 2, and writes nothing. ``compare`` skips an
unusable file among usable ones with one line each and exits with status 1.
"""

import argparse
import sys
import tempfile
from pathlib import Path

from . import paths
from .atomic import staged
from .claim_stage import claim_tables, codebook_for
from .compare import compare_interviews
from .errors import PROG, SidecarError, UnusableInputError
from .figure_set import report_figures
from .figures import save_figure
from .findings import findings_table, report_findings
from .keyword_stage import keyword_tables
from .loading import DEFAULT_MAX_BYTES
from .pipeline import load_interview
from .starter import starter_sidecar
from .tables import write_tables


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Discourse analysis of interviews with human-rights ombudsmen."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="clean and segment an interview, analyse keywords and claims, write tables and figures"
    )
    analyze.add_argument("input", type=Path, help="the interview as a text file")
    analyze.add_argument("--meta", type=Path, help="sidecar YAML (default: INPUT with suffix .yml, if present)")
    analyze.add_argument("--out", type=Path, help="output folder (default: results/<interview_id>/)")
    analyze.add_argument(
        "--figures",
        type=Path,
        help="figure folder (default: figures/<interview_id>/, or OUT/figures/ when --out is given)",
    )
    analyze.add_argument("--no-figures", action="store_true", help="write the tables only")
    analyze.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"refuse larger files (default {DEFAULT_MAX_BYTES:,})"
    )
    init = commands.add_parser("init", help="write a starter sidecar with what the heuristics found, to check")
    init.add_argument("input", type=Path, help="the interview as a text file")
    init.add_argument("--out", type=Path, help="sidecar path (default: INPUT with suffix .yml)")
    init.add_argument("--force", action="store_true", help="overwrite an existing sidecar")
    init.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help=f"refuse larger files (default {DEFAULT_MAX_BYTES:,})"
    )
    compare = commands.add_parser(
        "compare", help="compare interviews: keywords against the others, claim, rights-domain and stance profiles"
    )
    compare.add_argument("inputs", nargs="+", type=Path, help="interview files, each with its sidecar beside it")
    compare.add_argument("--out", type=Path, required=True, help="output folder (tables; figures in OUT/figures/)")
    compare.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    compare.add_argument("--no-figures", action="store_true", help="write the tables only")
    return parser


def compare(args: argparse.Namespace) -> int:
    result = compare_interviews(args.inputs, args.out, workers=args.workers, figures=not args.no_figures)
    print(result.message())
    return result.exit_status


def init(args: argparse.Namespace) -> int:
    target = args.out or args.input.with_suffix(".yml")
    if target.exists() and not args.force:
        raise SidecarError(f"{target}: a sidecar is already there; check it, or use --force to replace it")
    with tempfile.TemporaryDirectory() as tmp:  # read the text as if it had no sidecar yet
        no_sidecar = Path(tmp) / "empty.yml"
        no_sidecar.write_text("", encoding="utf-8")
        interview = load_interview(args.input, no_sidecar, max_bytes=args.max_bytes)
    with staged([target]) as (tmp,):
        tmp.write_text(starter_sidecar(interview), encoding="utf-8")
    print(f"{target}: starter sidecar for {interview.meta.interview_id} ({interview.layout} layout); check every value")
    return 0


def analyze(args: argparse.Namespace) -> int:
    interview = load_interview(args.input, args.meta, max_bytes=args.max_bytes)
    iid = interview.meta.interview_id
    codebook = codebook_for(interview)
    keywords, claims = keyword_tables(interview), claim_tables(interview, codebook)
    findings = findings_table(report_findings(interview, keywords, claims, codebook.labels("claim_type")))
    out = args.out or paths.results_dir(iid)
    written = write_tables({**interview.tables(), **keywords, **claims, "findings": findings}, out)
    message = f"{iid}: {len(interview.paragraphs)} paragraphs, {len(interview.sentences)} sentences, "
    message += f"{len(written)} tables in {out}"
    if not args.no_figures:
        figure_dir = args.figures or (args.out / "figures" if args.out else paths.figures_dir(iid))
        figures = report_figures(interview, keywords, claims)
        for name, fig in figures.items():
            save_figure(fig, figure_dir / name)
        message += f", {len(figures)} figures in {figure_dir}"
    print(message)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return {"analyze": analyze, "init": init, "compare": compare}[args.command](args)
    except UnusableInputError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"{PROG}: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
