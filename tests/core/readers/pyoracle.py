# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for the PyInstaller-format readers: CPython itself writes the bytes, and says what it wrote.

usage: python3 pyoracle.py OUT
Writes into OUT, with OUT/manifest.json describing each file as tst_pythonoracle.cpp must read it:
  marshal/<name>.bin  marshal.dumps() of a value of every type MarshalReader decodes, and of code objects made by
                      compile(); described as {"t": type, ...} trees (see describe()).
  archive.bin         a one-file-like executable: 300 bytes of "bootloader", a CArchive written by
                      tests/support/pyiformats.py (independent of PyInstaller and of our C++ writer) holding an option,
                      a script, compressed and stored binaries, data and a PYZ of real code objects, then 40 trailing
                      bytes.
"""
import json
import marshal
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "support"))
import pyiformats  # noqa: E402

SOURCE = '''
"""A module."""
import os, json.decoder
from collections import OrderedDict as OD
CONSTANT = (1, 2.5, -3j, b"raw", None, ..., frozenset({"a"}))

def function(a, /, b, *, c=7, **kw):
    import zlib
    return zlib.crc32(b"x") + a + b + c

class Klass:
    def method(self):
        return [x * 2 for x in range(3)]

    async def coroutine(self):
        return len(os.sep)
'''


def describe(value):
    if value is None:
        return {"t": "None"}
    if value is Ellipsis:
        return {"t": "Ellipsis"}
    if value is StopIteration:
        return {"t": "StopIteration"}
    if isinstance(value, bool):
        return {"t": "Bool", "v": value}
    if isinstance(value, int):
        return {"t": "Int", "v": value}
    if isinstance(value, float):
        return {"t": "Float", "v": value}
    if isinstance(value, complex):
        return {"t": "Complex", "items": [describe(value.real), describe(value.imag)]}
    if isinstance(value, str):
        return {"t": "String", "v": value}
    if isinstance(value, bytes):
        return {"t": "Bytes", "hex": value.hex()}
    for kind, name in ((tuple, "Tuple"), (list, "List"), (frozenset, "FrozenSet"), (set, "Set")):
        if isinstance(value, kind):
            return {"t": name, "items": [describe(item) for item in value]}
    if isinstance(value, dict):
        items = []
        for key, item in value.items():
            items += [describe(key), describe(item)]
        return {"t": "Dict", "items": items}
    if hasattr(value, "co_code"):
        code = {"t": "Code", "name": value.co_name, "filename": value.co_filename,
                "firstlineno": value.co_firstlineno, "argcount": value.co_argcount,
                "posonlyargcount": value.co_posonlyargcount, "kwonlyargcount": value.co_kwonlyargcount,
                "stacksize": value.co_stacksize, "flags": value.co_flags, "code": value.co_code.hex(),
                "names": list(value.co_names), "consts": [describe(c) for c in value.co_consts]}
        if sys.version_info >= (3, 11):
            code["qualname"] = value.co_qualname
        return code
    raise TypeError(type(value))


def values():
    shared = "shared string"
    return {
        "none": None, "true": True, "false": False, "ellipsis": Ellipsis, "stopiteration": StopIteration,
        "int small": 7, "int negative": -123456, "int 32-bit max": 2**31 - 1, "int 32-bit min": -2**31,
        "int long": 2**40 + 5, "int long negative": -(2**62), "int 64-bit max": 2**63 - 1, "int 64-bit min": -(2**63),
        "float": 2.5, "float negative tiny": -1e-300, "complex": complex(1.5, -2.25),
        "str ascii short": "abc", "str ascii long": "x" * 300, "str unicode": "Grüße, 世界 \U0001F600",
        "str empty": "", "bytes": b"\0\1\2\xff", "bytes long": bytes(range(256)) * 2,
        "tuple empty": (), "tuple small": (1, "two", None), "tuple large": tuple(range(300)),
        "list": [1, [2, [3, []]]], "dict": {"a": 1, "b": (2, 3), 4: None},
        "set": {1, 2, 3}, "frozenset": frozenset({"x", "y"}),
        "back references": [shared, shared, (shared,), (shared,)],
        "pyz toc": [("json", (1, 17, 300)), ("json.decoder", (0, 317, 900))],
    }


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "marshal"), exist_ok=True)
    manifest = {"python": sys.version_info[0] * 100 + sys.version_info[1], "marshal": {}, "archive": {}}
    module = compile(SOURCE, "oracle/module.py", "exec")
    function = next(c for c in module.co_consts if hasattr(c, "co_code") and c.co_name == "function")
    klass = next(c for c in module.co_consts if hasattr(c, "co_code") and c.co_name == "Klass")
    cases = dict(values())
    cases["code: module"] = module
    cases["code: function"] = function
    cases["code: class body"] = klass
    for name, value in cases.items():
        file = name.replace(" ", "_").replace(":", "").replace("-", "_") + ".bin"
        with open(os.path.join(out, "marshal", file), "wb") as f:
            f.write(marshal.dumps(value))
        manifest["marshal"][name] = {"file": "marshal/" + file, "value": describe(value)}

    modules = [("oracle", 1, marshal.dumps(module)), ("oracle.function", 0, marshal.dumps(function)),
               ("oracle.ns", 3, marshal.dumps(compile("", "<ns>", "exec")))]
    pyz, pyz_toc = pyiformats.write_pyz(modules)
    entries = [("pyi-contents-directory _internal", "o", b"", False),
               ("main", "s", marshal.dumps(compile("print('hi')", "main.py", "exec")), True),
               ("PYZ-00.pyz", "z", pyz, False),
               ("libpython3.11.so.1.0", "b", os.urandom(1000) + bytes(5000), True),
               ("lib/stored.so", "b", bytes(range(256)) * 8, False),
               ("data/ünïcode.json", "x", b'{"a": 1}', True),
               ("base_library.zip", "x", b"PK\5\6" + bytes(18), False)]
    archive, toc = pyiformats.write_carchive(entries, 311, b"libpython3.11.so.1.0", prefix=b"\x7fELF" + bytes(296),
                                             suffix=bytes(40))
    with open(os.path.join(out, "archive.bin"), "wb") as f:
        f.write(archive)
    contents = {name: data for name, _, data, _ in entries}
    for entry in toc:
        entry["content_hex"] = contents[entry["name"]].hex()
    pyz_offset = next(e["offset"] for e in toc if e["typecode"] == "z")
    manifest["archive"] = {
        "file": "archive.bin", "python_version": 311, "python_library": "libpython3.11.so.1.0",
        "package_start": 300, "toc": toc,
        "pyz": {"offset": pyz_offset, "magic": pyz[4:8].hex(),
                "entries": [{"name": name, "typecode": typecode, "offset": pyz_offset + offset, "stored": length,
                             "code": describe(marshal.loads(data))}
                            for (name, (typecode, offset, length)), (_, _, data) in zip(pyz_toc, modules)]},
    }
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
