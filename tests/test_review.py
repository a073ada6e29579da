"""The analyst's review: a coding sheet written from the automatic coding, corrected by hand and named in the
sidecar, replaces the automatic codes in every table, figure and finding; a sheet that does not fit the
interview is refused in one line."""

import shutil

import pandas as pd
import pytest

from ombudsman_discourse import analyze, load_interview, run_analysis
from ombudsman_discourse.claims.review import SHEET_COLUMNS, write_coding_sheet
from ombudsman_discourse.errors import CodingSheetError

from .conftest import DATA

REPORT = "Because a report that nobody reads protects nobody."  # coded a problem about torture, by inheritance
WAGES = "Many of them work without contracts and cannot claim unpaid wages."  # about migrant workers


@pytest.fixture
def page(tmp_path):
    """The qa_labels fixture and its sidecar, copied where a sheet can be written beside them."""
    for suffix in (".txt", ".yml"):
        shutil.copy(DATA / f"qa_labels{suffix}", tmp_path / f"qa_labels{suffix}")
    return tmp_path / "qa_labels.txt"


def sheet_of(page):
    write_coding_sheet(page)
    return pd.read_csv(page.with_suffix(".coding.csv"), keep_default_na=False, dtype=str)


def use(page, sheet):
    """Save ``sheet`` and name it in the sidecar."""
    sheet.to_csv(page.with_suffix(".coding.csv"), index=False)
    sidecar = page.with_suffix(".yml")
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "coding_sheet: qa_labels.coding.csv\n", encoding="utf-8")


def corrected(sheet):
    """The review of a careful analyst: the report sentence states no problem and no right; the wages
    sentence is about migrant workers too."""
    sheet = sheet.copy()
    row = sheet["text"] == REPORT
    sheet.loc[row, ["is_rights_claim", "claim_types", "rights"]] = ["0", "", ""]
    row = sheet["text"] == WAGES
    sheet.loc[row, "rights"] = "work_unions migrants_refugees_statelessness"
    return sheet


def test_the_sheet_holds_every_interviewee_sentence_with_its_automatic_codes(page):
    sheet = sheet_of(page)
    claims = run_analysis(load_interview(page)).tables["claims"]
    assert sheet.columns.tolist() == SHEET_COLUMNS
    assert sheet["text"].tolist() == claims["text"].tolist()
    assert sheet["rights"].tolist() == claims["rights"].fillna("").tolist()
    assert set(sheet["is_rights_claim"]) <= {"0", "1"} and set(sheet["note"]) == {""}


def test_an_unchanged_sheet_changes_nothing(page):
    before = run_analysis(load_interview(page)).tables
    use(page, sheet_of(page))
    after = run_analysis(load_interview(page)).tables
    assert not after["claims"]["reviewed"].any()
    # the same claims; with every code now the analyst's, each is a finding, no longer an indication
    assert sorted(after["findings"]["claim"]) == sorted(before["findings"]["claim"])
    assert after["findings"]["validated"].all()
    assert (after["review_agreement"]["kappa"].dropna() == 1.0).all()


def test_a_corrected_sheet_replaces_the_codes_everywhere(page, tmp_path):
    before = analyze(page, out=tmp_path / "before")
    use(page, corrected(sheet_of(page)))
    after = analyze(page, out=tmp_path / "after")
    claims = after.tables["claims"].set_index("text")
    assert claims.index[claims["reviewed"]].tolist() == [REPORT, WAGES]
    assert not claims.loc[REPORT, "is_rights_claim"] and not claims.loc[REPORT, "problem"]
    assert claims.loc[WAGES, "families"] == "economic_social migration_refugees"
    old, new = (a.tables["rights"].set_index("right")["sentences"] for a in (before, after))
    migrants = "migrants_refugees_statelessness"
    assert (old["torture"] - new["torture"], new[migrants] - old[migrants]) == (1, 1)
    # the balance of problems and achievements was 3 to 2 and is now a tie, and the finding says so
    balance = [a.tables["findings"].set_index("key").at["claim_balance", "claim"] for a in (before, after)]
    assert balance[0].startswith("Problems outnumber achievements: 3 sentences against 2")
    assert balance[1] == "Achievements and problems are stated equally often: 2 sentences each."
    agreement = after.tables["review_agreement"].set_index("code")
    assert agreement.loc["problem", "both"] == agreement.loc["problem", "auto_positive"] - 1
    figure = "04_rights.svg"
    assert (tmp_path / "before/figures" / figure).read_bytes() != (tmp_path / "after/figures" / figure).read_bytes()


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: s.assign(rights=s["rights"].where(s.index != 0, "torture speech")), "'speech' is no code of right"),
        (lambda s: s.assign(we=s["we"].where(s.index != 0, "office state")), "column 'we': give one value"),
        (lambda s: s.iloc[:-1], "no row for sentence 17"),
        (lambda s: s.assign(text=s["text"].where(s.index != 2, "Edited.")), "row 3 has sentence 7 ('Edited.')"),
        (lambda s: s.assign(interview_id="other"), "row 1 is of interview 'other'"),
    ],
)
def test_a_sheet_that_does_not_fit_is_refused_in_one_line(page, edit, message):
    use(page, edit(sheet_of(page)))
    with pytest.raises(CodingSheetError, match="coding sheet .*" + message.replace("(", r"\(").replace(")", r"\)")):
        run_analysis(load_interview(page))


def test_an_existing_sheet_is_kept_unless_forced(page):
    sheet_of(page)
    target = page.with_suffix(".coding.csv")
    target.write_text("reviewed by hand\n", encoding="utf-8")
    with pytest.raises(CodingSheetError, match="already there; use --force"):
        write_coding_sheet(page)
    assert target.read_text(encoding="utf-8") == "reviewed by hand\n"
    assert "sentences with their automatic codes" in write_coding_sheet(page, force=True)
    assert target.read_text(encoding="utf-8").startswith("interview_id,")
