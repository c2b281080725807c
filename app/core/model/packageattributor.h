// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>

namespace BundleScope {

// One path rule of package attribution. Rules look only at the name of an entry directly inside the contents folder
// (or at the launcher); everything deeper inherits the package of its top-level folder. First matching rule wins.
struct PackageRule {
    enum class Scope : std::uint8_t {
        TopLevelDirectory, // a folder directly inside the contents folder
        TopLevelFile, // a file or symlink directly inside the contents folder
    };
    Scope scope = Scope::TopLevelFile;
    const char* pattern = ""; // regular expression, anchored, case-insensitive, matched against the name
    // Package name: a fixed name, "%1" for capture 1 normalized (see PackageAttributor::normalize), or "" for
    // "(other)".
    const char* package = "";
    // TopLevelDirectory only: a namespace folder whose child folders are packages "<package>-<child>" (nvidia/cublas).
    bool namespaceFolder = false;
    // TopLevelFile only: a native library family named after its package (libtorch_cpu, libc10 -> torch). Such a
    // library belongs to that package wherever it lies, also when several packages need it (DependencyAttribution).
    bool family = false;
};

// Path-based package attribution: THE rule table (rules()), the name normalization and the RECORD parser that
// BundleAnnotator applies. A later dependency-graph pass may refine native libraries on top of these results.
// Stateless and thread-safe.
class PackageAttributor {
public:
    // Package of the Python interpreter, its standard library and the PyInstaller launcher/bootloader.
    static QString runtimePackage() { return QStringLiteral("Python runtime"); }

    // The table, in priority order (documented in the .cpp next to it).
    static std::span<const PackageRule> rules();

    struct Match {
        bool matched = false;
        QString package; // empty: "(other)"
        bool namespaceFolder = false;
    };
    // Applies the table to an entry directly inside the contents folder.
    static Match matchTopLevel(QStringView name, bool directory);
    // The package whose native library family (rules marked `family`) a file name belongs to, at any depth:
    // "libtorch_cpu.so" -> "torch", "libQt5Core.so.5" -> "Qt"; empty when none.
    static QString libraryFamily(QStringView fileName);
    // True when a native library's name says it is `package`'s own: libraryFamily() gives it, or the name without
    // "lib" and its suffix is the package's name or starts with it and a separator ("libscipy_openblas.so" -> scipy).
    static bool isFamilyLibrary(QStringView fileName, const QString& package);

    // "PYZ-00.pyz" and friends: PyInstaller's archive of pure-Python modules.
    static bool isPyzArchiveName(QStringView name);
    // Package of a top-level entry of a PYZ opened as a folder ("torch" or "six.pyc"): its normalized name, or empty
    // for the standard library and for index entries ("(PYZ index)"), which belong to the Python runtime.
    static QString pyzModulePackage(QStringView name);

    // PEP 503-like: lower case, runs of '-', '_' and '.' become one '-', no leading or trailing '-';
    // "nvidia-<x>-cu12" loses its CUDA suffix so wheels and folders agree ("nvidia_cublas_cu12" -> "nvidia-cublas").
    static QString normalize(QStringView name);

    // "torch-2.1.0.dist-info" -> "torch", "Foo_Bar.egg-info" -> "foo-bar"; empty when not a metadata folder.
    static QString metadataFolderPackage(QStringView folderName);

    // Paths listed in a wheel RECORD file (PEP 376 / PEP 627: CSV "path,hash,size", paths relative to
    // site-packages, '/'-separated). Paths that leave the folder ("../", absolute) are dropped.
    static QStringList parseRecord(const QByteArray& record);

    // Upper bound on the bytes of a RECORD file read (a torch RECORD is ~1.5 MB).
    static constexpr qint64 MaxRecordBytes = 16 * 1024 * 1024;
};

} // namespace BundleScope
