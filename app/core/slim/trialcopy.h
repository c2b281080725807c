// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/result.h"
#include "slim/slimresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace BundleScope {

// The one working copy of a bundle that every slim trial runs in, so the original is never touched, even by an app
// that writes into its own folder. Layout inside a private temporary folder: `<bundle name>/` (the copy, made once
// with `cp --reflink=auto -a`) and `aside/` (same file system), where applied actions move their files by rename(2)
// and from where they come back: a trial costs a few renames, never a copy. Actions on launcher members (PYZ modules)
// move the launcher's untouched copy to `pristine/` and write a launcher without those modules in its place
// (CArchiveRewriter, a few tens of milliseconds for a 25 MB launcher); the pristine one comes back when no trial
// wants them removed. The temporary folder is removed by the destructor (success, failure, cancel). Synchronous, one
// thread; owned by SlimEngine for one run.
class TrialCopy {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TrialCopy)
public:
    ~TrialCopy();
    Q_DISABLE_COPY_MOVE(TrialCopy)

    // Copies `source` (a folder) below `temporaryRoot` (empty: the system temporary folder) after checking that
    // `bytesNeeded` plus a reserve fit there. Errors: TooLarge (no room), Io, Cancelled.
    [[nodiscard]] static Result<std::unique_ptr<TrialCopy>> create(
        const QString& source, const QString& temporaryRoot, quint64 bytesNeeded, const CancellationToken& token = {});
    // Copies a folder with `cp --reflink=auto -a` (cheap clones where the file system has them); cancellable.
    [[nodiscard]] static Result<void> copyFolder(
        const QString& source, const QString& destination, const CancellationToken& token = {});
    // Free bytes needed below `folder` for `bytes` more; TooLarge with a sentence when they are not there.
    [[nodiscard]] static Result<void> checkFreeSpace(const QString& folder, quint64 bytes);

    QString root() const { return m_root; } // the copy's top folder, where the command runs
    QString temporaryPath() const; // the private folder holding root() and aside/

    // Brings the copy into the state where exactly `actions` are applied, moving only what differs from the current
    // state (a launcher is rewritten only when its set of removed modules changes). A path named by several actions
    // is removed when any of them removes it.
    [[nodiscard]] Result<void> apply(const std::vector<const SlimAction*>& actions);
    // Applies `actions` to another folder once, for good (deleting files, writing links, rewriting launchers without
    // their removed modules): the --out copy.
    [[nodiscard]] static Result<void> applyPermanently(const QString& folder, const std::vector<SlimAction>& actions);

private:
    TrialCopy() = default;
    Result<void> moveAside(const QString& path, const QString& linkTarget);
    Result<void> moveBack(const QString& path, const QString& linkTarget);
    Result<void> applyFiles(const std::vector<const SlimAction*>& actions);
    Result<void> applyLaunchers(const std::vector<const SlimAction*>& actions);
    Result<void> setLauncher(const QString& path, const QSet<QString>& removedMembers);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_aside;
    QString m_pristine; // untouched launchers while a rewritten one is in the copy
    QHash<QString, QString> m_applied; // path -> link target ("" = removed) currently in effect
    QHash<QString, QSet<QString>> m_launchers; // launcher path -> members removed from it now (never empty)
};

} // namespace BundleScope
