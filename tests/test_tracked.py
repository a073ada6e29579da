import pytest

from ombudsman_discourse.text.tracked import Edit, TrackedText, apply_edits


def test_same_length_replacement_keeps_character_offsets():
    tt = TrackedText.from_raw("a\u2019b")
    out, log = apply_edits(tt, [Edit(1, 2, "'", "quote")], "typography")
    assert out.text == "a'b"
    assert out.starts.tolist() == [0, 1, 2] and out.ends.tolist() == [1, 2, 3]
    assert log == [
        {"step": "typography", "raw_start": 1, "raw_end": 2, "before": "\u2019", "after": "'", "reason": "quote"}
    ]


def test_offsets_survive_a_chain_of_edits():
    raw = "xx\r\nQ: [the] abc"
    tt, _ = apply_edits(TrackedText.from_raw(raw), [Edit(2, 4, "\n", "crlf")], "line_endings")
    assert tt.text == "xx\nQ: [the] abc"
    tt, log = apply_edits(tt, [Edit(3, 6, "", "label")], "speaker_label")
    assert log[0]["raw_start"] == 4 and log[0]["raw_end"] == 7 and raw[4:7] == "Q: "
    tt, log = apply_edits(tt, [Edit(3, 4, "", "bracket"), Edit(7, 8, "", "bracket")], "editorial")
    assert tt.text == "xx\nthe abc"
    assert [(r["raw_start"], r["raw_end"]) for r in log] == [(7, 8), (11, 12)]
    # every character of "abc" still points at its raw position
    assert [raw[s:e] for s, e in zip(tt.starts[-3:], tt.ends[-3:])] == ["a", "b", "c"]


def test_longer_replacement_maps_to_the_whole_raw_span():
    tt, _ = apply_edits(TrackedText.from_raw("xAbCy"), [Edit(1, 4, "Ab Cd", "glued")], "glued_words")
    assert tt.text == "xAb Cdy"
    assert set(tt.starts[1:6].tolist()) == {1} and set(tt.ends[1:6].tolist()) == {4}
    assert tt.raw_span(0, len(tt)) == (0, 5)


def test_empty_span_maps_to_a_point():
    tt = TrackedText.from_raw("abc")
    assert tt.raw_span(1, 1) == (1, 1)
    assert tt.raw_span(3, 3) == (3, 3)


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError, match="overlapping"):
        apply_edits(TrackedText.from_raw("abcdef"), [Edit(0, 3, "", "a"), Edit(2, 4, "", "b")], "x")
