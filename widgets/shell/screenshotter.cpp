// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshotter.h"

#include "analysis/candidatesmodel.h"
#include "candidates/candidatespanel.h"
#include "mainwindow.h"
#include "slim/slimverdictproxymodel.h"
#include "slim/slimverifypanel.h"

#include <QDockWidget>
#include <QTreeView>

#include <QImage>
#include <QPixmap>
#include <QSaveFile>

#include <cstdio>

namespace BundleScope {

Screenshotter::Screenshotter(MainWindow* window, Options options, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
        [this] { finish(2, tr("Timed out waiting for the bundle to open and render")); });
}

void Screenshotter::arm()
{
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->resize(m_options.size);
    m_window->show();
    if (m_options.welcome) {
        QTimer::singleShot(200, this, &Screenshotter::capture);
        return;
    }
    // The candidates dock appears once the background analysis has finished: capture after it.
    connect(m_window, &MainWindow::analysisFinished, this, &Screenshotter::onOpened);
    connect(m_window, &MainWindow::openFailed, this,
        [this](const Error& error) { finish(1, tr("Cannot open the bundle: %1").arg(error.toString())); });
    connect(m_window, &MainWindow::scanCancelled, this, [this] { finish(1, tr("The scan was cancelled")); });
    m_timeout.start(m_options.timeoutMs);
}

void Screenshotter::onOpened()
{
    if (!m_options.verifyCommand.isEmpty() && !m_verifying) {
        startVerification();
        return;
    }
    m_window->bundleView()->showTab(m_options.tab);
    TreemapWidget* treemap = m_window->bundleView()->treemap();
    if (m_options.tab == BundleView::Tab::Explorer && treemap->isRendering()) {
        connect(treemap, &TreemapWidget::renderFinished, this, &Screenshotter::capture, Qt::SingleShotConnection);
        return;
    }
    // Let layouts and charts settle for a few event-loop rounds.
    QTimer::singleShot(200, this, &Screenshotter::capture);
}

void Screenshotter::startVerification()
{
    m_verifying = true;
    CandidatesPanel* panel = m_window->candidatesPanel();
    QSet<QString> all;
    if (const AnalysisResultPtr analysis = m_window->analysis()) {
        for (const Candidate& candidate : analysis->candidates)
            all.insert(candidate.id);
    }
    panel->model()->setCheckedIds(all);
    SlimVerifyPanel* slim = panel->slimPanel();
    connect(slim, &SlimVerifyPanel::runningChanged, this, [this](bool running) {
        if (!running)
            onVerified();
    });
    slim->start({ m_options.verifyCommand, m_options.verifyExpect, 120, panel->model()->checkedIds(), {} });
    if (!slim->isRunning())
        finish(1, tr("Verification cannot run on this bundle: %1").arg(slim->verifyAction()->toolTip()));
}

// Shows the verdicts: the candidates dock raised, the most telling candidate selected (its evidence in the details).
void Screenshotter::onVerified()
{
    CandidatesPanel* panel = m_window->candidatesPanel();
    if (!panel->slimResult()) {
        finish(1, tr("The verification did not finish: %1").arg(panel->slimPanel()->statusText()));
        return;
    }
    m_window->candidatesDock()->raise();
    QTreeView* view = panel->view();
    QModelIndex chosen;
    for (const QString& verdict : { QStringLiteral("breaks"), QStringLiteral("removed") }) {
        const QModelIndexList hits = view->model()->match(view->model()->index(0, 0),
            SlimVerdictProxyModel::VerdictRole, verdict, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!hits.isEmpty()) {
            chosen = hits.constFirst();
            break;
        }
    }
    if (chosen.isValid())
        view->setCurrentIndex(chosen);
    onOpened();
}

void Screenshotter::capture()
{
    TreemapWidget* treemap = m_window->bundleView()->treemap();
    if (!m_options.welcome && m_options.tab == BundleView::Tab::Explorer && treemap->isRendering()) {
        QTimer::singleShot(50, this, &Screenshotter::capture); // a resize scheduled another frame
        return;
    }
    const Result<void> saved = save(m_window, m_options.output);
    if (!saved)
        finish(1, saved.error().toString());
    else
        finish(0, tr("Saved %1").arg(m_options.output));
}

Result<void> Screenshotter::save(QWidget* widget, const QString& path)
{
    const QImage image = widget->grab().toImage();
    if (image.isNull())
        return makeError(Error::Code::Io, tr("The window could not be rendered"), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return makeError(Error::Code::Io, tr("Cannot write the screenshot: %1").arg(file.errorString()), path);
    return {};
}

void Screenshotter::finish(int exitCode, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    std::fprintf(exitCode == 0 ? stdout : stderr, "%s\n", qUtf8Printable(message));
    Q_EMIT finished(exitCode);
}

} // namespace BundleScope
