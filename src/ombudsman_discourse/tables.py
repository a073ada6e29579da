"""Write tables atomically: all of them appear, or none changes."""

from pathlib import Path

import pandas as pd

from .atomic import staged


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write each table to ``out_dir/<name>.csv`` (UTF-8, LF line ends, no index).

    Every table goes to a temporary file first; only when all are written are they renamed
    into place, so a failure leaves the folder as it was.
    """
    finals = [Path(out_dir) / f"{name}.csv" for name in tables]
    with staged(finals) as temporary:
        for tmp, table in zip(temporary, tables.values()):
            with open(tmp, "w", encoding="utf-8", newline="") as handle:
                table.to_csv(handle, index=False, lineterminator="\n", float_format="%.10g")
    return finals
