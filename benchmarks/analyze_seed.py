"""Time the analysis of the seed in-process: loading alone, and loading with every stage (tables, no files).

Each line is the median of repeated warm runs (one run first to warm caches).
Usage: .venv/bin/python benchmarks/analyze_seed.py [--repeat N] [--input PATH]
The whole command including interpreter start is timed separately with
/usr/bin/time -v .venv/bin/ombudsman-discourse analyze seeds/000_f6497625efb25940.txt --out /tmp/out
"""

import argparse
from pathlib import Path

from timing import SEED, time_repeated

from ombudsman_discourse import load_interview, run_analysis


def analyze(path: Path) -> None:
    """Everything ``analyze`` computes in-process (every stage's tables), without writing or drawing figures."""
    run_analysis(load_interview(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--input", type=Path, default=SEED, help="an interview (default: the seed)")
    args = parser.parse_args()
    name = "seed" if args.input == SEED else args.input.name
    print(f"load_interview({name}):", time_repeated(lambda: load_interview(args.input), args.repeat))
    print(f"load + every stage ({name}):", time_repeated(lambda: analyze(args.input), args.repeat))


if __name__ == "__main__":
    main()
