from ombudsman_discourse.text.normalise import normalise, normalise_line_endings, normalise_typography, repair_mojibake
from ombudsman_discourse.text.tracked import TrackedText


def run(step, text):
    tt, log = step(TrackedText.from_raw(text))
    return tt.text, log


def test_crlf_and_cr_become_lf_and_are_logged():
    text, log = run(normalise_line_endings, "a\r\nb\rc\n")
    assert text == "a\nb\nc\n"
    assert [(r["raw_start"], r["raw_end"], r["before"]) for r in log] == [(1, 3, "\r\n"), (4, 5, "\r")]


def test_mojibake_is_repaired_with_its_raw_span():
    raw = "Kazakhstan\u00e2\u20ac\u2122s caf\u00c3\u00a9"  # UTF-8 read as cp1252
    text, log = run(repair_mojibake, raw)
    assert text == "Kazakhstan\u2019s caf\u00e9"
    assert {(r["before"], r["after"]) for r in log} == {("\u00e2\u20ac\u2122", "\u2019"), ("\u00c3\u00a9", "\u00e9")}
    assert all(raw[r["raw_start"] : r["raw_end"]] == r["before"] for r in log)


def test_clean_text_is_left_alone():
    text, log = run(normalise, "Plain ASCII text, nothing to do.\n")
    assert text == "Plain ASCII text, nothing to do.\n" and log == []


def test_typography():
    text, log = run(
        normalise_typography,
        "\u201cRights\u201d \u2018matter\u2019 2015\u20132016 a\u2014b c \u2013 d e\u00a0f so\u00adft g\u2026",
    )
    assert text == "\"Rights\" 'matter' 2015-2016 a - b c - d e f soft g..."
    reasons = " ".join(r["reason"] for r in log)
    assert "numeric range" in reasons and "U+00A0" in reasons and "U+00AD" in reasons


def test_a_dash_opening_a_line_stays_on_its_line():
    text = "\u2014 How do you assess the year?\n\u2013 It was hard \u2014 very hard.\n- Why?\n"
    tt, log = normalise_typography(TrackedText.from_raw(text))
    assert tt.text == "- How do you assess the year?\n- It was hard - very hard.\n- Why?\n"
    assert tt.text.count("\n") == 3  # no line break swallowed by a dash's replacement
    assert [r["reason"] for r in log][:1] == ["dash U+2014 opening a line made a hyphen"]
