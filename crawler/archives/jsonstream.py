"""Stream the items of a JSON array without loading the file.

Exports hold their posts in one big array, sometimes behind a JavaScript
assignment (`window.YTD.tweets.part0 = [ ...`) or a one-key object
(`{"status_updates": [ ...`). `iter_array` reads the file in chunks, decodes
it incrementally and hands each item to the C decoder with `raw_decode`, so
memory stays at about one chunk plus the largest item whatever the file size.

An item cut off by the end of a chunk is retried with more text; the read
size doubles each time, so a large item costs O(n log n), not O(n²).
Truncated or invalid JSON and bad encodings raise `JSONStreamError` with the
line and item number, after every item before the fault has been yielded.
"""
from __future__ import annotations

import codecs
import io
import json
import re
from typing import Any, BinaryIO, Iterator

CHUNK = 1 << 20
MAX_ITEM_CHARS = 256 << 20
MAX_PREFIX_CHARS = 4096
MAX_OBJECT_BYTES = 64 << 20

_PREFIX = re.compile(r'\s*(?:window\.[\w$.]+\s*=\s*)?(?:\{\s*"[^"\\]{0,200}"\s*:\s*)?\[')
_OBJECT_PREFIX = re.compile(r'\s*(?:window\.[\w$.]+\s*=\s*)?\{')
_WS = re.compile(r"[ \t\n\r]*")
_decode = json.JSONDecoder(strict=False).raw_decode  # exports may hold raw control characters in strings

# (byte order mark, codec); UTF-32 before UTF-16: its LE mark starts with UTF-16's
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


class JSONStreamError(ValueError):
    """The file is not the JSON it should be; the message says where and why."""


class _TextReader:
    """Bytes in, text out, with the encoding taken from a byte order mark (UTF-8 without one)."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.offset = 0  # bytes consumed, for error messages
        self.eof = False
        self._decoder: codecs.IncrementalDecoder | None = None
        self.encoding = "utf-8"

    def read(self, size: int) -> str:
        data = self.stream.read(size)
        self.eof = not data
        if self._decoder is None:
            while 0 < len(data) < 4:  # a byte order mark needs up to 4 bytes to be recognised
                more = self.stream.read(4 - len(data))
                if not more:
                    break
                data += more
            data = self._start(data)
        try:
            text = self._decoder.decode(data, final=self.eof)
        except UnicodeDecodeError as e:
            raise JSONStreamError(f"not valid {self.encoding.upper()} text (byte {self.offset + e.start:,})") from None
        self.offset += len(data)
        return text

    def _start(self, data: bytes) -> bytes:
        for bom, codec in _BOMS:
            if data.startswith(bom):
                self.encoding, data = codec, data[len(bom):]
                self.offset = len(bom)
                break
        else:
            if b"\x00" in data[:64]:
                raise JSONStreamError("not UTF-8 text: NUL bytes near the start "
                                      "(UTF-16 without a byte order mark, or a binary file)")
        self._decoder = codecs.getincrementaldecoder(self.encoding)("strict")
        return data


def _incomplete(e: json.JSONDecodeError, buf: str) -> bool:
    """Could more text fix this error? (It sits at the end of what we have.)"""
    return e.pos >= len(buf) - 8 or e.msg.startswith("Unterminated string")


class _ArrayParser:
    def __init__(self, stream: BinaryIO, chunk: int, max_item_chars: int):
        self.reader = _TextReader(stream)
        self.chunk = chunk
        self.max_item_chars = max_item_chars
        self.buf = ""
        self.pos = 0
        self.line = 1   # line number of buf[0]
        self.item = 0

    def where(self, pos: int | None = None) -> str:
        pos = self.pos if pos is None else pos
        return f"line {self.line + self.buf.count(chr(10), 0, pos):,}, item {self.item + 1:,}"

    def more(self, at_least: int = 0) -> bool:
        """Drop consumed text and append at least one more chunk; False at end of file."""
        if self.reader.eof:
            return False
        self.line += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos:] + self.reader.read(max(self.chunk, at_least))
        self.pos = 0
        return True

    def start(self) -> None:
        while "[" not in self.buf and len(self.buf) < MAX_PREFIX_CHARS and self.more():
            pass
        m = _PREFIX.match(self.buf)
        if not m:
            raise JSONStreamError("does not start with a JSON array (line 1)")
        self.pos = m.end()

    def skip_ws(self) -> str | None:
        """The next non-blank character (not consumed), or None at end of file."""
        while True:
            if self.pos < len(self.buf) and self.buf[self.pos] not in " \t\n\r":
                return self.buf[self.pos]  # the common case: no blank to skip, no regex call
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return None

    def value(self) -> Any:
        grow = 0
        while True:
            try:
                obj, end = _decode(self.buf, self.pos)
            except json.JSONDecodeError as e:
                if _incomplete(e, self.buf) and self._grow(grow):
                    grow = max(grow * 2, len(self.buf) - self.pos, self.chunk)
                    continue
                if e.pos >= len(self.buf.rstrip()) or e.msg.startswith("Unterminated string"):
                    raise JSONStreamError(f"truncated JSON at {self.where(e.pos)}: the file ends mid-item") from None
                raise JSONStreamError(f"invalid JSON at {self.where(e.pos)}: {e.msg}") from None
            except RecursionError:
                raise JSONStreamError(f"invalid JSON at {self.where()}: nested too deeply") from None
            if end >= len(self.buf) and not self.reader.eof and self._grow(grow):
                grow = max(grow * 2, self.chunk)  # a number cut at the chunk edge; re-read it whole
                continue
            self.pos = end
            return obj

    def _grow(self, size: int) -> bool:
        if len(self.buf) - self.pos > self.max_item_chars:
            raise JSONStreamError(f"item at {self.where()} is larger than {self.max_item_chars >> 20} MiB")
        return self.more(size)


def iter_array(stream: BinaryIO, *, chunk: int = CHUNK, max_item_chars: int = MAX_ITEM_CHARS) -> Iterator[Any]:
    """Yield each item of the file's top-level JSON array, one at a time."""
    p = _ArrayParser(stream, chunk, max_item_chars)
    p.start()
    c = p.skip_ws()
    if c == "]":
        return
    while True:
        if c is None:
            raise JSONStreamError(f"truncated JSON at {p.where()}: the array is never closed")
        yield p.value()
        p.item += 1
        c = p.skip_ws()
        if c == "]":
            return
        if c != ",":
            if c is None:
                raise JSONStreamError(f"truncated JSON at {p.where()}: the array is never closed")
            raise JSONStreamError(f"invalid JSON at {p.where()}: expected ',' or ']' after an item")
        p.pos += 1
        c = p.skip_ws()


def load_object(stream: BinaryIO, *, max_bytes: int = MAX_OBJECT_BYTES) -> Any:
    """A small whole-file JSON value (X's manifest.js, profile files), size-capped."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise JSONStreamError(f"larger than {max_bytes >> 20} MiB")
    reader = _TextReader(io.BytesIO(data))
    text = reader.read(len(data)) + reader.read(1)
    m = _OBJECT_PREFIX.match(text) or _PREFIX.match(text)
    start = m.end() - 1 if m else 0
    try:
        return json.loads(text[start:], strict=False)
    except json.JSONDecodeError as e:
        what = "truncated" if _incomplete(e, text[start:]) else "invalid"
        raise JSONStreamError(f"{what} JSON at line {e.lineno}: {e.msg}") from None
    except RecursionError:
        raise JSONStreamError("invalid JSON: nested too deeply") from None
