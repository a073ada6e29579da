"""Read an interview file into text, refusing what cannot be analysed.

The decoded string returned here is the *raw text*: every offset in every table points
into it. Nothing later edits it; cleaning works on tracked copies (see ``tracked``).
"""

import re
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    InputTooLargeError,
    MissingInputError,
    NotAFileError,
    UndecodableInputError,
)

DEFAULT_MAX_BYTES = 5_000_000

_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")  # below U+0020 except \t \n \v \f \r (U+0009 to U+000D)
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT)"),
    (b"\xd0\xcf\x11\xe0", "an OLE document (e.g. legacy .doc)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)


@dataclass(frozen=True)
class RawText:
    """A decoded interview: ``text`` (BOM removed, nothing else changed) and how it was read."""

    text: str
    encoding: str
    path: Path


def read_raw(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read and decode ``path``; raise an :class:`~.errors.UnusableInputError` subclass if unusable.

    Encodings: a BOM decides UTF-8, UTF-16 and UTF-32; otherwise strict UTF-8 is tried, then
    charset-normalizer chooses among legacy encodings (cp1252, latin-1, ...).
    """
    path = Path(path)
    if not path.exists():
        raise MissingInputError(f"{path}: no such file")
    if not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        raise NotAFileError(f"{path}: is {kind}, expected a text file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(
            f"{path}: {size:,} bytes is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )
    data = path.read_bytes()
    if not data.strip():
        raise EmptyInputError(f"{path}: file is empty or holds only whitespace")
    text, encoding = _decode(data, path)
    if not text.strip():
        raise EmptyInputError(f"{path}: file is empty or holds only whitespace")
    controls = len(_CONTROLS.findall(text))
    if controls > max(2, len(text) // 1000):
        raise BinaryInputError(f"{path}: {controls} control characters; this looks like a binary file")
    return RawText(text=text, encoding=encoding, path=path)


# Quotes, dashes, ellipses, bullets, euro and no-break space: cp1252's additions to Latin-1 that English uses
_TYPOGRAPHY = set("\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u00a0")


def _typographic_cp1252(data: bytes) -> str | None:
    """The text, if ``data`` reads as cp1252 whose non-ASCII characters are mostly typography.

    English text saved on Windows has few non-ASCII bytes, nearly all curly quotes and dashes; with so
    little to go on, charset-normalizer sometimes names a DOS or Central European code page, turning
    quotes into letters. Text whose non-ASCII characters are mostly letters (Cyrillic read as cp1252,
    say) is left to charset-normalizer.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [ch for ch in text if ord(ch) > 127]
    return text if high and 2 * sum(ch in _TYPOGRAPHY for ch in high) >= len(high) else None


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff"), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableInputError(
                    f"{path}: starts with a {encoding} BOM but does not decode: {exc.reason}"
                ) from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"{path}: is {kind}, not a text file")
    if b"\x00" in data[:65536]:
        raise BinaryInputError(f"{path}: contains NUL bytes; this looks like a binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if (text := _typographic_cp1252(data)) is not None:
        return text, "cp1252"
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableInputError(f"{path}: no text encoding fits these bytes")
    text = str(best)
    # Where Western encodings give the very same text, name the most common one.
    for common in ("cp1252", "latin-1"):
        try:
            if data.decode(common) == text:
                return text, common
        except UnicodeDecodeError:
            continue
    return text, best.encoding
