#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cuts small fuzzing seeds, one folder per parser, from real PyInstaller bundles and PyInstaller's bootloaders.

usage: cut-seeds.py [--small] CORPUS OUT
  CORPUS  the corpus folder (bundles/dist/<app> from tests/corpus/build-corpus.sh, src/pyinstaller)
  OUT     receives carchive/ pyz/ marshal/ zlib/ elf/ pe/ macho/ safetensors/ onnx/ gguf/ torchzip/

Seeds stay small (libFuzzer mutates faster) but keep the real structure: a PKG rebuilt around the real table of
contents with the big members cut short, a PYZ of a few real modules, real marshalled code objects, real small ELF
libraries, the real Windows and macOS bootloaders, the corpus' torch checkpoint and ONNX model with their tensor data
cut to a few bytes. safetensors and GGUF have no real instance in the corpus: tiny files are generated from the spec.
--small cuts the few-KB seeds committed in tests/fuzz/seeds/ (replayed by tst_fuzzregression.cpp): one app, members
cut to 64 bytes, a PYZ of three small modules, the first 4 KiB of the bootloaders, no ELF (the test writes its own).
"""
import json
import os
import struct
import sys
import zipfile
import io

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import pyiformats  # noqa: E402

MAX_MEMBER = 2048
MAX_ENTRIES = 40
MAX_MODULES = 12
SMALL = False


def save(out, parser, name, data):
    folder = os.path.join(out, parser)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def launchers(dist):
    for app in sorted(os.listdir(dist)):
        path = os.path.join(dist, app)
        exe = os.path.join(path, app) if os.path.isdir(path) else path
        if os.path.isfile(exe):
            yield app, exe


def cut_pyinstaller(dist, out):
    done_pyz = False
    for app, exe in launchers(dist):
        data = open(exe, "rb").read()
        found = pyiformats.read_carchive(data)
        if not found:
            continue
        cookie, toc = found
        entries = []
        for entry in toc:
            stored = data[entry["offset"]:entry["offset"] + entry["stored"]]
            content = zlib_or_raw(stored, entry["compressed"])
            if entry["typecode"] == "z" and not done_pyz:
                done_pyz = cut_pyz(content, out)
            if content is None:
                continue
            entries.append((entry["name"], entry["typecode"], content[:MAX_MEMBER], entry["compressed"]))
            if entry["compressed"] and len(stored) <= MAX_MEMBER and not SMALL:
                save(out, "zlib", f"{app}-{len(entries)}", stored)
        pkg, _ = pyiformats.write_carchive(entries[:MAX_ENTRIES], cookie["python_version"], cookie["python_library"],
                                           prefix=data[:0 if SMALL else 512])
        save(out, "carchive", app, pkg)
        if SMALL:
            return


def zlib_or_raw(stored, compressed):
    import zlib
    try:
        return zlib.decompress(stored) if compressed else stored
    except zlib.error:
        return None


def cut_pyz(pyz, out):
    import zlib
    magic, toc = pyiformats.read_pyz(pyz)
    modules = []
    for name, (typecode, offset, length) in toc:
        code = zlib.decompress(pyz[offset:offset + length])
        if len(code) <= (1500 if SMALL else 4096) and len(modules) < MAX_MODULES:
            modules.append((name, typecode, code))
            save(out, "marshal", name, code)
            save(out, "zlib", "pyz-" + name, pyz[offset:offset + length])
    small, small_toc = pyiformats.write_pyz(modules, magic)
    save(out, "pyz", "modules", small)
    import marshal
    save(out, "marshal", "pyz-toc", marshal.dumps(small_toc))
    return True


def cut_elf(dist, out, corpus):
    sizes = []
    for root, _, files in os.walk(dist):
        for name in files:
            path = os.path.join(root, name)
            if ".so" in name and not os.path.islink(path):
                sizes.append((os.path.getsize(path), path))
    for size, path in sorted(sizes)[:6]:
        save(out, "elf", os.path.basename(path), open(path, "rb").read())
    save(out, "elf", "bootloader", read(corpus, "src/pyinstaller/PyInstaller/bootloader/Linux-64bit-intel/run"))


def read(corpus, relative):
    with open(os.path.join(corpus, relative), "rb") as f:
        return f.read()


def cut_bootloaders(corpus, out):
    boot = "src/pyinstaller/PyInstaller/bootloader/"
    for folder, parser in (("Windows-64bit-intel", "pe"), ("Windows-32bit-intel", "pe"), ("Darwin-64bit", "macho")):
        path = os.path.join(corpus, boot, folder)
        for name in sorted(os.listdir(path))[:1]:
            data = read(corpus, os.path.join(boot, folder, name))
            if not SMALL:
                save(out, parser, f"{folder}-{name}", data)
            save(out, parser, f"{folder}-{name}-head", data[:4096 if SMALL else 8192])


def varint(value):
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def fields(data):
    pos = 0
    while pos < len(data):
        tag, shift = 0, 0
        while True:
            byte = data[pos]
            pos += 1
            tag |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        wire, start = tag & 7, pos
        if wire == 0:
            while data[pos] & 0x80:
                pos += 1
            pos += 1
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        elif wire == 2:
            length, shift = 0, 0
            while True:
                byte = data[pos]
                pos += 1
                length |= (byte & 0x7F) << shift
                shift += 7
                if byte < 0x80:
                    break
            start, pos = pos, pos + length
        else:
            raise ValueError("unexpected wire type")
        yield tag, data[start:pos]


def shrink_onnx(data, path=(7, 5, 9)):
    """ModelProto.graph(7).initializer(5).raw_data(9) cut to 16 bytes, every other field kept."""
    out = bytearray()
    for tag, value in fields(data):
        field, wire = tag >> 3, tag & 7
        if wire == 2 and path and field == path[0]:
            value = shrink_onnx(value, path[1:]) if len(path) > 1 else value[:16]
        out += varint(tag) + (varint(len(value)) if wire == 2 else b"") + value
    return bytes(out)


def cut_weights(dist, out):
    for root, _, files in os.walk(dist):
        for name in files:
            path = os.path.join(root, name)
            if name.endswith(".onnx"):
                save(out, "onnx", name, shrink_onnx(open(path, "rb").read()))
            elif name.endswith((".pth", ".pt")) and zipfile.is_zipfile(path):
                small = io.BytesIO()
                with zipfile.ZipFile(path) as src, zipfile.ZipFile(small, "w", zipfile.ZIP_STORED) as dst:
                    for info in src.infolist():
                        content = src.read(info)
                        dst.writestr(info.filename, content if "/data/" not in info.filename else content[:16])
                save(out, "torchzip", name, small.getvalue())
    header = json.dumps({"__metadata__": {"format": "pt"},
                         "w": {"dtype": "F16", "shape": [2, 2], "data_offsets": [0, 8]},
                         "b": {"dtype": "F32", "shape": [2], "data_offsets": [8, 16]}}).encode()
    save(out, "safetensors", "generated", struct.pack("<Q", len(header)) + header + bytes(16))
    gguf = bytearray(b"GGUF" + struct.pack("<IQQ", 3, 1, 1))
    key = b"general.architecture"
    gguf += struct.pack("<Q", len(key)) + key + struct.pack("<IQ", 8, 5) + b"llama"
    name = b"tok_embd.weight"
    gguf += struct.pack("<Q", len(name)) + name + struct.pack("<IQQIQ", 2, 4, 4, 0, 0)
    gguf += bytes(-len(gguf) % 32) + bytes(64)
    save(out, "gguf", "generated", bytes(gguf))


def main():
    global MAX_MEMBER, MAX_ENTRIES, MAX_MODULES, SMALL
    args = sys.argv[1:]
    if args[:1] == ["--small"]:
        SMALL, MAX_MEMBER, MAX_ENTRIES, MAX_MODULES = True, 64, 12, 3
        args = args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, out = args
    dist = os.path.join(corpus, "bundles", "dist")
    if not os.path.isdir(dist):
        sys.exit(f"{dist} is missing: build the corpus first (tests/corpus/build-corpus.sh)")
    cut_pyinstaller(dist, out)
    if not SMALL:
        cut_elf(dist, out, corpus)
    cut_bootloaders(corpus, out)
    cut_weights(dist, out)
    for parser in sorted(os.listdir(out)):
        files = os.listdir(os.path.join(out, parser))
        size = sum(os.path.getsize(os.path.join(out, parser, f)) for f in files)
        print(f"{parser}: {len(files)} seeds, {size} bytes")


if __name__ == "__main__":
    main()
