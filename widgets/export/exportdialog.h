// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/candidate.h"
#include "estimate/estimatetypes.h"
#include "export/archiveexporter.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"
#include "slim/slimcontroller.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace BundleScope {

class EstimateController;
class ExportController;

// "Export archive…": format, file name template ({name}-{version}-{platform}.tar.gz), destination folder, level,
// "leave out checked candidates" or "verified removals only" (after a Verify… run), verify; shows what the archive will
// hold (files and bytes after exclusions), refuses up front a plan past a format limit (ArchiveLimits: Zip64, 8 GiB tar
// members) with the reason, the estimate for the chosen settings, progress with bytes/rate/ETA, cancel, and "Estimated
// X, actual Y (error Z%)" at the end. All work runs in EstimateController/ExportController; the dialog only arranges
// widgets. GUI thread; owned by whoever opens it (the main window adds the action).
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, QWidget* parent = nullptr);
    ~ExportDialog() override;
    Q_DISABLE_COPY_MOVE(ExportDialog)

    // The candidates the user checked in the candidates panel: their removed files can be left out.
    void setCheckedCandidates(std::vector<Candidate> candidates, QStringList checkedIds);
    // A verified-slimming result of this bundle: offers "Verified removals only", which leaves out exactly the files
    // the verified candidates removed in the trials (duplicates, verified as links, stay as files).
    void setSlimResult(SlimResultPtr result);
    // The paths "Verified removals only" leaves out, and the duplicates it keeps.
    static QStringList verifiedRemovalPaths(const SlimResult& result, int* keptDuplicates = nullptr);
    void setVersion(const QString& version);
    void setPlatform(const QString& platform);
    void setDestinationFolder(const QString& folder);

    ArchiveFormat format() const;
    QString fileName() const; // the template expanded
    QString destinationPath() const;
    QString resultText() const;
    QString contentsText() const; // "N files, X" of the current plan
    QString limitText() const; // why the current plan cannot be written; empty when it can

    // "{name}-{version}-{platform}.tar.gz" with the placeholders filled; the extension follows the format.
    static QString expandTemplate(const QString& pattern, const QString& name, const QString& version,
        const QString& platform, ArchiveFormat format);

Q_SIGNALS:
    void exportFinished(const QString& path);

private:
    void buildUi();
    void startExport();
    void refreshEstimate();
    void refreshPreview();
    Result<ArchivePlan> buildPlan() const;
    void updateFileName();
    void showProgress(const ExportProgress& progress);
    void onExported(const ExportResult& result);
    void onExportFailed(const QString& message, bool cancelled);
    void onEstimated(EstimateResultPtr result);
    void setRunning(bool running);
    ArchiveExclusions exclusions() const;
    void onLeaveOutToggled();

    BundleTreePtr m_tree;
    std::shared_ptr<const ContentReader> m_reader;
    std::vector<Candidate> m_candidates;
    QStringList m_checkedIds;
    SlimResultPtr m_slim;
    QString m_version;
    QString m_platform;
    quint64 m_estimate = 0;
    bool m_refused = false; // the current plan passes a format limit

    EstimateController* m_estimator = nullptr;
    ExportController* m_exporter = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_template = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QSpinBox* m_level = nullptr;
    QCheckBox* m_leaveOut = nullptr;
    QCheckBox* m_verifiedOnly = nullptr;
    QCheckBox* m_verify = nullptr;
    QCheckBox* m_force = nullptr;
    QLabel* m_fileName = nullptr;
    QLabel* m_estimateLabel = nullptr;
    QLabel* m_contents = nullptr;
    QLabel* m_limit = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace BundleScope
