"""Write tables atomically: all of them appear, or none changes."""

import os
import tempfile
from pathlib import Path

import pandas as pd


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write each table to ``out_dir/<name>.csv`` (UTF-8, LF line ends, no index).

    Every table goes to a temporary file first; only when all are written are they renamed
    into place, so a failure leaves the folder as it was.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    temporary: list[Path] = []
    try:
        for name, table in tables.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
            temporary.append(Path(tmp))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                table.to_csv(handle, index=False, lineterminator="\n", float_format="%.10g")
    except BaseException:
        for tmp in temporary:
            tmp.unlink(missing_ok=True)
        raise
    finals = [out_dir / f"{name}.csv" for name in tables]
    for tmp, final in zip(temporary, finals):
        os.replace(tmp, final)
    return finals
