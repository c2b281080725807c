// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimverifypanel.h"

#include "common/sizeformat.h"
#include "slim/slimresultstore.h"
#include "slimverifydialog.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace BundleScope {

namespace {
    QString clock(qint64 milliseconds)
    {
        const qint64 seconds = milliseconds / 1000;
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
} // namespace

SlimVerifyPanel::SlimVerifyPanel(QWidget* parent)
    : QWidget(parent)
    , m_storeFolder(SlimResultStore::defaultFolder())
    , m_controller(new SlimController(this))
    , m_verifyAction(new QAction(tr("&Verify…"), this))
    , m_headline(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_progressRow(new QWidget(this))
    , m_busy(new QProgressBar(m_progressRow))
    , m_progress(new QLabel(m_progressRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
    , m_status(new QLabel(this))
{
    m_verifyAction->setObjectName(QStringLiteral("verifySlimming"));
    m_headline->setObjectName(QStringLiteral("verifiedHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("verdictCounts"));
    m_counts->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelVerify"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());

    auto* row = new QGridLayout(m_progressRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_busy, 0, 0);
    row->addWidget(m_cancel, 0, 1);
    row->addWidget(m_progress, 1, 0, 1, 2);
    row->setColumnStretch(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_status);
    m_headline->hide();
    m_counts->hide();
    m_progressRow->hide();
    m_status->hide();

    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &SlimVerifyPanel::updateProgress);
    connect(m_verifyAction, &QAction::triggered, this, &SlimVerifyPanel::verify);
    connect(m_cancel, &QPushButton::clicked, this, &SlimVerifyPanel::cancel);
    connect(m_controller, &SlimController::trialStarted, this, &SlimVerifyPanel::onTrialStarted);
    connect(m_controller, &SlimController::progressLine, this, [this](const QString& line) {
        if (!line.startsWith(QLatin1String("trial "))) // trial lines report a finished trial: onTrialStarted says more
            m_step = line;
        updateProgress();
    });
    connect(m_controller, &SlimController::slimFinished, this, &SlimVerifyPanel::onFinished);
    connect(m_controller, &SlimController::slimFailed, this, &SlimVerifyPanel::onFailed);
    updateAction();
}

SlimVerifyPanel::~SlimVerifyPanel() = default;

QString SlimVerifyPanel::unavailableReason(const BundleTree& tree)
{
    switch (tree.sourceKind()) {
    case BundleTree::SourceKind::Folder:
        return {};
    case BundleTree::SourceKind::OneFileExecutable:
        return tr("A one-file executable unpacks its files only while it runs, so they cannot be left out one by one. "
                  "Rebuild the app one-folder (PyInstaller --onedir) to verify slimming.");
    case BundleTree::SourceKind::Archive:
        return tr("Verification runs the app from a folder: extract the archive and open the folder, or run "
                  "bundlescope slim ARCHIVE --run CMD.");
    case BundleTree::SourceKind::Snapshot:
        break;
    }
    return tr("A snapshot holds no files to run: open the bundle itself to verify slimming.");
}

void SlimVerifyPanel::setBundle(BundleTreePtr tree, AnalysisResultPtr analysis)
{
    if (isRunning())
        cancel();
    m_tree = std::move(tree);
    m_analysis = std::move(analysis);
    m_status->hide();
    std::optional<SlimResult> stored;
    if (m_tree && m_analysis && m_tree->sourceKind() == BundleTree::SourceKind::Folder)
        stored = SlimResultStore(m_storeFolder).load(*m_tree);
    setResult(stored ? std::make_shared<const SlimResult>(std::move(*stored)) : nullptr);
    updateAction();
}

void SlimVerifyPanel::setCheckedIds(const QStringList& ids)
{
    m_checkedIds = ids;
    updateAction();
}

void SlimVerifyPanel::setStoreFolder(const QString& folder)
{
    m_storeFolder = folder;
}

void SlimVerifyPanel::setTemporaryRoot(const QString& folder)
{
    m_temporaryRoot = folder;
}

void SlimVerifyPanel::updateAction()
{
    QString reason = m_tree ? unavailableReason(*m_tree) : QString();
    if (!m_tree || !m_analysis)
        reason = tr("Open a bundle and wait for its analysis to finish.");
    else if (!reason.isEmpty())
        ; // the bundle cannot be verified: say why
    else if (isRunning())
        reason = tr("A verification is running.");
    else if (m_checkedIds.isEmpty())
        reason = tr("Check the candidates to verify.");
    m_verifyAction->setEnabled(reason.isEmpty());
    m_verifyAction->setToolTip(reason.isEmpty()
            ? tr("Run the app on a copy of the bundle without the checked candidates, and find out which ones it "
                 "really runs without")
            : reason);
}

void SlimVerifyPanel::verify()
{
    if (!m_tree || !m_verifyAction->isEnabled())
        return;
    auto* dialog = new SlimVerifyDialog(*m_tree, int(m_checkedIds.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        start({ dialog->command(), dialog->expect(), dialog->timeoutSeconds(), m_checkedIds, m_temporaryRoot });
    });
    dialog->open();
}

void SlimVerifyPanel::start(SlimJob job)
{
    if (!m_tree || !m_analysis || !unavailableReason(*m_tree).isEmpty())
        return;
    if (job.candidateIds.isEmpty())
        job.candidateIds = m_checkedIds;
    if (job.temporaryRoot.isEmpty())
        job.temporaryRoot = m_temporaryRoot;
    m_step = tr("Starting…");
    m_status->hide();
    m_elapsed.start();
    m_controller->start(m_tree, m_analysis, job);
    setRunning(true);
}

void SlimVerifyPanel::cancel()
{
    m_controller->cancel();
    m_step = tr("Cancelling: stopping the app and removing the working copy…");
    m_cancel->setEnabled(false);
    updateProgress();
}

void SlimVerifyPanel::setRunning(bool running)
{
    m_progressRow->setVisible(running);
    m_cancel->setEnabled(running);
    if (running)
        m_ticker.start();
    else
        m_ticker.stop();
    updateProgress();
    updateAction();
    Q_EMIT runningChanged(running);
}

QString SlimVerifyPanel::describeCandidates(const QStringList& ids) const
{
    if (ids.isEmpty())
        return {};
    const Candidate* first = m_analysis ? m_analysis->find(ids.constFirst()) : nullptr;
    const QString title = first ? first->title : ids.constFirst();
    return ids.size() == 1 ? title : tr("%1 and %n more", nullptr, int(ids.size()) - 1).arg(title);
}

void SlimVerifyPanel::onTrialStarted(int index, const QStringList& ids)
{
    m_step = tr("Trial %1: without %2").arg(index).arg(describeCandidates(ids));
    updateProgress();
}

void SlimVerifyPanel::updateProgress()
{
    const QString text = tr("%1 · %2 elapsed").arg(m_step, clock(m_elapsed.isValid() ? m_elapsed.elapsed() : 0));
    m_progress->setText(text);
    m_busy->setAccessibleName(text);
}

void SlimVerifyPanel::onFinished(const SlimResultPtr& result)
{
    if (!m_tree || result->root != m_tree->rootPath()) {
        setRunning(false); // a run of the previous bundle that ended before setBundle() could cancel it
        return;
    }
    if (!result->baselinePassed) {
        m_status->setText(
            tr("The untouched bundle does not pass \"%1\" (%2): nothing was tried. Check the command "
               "in a terminal first.")
                .arg(result->command, result->trials.empty() ? QString() : result->trials.front().evidence));
        m_status->setToolTip(result->baselineOutputTail.join(u'\n'));
        m_status->show();
    } else {
        QString error;
        if (m_tree && !SlimResultStore(m_storeFolder).save(*m_tree, *result, &error)) {
            m_status->setText(error);
            m_status->show();
        }
        setResult(result);
    }
    setRunning(false); // last: whoever waits for the end sees the result
}

void SlimVerifyPanel::onFailed(const QString& message, bool cancelled)
{
    m_status->setText(cancelled ? tr("Verification cancelled; the app was stopped and the working copy removed.")
                                : tr("Verification failed: %1").arg(message));
    m_status->setToolTip(QString());
    m_status->show();
    setRunning(false);
}

void SlimVerifyPanel::setResult(SlimResultPtr result)
{
    m_result = std::move(result);
    m_headline->setVisible(m_result != nullptr);
    m_counts->setVisible(m_result != nullptr);
    if (m_result) {
        const double fraction
            = m_result->baselineBytes ? double(m_result->verifiedSaving) / double(m_result->baselineBytes) : 0.0;
        m_headline->setText(tr("Verified: %1 -> %2 (%3)")
                                .arg(SizeFormat::format(m_result->baselineBytes),
                                    SizeFormat::format(m_result->finalBytes), SizeFormat::percent(-fraction)));
        int counts[3] = { 0, 0, 0 };
        for (const SlimItem& item : m_result->items)
            ++counts[int(item.verdict)];
        // Counts without plural forms: one compact line under the headline, the same in every language.
        QStringList parts;
        parts << tr("%1 removable").arg(counts[int(SlimVerdict::Removed)]);
        parts << tr("%1 breaking").arg(counts[int(SlimVerdict::Breaks)]);
        if (counts[int(SlimVerdict::NotTried)] > 0)
            parts << tr("%1 not tried").arg(counts[int(SlimVerdict::NotTried)]);
        parts << tr("trials: %1").arg(m_result->trialCount());
        parts << tr("%1 s").arg(m_result->seconds, 0, 'f', 1);
        m_counts->setText(parts.join(QStringLiteral(" · ")));
        m_counts->setToolTip(tr("Command: %1").arg(m_result->command));
    }
    Q_EMIT resultChanged(m_result);
}

QString SlimVerifyPanel::headlineText() const
{
    return m_result ? m_headline->text() : QString();
}

QString SlimVerifyPanel::progressText() const
{
    return m_progress->text();
}

QString SlimVerifyPanel::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

} // namespace BundleScope
