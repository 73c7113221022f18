"""Bytes to text: UTF-8 first, a Windows-1252 fallback, and a refusal for binary data.

Why a fallback and not a refusal: older German news exports are often Windows-1252
("Latin-1"); a user would rather have "Präsident" read correctly with a note than lose the
article. Why not chardet-style guessing: the two encodings that occur in practice are
UTF-8 and Windows-1252, and a wrong guess silently corrupts every umlaut.
"""

from __future__ import annotations

import re

BOM = b"\xef\xbb\xbf"

# Control characters that never occur in running text (tab, LF, VT, FF, CR are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# More than this share of control characters means "not text", whatever the encoding.
_MAX_CONTROL_SHARE = 0.05
# A Windows-1252 reading of random bytes is ~50% non-ASCII; German text is ~1-3%.
_MAX_NON_ASCII_SHARE_CP1252 = 0.30


class NotText(Exception):
    """The bytes are binary or in an encoding we cannot read; the message says why."""


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def _controls(text: str) -> int:
    return len(_CONTROL.findall(text))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode ``data``; return (text, note) where ``note`` explains a fallback, or raise NotText.

    A leading UTF-8 BOM is removed. The text is not yet newline-normalised.
    """
    if data.startswith(BOM):
        data = data[len(BOM) :]
    if b"\x00" in data:
        # NUL never occurs in UTF-8 or Windows-1252 text; UTF-16 would be the one text case.
        raise NotText("binary file (contains NUL bytes; UTF-16 is not supported, use UTF-8)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return _decode_fallback(data, err.start)
    if _share(_controls(text), len(text)) > _MAX_CONTROL_SHARE:
        raise NotText("binary file (too many control characters)")
    return text, None


def _decode_fallback(data: bytes, first_bad: int) -> tuple[str, str | None]:
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd") - data.count("\ufffd".encode())
    valid_non_ascii = _non_ascii(lenient) - lenient.count("\ufffd")
    if valid_non_ascii > replaced and _share(_controls(lenient), len(lenient)) <= _MAX_CONTROL_SHARE:
        # Mostly good UTF-8 with a few broken bytes: re-reading it as cp1252 would turn every
        # correct umlaut into mojibake ("PrÃ¤sident"), so keep UTF-8 and mark the bad bytes.
        note = (
            f"invalid UTF-8 at byte {first_bad}: {replaced} undecodable byte sequence(s) replaced by U+FFFD"
        )
        return lenient, note
    text = data.decode("cp1252", errors="replace")
    if (
        _share(_controls(text), len(text)) > _MAX_CONTROL_SHARE
        or _share(_non_ascii(text), len(text)) > _MAX_NON_ASCII_SHARE_CP1252
    ):
        raise NotText(f"binary file or unknown encoding (not UTF-8 from byte {first_bad}, not Windows-1252)")
    return text, f"not UTF-8 (invalid byte at {first_bad}); decoded as Windows-1252 (Latin-1)"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets do not depend on the platform that wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
