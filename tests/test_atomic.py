import os

import pytest

from ombudsman_discourse.atomic import staged


def test_all_targets_appear_together_with_usual_permissions(tmp_path):
    targets = [tmp_path / "a.txt", tmp_path / "sub" / "b.txt"]
    with staged(targets) as temporary:
        for tmp, text in zip(temporary, ("one", "two")):
            tmp.write_text(text)
        assert not any(t.exists() for t in targets)  # nothing in place before the block ends
    assert [t.read_text() for t in targets] == ["one", "two"]
    umask = os.umask(0)
    os.umask(umask)
    assert (targets[0].stat().st_mode & 0o777) == 0o666 & ~umask


def test_failure_leaves_old_files_and_no_temporaries(tmp_path):
    target = tmp_path / "a.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), staged([target, tmp_path / "b.txt"]) as temporary:
        temporary[0].write_text("new")
        raise RuntimeError("half-way")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
