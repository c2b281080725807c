// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

namespace BundleScope {

// Writes PyInstaller 6 archives byte for byte as PyInstaller/archive/writers.py does, for the demo bundle and for
// tests of the readers:
//  - PyzWriter: "PYZ\0" + .pyc magic + big-endian TOC offset, zlib-compressed entries, then a marshalled list of
//    (name, (typecode, offset, length)) using marshal version 4 with FLAG_REF on shared small ints, as CPython emits.
//  - CArchiveWriter: entries (zlib level 9 unless stored), the TOC (entries padded to 16 bytes) and the 88-byte cookie.
// Not thread-safe; one writer per archive.
class PyzWriter {
public:
    enum class Type { Module = 0, Package = 1, Data = 2, NamespacePackage = 3 };
    void addModule(const QByteArray& name, Type type, const QByteArray& marshalledCode);
    QByteArray finish(const QByteArray& pycMagic = QByteArray("\xa7\x0d\x0d\x0a", 4)) const; // 3.11 magic

private:
    struct Item {
        QByteArray name;
        Type type;
        QByteArray compressed;
    };
    std::vector<Item> m_items;
};

class CArchiveWriter {
public:
    // typeCode: b binary, x data, z PYZ, m module, M package, s script, o option, d dependency, n symlink.
    void add(const QByteArray& name, char typeCode, const QByteArray& data, bool compress);
    // The PKG: data, TOC and cookie; append it to a bootloader (and optionally trailing bytes, as objcopy does).
    QByteArray finish(int pythonVersion = 311, const QByteArray& pythonLibrary = "libpython3.11.so.1.0") const;

private:
    struct Item {
        QByteArray name;
        char typeCode;
        QByteArray stored;
        quint32 length;
        bool compressed;
    };
    std::vector<Item> m_items;
};

} // namespace BundleScope
