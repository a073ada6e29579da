"""How many paragraphs get the role a careful reader gives them: the package's reading against a gold reading.

A gold reading (``NAME.roles`` beside ``NAME.txt``) has one line per paragraph as a careful reader divides it,
``ROLE<TAB>the paragraph's first words as in the file[<TAB>comment]``, in reading order (the fixtures in
``tests/data/`` have one each). Each gold paragraph spans from its first words to the next gold paragraph's.
It counts as read right when every paragraph the package made that overlaps the span has the gold role; a
span the package removed entirely (a logged removal, a boilerplate paragraph) is right when the gold role is
``boilerplate``. A text the package refuses gets no paragraph right. Every interview is read as if it had no
sidecar unless ``--with-sidecar`` is given.

Usage: ``python tools/role_agreement.py FOLDER_OR_FILE... [--with-sidecar] [--details]``
"""

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ombudsman_discourse.errors import UnusableInputError
from ombudsman_discourse.text.interview import load_interview
from ombudsman_discourse.text.sidecar import Meta

SUFFIXES = (".txt", ".md", ".html")


@dataclass(frozen=True)
class Gold:
    role: str
    snippet: str
    start: int  # offset of the snippet in the raw text
    end: int  # where the next gold paragraph starts (or the end of the text)


def read_gold(path: Path, raw: str) -> list[Gold]:
    """The gold paragraphs of ``path`` located in ``raw``; a snippet not found in order is an error."""
    rows, pos = [], 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        role, snippet = line.split("\t")[:2]
        start = raw.find(snippet, pos)
        if start < 0:
            raise ValueError(f"{path}:{number}: {snippet!r} not found after offset {pos}")
        rows.append((role, snippet, start))
        pos = start + 1
    ends = [start for _, _, start in rows[1:]] + [len(raw)]
    return [Gold(role, snippet, start, end) for (role, snippet, start), end in zip(rows, ends)]


def package_roles(path: Path, with_sidecar: bool):
    """(raw text, [(raw_start, raw_end, role)]) as the package reads ``path``, or (raw, None) when refused."""
    try:
        interview = load_interview(path, None if with_sidecar else Meta(interview_id=path.stem))
    except UnusableInputError:
        from ombudsman_discourse.text.decoding import read_raw

        return read_raw(path).text, None
    spans = list(zip(interview.paragraphs["raw_start"], interview.paragraphs["raw_end"], interview.paragraphs["role"]))
    return interview.raw, spans


def _shares_text(raw: str, start: int, end: int) -> bool:
    return start < end and any(ch.isalnum() for ch in raw[start:end])


def judge(raw: str, gold: list[Gold], spans) -> list[tuple[Gold, str]]:
    """Each gold paragraph with the package's role for it ("refused", a role, or "mixed: a/b")."""
    out = []
    for g in gold:
        if spans is None:
            out.append((g, "refused"))
            continue
        # a paragraph counts when it shares a letter or digit with the span, not a quotation mark at its edge
        roles = sorted({role for start, end, role in spans if _shares_text(raw, max(start, g.start), min(end, g.end))})
        if not roles:
            out.append((g, "removed"))
        else:
            out.append((g, roles[0] if len(roles) == 1 else "mixed: " + "/".join(roles)))
    return out


def right(gold_role: str, found: str) -> bool:
    return found == gold_role or (gold_role == "boilerplate" and found == "removed")


def interviews(targets: list[str]) -> list[Path]:
    found = []
    for target in map(Path, targets):
        candidates = sorted(target.iterdir()) if target.is_dir() else [target]
        found += [p for p in candidates if p.suffix in SUFFIXES and p.with_suffix(".roles").is_file()]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="+", help="interview files or folders holding NAME.txt with NAME.roles")
    parser.add_argument("--with-sidecar", action="store_true", help="read each interview with its sidecar")
    parser.add_argument("--details", action="store_true", help="list every paragraph read wrong")
    args = parser.parse_args(argv)
    total = correct = refused = 0
    confusion: Counter = Counter()
    for path in interviews(args.targets):
        raw, spans = package_roles(path, args.with_sidecar)
        judged = judge(raw, read_gold(path.with_suffix(".roles"), raw), spans)
        ok = sum(right(g.role, found) for g, found in judged)
        total, correct, refused = total + len(judged), correct + ok, refused + (spans is None)
        print(f"{path.name}: {ok} of {len(judged)} paragraphs right" + (" (refused)" if spans is None else ""))
        for g, found in judged:
            if not right(g.role, found):
                confusion[g.role, found.split(":")[0]] += 1
                if args.details:
                    print(f"    {g.role:<11} read as {found:<20} {g.snippet[:60]!r}")
    n = len(interviews(args.targets))
    print(f"\n{correct} of {total} paragraphs ({correct / max(total, 1):.0%}) right in {n} texts; {refused} refused")
    for (gold_role, found), count in confusion.most_common():
        print(f"  {count:>3}  {gold_role} read as {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
