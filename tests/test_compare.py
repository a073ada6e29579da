"""The compare stage: known answers on toy interviews, the four fixtures end to end, bad files, the benchmark.

Toy interviews (answers only, hand-counted word tokens):
  toy_a "We visit prisons. We visit prisons. We visit prisons. We inspect prisons." c = 12:
        we 4, prisons 4, visit 3, inspect 1;
  toy_b "We visit schools. We visit schools. We help children." d = 9: we 3, visit 2, schools 2, help 1, children 1.
*prisons* in toy_a against toy_b: a = 4, b = 0, E1 = 12 * 4 / 21 = 16/7, so G2 = 2 * 4 ln(4 / (16/7)) = 8 ln 1.75
= 4.4769 (p < .05); Log Ratio with b -> 0.5: log2((4/12) / (0.5/9)) = log2 6 = 2.5850; BIC = 4.4769 - ln 21 = 1.4324.
*we* has the same rate in both (4/12 = 3/9) and *visit* G2 = 0.017; *schools* occurs only twice (below 3):
so with the defaults (min_freq 3, G2 >= 3.84) *prisons* is the one keyword. With min_freq 2 and G2 >= 3,
*schools* joins it: G2 = 2 * 2 ln(2 / (9 * 2 / 21)) = 4 ln(7/3) = 3.3892.
"""

import math
import re
import shutil
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from ombudsman_discourse import load_interview
from ombudsman_discourse.claims.codebook import codebook_for, load_codebook, shared_codebook
from ombudsman_discourse.claims.stage import claim_tables
from ombudsman_discourse.corpus.compare import compare_interviews
from ombudsman_discourse.corpus.counts import COMPARED, summarise_interview
from ombudsman_discourse.corpus.plots import HEATMAP_MAX, plot_claim_profiles, plot_stance_profiles
from ombudsman_discourse.corpus.tables import KEYNESS_COLUMNS, code_rates, keyness_against_rest
from ombudsman_discourse.framing.stage import framing_tables
from ombudsman_discourse.keywords.stage import keyword_tables
from ombudsman_discourse.text.sidecar import Meta

from .conftest import DATA, ROOT

# the four layouts the brief and the benchmark use (conftest's FIXTURES may grow)
FIXTURES = {
    "qa_labels": DATA / "qa_labels.txt",
    "name_labels": DATA / "name_labels_cp1252_crlf.txt",
    "unlabelled": DATA / "unlabelled.txt",
    "markdown": DATA / "markdown_bold.md",
}

TABLES = {f"compare_{name}.csv" for name in ("keyness", "claim_profiles", "rights", "frames", "stance", "interviews")}
FIGURES = {
    f"{name}.{fmt}"
    for name in ("compare_claim_profiles", "compare_rights", "compare_frames", "compare_stance")
    for fmt in ("png", "svg")
}
CLAIM_TYPES = ["achievement", "commitment", "recognition", "attribution", "problem", "cooperation"]


def _toys(folder):
    folder.mkdir(exist_ok=True)
    texts = {
        "toy_a": "We visit prisons. We visit prisons. We visit prisons. We inspect prisons.",
        "toy_b": "We visit schools. We visit schools. We help children.",
    }
    out = []
    for name, answer in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(f"What do you do?\n\n{answer}\n", encoding="utf-8")
        out.append(path)
    return out


def test_keyness_against_the_rest_matches_hand_computation(tmp_path):
    result = compare_interviews(_toys(tmp_path / "in"), tmp_path / "out", workers=1, progress=False, figures=False)
    assert (result.ok, result.skipped, result.exit_status) == (2, 0, 0)
    key = pd.read_csv(tmp_path / "out" / "compare_keyness.csv")
    assert list(key.columns) == KEYNESS_COLUMNS
    assert key[["interview_id", "word", "observed", "ref_observed"]].values.tolist() == [["toy_a", "prisons", 4, 0]]
    row = key.iloc[0]
    assert row["g2"] == pytest.approx(8 * math.log(1.75), abs=1e-8)
    assert row["g2"] == pytest.approx(4.4769, abs=1e-4)
    assert row["log_ratio"] == pytest.approx(math.log2(6), abs=1e-8)
    assert row["bic"] == pytest.approx(4.4769 - math.log(21), abs=1e-4)
    assert (row["p_band"], row["bic_band"]) == ("p < .05", "bare mention")
    assert row["per_million"] == pytest.approx(4 / 12 * 1e6) and row["ref_per_million"] == 0
    interviews = pd.read_csv(tmp_path / "out" / "compare_interviews.csv")
    assert interviews["answer_words"].tolist() == [12, 9]


def _counts(rows):
    return pd.DataFrame(rows, columns=["interview_id", "word", "observed"])


def test_keyness_thresholds_and_tie_order():
    counts = _counts([("toy_a", "prisons", 4), ("toy_a", "we", 4), ("toy_a", "visit", 3), ("toy_a", "inspect", 1)])
    counts = pd.concat([counts, _counts([("toy_b", "we", 3), ("toy_b", "visit", 2), ("toy_b", "schools", 2)])])
    sizes = pd.Series({"toy_a": 12, "toy_b": 9})
    table = keyness_against_rest(counts, sizes, min_freq=2, min_g2=3.0)
    assert table[["interview_id", "word"]].values.tolist() == [["toy_a", "prisons"], ["toy_b", "schools"]]
    assert table["g2"].tolist() == pytest.approx([8 * math.log(7 / 4), 4 * math.log(7 / 3)])
    # equal G2 within an interview: words in alphabetical order, whatever order they came in
    tied = _counts([("x", "b", 5), ("x", "a", 5), ("y", "c", 10)])
    table = keyness_against_rest(tied, pd.Series({"x": 10, "y": 10}))
    assert table[["interview_id", "word"]].values.tolist() == [["x", "a"], ["x", "b"], ["y", "c"]]
    assert table["g2"].tolist() == pytest.approx([10 * math.log(2), 10 * math.log(2), 20 * math.log(2)])
    # one interview has no reference to be compared with
    alone = keyness_against_rest(_counts([("x", "a", 5)]), pd.Series({"x": 10}))
    assert alone.empty and list(alone.columns) == KEYNESS_COLUMNS


def test_rates_per_base_with_an_empty_base():
    counts = pd.DataFrame(
        [("y", "p", 1), ("y", "q", 0), ("x", "p", 3), ("x", "q", 0)], columns=["interview_id", "code", "count"]
    )
    table = code_rates(counts, pd.Series({"x": 6, "y": 0}), "claim_type", "sentences", "interviewee_sentences", 100)
    assert list(table.columns) == [
        "interview_id",
        "claim_type",
        "sentences",
        "interviewee_sentences",
        "per_100_sentences",
        "few_sentences",
    ]
    assert table["few_sentences"].all()  # 6 and 0 sentences: both below 20
    assert table[["interview_id", "claim_type"]].values.tolist() == [["x", "p"], ["x", "q"], ["y", "p"], ["y", "q"]]
    assert table["per_100_sentences"].tolist()[:2] == [50.0, 0.0]
    assert table["per_100_sentences"].iloc[2:].isna().all()  # no sentences: no rate, not zero


@pytest.mark.parametrize("name", FIXTURES)
def test_summary_counts_agree_with_the_single_interview_tables(name):
    interview = load_interview(FIXTURES[name])
    codebook = codebook_for(interview)
    assert shared_codebook(interview.meta) is codebook
    summary = summarise_interview(interview, codebook)
    keywords = keyword_tables(interview)
    assert summary.words == dict(zip(keywords["keyness"]["word"], keywords["keyness"]["observed"]))
    text_size = keywords["text_size"].set_index("text")
    assert summary.answer_words == text_size.loc["answers", "tokens"]
    claims = claim_tables(interview, codebook=codebook)
    coded = claims["claim_summary"].set_index(["category", "code"])["sentences"]
    for category in COMPARED:
        assert summary.codes[category] == {code: coded[category, code] for code in codebook.labels(category)}
    overall = framing_tables(interview, claims, codebook)["stance"].set_index("turn_id").loc["all"]
    assert summary.codes["stance"] == {m: overall[m] for m in codebook.labels("stance")}
    assert summary.answer_words == overall["words"]
    assert summary.interviewee_sentences == len(claims["claims"])


def test_shared_codebook_keeps_sidecar_names_apart():
    for names in (["Anna Berg"], ["Peter Novak"], ["Anna Berg"]):
        meta = Meta("x", country="Westria", codebook={"actor.head_of_state": names})
        assert shared_codebook(meta) == load_codebook({"actor.head_of_state": names}, "Westria")


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("compare")
    result = compare_interviews(list(FIXTURES.values()), out, workers=2, progress=False, figures=True)
    return result, out


def test_fixtures_write_every_table_and_figure(fixture_run):
    result, out = fixture_run
    assert (result.ok, result.skipped, result.exit_status) == (4, 0, 0)
    assert {p.name for p in out.iterdir()} == TABLES | {"figures"}
    assert {p.name for p in (out / "figures").iterdir()} == FIGURES
    assert result.message() == f"4 interviews compared, 0 skipped; 6 tables in {out}, 4 figures in {out / 'figures'}"
    interviews = pd.read_csv(out / "compare_interviews.csv")
    assert interviews["path"].tolist() == [str(p) for p in FIXTURES.values()]
    assert (interviews["status"] == "ok").all() and interviews["reason"].isna().all()
    ids = sorted(interviews["interview_id"])
    profiles = pd.read_csv(out / "compare_claim_profiles.csv")
    assert profiles[["interview_id", "claim_type"]].values.tolist() == [[i, c] for i in ids for c in CLAIM_TYPES]
    assert np.allclose(profiles["per_100_sentences"], profiles["sentences"] / profiles["interviewee_sentences"] * 100)
    rights = pd.read_csv(out / "compare_rights.csv")
    assert len(rights) == 4 * 23 and (rights["few_sentences"] == (rights["interviewee_sentences"] < 20)).all()
    assert len(pd.read_csv(out / "compare_frames.csv")) == 4 * 5
    stance = pd.read_csv(out / "compare_stance.csv")
    assert len(stance) == 4 * 5
    assert np.allclose(stance["per_1000_words"], stance["count"] / stance["answer_words"] * 1000)
    key = pd.read_csv(out / "compare_keyness.csv")
    assert (key["observed"] >= 3).all() and (key["g2"] >= 3.84).all() and (key["log_ratio"] > 0).all()
    ordered = key.sort_values(["interview_id", "g2", "word"], ascending=[True, False, True])
    assert key.index.equals(ordered.index)


def test_output_is_byte_stable_whatever_the_number_of_workers(fixture_run, tmp_path):
    _, out = fixture_run
    compare_interviews(list(FIXTURES.values()), tmp_path, workers=1, progress=False, figures=True)
    for name in [*TABLES, *(f"figures/{f}" for f in FIGURES)]:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_bad_and_duplicate_files_are_reported_and_skipped(tmp_path, capsys):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 not text \x00" * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "missing.txt"
    copy = tmp_path / "copy.txt"  # same sidecar, so the same interview_id as the fixture before it
    shutil.copy(FIXTURES["qa_labels"], copy)
    shutil.copy(FIXTURES["qa_labels"].with_suffix(".yml"), copy.with_suffix(".yml"))
    inputs = [FIXTURES["qa_labels"], binary, FIXTURES["unlabelled"], empty, copy, missing]
    result = compare_interviews(inputs, tmp_path / "out", workers=2)  # progress on: no bar off a terminal
    assert (result.ok, result.skipped, result.exit_status) == (2, 4, 1)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[:2] for line in lines] == [
        ["ombudsman-discourse", f"skipped {p}"] for p in (binary, empty, copy, missing)
    ]
    assert "binary" in lines[0] and "empty" in lines[1] and "no such file" in lines[3]
    assert lines[2].endswith(f"interview_id fixture_qa_labels already taken by {FIXTURES['qa_labels']}")
    table = pd.read_csv(tmp_path / "out" / "compare_interviews.csv")
    assert table["status"].tolist() == ["ok", "skipped", "ok", "skipped", "skipped", "skipped"]
    assert table.loc[table["status"] == "skipped", "paragraphs"].isna().all()
    assert set(pd.read_csv(tmp_path / "out" / "compare_stance.csv")["interview_id"]) == {
        "fixture_qa_labels",
        "fixture_unlabelled",
    }


def test_nothing_usable_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    result = compare_interviews([empty], tmp_path / "out", progress=False)
    assert (result.ok, result.skipped, result.exit_status) == (0, 1, 2)
    assert not (tmp_path / "out").exists()
    assert capsys.readouterr().err.count("\n") == 1


def _profiles(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    counts = pd.DataFrame(
        [(f"i{k:04d}", c, int(rng.integers(0, 5))) for k in range(n) for c in CLAIM_TYPES],
        columns=["interview_id", "code", "count"],
    )
    sizes = pd.Series({f"i{k:04d}": 10 for k in range(n)})
    return code_rates(counts, sizes, "claim_type", "sentences", "interviewee_sentences", 100)


def test_profile_figures_read_for_two_interviews_and_for_many():
    few = plot_claim_profiles(_profiles(2)).axes[0]
    assert len(few.images) == 1 and len(few.texts) == 2 * 6  # every cell labelled
    assert [t.get_text() for t in few.get_yticklabels()] == ["i0000 (n=10)", "i0001 (n=10)"]
    assert all(t.get_text().endswith("*") for t in few.texts)  # every rate from 10 sentences is starred
    assert few.get_title().startswith("* rate from fewer than 20 interviewee sentences")
    many = plot_claim_profiles(_profiles(HEATMAP_MAX + 10)).axes[0]
    assert not many.images  # distributions, one box per claim type
    assert [t.get_text() for t in many.get_yticklabels()] == CLAIM_TYPES
    assert all(re.fullmatch(r"absent in \d+%", t.get_text()) for t in many.texts)
    empty = plot_stance_profiles(_profiles(0).rename(columns={"claim_type": "marker"}))
    assert empty.axes[0].texts[0].get_text() == "No interview to compare."


def test_benchmark_runs_at_a_tiny_size():
    script = ROOT / "benchmarks" / "compare_scale.py"
    run = subprocess.run(
        [sys.executable, str(script), "--sizes", "5", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert re.search(r"^\s+5\s+5\s+0\s", run.stdout, re.M), run.stdout
