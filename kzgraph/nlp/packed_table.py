"""A read-only table of strings looked up in place, in a buffer (a memory-mapped file).

Loading a large ``dict`` (from JSON, or even from :mod:`marshal`) makes a Python string of every
key and value before the first look-up: for HanTa's ~275,000 precomputed analyses that was
0.11-0.13 s of CPU in every process that starts the pipeline, of which an article corpus then
asks for a few thousand. A :class:`PackedTable` makes nothing at load: its file, mapped into
memory, is found by binary search and decoded one entry per look-up (a few microseconds),
and forked worker processes share its pages with the parent.

Layout (little-endian): ``MAGIC``, the entry count n (uint64), n CRC-32 hashes of the keys
(uint32, sorted; 4 bytes of padding when n is odd), n + 1 record offsets (uint64), then the
records, each ``key NUL value`` in UTF-8 (lone surrogates passed through). Entries with the
same hash are compared by key.
"""

from __future__ import annotations

import struct
import sys
import zlib
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from typing import Any

MAGIC = b"KZPTAB01"
# UTF-8 that also carries lone surrogates (text read from JSON may hold them), both ways
_UTF8, _SURROGATES = "utf-8", "surrogatepass"
_HEAD = len(MAGIC) + 8


class PackedTable(Mapping[str, str]):
    """``str -> str``, read from ``buffer`` (bytes, or an mmap of a file :func:`pack` wrote)."""

    def __init__(self, buffer: Any) -> None:
        view = memoryview(buffer)
        if sys.byteorder != "little" or not is_packed(view):
            raise ValueError("not a packed table")
        (self._n,) = struct.unpack_from("<Q", view, len(MAGIC))
        hashes_end = _HEAD + 4 * self._n + 4 * (self._n % 2)
        offsets_end = hashes_end + 8 * (self._n + 1)
        self._hashes = view[_HEAD:_HEAD + 4 * self._n].cast("I")
        self._offsets = view[hashes_end:offsets_end].cast("Q")
        self._records = view[offsets_end:]
        if self._offsets[self._n] != len(self._records):
            raise ValueError("a packed table's records are cut short")
        self._buffer = buffer  # kept alive as long as the views

    def get(self, key: str, default: Any = None) -> Any:
        encoded = key.encode(_UTF8, _SURROGATES)
        width = len(encoded)
        target = zlib.crc32(encoded)
        i = bisect_left(self._hashes, target)
        while i < self._n and self._hashes[i] == target:
            start, end = self._offsets[i], self._offsets[i + 1]
            record = self._records[start:end]
            if end - start > width and record[width] == 0 and record[:width] == encoded:
                return bytes(record[width + 1:]).decode(_UTF8, _SURROGATES)
            i += 1
        return default

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value  # type: ignore[no-any-return]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[str]:
        for i in range(self._n):
            record = bytes(self._records[self._offsets[i]:self._offsets[i + 1]])
            yield record.partition(b"\0")[0].decode(_UTF8, _SURROGATES)


def pack(entries: Mapping[str, str]) -> bytes:
    """The bytes of a :class:`PackedTable` holding ``entries`` (no key may hold a NUL)."""
    encoded = ((k.encode(_UTF8, _SURROGATES), v.encode(_UTF8, _SURROGATES)) for k, v in entries.items())
    records = sorted((zlib.crc32(k), k, v) for k, v in encoded)
    offsets = [0]
    for _hash, key, value in records:
        if b"\0" in key:
            raise ValueError(f"a packed table's key cannot hold a NUL: {key!r}")
        offsets.append(offsets[-1] + len(key) + 1 + len(value))
    n = len(records)
    return b"".join([
        MAGIC,
        struct.pack("<Q", n),
        struct.pack(f"<{n}I", *(h for h, _k, _v in records)),
        b"\0" * (4 * (n % 2)),
        struct.pack(f"<{n + 1}Q", *offsets),
        *(key + b"\0" + value for _h, key, value in records),
    ])


def is_packed(buffer: Any) -> bool:
    """Whether ``buffer`` starts like a packed table and is long enough for its index."""
    view = memoryview(buffer)
    if len(view) < _HEAD or bytes(view[:len(MAGIC)]) != MAGIC:
        return False
    (n,) = struct.unpack_from("<Q", view, len(MAGIC))
    return len(view) >= _HEAD + 4 * n + 4 * (n % 2) + 8 * (n + 1)
