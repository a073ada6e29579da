"""Time the cleaning pipeline on the seed in-process: median of repeated runs.

Usage: .venv/bin/python benchmarks/analyze_seed.py [--repeat N]
The whole command including interpreter start is timed separately with
/usr/bin/time -v .venv/bin/ombudsman-discourse analyze seeds/000_f6497625efb25940.txt --out /tmp/out
"""

import argparse
import statistics
import time

from ombudsman_discourse import load_interview, paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    load_interview(paths.SEED_INTERVIEW)  # warm caches (wordfreq lexicon, rules)
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        load_interview(paths.SEED_INTERVIEW)
        times.append(time.perf_counter() - start)
    print(
        f"load_interview(seed): median {statistics.median(times) * 1000:.1f} ms, "
        f"min {min(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms over {args.repeat} runs"
    )


if __name__ == "__main__":
    main()
