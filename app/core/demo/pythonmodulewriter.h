// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace BundleScope {

class DemoRandom;

// Synthesizes Python modules for the demo bundle: plausible source text and the matching CPython 3.11 .pyc file
// (PEP 552 16-byte header: magic 0xA7 0x0D 0x0D 0x0A, flags 0 = timestamp-based, mtime, source size; then a module
// code object in marshal format version 4 as laid out by CPython 3.11 Python/marshal.c w_object()/w_complex_object()).
// Stateless; any thread.
class PythonModuleWriter {
public:
    static constexpr quint32 SourceMtime = 1700000000; // fixed, so that bundles are reproducible

    // About `lines` lines of Python defining functions and a class.
    static QByteArray source(DemoRandom& random, const QString& moduleName, int lines);
    // The .pyc CPython 3.11 would write for `source` compiled from `fileName`; `constants` are extra str constants
    // (short ASCII, at most 255 bytes) appended to the module's co_consts, e.g. a library name that ctypes loads.
    static QByteArray pyc(
        DemoRandom& random, const QString& fileName, const QByteArray& source, const QByteArrayList& constants = {});
    static QByteArray pycHeader(quint32 sourceSize);
};

} // namespace BundleScope
