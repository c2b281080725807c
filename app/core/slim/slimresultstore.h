// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "slim/slimresult.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace BundleScope {

// Remembers the last verified-slimming result per bundle, so that reopening a bundle shows its verdicts again: one
// small JSON file per bundle (`<folder>/<sha1 of the canonical path>.json`, default folder `slim/` in the app data
// location), holding the result and the bundle's fingerprint (canonical path, total bytes, node count, newest
// modification time). A bundle that changed since no longer matches its fingerprint and gets no result. Stateless
// apart from the folder; GUI thread (small files, written with QSaveFile).
class SlimResultStore {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::SlimResultStore)
public:
    explicit SlimResultStore(QString folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // False (and `error` says why) when the file cannot be written.
    bool save(const BundleTree& tree, const SlimResult& result, QString* error = nullptr) const;
    // The stored result for this bundle, when there is one and the bundle is unchanged since.
    std::optional<SlimResult> load(const BundleTree& tree) const;
    void remove(const BundleTree& tree) const;

    // The file a bundle's result goes to.
    QString fileFor(const BundleTree& tree) const;

private:
    QString m_folder;
};

} // namespace BundleScope
