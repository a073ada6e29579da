"""The compare stage: many interviews side by side.

Each interview is loaded and coded in a worker process (:func:`summarise_interview`); a worker sends
back only small counts, so memory stays flat however many interviews there are. From those counts,
pure functions build the tables:

- keyness of each interview's answers against all the other interviews' answers pooled, the rest of
  the corpus being the reference: log-likelihood G² (Rayson & Garside 2000, after Dunning 1993) as
  the filter, Log Ratio (Hardie 2014) as the effect size, BIC (Wilson 2013) beside them
  (:func:`keyness_against_rest`);
- each interview's claim types and rights domains per 100 interviewee sentences, and its stance
  markers (Hyland 2005) per 1,000 answer words (:func:`code_rates`).

:func:`compare_interviews` runs it all: analyses the files in parallel, reports and skips unusable
ones, writes the tables (and figures) and returns what the command line needs for its exit status.
"""

import os
import re
import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from .claims import code_claims
from .codebook import Codebook, load_codebook
from .compare_plots import comparison_figures
from .errors import PROG, UnusableInputError
from .figures import save_figure
from .keyness import BIC_BANDS, band, bic, log_likelihood, log_ratio
from .loading import DEFAULT_MAX_BYTES
from .pipeline import Interview, load_interview
from .tables import write_tables

MIN_FREQ = 3  # Gabrielatos (2018): at least 3 occurrences in a short text
MIN_G2 = 3.84  # p < .05 at df = 1
KEYNESS_COLUMNS = [
    "interview_id",
    "word",
    "observed",
    "per_million",
    "ref_observed",
    "ref_per_million",
    "g2",
    "p_band",
    "bic",
    "bic_band",
    "log_ratio",
]
_LETTER = re.compile("[a-z]")  # keyness_table's test for a word form (ASCII letters, as there)
INTERVIEW_COLUMNS = [
    "path",
    "interview_id",
    "status",
    "reason",
    "paragraphs",
    "sentences",
    "interviewee_sentences",
    "rights_claims",
    "answer_words",
]


@dataclass(frozen=True)
class InterviewSummary:
    """What the compare tables need of one interview: a few kilobytes instead of its tables."""

    interview_id: str
    paragraphs: int
    sentences: int
    answer_words: int  # word tokens of the answers: the size c of the keyness target
    words: dict[str, int]  # answer word form -> count, the forms keyness.csv lists
    interviewee_sentences: int  # sentences coded (claims.csv rows)
    rights_claims: int
    codes: dict[str, dict[str, int]]  # category -> code -> count (sentences; stance: cue matches)


@dataclass(frozen=True)
class CompareResult:
    """The outcome of :func:`compare_interviews`: how many files were used and skipped, and what was written."""

    ok: int
    skipped: int
    out_dir: Path
    tables: list[Path] = field(default_factory=list)
    figures: list[Path] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        """0 when every file was used, 1 when some were skipped, 2 when none was usable."""
        return 2 if self.ok == 0 else 1 if self.skipped else 0

    def message(self) -> str:
        """One line for stdout: what was compared and written where."""
        text = f"{self.ok} interviews compared, {self.skipped} skipped"
        if self.tables:
            text += f"; {len(self.tables)} tables in {self.out_dir}"
        if self.figures:
            text += f", {len(self.figures)} figures in {self.figures[0].parent}"
        return text


def answer_word_counts(tokens: pd.DataFrame) -> tuple[int, Counter]:
    """Size of the answers in word tokens, and the count of every answer word form keyness is computed for.

    The same selection as :func:`~.keyword_stage.keyness_table`: word tokens of answers, lowercased; the
    size counts them all, the forms only those with a letter, clitics such as ``'s`` left out.
    """
    # plain lists: for a few hundred tokens, pandas' string methods cost more than the loop
    words = tokens.loc[tokens["is_word"].to_numpy() & (tokens["role"].to_numpy() == "answer"), "lower"].tolist()
    return len(words), Counter(w for w in words if _LETTER.search(w) and not w.startswith("'"))


@lru_cache(maxsize=128)
def _codebook(extensions: tuple[tuple[str, tuple[str, ...]], ...], country: str | None) -> Codebook:
    return load_codebook({key: list(names) for key, names in extensions}, country)


def cached_codebook(interview: Interview) -> Codebook:
    """:func:`~.claim_stage.codebook_for`, built once per worker for each sidecar extension and country:
    interviews from one source usually share them, and building the codebook is ~2% of an interview's time."""
    meta = interview.meta
    return _codebook(tuple(sorted((k, tuple(v)) for k, v in meta.codebook.items())), meta.country)


def summarise_interview(interview: Interview, codebook: Codebook) -> InterviewSummary:
    """Counts of one interview for the compare tables, computed as the single-interview tables compute them.

    Claim types and rights domains count interviewee sentences coded with them (``claim_summary.csv``'s
    ``sentences``); stance counts cue matches (``stance.csv``'s ``all`` row). Only the coding is run, not
    the tables compare does not use (collocations, concordances, dispersion, ...).
    """
    size, words = answer_word_counts(interview.tokens)
    claims, cues = code_claims(interview.sentences, codebook)
    codes = {
        category: {label: int(claims[label].sum()) if len(claims) else 0 for label in codebook.labels(category)}
        for category in ("claim_type", "rights_domain")
    }
    stance = Counter(cues.loc[cues["category"] == "stance", "code"])
    codes["stance"] = {label: stance[label] for label in codebook.labels("stance")}
    return InterviewSummary(
        interview_id=interview.meta.interview_id,
        paragraphs=len(interview.paragraphs),
        sentences=len(interview.sentences),
        answer_words=size,
        words=dict(words),
        interviewee_sentences=len(claims),
        rights_claims=int(claims["is_rights_claim"].sum()) if len(claims) else 0,
        codes=codes,
    )


def _analyse(task: tuple[str, int]) -> InterviewSummary | str:
    """Worker: the summary of the interview at ``path``, or why it cannot be analysed (one line)."""
    path, max_bytes = task
    try:
        interview = load_interview(path, max_bytes=max_bytes)
        return summarise_interview(interview, cached_codebook(interview))
    except UnusableInputError as exc:
        # the messages start with the path, which the report line already gives
        return str(exc).removeprefix(f"{Path(path)}: ")
    except OSError as exc:  # e.g. no permission to read
        return exc.strerror or str(exc)


def keyness_against_rest(
    counts: pd.DataFrame, sizes: pd.Series, min_freq: int = MIN_FREQ, min_g2: float = MIN_G2
) -> pd.DataFrame:
    """Keywords of each interview against the other interviews pooled.

    ``counts``: one row per interview and word form, columns ``interview_id``, ``word``, ``observed``;
    ``sizes``: interview_id -> answer size in word tokens. For each row, with Rayson & Garside's (2000)
    notation, ``a`` = observed, ``c`` = the interview's size, ``b`` = the word's count in all other
    interviews and ``d`` = their total size. Kept: positive keyness (``a/c > b/d``), ``a >= min_freq`` and
    ``G2 >= min_g2``. With fewer than two interviews there is no reference and the table is empty.

    Returns ``interview_id``, ``word``, ``observed``, ``per_million`` (a/c), ``ref_observed`` (b),
    ``ref_per_million`` (b/d), ``g2`` and ``p_band``, ``bic`` (G2 - ln(c + d), Wilson 2013) and
    ``bic_band``, ``log_ratio`` (Hardie 2014, a zero b taken as 0.5); sorted by interview, G2 descending,
    then word.
    """
    if len(sizes) < 2 or counts.empty:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    a = counts["observed"].to_numpy(dtype=float)
    b = counts.groupby("word")["observed"].transform("sum").to_numpy(dtype=float) - a
    c = counts["interview_id"].map(sizes).to_numpy(dtype=float)
    d = float(sizes.sum()) - c
    g2 = log_likelihood(a, b, c, d)
    keep = (a >= min_freq) & (g2 >= min_g2) & (a / c > b / d)
    a, b, c, d, g2 = a[keep], b[keep], c[keep], d[keep], g2[keep]
    bics = bic(g2, c + d)
    table = pd.DataFrame(
        {
            "interview_id": counts["interview_id"].to_numpy()[keep],
            "word": counts["word"].to_numpy()[keep],
            "observed": a.astype(int),
            "per_million": a / c * 1e6,
            "ref_observed": b.astype(int),
            "ref_per_million": b / d * 1e6,
            "g2": g2,
            "p_band": [band(v) for v in g2],
            "bic": bics,
            "bic_band": [band(v, BIC_BANDS, "no evidence") for v in bics],
            "log_ratio": log_ratio(a, b, c, d),
        },
        columns=KEYNESS_COLUMNS,
    )
    order = table.sort_values(["interview_id", "g2", "word"], ascending=[True, False, True], kind="stable")
    return order.reset_index(drop=True)


def code_rates(
    counts: pd.DataFrame, denominators: pd.Series, code_column: str, count_column: str, base: str, per: int
) -> pd.DataFrame:
    """Counts of codes per interview with their rate per ``per`` units of ``base``.

    ``counts``: one row per interview and code (zeros included), columns ``interview_id``, ``code``,
    ``count``, in the order wanted within an interview; ``denominators``: interview_id -> the size of
    ``base`` (e.g. interviewee sentences). Returns ``interview_id``, ``code_column`` (the code),
    ``count_column``, ``base`` and ``per_<per>_<base unit>`` (empty where the base is 0), sorted by
    interview, codes kept in the given order.
    """
    table = counts.rename(columns={"code": code_column, "count": count_column})
    table[base] = table["interview_id"].map(denominators).astype(int)
    unit = base.rsplit("_", 1)[-1]
    table[f"per_{per}_{unit}"] = table[count_column] / table[base].where(table[base] > 0) * per
    return table.sort_values("interview_id", kind="stable").reset_index(drop=True)


def comparison_tables(
    summaries: list[InterviewSummary], codebook: Codebook, min_freq: int = MIN_FREQ, min_g2: float = MIN_G2
) -> dict[str, pd.DataFrame]:
    """The keyness, claim-profile, rights-domain and stance tables of :func:`compare_interviews`, by file stem.

    Claim types and rights domains are given per 100 interviewee sentences (the sentences coded; a
    sentence may carry several codes, so a profile need not sum to 100); stance markers per 1,000
    answer words.
    """
    ids = [s.interview_id for s in summaries]
    counts = pd.DataFrame(
        [(s.interview_id, word, n) for s in summaries for word, n in s.words.items()],
        columns=["interview_id", "word", "observed"],
    )
    sentences = pd.Series([s.interviewee_sentences for s in summaries], index=ids)
    words = pd.Series([s.answer_words for s in summaries], index=ids)

    def codes(category: str) -> pd.DataFrame:
        return pd.DataFrame(
            [
                (s.interview_id, label, s.codes[category][label])
                for s in summaries
                for label in codebook.labels(category)
            ],
            columns=["interview_id", "code", "count"],
        )

    return {
        "compare_keyness": keyness_against_rest(counts, words, min_freq, min_g2),
        "compare_claim_profiles": code_rates(
            codes("claim_type"), sentences, "claim_type", "sentences", "interviewee_sentences", 100
        ),
        "compare_rights_domains": code_rates(
            codes("rights_domain"), sentences, "rights_domain", "sentences", "interviewee_sentences", 100
        ),
        "compare_stance": code_rates(codes("stance"), words, "marker", "count", "answer_words", 1000),
    }


def _report(path: str, reason: str) -> None:
    # tqdm.write keeps a running progress bar intact below the message
    tqdm.write(f"{PROG}: skipped {path}: {reason}", file=sys.stderr)


def _summaries(tasks: list[tuple[str, int]], workers: int, progress: bool):
    """Yield each task's result in input order, from a process pool when there is more than one worker."""
    # disable=None: a bar only where stderr is a terminal, so logs and captured output get no bar fragments
    bar = {"total": len(tasks), "desc": "compare", "unit": "interview", "file": sys.stderr}
    bar["disable"] = None if progress else True
    if workers == 1:  # no pool to start: in-process, e.g. for profiling
        with tqdm(**bar) as shown:
            for task in tasks:
                yield _analyse(task)
                shown.update()
        return
    # small chunks keep the load balanced to the end and the bar moving; 8 tasks of ~0.1 s each already
    # make the sub-millisecond cost of sending a task and its summary back negligible
    chunksize = max(1, min(8, len(tasks) // (4 * workers)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_analyse, tasks, chunksize=chunksize)
        # with the fork start method, map has started every worker before tqdm starts its monitor thread
        # (forking a process that runs threads risks deadlocks)
        with tqdm(**bar) as shown:
            for result in results:
                yield result
                shown.update()


def compare_interviews(
    inputs: Sequence[str | Path],
    out_dir: str | Path,
    workers: int | None = None,
    progress: bool = True,
    figures: bool = True,
    *,
    min_freq: int = MIN_FREQ,
    min_g2: float = MIN_G2,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> CompareResult:
    """Analyse every interview in ``inputs`` (each with its sidecar ``<stem>.yml``, if any) and compare them.

    Interviews are analysed in ``workers`` processes (default: one per core), with a progress bar on
    stderr when it is a terminal, unless ``progress`` is false. A file that cannot be analysed (an
    :class:`~.errors.UnusableInputError`, or unreadable), or whose interview_id an earlier file already
    has, is reported in one line on stderr (``ombudsman-discourse: skipped PATH: reason``) and skipped.

    Writes to ``out_dir`` (nothing when no file is usable): ``compare_keyness.csv``,
    ``compare_claim_profiles.csv``, ``compare_rights_domains.csv``, ``compare_stance.csv`` (see
    :func:`comparison_tables`), ``compare_interviews.csv`` (one row per input in the order given:
    ``path`` as given, ``interview_id``, ``status`` ``ok`` or ``skipped``, ``reason``, ``paragraphs``,
    ``sentences``, ``interviewee_sentences``, ``rights_claims``, ``answer_words``) and, if ``figures``,
    the three figures of :mod:`.compare_plots` in ``out_dir/figures/`` (PNG with an SVG copy).
    """
    out_dir = Path(out_dir)
    paths = [str(p) for p in inputs]
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths) or 1))
    rows, summaries, first_path = [], [], {}
    # strict: the generator runs to its end, closing the bar and the pool
    for path, result in zip(paths, _summaries([(p, max_bytes) for p in paths], workers, progress), strict=True):
        row = dict.fromkeys(INTERVIEW_COLUMNS)
        row["path"] = path
        if isinstance(result, str):
            row.update(status="skipped", reason=result)
        elif result.interview_id in first_path:
            reason = f"interview_id {result.interview_id} already taken by {first_path[result.interview_id]}"
            row.update(interview_id=result.interview_id, status="skipped", reason=reason)
        else:
            first_path[result.interview_id] = path
            summaries.append(result)
            row.update({k: getattr(result, k) for k in INTERVIEW_COLUMNS if hasattr(result, k)}, status="ok", reason="")
        if row["status"] == "skipped":
            _report(path, row["reason"])
        rows.append(row)
    skipped = len(rows) - len(summaries)
    if not summaries:
        return CompareResult(ok=0, skipped=skipped, out_dir=out_dir)

    interviews = pd.DataFrame(rows, columns=INTERVIEW_COLUMNS)
    for column in INTERVIEW_COLUMNS[4:]:
        interviews[column] = interviews[column].astype("Int64")
    tables = comparison_tables(sorted(summaries, key=lambda s: s.interview_id), load_codebook(), min_freq, min_g2)
    written = write_tables({**tables, "compare_interviews": interviews}, out_dir)
    saved = []
    if figures:
        for name, fig in comparison_figures(tables).items():
            saved.append(save_figure(fig, out_dir / "figures" / name))
    return CompareResult(ok=len(summaries), skipped=skipped, out_dir=out_dir, tables=written, figures=saved)
