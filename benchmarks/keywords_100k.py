"""Time the keyword stage on a synthetic interview of about 100,000 words, in-process.

The text is built from the seed's questions and answers, shuffled with a fixed seed, so that
vocabulary and sentence lengths are realistic. Cleaning and segmentation are not timed.
Usage: .venv/bin/python benchmarks/keywords_100k.py [--words N] [--repeat R]
"""

import argparse
import random
import tempfile
from pathlib import Path

from timing import SEED, time_repeated

from ombudsman_discourse import load_interview
from ombudsman_discourse.keywords.stage import keyword_tables


def synthetic_interview(words: int, seed: int = 0) -> str:
    seed_interview = load_interview(SEED)
    p = seed_interview.paragraphs
    questions = p.loc[p["role"] == "question", "text"].tolist()
    answers = p.loc[p["role"] == "answer", "text"].tolist()
    rng = random.Random(seed)
    parts, count = [p.loc[0, "text"], p.loc[1, "text"]], 0
    while count < words:
        parts.append(rng.choice(questions))
        for text in rng.sample(answers, 6):
            parts.append(text)
            count += len(text.split())
    return "\n\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.txt"
        path.write_text(synthetic_interview(args.words), encoding="utf-8")
        interview = load_interview(path)
    n_words = int(interview.sentences.loc[interview.sentences["role"] == "answer", "n_tokens"].sum())
    print(f"keyword stage on {n_words:,} answer words:", time_repeated(lambda: keyword_tables(interview), args.repeat))


if __name__ == "__main__":
    main()
