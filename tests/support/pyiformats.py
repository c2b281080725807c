# SPDX-License-Identifier: GPL-3.0-or-later
"""PyInstaller's CArchive (PKG) and PYZ formats in plain Python, written from the documented layout (bootloader
src/pyi_archive.h, PyInstaller/loader/pyimod01_archive.py) for tests: an oracle that shares no code with the C++
writer (app/core/demo/pyinstallerarchivewriter.cpp) nor with PyInstaller.

CArchive: entry data, then the table of contents, then an 88-byte big-endian cookie
    magic b"MEI\\014\\013\\012\\013\\016", package length u32, TOC offset u32, TOC length u32, Python version u32
    (e.g. 311), Python library name char[64].
  TOC entry: entry length u32, data offset u32 (from the package start), stored length u32, uncompressed length u32,
    compression flag u8, type code char, NUL-terminated UTF-8 name padded with NULs to a multiple of 16 bytes.
PYZ: b"PYZ\\0", 4-byte .pyc magic, TOC offset i32 big-endian (from the PYZ start), padding; zlib-compressed marshalled
  code objects; the TOC, a marshalled list of (name, (typecode, offset, stored length)).
"""
import importlib.util
import marshal
import struct
import zlib

COOKIE_MAGIC = b"MEI\014\013\012\013\016"
COOKIE = struct.Struct("!8sIIII64s")
TOC_ENTRY = struct.Struct("!IIIIBc")
PYZ_MAGIC = b"PYZ\0"
PYZ_HEADER = 17  # 12 used bytes and 5 unused, as PyInstaller 6 writes it


def write_carchive(entries, python_version=311, python_library=b"libpython3.11.so.1.0", prefix=b"", suffix=b""):
    """entries: (name str, typecode str, data bytes, compress bool). Returns (file bytes, toc) where toc lists
    dicts of what a reader must find: name, typecode, offset (absolute), stored, length, compressed."""
    body = bytearray()
    toc = []
    for name, typecode, data, compress in entries:
        stored = zlib.compress(data, 9) if compress else data
        toc.append(dict(name=name, typecode=typecode, offset=len(body), stored=len(stored), length=len(data),
                        compressed=bool(compress)))
        body += stored
    toc_bytes = bytearray()
    for entry in toc:
        name = entry["name"].encode("utf-8") + b"\0"
        name += b"\0" * (-(TOC_ENTRY.size + len(name)) % 16)
        toc_bytes += TOC_ENTRY.pack(TOC_ENTRY.size + len(name), entry["offset"], entry["stored"], entry["length"],
                                    1 if entry["compressed"] else 0, entry["typecode"].encode("ascii")) + name
    toc_offset = len(body)
    package_length = toc_offset + len(toc_bytes) + COOKIE.size
    cookie = COOKIE.pack(COOKIE_MAGIC, package_length, toc_offset, len(toc_bytes), python_version,
                         python_library.ljust(64, b"\0"))
    for entry in toc:
        entry["offset"] += len(prefix)
    return bytes(prefix) + bytes(body) + bytes(toc_bytes) + cookie + bytes(suffix), toc


def write_pyz(modules, pyc_magic=None):
    """modules: (name, typecode int 0 module / 1 package / 2 data / 3 namespace package, marshalled bytes).
    Returns (pyz bytes, toc list of (name, (typecode, offset, stored length)))."""
    magic = pyc_magic if pyc_magic is not None else importlib.util.MAGIC_NUMBER
    body = bytearray(PYZ_HEADER)
    toc = []
    for name, typecode, data in modules:
        blob = zlib.compress(data, 6)
        toc.append((name, (typecode, len(body), len(blob))))
        body += blob
    toc_offset = len(body)
    body += marshal.dumps(toc)
    body[0:12] = PYZ_MAGIC + magic + struct.pack("!i", toc_offset)
    return bytes(body), toc


def read_carchive(data):
    """The (cookie dict, toc list) of a CArchive at the end of `data` (searched backwards), or None."""
    at = data.rfind(COOKIE_MAGIC)
    if at < 0:
        return None
    magic, package_length, toc_offset, toc_length, pyver, pylib = COOKIE.unpack_from(data, at)
    start = at + COOKIE.size - package_length
    toc, pos = [], start + toc_offset
    while pos < start + toc_offset + toc_length:
        length, offset, stored, full, compressed, typecode = TOC_ENTRY.unpack_from(data, pos)
        name = data[pos + TOC_ENTRY.size:pos + length].rstrip(b"\0").decode("utf-8")
        toc.append(dict(name=name, typecode=typecode.decode("ascii"), offset=start + offset, stored=stored,
                        length=full, compressed=bool(compressed)))
        pos += length
    return dict(start=start, python_version=pyver, python_library=pylib.rstrip(b"\0")), toc


def read_pyz(data):
    """(pyc magic, toc list of (name, (typecode, offset, stored length))) of a PYZ."""
    assert data[:4] == PYZ_MAGIC
    (toc_offset,) = struct.unpack_from("!i", data, 8)
    return data[4:8], marshal.loads(data[toc_offset:])
