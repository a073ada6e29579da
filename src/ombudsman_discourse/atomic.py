"""Atomic writes: a set of files appears whole, or the files already there stay as they were."""

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


@contextmanager
def staged(targets: Sequence[str | Path]) -> Iterator[list[Path]]:
    """Yield one temporary path per target, in the target's folder.

    When the block finishes, every temporary file is renamed onto its target (a rename within a
    folder is atomic); when it raises, the temporary files are deleted and no target is touched.
    """
    targets = [Path(t) for t in targets]
    temporary: list[Path] = []
    mode = 0o666 & ~_umask()  # mkstemp creates files readable by the owner only
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            os.chmod(tmp, mode)
            temporary.append(Path(tmp))
        yield temporary
    except BaseException:
        for tmp in temporary:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, target in zip(temporary, targets):
        os.replace(tmp, target)
