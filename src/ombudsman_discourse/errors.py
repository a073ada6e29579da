"""Exceptions for input that cannot be analysed.

Every class derives from :class:`UnusableInputError`; the CLI turns any of them into one
line on stderr and exit status 2. The message names the file and what is wrong with it.
"""

PROG = "ombudsman-discourse"  # the prefix of every line the command line writes to stderr


class UnusableInputError(Exception):
    """The interview (or its sidecar) cannot be analysed; the message says why in one line."""


class MissingInputError(UnusableInputError):
    """The path does not exist."""


class NotAFileError(UnusableInputError):
    """The path is a directory or another non-regular file."""


class InputTooLargeError(UnusableInputError):
    """The file is larger than the configured limit."""


class EmptyInputError(UnusableInputError):
    """The file is empty or holds only whitespace."""


class BinaryInputError(UnusableInputError):
    """The file is binary (an image, a PDF, an archive, NUL bytes) rather than text."""


class UndecodableInputError(UnusableInputError):
    """No text encoding fits the bytes."""


class NoProseError(UnusableInputError):
    """The text holds no prose paragraphs, or no interviewee answers to analyse."""


class SidecarError(UnusableInputError):
    """The metadata sidecar is missing a value, has an unknown key or a value of the wrong type."""


class ParameterError(UnusableInputError):
    """An analysis parameter is unknown or has a value of the wrong type."""


class GoldError(UnusableInputError):
    """A hand-coding file cannot be read or does not cover the interview's sentences."""


class CodingSheetError(UnusableInputError):
    """An analyst's coding sheet does not match the interview (sentence ids or texts changed) or holds an
    unknown code."""


class NotesError(UnusableInputError):
    """The analyst's reading notes cite a sentence the interview does not have, or words its sentence does
    not hold (the text or its segmentation changed since the memo was written)."""
