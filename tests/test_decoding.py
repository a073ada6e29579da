import pytest

from ombudsman_discourse import errors
from ombudsman_discourse.text.decoding import read_raw

from .conftest import DATA, SEED

TEXT = "The Ombudsman\u2019s office visited 12 prisons in 2014 \u2013 the first time.\n"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM, native byte order
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path, encoded, encoding):
    path = tmp_path / "interview.txt"
    path.write_bytes(encoded)
    raw = read_raw(path)
    assert raw.text == TEXT
    assert raw.encoding == encoding


def test_latin1_only_text_is_read(tmp_path):
    text = "Caf\u00e9 r\u00e9sum\u00e9 na\u00efve \u00bfqu\u00e9? \u00a9 Se\u00f1or M\u00fcller.\n" * 3
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    assert read_raw(path).text == text


def test_english_cp1252_keeps_its_curly_quotes(tmp_path):
    # Mostly ASCII with a few quote bytes: charset-normalizer alone named cp775 or cp852 for such files.
    paragraphs = (DATA / "name_labels_cp1252_crlf.txt").read_bytes().split(b"\r\n\r\n")
    data = paragraphs[0] + b"\r\n\r\n" + paragraphs[3]  # charset-normalizer alone names cp852 here
    path = tmp_path / "two_paragraphs.txt"
    path.write_bytes(data)
    raw = read_raw(path)
    assert raw.encoding == "cp1252" and raw.text == data.decode("cp1252")


def test_cyrillic_legacy_text_is_not_taken_for_cp1252(tmp_path):
    text = "Омбудсмен по правам человека — “интервью”.\n" * 5
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert read_raw(path).text == text


def test_raw_text_keeps_crlf_and_everything_but_the_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfLine one\r\nLine two\r\n")
    assert read_raw(path).text == "Line one\r\nLine two\r\n"


def test_seed_reads_as_utf8():
    raw = read_raw(SEED)
    assert raw.encoding == "utf-8"
    assert raw.text == SEED.read_text(encoding="utf-8")


BAD = {
    "missing": (None, errors.MissingInputError),
    "empty": (b"", errors.EmptyInputError),
    "whitespace": (b"  \n\t\r\n  \n", errors.EmptyInputError),
    "utf16_whitespace": ("   \n".encode("utf-16"), errors.EmptyInputError),
    "png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, errors.BinaryInputError),
    "jpeg": (b"\xff\xd8\xff\xe0" + bytes(200), errors.BinaryInputError),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", errors.BinaryInputError),
    "nul": (b"Some text\x00\x00\x00 with NUL bytes\x00", errors.BinaryInputError),
    "controls": (bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20, errors.BinaryInputError),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_raises_a_specific_error(tmp_path, case):
    content, error = BAD[case]
    path = tmp_path / f"{case}.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(error) as info:
        read_raw(path)
    assert isinstance(info.value, errors.UnusableInputError)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_directory_is_refused(tmp_path):
    with pytest.raises(errors.NotAFileError, match="directory"):
        read_raw(tmp_path)


def test_size_limit_is_a_parameter(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 300, encoding="utf-8")
    assert read_raw(path, max_bytes=1500).text.startswith("word")
    with pytest.raises(errors.InputTooLargeError, match="1,500 bytes is over the limit of 1,000"):
        read_raw(path, max_bytes=1000)


def test_default_size_limit_is_five_megabytes(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 5_000_001)
    with pytest.raises(errors.InputTooLargeError):
        read_raw(path)
