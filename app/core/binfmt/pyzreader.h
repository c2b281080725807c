// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <vector>

namespace BundleScope {

// One module in a PyInstaller PYZ archive.
struct PyzEntry {
    enum class Type { Module = 0, Package = 1, Data = 2, NamespacePackage = 3 };
    QByteArray name; // dotted module name, e.g. "json.decoder"
    Type type = Type::Module;
    qint64 offset = 0; // absolute offset of the zlib-compressed marshalled code object
    qint64 storedLength = 0;

    // Where the module's bytecode would live in a source tree: json/decoder.pyc, json/__init__.pyc for packages.
    QByteArray relativePath() const;
};

struct PyzInfo {
    QByteArray pycMagic; // 4 bytes, identifies the Python version
    std::vector<PyzEntry> entries;
};

// Reads the table of contents of PyInstaller's PYZ ("ZlibArchive", PyInstaller/loader/pyimod01_archive.py):
// header "PYZ\0", 4-byte .pyc magic, TOC offset as big-endian i32 from the PYZ start; the TOC is a marshalled list
// (or, in older versions, dict) of (name, (typecode, offset, length)); each entry is a zlib-compressed marshalled code
// object. The PYZ may be embedded at `base` inside a larger file (a CArchive entry) and span `length` bytes.
class PyzReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::PyzReader)
public:
    static bool hasMagic(QByteArrayView head) { return head.startsWith(QByteArrayView("PYZ\0", 4)); }
    static Result<PyzInfo> read(QIODevice& device, qint64 base, qint64 length);
};

} // namespace BundleScope
