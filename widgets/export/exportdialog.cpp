// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "common/sizeformat.h"
#include "estimate/estimatecontroller.h"
#include "export/archivelimits.h"
#include "export/candidateexclusions.h"
#include "export/exportcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace BundleScope {

ExportDialog::ExportDialog(BundleTreePtr tree, std::shared_ptr<const ContentReader> reader, QWidget* parent)
    : QDialog(parent)
    , m_tree(std::move(tree))
    , m_reader(std::move(reader))
    , m_platform(QStringLiteral("linux-x86_64"))
    , m_estimator(new EstimateController(this))
    , m_exporter(new ExportController(this))
{
    setWindowTitle(tr("Export Archive"));
    buildUi();
    connect(m_exporter, &ExportController::progressChanged, this, &ExportDialog::showProgress);
    connect(m_exporter, &ExportController::exportFinished, this, &ExportDialog::onExported);
    connect(m_exporter, &ExportController::exportFailed, this, &ExportDialog::onExportFailed);
    connect(m_estimator, &EstimateController::estimateFinished, this, &ExportDialog::onEstimated);
    updateFileName();
    refreshEstimate();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildUi()
{
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (ArchiveFormat format : ArchiveFormats::all())
        m_format->addItem(ArchiveFormats::displayName(format), int(format));
    m_template = new QLineEdit(QStringLiteral("{name}-{version}-{platform}"), this);
    m_template->setObjectName(QStringLiteral("template"));
    m_template->setToolTip(tr("Placeholders: {name}, {version}, {platform}. The extension follows the format."));
    m_folder = new QLineEdit(QDir::homePath(), this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_level = new QSpinBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->setRange(1, 9);
    m_level->setValue(6);
    m_leaveOut = new QCheckBox(tr("Leave out files of checked candidates"), this);
    m_leaveOut->setObjectName(QStringLiteral("leaveOut"));
    m_leaveOut->setEnabled(false);
    m_verifiedOnly = new QCheckBox(tr("Verified removals only"), this);
    m_verifiedOnly->setObjectName(QStringLiteral("verifiedOnly"));
    m_verifiedOnly->setVisible(false);
    m_verify = new QCheckBox(tr("Verify the archive after writing"), this);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_force = new QCheckBox(tr("Replace an existing file"), this);
    m_fileName = new QLabel(this);
    m_estimateLabel = new QLabel(tr("Estimating…"), this);
    m_estimateLabel->setObjectName(QStringLiteral("estimate"));
    m_contents = new QLabel(this);
    m_contents->setObjectName(QStringLiteral("contents"));
    m_limit = new QLabel(this);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setWordWrap(true);
    m_limit->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progressLabel = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("export"));
    m_cancelButton = m_buttons->addButton(tr("Cancel Export"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setEnabled(false);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Name:"), m_template);
    form->addRow(tr("File:"), m_fileName);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("gzip level:"), m_level);
    form->addRow(QString(), m_leaveOut);
    form->addRow(QString(), m_verifiedOnly);
    form->addRow(QString(), m_verify);
    form->addRow(QString(), m_force);
    form->addRow(tr("Contents:"), m_contents);
    form->addRow(tr("Estimate:"), m_estimateLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_limit);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFileName);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refreshEstimate);
    connect(m_level, &QSpinBox::valueChanged, this, &ExportDialog::refreshEstimate);
    connect(m_leaveOut, &QCheckBox::toggled, this, &ExportDialog::onLeaveOutToggled);
    connect(m_verifiedOnly, &QCheckBox::toggled, this, &ExportDialog::onLeaveOutToggled);
    connect(m_template, &QLineEdit::textChanged, this, &ExportDialog::updateFileName);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Destination Folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, m_exporter, &ExportController::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::setCheckedCandidates(std::vector<Candidate> candidates, QStringList checkedIds)
{
    m_candidates = std::move(candidates);
    m_checkedIds = std::move(checkedIds);
    m_leaveOut->setEnabled(!m_checkedIds.isEmpty());
    m_leaveOut->setChecked(!m_checkedIds.isEmpty());
    refreshEstimate();
}

void ExportDialog::setSlimResult(SlimResultPtr result)
{
    m_slim = std::move(result);
    int keptDuplicates = 0;
    const QStringList paths = m_slim ? verifiedRemovalPaths(*m_slim, &keptDuplicates) : QStringList();
    m_verifiedOnly->setVisible(m_slim != nullptr);
    m_verifiedOnly->setEnabled(!paths.isEmpty());
    m_verifiedOnly->setText(tr("Verified removals only (%n file(s) the app ran without)", nullptr, int(paths.size())));
    m_verifiedOnly->setToolTip(keptDuplicates == 0
            ? tr("Leaves out exactly the files of the candidates the last Verify… run removed with the app still "
                 "passing.")
            : tr("Leaves out exactly the files of the candidates the last Verify… run removed with the app still "
                 "passing. %n duplicate(s), verified as links to the kept copy, stay as files: bundlescope slim --out "
                 "writes them as links.",
                nullptr, keptDuplicates));
    m_verifiedOnly->setChecked(!paths.isEmpty());
    onLeaveOutToggled();
}

QStringList ExportDialog::verifiedRemovalPaths(const SlimResult& result, int* keptDuplicates)
{
    QStringList paths;
    int kept = 0;
    for (const SlimItem& item : result.items) {
        if (item.verdict != SlimVerdict::Removed)
            continue;
        for (const SlimAction& action : item.actions) {
            if (!action.linkTarget.isEmpty())
                ++kept; // the trials replaced it by a link, which an exclusion cannot do: leaving it out is untested
            else if (!paths.contains(action.path))
                paths.append(action.path);
        }
    }
    if (keptDuplicates)
        *keptDuplicates = kept;
    return paths;
}

// The two ways of leaving files out exclude each other: a verified run supersedes the checked candidates.
void ExportDialog::onLeaveOutToggled()
{
    const QSignalBlocker blockLeaveOut(m_leaveOut);
    if (m_verifiedOnly->isChecked())
        m_leaveOut->setChecked(false);
    m_leaveOut->setEnabled(!m_verifiedOnly->isChecked() && !m_checkedIds.isEmpty());
    refreshEstimate();
}

void ExportDialog::setVersion(const QString& version)
{
    m_version = version;
    updateFileName();
}

void ExportDialog::setPlatform(const QString& platform)
{
    m_platform = platform;
    updateFileName();
}

void ExportDialog::setDestinationFolder(const QString& folder)
{
    m_folder->setText(folder);
}

ArchiveFormat ExportDialog::format() const
{
    return ArchiveFormat(m_format->currentData().toInt());
}

QString ExportDialog::expandTemplate(
    const QString& pattern, const QString& name, const QString& version, const QString& platform, ArchiveFormat format)
{
    QString result = pattern;
    result.replace(QStringLiteral("{name}"), name)
        .replace(QStringLiteral("{version}"), version.isEmpty() ? QStringLiteral("0") : version)
        .replace(QStringLiteral("{platform}"), platform);
    // A typed extension of any format is replaced by the chosen one.
    for (ArchiveFormat other : ArchiveFormats::all()) {
        if (result.endsWith(ArchiveFormats::extension(other)))
            result.chop(ArchiveFormats::extension(other).size());
    }
    result.replace(u'/', u'_');
    return result + ArchiveFormats::extension(format);
}

QString ExportDialog::fileName() const
{
    return expandTemplate(m_template->text(), m_tree->name(m_tree->root()), m_version, m_platform, format());
}

QString ExportDialog::destinationPath() const
{
    return QDir(m_folder->text()).filePath(fileName());
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

QString ExportDialog::contentsText() const
{
    return m_contents->text();
}

QString ExportDialog::limitText() const
{
    return m_refused ? m_limit->text() : QString();
}

void ExportDialog::updateFileName()
{
    m_fileName->setText(fileName());
    m_level->setEnabled(format() == ArchiveFormat::TarGz);
}

ArchiveExclusions ExportDialog::exclusions() const
{
    if (m_slim && m_verifiedOnly->isChecked()) {
        ArchiveExclusions exclusions;
        exclusions.paths = verifiedRemovalPaths(*m_slim);
        return exclusions;
    }
    if (!m_leaveOut->isChecked() || m_checkedIds.isEmpty())
        return {};
    return CandidateExclusions::fromCandidates(m_candidates, m_checkedIds);
}

Result<ArchivePlan> ExportDialog::buildPlan() const
{
    ArchivePlanOptions planOptions;
    planOptions.format = format();
    planOptions.level = format() == ArchiveFormat::TarGz ? m_level->value() : 6;
    return ArchivePlan::build(DiskEntries(*m_tree, *m_reader), exclusions(), planOptions);
}

void ExportDialog::refreshPreview()
{
    const Result<ArchivePlan> plan = buildPlan();
    Result<void> limits = plan ? ArchiveLimits::check(*plan) : Result<void>(plan.error());
    m_contents->setText(plan
            ? tr("%n file(s), %1", nullptr, int(plan->fileCount())).arg(SizeFormat::format(plan->totalFileBytes()))
            : QString());
    m_refused = !limits;
    m_limit->setText(m_refused ? limits.error().message : QString());
    m_limit->setVisible(m_refused);
    m_exportButton->setEnabled(!m_refused && !m_exporter->isRunning());
}

void ExportDialog::refreshEstimate()
{
    refreshPreview();
    m_estimateLabel->setText(tr("Estimating…"));
    EstimateOptions options;
    options.formats = { format() };
    options.level = format() == ArchiveFormat::TarGz ? m_level->value() : 6;
    options.exclusions = exclusions();
    m_estimator->start(m_tree, m_reader, options);
}

void ExportDialog::onEstimated(EstimateResultPtr result)
{
    m_estimate = result->total(format());
    m_estimateLabel->setText(SizeFormat::format(m_estimate));
}

void ExportDialog::startExport()
{
    Result<ArchivePlan> plan = buildPlan();
    if (!plan) {
        m_result->setText(plan.error().message);
        return;
    }
    if (Result<void> limits = ArchiveLimits::check(*plan); !limits) {
        m_result->setText(limits.error().message); // nothing is written (ArchiveExporter checks again)
        return;
    }
    ExportOptions options;
    options.destination = destinationPath();
    options.force = m_force->isChecked();
    options.verify = m_verify->isChecked();
    m_result->clear();
    m_progress->setValue(0);
    setRunning(true);
    m_exporter->start(m_tree, m_reader, *plan, options);
}

void ExportDialog::showProgress(const ExportProgress& progress)
{
    m_progress->setValue(int(progress.fraction() * 1000));
    const QString eta
        = progress.etaSeconds < 0 ? tr("estimating time left") : tr("%n s left", nullptr, int(progress.etaSeconds));
    m_progressLabel->setText(tr("%1 of %2 at %3/s, %4")
                                 .arg(SizeFormat::format(progress.bytesDone), SizeFormat::format(progress.bytesTotal),
                                     SizeFormat::format(quint64(progress.bytesPerSecond)), eta));
}

void ExportDialog::onExported(const ExportResult& result)
{
    setRunning(false);
    m_progress->setValue(1000);
    QString text = tr("Wrote %1.").arg(QDir::toNativeSeparators(result.path));
    if (m_estimate)
        text += u' ' + ArchiveExporter::estimateComparison(m_estimate, result.archiveBytes);
    if (result.verified)
        text += u' ' + tr("Verified %n file(s).", nullptr, int(result.verified->files));
    for (const QString& warning : result.warnings)
        text += u'\n' + warning;
    m_result->setText(text);
    Q_EMIT exportFinished(result.path);
}

void ExportDialog::onExportFailed(const QString& message, bool cancelled)
{
    setRunning(false);
    m_progress->setValue(0);
    m_result->setText(cancelled ? tr("Export cancelled; nothing was written.") : message);
}

void ExportDialog::setRunning(bool running)
{
    m_exportButton->setEnabled(!running && !m_refused);
    m_cancelButton->setEnabled(running);
    m_format->setEnabled(!running);
    m_template->setEnabled(!running);
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
}

} // namespace BundleScope
