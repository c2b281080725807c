// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/error.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <vector>

namespace BundleScope {

// Finds the native libraries (and programs) that the bundle's Python code names: packages load libraries with
// ctypes.CDLL(), ctypes.util.find_library() or os.path.join(folder, "libfoo.so"), so no DT_NEEDED points at them
// (torch/__init__.py loads lib/libtorch_global_deps.so from the constant 'libtorch_global_deps'), and run helper
// programs by path (torch runs bin/torch_shm_manager). Reads the string constants of every Python module once: PYZ
// modules (members below a "*.pyz" folder: marshalled code, version from the tree's pyinstaller.python_version),
// loose .pyc files (MarshalStrings; a __pycache__ file is skipped when its source is there) and the single-line string
// literals of loose .py files (comments and docstrings skipped). A
// string names a file when its last path component
//  - equals the file name or SONAME ("libfoo.so.1", "torch_shm_manager"), or
//  - has a library suffix and the same stem ("libfoo.so", "libfoo.so." of an f-string, "foo.dll" for foo.dll), or
//  - has no suffix, starts with "lib", is at least 6 characters and equals the stem ("libfoo" for libfoo.so.1;
//    shorter ones like "libz" or "libm" are too common to mean a bundled copy).
// Synchronous on the calling (scanning) thread, cancellable per file; reads through the ContentReader.
class PythonLibraryReferences {
public:
    struct Library {
        NodeId id = InvalidNode;
        QString name; // file name
        QString soname; // may be empty
    };
    struct Result {
        QHash<NodeId, QString> modules; // library -> the first module naming it ("torch", "pkg.sub")
        int filesRead = 0; // Python modules whose constants were read
        // Modules that could not be read as scanned (CheckedReadDevice::readAll), sorted by node: what they name is
        // unknown. Modules too large to read are no failure (they are skipped as before).
        std::vector<Error> failures;
        qint64 milliseconds = 0;
    };

    static Result find(const BundleTree& tree, const ContentReader& reader, const std::vector<Library>& libraries,
        const CancellationToken& token);

    // "libfoo" for "libfoo.so.1", "libfoo.so", "libfoo.dylib", "foo" for "foo.dll"; empty without a library suffix.
    static QByteArray stem(QByteArrayView name);
    // The dotted module name of a .py/.pyc path: "torch/__init__.pyc" -> "torch", "a/b.py" -> "a.b",
    // "a/__pycache__/b.cpython-311.pyc" -> "a.b".
    static QString moduleName(QStringView relativePath);
};

} // namespace BundleScope
