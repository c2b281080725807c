// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusbundles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>

#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope::Test {

namespace {
    struct Entry {
        enum class Kind { File, Symlink, Directory } kind = Kind::File;
        qint64 size = 0;
        bool executable = false;
        QString target;
    };

    QHash<QString, Entry> listTree(const QString& root)
    {
        QHash<QString, Entry> entries;
        QDirIterator it(
            root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        const QDir base(root);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info = it.fileInfo();
            Entry entry;
            if (info.isSymLink()) {
                entry.kind = Entry::Kind::Symlink;
                char buffer[4096];
                const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
                entry.target = length < 0 ? QStringLiteral("?") : QFile::decodeName(QByteArray(buffer, int(length)));
            } else if (info.isDir()) {
                entry.kind = Entry::Kind::Directory;
            } else {
                entry.size = info.size();
                entry.executable = info.permissions() & QFileDevice::ExeOwner;
            }
            entries.insert(base.relativeFilePath(path), entry);
        }
        return entries;
    }

    QByteArray sha256(const QString& path)
    {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return {};
        return hash.result();
    }
} // namespace

QString CorpusBundle::runDirectory() const
{
    return oneFile ? QFileInfo(path).absolutePath() : path;
}

QString Corpus::folder()
{
    return qEnvironmentVariable("BUNDLESCOPE_CORPUS");
}

std::vector<CorpusBundle> Corpus::bundles(QString* error)
{
    std::vector<CorpusBundle> list;
    const QString top = folder();
    QFile manifest(top + QStringLiteral("/corpus.tsv"));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1 (%2): build the corpus with tests/corpus/build-corpus.sh")
                     .arg(manifest.fileName(), manifest.errorString());
        return list;
    }
    while (!manifest.atEnd()) {
        const QStringList fields = QString::fromUtf8(manifest.readLine()).chopped(1).split(u'\t');
        if (fields.size() != 5)
            continue;
        CorpusBundle bundle { fields[0], fields[1], fields[1] == u"onefile", QDir(top).absoluteFilePath(fields[2]),
            fields[3], fields[4] };
        if (!QFileInfo::exists(bundle.path)) {
            *error = QStringLiteral("%1 is listed in corpus.tsv but missing: rebuild the corpus").arg(bundle.path);
            return {};
        }
        list.push_back(bundle);
    }
    if (list.empty())
        *error = QStringLiteral("%1 lists no bundle").arg(manifest.fileName());
    return list;
}

CorpusProgramRun Corpus::run(
    const QString& program, const QStringList& arguments, int timeoutSeconds, const QString& workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    CorpusProgramRun result;
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        result.output = process.readAll() + "\n[timed out or failed to start: " + process.errorString().toUtf8() + ']';
        result.seconds = timer.elapsed() / 1000.0;
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.output = process.readAll();
    result.seconds = timer.elapsed() / 1000.0;
    return result;
}

CorpusProgramRun Corpus::runShell(const QString& command, const QString& directory, int timeoutSeconds)
{
    return run(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command }, timeoutSeconds, directory);
}

QString Corpus::smokeFailure(const CorpusBundle& bundle, const QString& directory)
{
    const CorpusProgramRun ran = runShell(bundle.smokeCommand, directory, 300);
    if (!ran.finished || ran.exitCode != 0)
        return QStringLiteral("`%1` in %2 exited with %3: %4")
            .arg(bundle.smokeCommand, directory)
            .arg(ran.exitCode)
            .arg(QString::fromUtf8(ran.output.right(2000)));
    if (!ran.output.contains(bundle.expectedOutput.toUtf8()))
        return QStringLiteral("`%1` printed no \"%2\": %3")
            .arg(bundle.smokeCommand, bundle.expectedOutput, QString::fromUtf8(ran.output.right(2000)));
    return {};
}

QStringList Corpus::treeDifferences(const QString& expected, const QString& actual)
{
    QStringList differences;
    const QHash<QString, Entry> want = listTree(expected);
    const QHash<QString, Entry> have = listTree(actual);
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const auto found = have.constFind(it.key());
        if (found == have.cend()) {
            differences.append(QStringLiteral("missing: %1").arg(it.key()));
            continue;
        }
        const Entry& a = it.value();
        const Entry& b = found.value();
        if (a.kind != b.kind)
            differences.append(QStringLiteral("different kind: %1").arg(it.key()));
        else if (a.kind == Entry::Kind::Symlink && a.target != b.target)
            differences.append(QStringLiteral("symlink %1 -> %2, expected -> %3").arg(it.key(), b.target, a.target));
        else if (a.kind == Entry::Kind::File && (a.size != b.size || a.executable != b.executable))
            differences.append(QStringLiteral("%1: %2 bytes%3, expected %4 bytes%5")
                                   .arg(it.key())
                                   .arg(b.size)
                                   .arg(b.executable ? QStringLiteral(" executable") : QString())
                                   .arg(a.size)
                                   .arg(a.executable ? QStringLiteral(" executable") : QString()));
        else if (a.kind == Entry::Kind::File && sha256(expected + u'/' + it.key()) != sha256(actual + u'/' + it.key()))
            differences.append(QStringLiteral("different bytes: %1").arg(it.key()));
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        if (!want.contains(it.key()))
            differences.append(QStringLiteral("extra: %1").arg(it.key()));
    }
    differences.sort();
    return differences;
}

quint64 Corpus::apparentBytes(const QString& root, quint64* files)
{
    quint64 bytes = 0;
    quint64 count = 0;
    QSet<QPair<quint64, quint64>> seen;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QByteArray path = QFile::encodeName(it.next());
        struct stat st { };
        if (::lstat(path.constData(), &st) != 0 || S_ISDIR(st.st_mode))
            continue;
        if (S_ISREG(st.st_mode))
            ++count;
        const QPair<quint64, quint64> inode { quint64(st.st_dev), quint64(st.st_ino) };
        if (seen.contains(inode))
            continue;
        seen.insert(inode);
        bytes += quint64(st.st_size);
    }
    if (files)
        *files = count;
    return bytes;
}

} // namespace BundleScope::Test
