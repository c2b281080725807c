// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidatespanel.h"

#include "analysis/candidatesmodel.h"
#include "analysis/specfragmentgenerator.h"
#include "common/sizeformat.h"
#include "readerrorsbanner.h"
#include "slim/slimverdictproxymodel.h"
#include "slim/slimverdictstyle.h"
#include "slim/slimverifypanel.h"
#include "specfragmentdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace BundleScope {

namespace {

    constexpr quint64 MB = 1000 * 1000;
    constexpr quint64 GB = 1000 * MB;

} // namespace

QList<CandidatesPanel::SizeTarget> CandidatesPanel::sizeTargets()
{
    return {
        { tr("Minimal ML app, no GPU (300-500 MB)"), 300 * MB, 500 * MB },
        { tr("Standard GPU app (1.2-1.5 GB)"), 1200 * MB, 1500 * MB },
        { tr("Full ML stack (1.8-2.5 GB)"), 1800 * MB, 2500 * MB },
        { tr("Multi-model app (2.5-4 GB)"), 2500 * MB, 4 * GB },
    };
}

CandidatesPanel::CandidatesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new CandidatesModel(this))
    , m_verdicts(new SlimVerdictProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_headline(new QLabel(this))
    , m_gauge(new QProgressBar(this))
    , m_gaugeLabel(new QLabel(this))
    , m_target(new QComboBox(this))
    , m_budget(new QLineEdit(this))
    , m_details(new QTextBrowser(this))
    , m_specButton(new QPushButton(tr("Generate spec fragment…"), this))
    , m_slim(new SlimVerifyPanel(this))
    , m_readErrors(new ReadErrorsBanner(this))
{
    m_verdicts->setSourceModel(m_model);
    m_proxy->setSourceModel(m_verdicts);
    m_proxy->setSortRole(CandidatesModel::RawValueRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidatesModel::SavingColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setIndentation(fontMetrics().averageCharWidth() * 2);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CandidatesModel::TitleColumn, QHeaderView::Interactive);
    m_view->header()->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this); // fitColumns() on resize
    m_headline->setObjectName(QStringLiteral("headline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true); // "Potential: 2.3 GB -> 1.1 GB (-52.1%)" is wider than a narrow dock
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(
        tr("Select a candidate to see why it is proposed and the PyInstaller change that applies it."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    auto* verifyButton = new QToolButton(this);
    verifyButton->setDefaultAction(m_slim->verifyAction());
    verifyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Verify… beside the headline it checks: a second button in the bottom row made the panel too wide for 240 px.
    auto* headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(verifyButton, 0, Qt::AlignTop);
    layout->addLayout(headlineRow);
    layout->addWidget(m_readErrors); // under the headline whose potential it qualifies
    layout->addWidget(m_slim);
    layout->addWidget(createGaugeBox());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_specButton, 0, Qt::AlignRight);

    connect(m_model, &CandidatesModel::checkedCandidatesChanged, this, &CandidatesPanel::updatePotential);
    connect(m_model, &CandidatesModel::checkedCandidatesChanged, this, &CandidatesPanel::checkedCandidatesChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CandidatesPanel::onCurrentChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &CandidatesPanel::updateGauge);
    connect(m_budget, &QLineEdit::editingFinished, this, &CandidatesPanel::onBudgetEdited);
    connect(m_specButton, &QPushButton::clicked, this, &CandidatesPanel::showSpecFragment);
    connect(m_model, &CandidatesModel::checkedCandidatesChanged, m_slim, &SlimVerifyPanel::setCheckedIds);
    connect(m_slim, &SlimVerifyPanel::resultChanged, this, &CandidatesPanel::onSlimResultChanged);
    updatePotential();
}

// Target and budget on rows of their own, the gauge's text in a wrapping label above a text-less bar: in one row
// the long target names left the bar too narrow for its text at 1400x900, and more so in German.
QWidget* CandidatesPanel::createGaugeBox()
{
    auto* box = new QWidget(this);
    auto* layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const SizeTarget& target : sizeTargets())
        m_target->addItem(target.name);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(12);
    m_target->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_budget->setPlaceholderText(tr("Budget, e.g. 800 MB"));
    m_budget->setClearButtonEnabled(true);
    m_gauge->setRange(0, 1000);
    m_gauge->setTextVisible(false);
    m_gauge->setMaximumHeight(m_gauge->fontMetrics().height());
    m_gaugeLabel->setObjectName(QStringLiteral("gaugeLabel"));
    m_gaugeLabel->setWordWrap(true);
    m_gaugeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* targetLabel = new QLabel(tr("Target:"), box);
    targetLabel->setBuddy(m_target);
    layout->addWidget(targetLabel, 0, 0);
    layout->addWidget(m_target, 0, 1);
    layout->addWidget(m_budget, 1, 1);
    layout->addWidget(m_gaugeLabel, 2, 0, 1, 2);
    layout->addWidget(m_gauge, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    return box;
}

QSize CandidatesPanel::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    return { std::max(hint.width(), fontMetrics().averageCharWidth() * 64), hint.height() };
}

bool CandidatesPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// The numbers take what they need; the Candidate column the rest, but never less than half the width (then the
// view scrolls sideways): a stretched column in a narrow dock shrank to its checkbox.
void CandidatesPanel::fitColumns()
{
    const QHeaderView* header = m_view->header();
    int numbers = 0;
    for (int column = 1; column < CandidatesModel::ColumnCount; ++column)
        numbers += header->sectionSize(column);
    const int available = m_view->viewport()->width();
    m_view->setColumnWidth(CandidatesModel::TitleColumn, std::max(available - numbers, available / 2));
}

void CandidatesPanel::setResult(std::shared_ptr<const AnalysisResult> result, BundleTreePtr tree)
{
    m_model->setResult(result, tree);
    m_readErrors->setErrors(result ? result->errors : std::vector<Error>());
    m_slim->setCheckedIds(m_model->checkedIds());
    m_slim->setBundle(std::move(tree), std::move(result)); // may load the remembered verification
    m_view->expandAll();
    m_details->clear();
    fitColumns();
}

QString CandidatesPanel::headlineText() const
{
    return m_headline->text();
}

QString CandidatesPanel::detailsText() const
{
    return m_details->toPlainText();
}

QString CandidatesPanel::gaugeText() const
{
    return m_gaugeLabel->text();
}

int CandidatesPanel::gaugeValue() const
{
    return m_gauge->value();
}

quint64 CandidatesPanel::targetBytes() const
{
    if (m_budgetBytes > 0)
        return m_budgetBytes;
    const QList<SizeTarget> targets = sizeTargets();
    const int index = std::clamp(m_target->currentIndex(), 0, int(targets.size()) - 1);
    return targets[index].high;
}

bool CandidatesPanel::setBudget(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_budgetBytes = 0;
    } else {
        const std::optional<quint64> bytes = SizeFormat::parse(text);
        if (!bytes || *bytes == 0)
            return false;
        m_budgetBytes = *bytes;
    }
    m_budget->setText(text);
    updateGauge();
    return true;
}

void CandidatesPanel::setTargetIndex(int index)
{
    m_target->setCurrentIndex(index);
}

void CandidatesPanel::onBudgetEdited()
{
    if (!setBudget(m_budget->text()))
        m_budget->setToolTip(tr("Not a size: use for example 800 MB, 1.5 GiB or 2g."));
    else
        m_budget->setToolTip(QString());
}

void CandidatesPanel::updatePotential()
{
    const Potential potential = m_model->checkedPotential();
    m_bytesAfter = potential.bytesAfter;
    if (!m_model->result()) {
        m_headline->setText(tr("No analysis yet."));
    } else {
        // Beside a verified saving the static one says what it is.
        const QString format
            = m_verdicts->slimResult() ? tr("Potential (unverified): %1 -> %2 (%3)") : tr("Potential: %1 -> %2 (%3)");
        m_headline->setText(
            // The sign comes with the number: nothing to save reads "(0.0%)", never "(-0.0%)", in every locale.
            format.arg(SizeFormat::format(potential.bytesBefore), SizeFormat::format(potential.bytesAfter),
                SizeFormat::percent(-potential.fraction())));
    }
    m_specButton->setEnabled(!m_model->checkedIds().isEmpty());
    updateGauge();
}

void CandidatesPanel::updateGauge()
{
    const quint64 target = targetBytes();
    const double ratio = target ? double(m_bytesAfter) / double(target) : 0.0;
    m_gauge->setValue(int(std::min(ratio, 1.0) * 1000));
    const QString size = SizeFormat::format(m_bytesAfter);
    const QString limit = SizeFormat::format(target);
    const QString text = m_bytesAfter <= target
        ? tr("%1 of %2: within target").arg(size, limit)
        : tr("%1 of %2: %3 over").arg(size, limit, SizeFormat::format(m_bytesAfter - target));
    m_gaugeLabel->setText(text);
    m_gauge->setFormat(text);
    m_gauge->setAccessibleName(text);
}

void CandidatesPanel::onCurrentChanged()
{
    const Candidate* candidate = showDetails();
    if (!candidate)
        return;
    QSet<NodeId> files;
    for (const Candidate::FileSaving& file : candidate->files)
        files.insert(file.node);
    if (candidate->keep != InvalidNode)
        files.insert(candidate->keep);
    Q_EMIT candidateSelected(files);
}

const Candidate* CandidatesPanel::showDetails()
{
    const QModelIndex source = m_verdicts->mapToSource(m_proxy->mapToSource(m_view->currentIndex()));
    const Candidate* candidate = m_model->candidate(m_model->index(source.row(), 0, source.parent()));
    if (!candidate) {
        m_details->clear();
        return nullptr;
    }
    // The verdict first: after a verification it is what the user selected the row for.
    QString html = QStringLiteral("<h3>%1</h3>").arg(candidate->title.toHtmlEscaped()) + verdictHtml(candidate->id)
        + QStringLiteral("<p>%1</p><p><b>%2</b></p><pre>%3</pre>")
              .arg(candidate->why.toHtmlEscaped(), tr("What to do").toHtmlEscaped(), candidate->action.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Saves %1 of %2 · confidence: %3 · %n file(s)", nullptr, int(candidate->files.size()))
                         .arg(SizeFormat::format(candidate->saving), SizeFormat::format(candidate->bytes),
                             CandidatesModel::confidenceText(candidate->confidence))
                         .toHtmlEscaped());
    m_details->setHtml(html);
    return candidate;
}

SlimResultPtr CandidatesPanel::slimResult() const
{
    return m_verdicts->slimResult();
}

void CandidatesPanel::onSlimResultChanged(const SlimResultPtr& result)
{
    m_verdicts->setSlimResult(result);
    updatePotential();
    showDetails(); // the details of the current candidate gain or lose their verdict
    Q_EMIT slimResultChanged(result);
}

// "Verified: can be removed" / "Breaks the app" with the evidence, for the details of a candidate.
QString CandidatesPanel::verdictHtml(const QString& candidateId) const
{
    const SlimItem* item = m_verdicts->item(candidateId);
    if (!item)
        return {};
    return QStringLiteral("<p><b>%1</b><br>%2</p>")
        .arg(SlimVerdictStyle::label(item->verdict).toHtmlEscaped(), item->evidence.toHtmlEscaped());
}

QString CandidatesPanel::specFragment() const
{
    if (!m_model->result() || !m_model->tree())
        return {};
    return SpecFragmentGenerator::generate(*m_model->tree(), m_model->result()->candidates, m_model->checkedSet());
}

void CandidatesPanel::showSpecFragment()
{
    const QString name = m_model->tree() ? m_model->tree()->name(0) : QString();
    auto* dialog = new SpecFragmentDialog(specFragment(), name + QStringLiteral("-bundlescope.py"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace BundleScope
