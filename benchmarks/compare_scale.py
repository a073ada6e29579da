"""Time ``compare`` (tables only) on synthetic corpora of growing size: wall time, peak memory, time per interview.

The corpus is made from the four test fixtures (one per layout: Q/A labels, NAME labels in cp1252 with CRLF
and hard wraps, unlabelled, Markdown), with seeded variation (``random.Random(seed)``): each synthetic
interview keeps one fixture's header, footer, labels, encoding and line endings, and gets 2-12 of that
fixture's questions, each followed by 1-3 answer paragraphs assembled from 1-4 of the fixture's answer
sentences; a written sidecar gives it a unique ``interview_id``. Generation is not timed.

Each size runs in a fresh child process, so that its peak memory is its own. Reported: wall time; CPU time
(user + system) of the child and its pool's workers, which unlike wall time does not depend on what else
the machine is running (the 1-minute load average is printed beside it); the peak of the summed resident
set of the child and its workers, sampled with psutil every 50 ms from this parent process (pages shared
after fork are counted in every process, so this errs high); and ``ru_maxrss`` of the child (RUSAGE_SELF)
and of its largest worker (RUSAGE_CHILDREN).

Usage: .venv/bin/python benchmarks/compare_scale.py [--sizes 100 300 1000] [--workers N] [--repeat R] [--seed S]
Targets: 1,000 interviews in <= 60 s with peak memory <= 2 GB on 2 cores.
"""

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import yaml

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = [
    ROOT / "tests" / "data" / name
    for name in ("qa_labels.txt", "name_labels_cp1252_crlf.txt", "unlabelled.txt", "markdown_bold.md")
]
TARGET_SECONDS, TARGET_MB, TARGET_SIZE = 60.0, 2048.0, 1000
# a sentence ends at . or ! before a capital, digit or quote; question marks stay inside their sentence
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z0-9\"“])")


@dataclass(frozen=True)
class Template:
    """What a synthetic interview borrows from one fixture (texts as in the raw file, labels included)."""

    name: str
    suffix: str
    encoding: str
    newline: str
    header: str  # everything before the first question
    footer: str  # everything after the last answer (boilerplate)
    questions: list[str]  # whole question paragraphs, label or markup included
    first_prefix: str  # label before a turn's first answer paragraph ("A: ", "PETER NOVAK: ", "")
    next_prefix: str  # label before its further paragraphs
    sentences: list[str]  # answer sentences, line breaks folded to spaces
    wrap: int | None  # hard-wrap width when the fixture is hard-wrapped
    sidecar: dict


def _line_start(raw: str, pos: int) -> int:
    return raw.rfind("\n", 0, pos) + 1


def _line_end(raw: str, pos: int) -> int:
    end = raw.find("\n", pos)
    return len(raw) if end < 0 else end


def template(path: Path) -> Template:
    """Cut a fixture into its parts with the package's own segmentation (paragraph roles and raw offsets)."""
    from ombudsman_discourse import load_interview

    interview = load_interview(path)
    raw, p = interview.raw, interview.paragraphs
    newline = "\r\n" if "\r\n" in raw else "\n"
    questions = p[p["role"] == "question"]
    answers = p[p["role"] == "answer"]
    first = answers.groupby("turn_id").head(1)
    further = answers.drop(first.index)

    def label(row) -> str:  # what precedes the paragraph's text on its first line: a label or markup
        return raw[_line_start(raw, row.raw_start) : row.raw_start]

    sentences = []
    for row in answers.itertuples():
        text = " ".join(raw[row.raw_start : row.raw_end].split())
        sentences += [s for s in _SENTENCE_END.split(text) if not s.endswith("?")]
    return Template(
        name=path.stem,
        suffix=path.suffix,
        encoding="cp1252" if interview.encoding == "cp1252" else "utf-8",
        newline=newline,
        header=raw[: _line_start(raw, int(questions["raw_start"].iloc[0]))].rstrip(),
        footer=raw[_line_end(raw, int(answers["raw_end"].iloc[-1])) :].strip(),
        questions=[
            raw[_line_start(raw, q.raw_start) : _line_end(raw, q.raw_end)].rstrip("\r") for q in questions.itertuples()
        ],
        first_prefix=label(next(first.itertuples())),
        next_prefix=label(next(further.itertuples())) if len(further) else label(next(first.itertuples())),
        sentences=sentences,
        wrap=72 if any("\n" in raw[r.raw_start : r.raw_end] for r in answers.itertuples()) else None,
        sidecar=yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8")),
    )


def synthetic_text(t: Template, rng: random.Random) -> str:
    """One interview in ``t``'s layout: 2-12 turns, each a question and 1-3 answer paragraphs."""
    blocks = [t.header]
    for _ in range(rng.randint(2, 12)):
        blocks.append(rng.choice(t.questions))
        for i in range(rng.randint(1, 3)):
            text = (t.first_prefix if i == 0 else t.next_prefix) + " ".join(
                rng.sample(t.sentences, min(len(t.sentences), rng.randint(1, 4)))
            )
            if t.wrap:  # label included, so that no line is longer than the fixture's
                text = t.newline.join(textwrap.wrap(text, t.wrap, break_on_hyphens=False))
            blocks.append(text)
    blocks.append(t.footer)
    return (t.newline * 2).join(b for b in blocks if b) + t.newline


def write_corpus(folder: Path, size: int, seed: int = 0) -> list[Path]:
    """Write ``size`` synthetic interviews and their sidecars to ``folder``; return the interview paths."""
    templates = [template(f) for f in FIXTURES]
    rng = random.Random(seed)
    paths = []
    for i in range(size):
        t = rng.choice(templates)
        path = folder / f"{i:05d}_{t.name}{t.suffix}"
        path.write_bytes(synthetic_text(t, rng).encode(t.encoding))
        meta = {**t.sidecar, "interview_id": f"synthetic_{i:05d}"}
        path.with_suffix(".yml").write_text(yaml.safe_dump(meta, sort_keys=True, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths


def _tree_rss(process) -> int:
    """Resident set of ``process`` and all its descendants, in bytes (0 for processes that have just exited)."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            continue
    return total


def _cpu_seconds() -> tuple[float, float]:
    """User and system CPU time of this process, and of its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def measure(size: int, workers: int | None, seed: int) -> dict:
    """Generate a corpus of ``size`` and time one compare of it in this process (the child of :func:`run`)."""
    from ombudsman_discourse.corpus.compare import compare_interviews

    with tempfile.TemporaryDirectory(prefix="compare_scale_") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        corpus = write_corpus(folder, size, seed)
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        result = compare_interviews(corpus, Path(tmp) / "out", workers=workers, progress=False, figures=False)
        seconds = time.perf_counter() - start
        # the pool's workers have been waited for, so their time is in RUSAGE_CHILDREN
        main_cpu, worker_cpu = (after - before for after, before in zip(_cpu_seconds(), cpu_before))
    kib = 1024  # ru_maxrss is in KiB on Linux
    return {
        "size": size,
        "ok": result.ok,
        "skipped": result.skipped,
        "seconds": seconds,
        "cpu_seconds": main_cpu + worker_cpu,
        "main_cpu_seconds": main_cpu,
        "load": os.getloadavg()[0],
        "self_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib / 2**20,
        "worker_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib / 2**20,
    }


def run(size: int, workers: int | None, seed: int) -> dict:
    """Measure one size in a fresh child process, sampling its process tree's resident set every 50 ms from here
    (no sampling thread in the measured process, which forks its workers)."""
    command = [sys.executable, __file__, "--one", "--sizes", str(size), "--seed", str(seed)]
    command += ["--workers", str(workers)] if workers else []
    # stderr passes through: a skipped file's line shows, and a full pipe cannot stall the child
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        process, peak = psutil.Process(child.pid), 0
        while child.poll() is None:
            peak = max(peak, _tree_rss(process))
            time.sleep(0.05)
        out, _ = child.communicate()
    if child.returncode:
        raise RuntimeError(f"compare of {size} interviews failed (exit status {child.returncode}; see above)")
    return {**json.loads(out.strip().splitlines()[-1]), "tree_peak_mb": peak / 2**20}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--workers", type=int, help="worker processes (default: os.cpu_count())")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest is summarised")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # child: measure one size, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.sizes[0], args.workers, args.seed)))
        return 0
    workers = args.workers or os.cpu_count()
    print(f"compare, tables only, {os.cpu_count()} cores, {workers} workers, seed {args.seed}")
    # CPU time (user + system, all processes) does not depend on what else the machine runs; wall time does,
    # so the 1-minute load average is printed beside it
    print(
        f"{'size':>6} {'ok':>5} {'skip':>4} {'wall s':>7} {'wall ms/int':>11} {'cpu s':>7} {'main cpu s':>10} "
        f"{'cpu ms/int':>10} "
        f"{'tree peak MB':>12} {'main MB':>7} {'worker MB':>9} {'load':>5}"
    )
    best = {}
    for size in args.sizes:
        for _ in range(args.repeat):
            r = run(size, args.workers, args.seed)
            print(
                f"{size:>6} {r['ok']:>5} {r['skipped']:>4} {r['seconds']:>7.2f} {r['seconds'] / size * 1000:>11.1f} "
                f"{r['cpu_seconds']:>7.1f} {r['main_cpu_seconds']:>10.1f} {r['cpu_seconds'] / size * 1000:>10.1f} "
                f"{r['tree_peak_mb']:>12.0f} "
                f"{r['self_maxrss_mb']:>7.0f} {r['worker_maxrss_mb']:>9.0f} {r['load']:>5.2f}",
                flush=True,
            )
            if size not in best or r["seconds"] < best[size]["seconds"]:
                best[size] = r
    rows = list(best.values())
    if len(rows) > 1:
        wall = [r["seconds"] / r["size"] for r in rows]
        cpu = [r["cpu_seconds"] / r["size"] for r in rows]
        print(
            "time per interview relative to the smallest size (1.00 = linear growth): wall "
            + ", ".join(f"{r['size']}: {w / wall[0]:.2f}" for r, w in zip(rows, wall))
            + "; cpu "
            + ", ".join(f"{r['size']}: {c / cpu[0]:.2f}" for r, c in zip(rows, cpu))
        )
    if TARGET_SIZE in best:
        r = best[TARGET_SIZE]
        met = r["seconds"] <= TARGET_SECONDS and r["tree_peak_mb"] <= TARGET_MB
        print(
            f"target ({TARGET_SIZE} interviews in <= {TARGET_SECONDS:.0f} s and <= {TARGET_MB:.0f} MB): "
            f"{'met' if met else 'missed'} ({r['seconds']:.1f} s wall, {r['tree_peak_mb']:.0f} MB; "
            f"cpu {r['cpu_seconds']:.1f} s, i.e. {r['cpu_seconds'] / workers:.1f} s on {workers} idle cores)"
        )
    return 1 if any(r["skipped"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
