"""Agreement measures against values worked out by hand.

Ten items, automatic 1 1 1 1 0 0 0 0 0 0, hand 1 1 1 0 1 0 0 0 0 0: both = 3, precision 3/4, recall 3/4,
F1 0.75; p_o = 8/10; p_a = p_g = 0.4, p_e = 0.4*0.4 + 0.6*0.6 = 0.52; kappa = (0.8 - 0.52)/(1 - 0.52) = 0.5833.
Gwet's AC1: q = (4 + 4)/20 = 0.4, p_e = 2*0.4*0.6 = 0.48, AC1 = (0.8 - 0.48)/(1 - 0.48) = 0.6154.
"""

import math

import numpy as np
import pandas as pd
import pytest

from ombudsman_discourse.claims.agreement import (
    COLUMNS,
    _derived,
    agreement_table,
    binary_agreement,
    bootstrap_draws,
    disagreements,
    exact_agreement,
    kappa_interval,
    read_gold,
    validation_status,
)
from ombudsman_discourse.errors import GoldError

AUTO = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
HAND = [1, 1, 1, 0, 1, 0, 0, 0, 0, 0]


def test_known_answer():
    r = binary_agreement(AUTO, HAND)
    assert (r["both"], r["gold_positive"], r["auto_positive"]) == (3, 4, 4)
    assert (
        r["precision"] == pytest.approx(0.75) and r["recall"] == pytest.approx(0.75) and r["f1"] == pytest.approx(0.75)
    )
    assert r["kappa"] == pytest.approx(0.28 / 0.48)
    assert r["agreement"] == pytest.approx(0.8) and r["ac1"] == pytest.approx(0.32 / 0.52)


def test_perfect_and_undefined_cases():
    assert binary_agreement([1, 0, 1], [1, 0, 1])["kappa"] == pytest.approx(1.0)
    r = binary_agreement([0, 0, 0], [0, 0, 0])
    assert math.isnan(r["kappa"]) and math.isnan(r["f1"])
    assert binary_agreement([1, 0], [0, 1])["f1"] == 0.0


def test_the_interval_of_samples_that_all_repeat_the_data_is_the_kappa_itself():
    same = np.tile(np.arange(10), (50, 1))  # every bootstrap sample is the ten items once
    assert kappa_interval(AUTO, HAND, same) == pytest.approx((0.28 / 0.48, 0.28 / 0.48))


def test_the_interval_is_fixed_between_runs_and_holds_the_kappa():
    draws = bootstrap_draws(10)
    assert (draws == bootstrap_draws(10)).all() and draws.shape == (1000, 10)
    low, high = kappa_interval(AUTO, HAND, draws)
    assert low < 0.28 / 0.48 < high


class Codebook:
    """The two codes these tests use."""

    def labels(self, category):
        return {"claim_type": ["achievement", "problem"], "right": ["torture"]}.get(category, [])


CLAIMS = pd.DataFrame(
    {
        "interview_id": "toy",
        "sentence_id": [1, 2, 3],
        "text": ["a", "b", "c"],
        "is_rights_claim": [True, False, True],
        "claim_types": ["achievement", "problem", ""],
        "rights": ["torture", "", ""],
        "rights_cues": ["tortur", "", "rights"],
        "cues": ["achievement: adopted", "problem: failed", ""],
        **{c: "" for c in ("frames", "acts", "locus", "evidence", "we", "actors")},
    }
)
GOLD = pd.DataFrame(
    {
        "interview_id": "toy",
        "sentence_id": [1, 2, 3],
        "is_rights_claim": [True, True, True],
        "claim_types": ["achievement", "", "problem"],
        "rights": ["torture", "", ""],
        "note": ["", "no failure named", ""],
        **{c: "" for c in ("frames", "acts", "locus", "evidence", "we", "actors")},
    }
)


def test_table_by_code():
    table = agreement_table(CLAIMS, GOLD, Codebook(), interval=False).set_index("code")
    assert table.loc["achievement", "kappa"] == pytest.approx(1.0)
    assert table.loc["is_rights_claim", "recall"] == pytest.approx(2 / 3)
    assert (table.loc["problem", ["both", "auto_positive", "gold_positive"]] == [0, 1, 1]).all()


def test_every_disagreement_is_listed_with_the_hand_coders_note():
    d = disagreements(CLAIMS, GOLD, Codebook())
    assert list(zip(d["sentence_id"], d["code"], d["auto"], d["hand"])) == [
        (2, "problem", True, False),  # by sentence, then category: claim_type before rights_claim
        (2, "is_rights_claim", False, True),
        (3, "problem", False, True),
    ]
    assert d["note"].tolist()[:2] == ["no failure named"] * 2 and d["cues"].iat[0] == "problem: failed"


def test_exact_agreement_compares_whole_sets_of_codes():
    exact = exact_agreement(CLAIMS, GOLD).set_index("category")
    assert exact.loc["claim_type", "same"] == 1 and exact.loc["right", "same"] == 3
    assert exact.loc["rights_claim", "share"] == pytest.approx(2 / 3)


def test_a_hand_coded_sentence_the_coder_did_not_see_is_an_error():
    with pytest.raises(GoldError, match="sentence 4 of toy is not coded"):
        agreement_table(CLAIMS, pd.concat([GOLD, GOLD.tail(1).assign(sentence_id=4)]), Codebook())


def test_gold_files_are_read_by_interview_and_checked(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("# a comment\ninterview_id,sentence_id,is_rights_claim\ntoy,1,1\ntoy,2,0\n", encoding="utf-8")
    gold = read_gold(path, "toy")
    assert gold["is_rights_claim"].tolist() == [True, False] and "rights" not in gold.columns
    with pytest.raises(GoldError, match="no rows for interview 'other'"):
        read_gold(path, "other")
    (tmp_path / "bad.csv").write_text("sentence_id\n1\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no column interview_id"):
        read_gold(tmp_path / "bad.csv")
    (tmp_path / "uncoded.csv").write_text("interview_id,sentence_id,note\ntoy,1,x\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no column of codes"):
        read_gold(tmp_path / "uncoded.csv")


def test_a_file_coding_one_category_is_compared_on_that_category_alone(seed_analysis, tmp_path):
    claims, codebook = seed_analysis.tables["claims"], seed_analysis.codebook
    first = claims.iloc[:2]
    gold = pd.DataFrame(
        {"interview_id": first["interview_id"], "sentence_id": first["sentence_id"].astype(str),
         "legitimation": ["rationalisation", ""]}
    )  # fmt: skip
    gold.to_csv(tmp_path / "legitimation.csv", index=False)
    table = agreement_table(claims, read_gold(tmp_path / "legitimation.csv"), codebook, interval=False)
    assert set(table["category"]) == {"legitimation"}
    assert table.set_index("code").at["rationalisation", "gold_positive"] == 1


def test_an_old_run_gains_raw_agreement_and_ac1_from_its_counts():
    old = pd.DataFrame([{"category": "c", "code": "x", "n": 10, "auto_positive": 4, "gold_positive": 4, "both": 3}])
    row = _derived(old.reindex(columns=[c for c in COLUMNS if c != "ac1"])).iloc[0]
    assert row["agreement"] == pytest.approx(0.8) and row["ac1"] == pytest.approx(0.32 / 0.52)


def test_validation_needs_every_code_at_the_threshold_with_enough_hand_coded_sentences():
    run = pd.DataFrame(
        {"category": ["c", "c", "c", "c"], "code": ["good", "weak", "rare", "edge"], "kappa": [0.8, 0.5, 1.0, 0.6658],
         "kappa_low": [0.7, 0.3, 0.0, 0.5], "kappa_high": [0.9, 0.7, 1.0, 0.8], "gold_positive": [9, 9, 2, 9]}
    )  # fmt: skip
    assert validation_status(run, [("c", "good")]) == (True, "good: κ 0.80 [0.70, 0.90]")
    ok, text = validation_status(run, [("c", "good"), ("c", "weak"), ("c", "gone")], {("c", "weak"): "a weak code"})
    assert not ok and text.endswith("a weak code: κ 0.50 [0.30, 0.70]; gone: not measured")
    assert validation_status(run, [("c", "rare")]) == (False, "rare: too rare to validate (2 hand-coded)")
    assert validation_status(run, [("c", "edge")]) == (False, "edge: κ 0.666 [0.50, 0.80]")  # not "0.67"
    zero = run.assign(kappa=0.0, kappa_low=-0.0, kappa_high=0.0)
    assert validation_status(zero, [("c", "good")])[1] == "good: κ 0.00 [0.00, 0.00]"  # no "-0.00"
