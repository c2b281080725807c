// SPDX-License-Identifier: GPL-3.0-or-later
#include "trialcopy.h"

#include "binfmt/carchiverewriter.h"
#include "common/freespace.h"
#include "common/sizeformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

namespace BundleScope {

namespace {
    constexpr qint64 ReserveBytes = 64ll * 1024 * 1024;

    QByteArray encoded(const QString& path)
    {
        return QFile::encodeName(path);
    }

    Result<void> ensureParent(const QString& path)
    {
        const QString parent = QFileInfo(path).path();
        if (QDir().mkpath(parent))
            return {};
        return makeError(Error::Code::Io, TrialCopy::tr("Cannot create the folder."), parent);
    }

    Result<void> renamePath(const QString& from, const QString& to)
    {
        if (::rename(encoded(from).constData(), encoded(to).constData()) == 0)
            return {};
        return makeError(Error::Code::Io, TrialCopy::tr("Cannot move %1: %2").arg(from, qt_error_string(errno)), to);
    }

    // Launcher path -> the members the actions remove from it.
    QHash<QString, QSet<QString>> launcherMembers(const std::vector<const SlimAction*>& actions)
    {
        QHash<QString, QSet<QString>> members;
        for (const SlimAction* action : actions) {
            if (action->isLauncherMember())
                members[action->path].insert(action->member);
        }
        return members;
    }

    QSet<QByteArray> utf8(const QSet<QString>& members)
    {
        QSet<QByteArray> encodedMembers;
        for (const QString& member : members)
            encodedMembers.insert(member.toUtf8());
        return encodedMembers;
    }
} // namespace

TrialCopy::~TrialCopy() = default; // QTemporaryDir removes everything

QString TrialCopy::temporaryPath() const
{
    return m_dir ? m_dir->path() : QString();
}

Result<void> TrialCopy::checkFreeSpace(const QString& folder, quint64 bytes)
{
    // FreeSpace, not QStorageInfo: the mount table does not cover the folder in chroots and some containers, and the
    // check then passed whatever the size (found on a clean Debian 12 root).
    const std::optional<quint64> available = FreeSpace::available(folder);
    if (available && *available < bytes + quint64(ReserveBytes))
        return makeError(Error::Code::TooLarge,
            tr("Not enough free space for a working copy: %1 needed, %2 free.")
                .arg(SizeFormat::format(bytes + quint64(ReserveBytes)), SizeFormat::format(*available)),
            folder);
    return {};
}

Result<void> TrialCopy::copyFolder(const QString& source, const QString& destination, const CancellationToken& token)
{
    QProcess cp;
    cp.setProcessChannelMode(QProcess::MergedChannels);
    cp.setStandardInputFile(QProcess::nullDevice());
    cp.start(QStringLiteral("cp"),
        { QStringLiteral("--reflink=auto"), QStringLiteral("-a"), QStringLiteral("--"), source, destination });
    if (!cp.waitForStarted(10000))
        return makeError(Error::Code::Io, tr("Cannot run cp: %1").arg(cp.errorString()), destination);
    while (!cp.waitForFinished(50)) {
        if (token.isCancelled()) {
            cp.kill();
            cp.waitForFinished(-1);
            return makeError(Error::Code::Cancelled, tr("Cancelled."));
        }
        if (cp.state() == QProcess::NotRunning)
            break;
    }
    if (cp.exitStatus() != QProcess::NormalExit || cp.exitCode() != 0)
        return makeError(Error::Code::Io,
            tr("Copying the bundle failed: %1").arg(QString::fromLocal8Bit(cp.readAll()).trimmed()), destination);
    return {};
}

Result<std::unique_ptr<TrialCopy>> TrialCopy::create(
    const QString& source, const QString& temporaryRoot, quint64 bytesNeeded, const CancellationToken& token)
{
    const QString base = temporaryRoot.isEmpty() ? QDir::tempPath() : temporaryRoot;
    if (Result<void> space = checkFreeSpace(base, bytesNeeded); !space)
        return space.error();
    std::unique_ptr<TrialCopy> copy(new TrialCopy);
    copy->m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/bundlescope-slim-XXXXXX"));
    if (!copy->m_dir->isValid())
        return makeError(
            Error::Code::Io, tr("Cannot create a temporary folder: %1").arg(copy->m_dir->errorString()), base);
    copy->m_root = copy->m_dir->path() + u'/' + QFileInfo(source).fileName();
    copy->m_aside = copy->m_dir->path() + QStringLiteral("/aside");
    copy->m_pristine = copy->m_dir->path() + QStringLiteral("/pristine");
    if (!QDir().mkpath(copy->m_aside) || !QDir().mkpath(copy->m_pristine))
        return makeError(Error::Code::Io, tr("Cannot create the folder."), copy->m_aside);
    if (Result<void> copied = copyFolder(source, copy->m_root, token); !copied)
        return copied.error();
    return copy;
}

Result<void> TrialCopy::moveAside(const QString& path, const QString& linkTarget)
{
    const QString inCopy = m_root + u'/' + path;
    const QString aside = m_aside + u'/' + path;
    if (Result<void> parent = ensureParent(aside); !parent)
        return parent;
    if (Result<void> moved = renamePath(inCopy, aside); !moved)
        return moved;
    if (!linkTarget.isEmpty() && ::symlink(encoded(linkTarget).constData(), encoded(inCopy).constData()) != 0)
        return makeError(Error::Code::Io, tr("Cannot create a symlink: %1").arg(qt_error_string(errno)), inCopy);
    m_applied.insert(path, linkTarget);
    return {};
}

Result<void> TrialCopy::moveBack(const QString& path, const QString& linkTarget)
{
    const QString inCopy = m_root + u'/' + path;
    if (!linkTarget.isEmpty() && ::unlink(encoded(inCopy).constData()) != 0)
        return makeError(Error::Code::Io, tr("Cannot remove a symlink: %1").arg(qt_error_string(errno)), inCopy);
    if (Result<void> parent = ensureParent(inCopy); !parent) // the app may have removed an emptied folder
        return parent;
    if (Result<void> moved = renamePath(m_aside + u'/' + path, inCopy); !moved)
        return moved;
    m_applied.remove(path);
    return {};
}

Result<void> TrialCopy::apply(const std::vector<const SlimAction*>& actions)
{
    if (Result<void> files = applyFiles(actions); !files)
        return files;
    return applyLaunchers(actions);
}

Result<void> TrialCopy::applyFiles(const std::vector<const SlimAction*>& actions)
{
    QHash<QString, QString> wanted;
    for (const SlimAction* action : actions) {
        if (action->isLauncherMember())
            continue;
        auto it = wanted.find(action->path);
        if (it == wanted.end())
            wanted.insert(action->path, action->linkTarget);
        else if (action->linkTarget.isEmpty())
            it.value().clear(); // removal wins over a link
    }
    // Back first (a path may change from link to removal), then aside.
    const QHash<QString, QString> applied = m_applied;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        const auto want = wanted.constFind(it.key());
        if (want == wanted.cend() || want.value() != it.value()) {
            if (Result<void> back = moveBack(it.key(), it.value()); !back)
                return back;
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (m_applied.contains(it.key()))
            continue;
        if (Result<void> aside = moveAside(it.key(), it.value()); !aside)
            return aside;
    }
    return {};
}

Result<void> TrialCopy::applyLaunchers(const std::vector<const SlimAction*>& actions)
{
    const QHash<QString, QSet<QString>> wanted = launcherMembers(actions);
    const QHash<QString, QSet<QString>> applied = m_launchers;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it) {
        if (!wanted.contains(it.key())) {
            if (Result<void> restored = setLauncher(it.key(), {}); !restored)
                return restored;
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (m_launchers.value(it.key()) != it.value()) {
            if (Result<void> rewritten = setLauncher(it.key(), it.value()); !rewritten)
                return rewritten;
        }
    }
    return {};
}

Result<void> TrialCopy::setLauncher(const QString& path, const QSet<QString>& removedMembers)
{
    const QString inCopy = m_root + u'/' + path;
    const QString pristine = m_pristine + u'/' + path;
    if (!m_launchers.contains(path)) {
        if (removedMembers.isEmpty())
            return {};
        if (Result<void> parent = ensureParent(pristine); !parent)
            return parent;
        if (Result<void> moved = renamePath(inCopy, pristine); !moved)
            return moved;
    }
    if (removedMembers.isEmpty()) {
        if (Result<void> moved = renamePath(pristine, inCopy); !moved)
            return moved;
        m_launchers.remove(path);
        return {};
    }
    // Recorded before rewriting: should the rewrite fail, the pristine launcher is still known to be aside.
    m_launchers.insert(path, removedMembers);
    const Result<CArchiveRewriter::Rewritten> rewritten
        = CArchiveRewriter::rewriteFile(pristine, inCopy, utf8(removedMembers));
    if (!rewritten)
        return rewritten.error();
    return {};
}

Result<void> TrialCopy::applyPermanently(const QString& folder, const std::vector<SlimAction>& actions)
{
    std::vector<const SlimAction*> pointers;
    for (const SlimAction& action : actions)
        pointers.push_back(&action);
    const QHash<QString, QSet<QString>> members = launcherMembers(pointers);
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QString launcher = folder + u'/' + it.key();
        if (Result<CArchiveRewriter::Rewritten> rewritten
            = CArchiveRewriter::rewriteFile(launcher, launcher, utf8(it.value()));
            !rewritten)
            return rewritten.error();
    }
    QHash<QString, QString> wanted;
    for (const SlimAction& action : actions) {
        if (action.isLauncherMember())
            continue;
        auto it = wanted.find(action.path);
        if (it == wanted.end())
            wanted.insert(action.path, action.linkTarget);
        else if (action.linkTarget.isEmpty())
            it.value().clear();
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QByteArray path = encoded(folder + u'/' + it.key());
        struct stat st;
        if (::lstat(path.constData(), &st) != 0)
            continue; // already gone with a removed folder
        const bool removed
            = S_ISDIR(st.st_mode) ? QDir(QFile::decodeName(path)).removeRecursively() : ::unlink(path.constData()) == 0;
        if (!removed)
            return makeError(Error::Code::Io, tr("Cannot remove: %1").arg(qt_error_string(errno)), it.key());
        if (!it.value().isEmpty() && ::symlink(encoded(it.value()).constData(), path.constData()) != 0)
            return makeError(Error::Code::Io, tr("Cannot create a symlink: %1").arg(qt_error_string(errno)), it.key());
    }
    return {};
}

} // namespace BundleScope
