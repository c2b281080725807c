// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope {

// Writes the files of a demo bundle below one root folder and remembers each file's path, size and SHA-256 so that
// dist-info RECORD files can be produced afterwards. Keeps the first error and ignores later writes, so callers can
// write a whole tree and check ok() once. Owned by DemoBundleGenerator::generate(), one thread.
class DemoFileSink {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DemoFileSink)
public:
    explicit DemoFileSink(const QString& root);

    // `relativePath` uses '/' and is relative to the root.
    void write(const QString& relativePath, const QByteArray& content, bool executable = false);
    // A symbolic link at `relativePath` pointing to `target` (relative to the link's folder).
    void symlink(const QString& relativePath, const QString& target);

    bool ok() const { return !m_error.isError(); }
    const Error& error() const { return m_error; }
    QString root() const { return m_root; }
    qint64 bytesWritten() const { return m_bytes; }
    int fileCount() const { return int(m_entries.size()); }

    // A RECORD file's text (PyPA "Recording installed projects": path,sha256=<urlsafe-b64-nopad>,size) for every file
    // written so far below `base`/<one of prefixes>, paths relative to `base`, plus the RECORD's own line.
    QByteArray record(const QString& base, const QStringList& prefixes, const QString& recordPath) const;

private:
    struct Entry {
        QString path;
        QByteArray sha256;
        qint64 size = 0;
    };
    bool makeParent(const QString& absolutePath);

    QString m_root;
    std::vector<Entry> m_entries;
    QSet<QString> m_folders;
    Error m_error;
    qint64 m_bytes = 0;
};

} // namespace BundleScope
