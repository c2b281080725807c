// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"
#include "report/reportsection.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace BundleScope {

// The entries that the analysis and the estimate of a scan could not read, as a snapshot keeps them: the
// "read_errors" member of its sections (app/core/snapshot/SNAPSHOT.md), an array of {"step", "path", "message"}
// sorted by step and path. Reopened, the snapshot hands them back (ScanResult::recordedAnalysisErrors and
// recordedEstimateErrors) so that its candidates and estimates still say they were incomplete. Added without a
// version change: readers that do not know the member ignore it, and snapshots without it have no recorded errors.
// Stateless, any thread.
class ReadErrorsSection {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ReadErrorsSection)
public:
    struct Recorded {
        std::vector<Error> analysis;
        std::vector<Error> estimate;
        bool empty() const { return analysis.empty() && estimate.empty(); }
    };

    static QString key() { return QStringLiteral("read_errors"); }
    // The section for SnapshotWriter, or nothing when there is nothing to record (snapshots of complete reads stay
    // as they were).
    static std::vector<ReportSection> make(const std::vector<Error>& analysis, const std::vector<Error>& estimate);
    // What a snapshot's sections recorded; entries of an unknown step or without a path are skipped, so that a
    // later version's steps do not make the snapshot unreadable.
    static Recorded parse(const QJsonObject& sections);
};

} // namespace BundleScope
