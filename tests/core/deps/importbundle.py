# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a one-folder PyInstaller-like bundle whose Python modules import each other in every way the import graph
must understand, with real bytecode from CPython's compile() and the PKG/PYZ layout of tests/support/pyiformats.py.

usage: python3 importbundle.py OUT [PYZ_VERSION [opaque]]
OUT/app/app          launcher: 4 KiB of "bootloader", then a CArchive with the entry script "app" (type 's') and
                     PYZ-00.pyz; PYZ_VERSION (e.g. 313) writes the PYZ magic and cookie of another Python version;
                     "opaque" gives the entry script code that imports nothing (as obfuscated or generated code)
OUT/app/_internal/   srcpkg (only .py sources), pycpkg (a .pyc with its 16-byte header), lazysrc (.py)
See tst_importgraph.cpp for what each module is there to prove.
"""
import importlib.util
import marshal
import os
import stat
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "support"))
import pyiformats  # noqa: E402

# 3.13's first magic number (Lib/importlib/_bootstrap_external.py): a version whose opcodes we do not read.
MAGIC = {313: (3571).to_bytes(2, "little") + b"\r\n"}

ENTRY = """
import mainpkg
from mainpkg import helpers

def later():
    import entrylazy
"""

# 300 names and constants first, so the import's operands need EXTENDED_ARG.
MANY_NAMES = "\n".join(f"name_{i} = {1000 + i}" for i in range(300))

PYZ = [
    ("mainpkg", 1, "from . import core\nfrom .sub import deep\nimport srcpkg\n"),
    ("mainpkg.core", 0, MANY_NAMES + "\nimport bigdep\nfrom .. import nothing_above\n"),
    ("mainpkg.helpers", 0, "class Holder:\n    import classdep\n\ndef use():\n    import lazypkg\n"),
    ("mainpkg.sub", 1, ""),
    ("mainpkg.sub.deep", 0, "from ..core import name_1\nfrom . import sibling\n"),
    ("mainpkg.sub.sibling", 0, ""),
    ("mainpkg.testing", 1, ""),
    ("mainpkg.testing.util", 0, "import hypo\n"),
    ("hypo", 1, "from . import strategies\n"),
    ("hypo.strategies", 0, ""),
    ("lazypkg", 1, ""),
    ("orphanpkg", 1, "import json\n"),
    ("classdep", 0, ""),
    ("entrylazy", 0, ""),
    ("bigdep", 0, ""),
    ("pycdep", 0, ""),
]

SOURCES = {
    "srcpkg/__init__.py": "from . import part\n\ndef f():\n    import lazysrc\n",
    "srcpkg/part.py": "import pycpkg\n",
    "lazysrc/__init__.py": "VALUE = 1\n",
}


def code(source, name):
    return marshal.dumps(compile(source, name, "exec"))


def main():
    out = os.path.join(sys.argv[1], "app")
    version = int(sys.argv[2]) if len(sys.argv) > 2 else 311
    magic = MAGIC.get(version, importlib.util.MAGIC_NUMBER)
    internal = os.path.join(out, "_internal")
    os.makedirs(internal, exist_ok=True)
    modules = [(name, kind, code(source, name)) for name, kind, source in PYZ]
    pyz, _ = pyiformats.write_pyz(modules, magic)
    entries = [("pyi-contents-directory _internal", "o", b"", False),
               ("app", "s", code("x = 1\n" if "opaque" in sys.argv[3:] else ENTRY, "app.py"), True),
               ("PYZ-00.pyz", "z", pyz, False)]
    launcher, _ = pyiformats.write_carchive(entries, version, prefix=b"\x7fELF" + bytes(4092))
    path = os.path.join(out, "app")
    with open(path, "wb") as f:
        f.write(launcher)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    for relative, source in SOURCES.items():
        os.makedirs(os.path.dirname(os.path.join(internal, relative)), exist_ok=True)
        with open(os.path.join(internal, relative), "w") as f:
            f.write(source)
    os.makedirs(os.path.join(internal, "pycpkg"), exist_ok=True)
    with open(os.path.join(internal, "pycpkg", "__init__.pyc"), "wb") as f:
        f.write(magic + struct.pack("<III", 0, 0, 0) + code("import pycdep\n", "pycpkg/__init__.py"))


if __name__ == "__main__":
    main()
