// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanprogresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace BundleScope {

ScanProgressPanel::ScanProgressPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_current(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setMinimumWidth(200);
    m_busy->setRange(0, 0); // the total is unknown until the scan ends
    m_busy->setTextVisible(false);
    connect(m_cancel, &QPushButton::clicked, this, &ScanProgressPanel::cancelRequested);

    auto* column = new QVBoxLayout;
    column->addStretch();
    column->addWidget(m_title);
    column->addWidget(m_busy);
    column->addWidget(m_counts);
    column->addWidget(m_current);
    column->addWidget(m_cancel, 0, Qt::AlignLeft);
    column->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
}

void ScanProgressPanel::start(const QString& path)
{
    m_elapsed.start();
    m_title->setText(tr("Scanning %1").arg(path));
    m_counts->setText(tr("Starting…"));
    m_current->clear();
    m_cancel->setEnabled(true);
}

void ScanProgressPanel::setStatus(const QString& text)
{
    m_title->setText(text);
    m_cancel->setEnabled(false); // nothing to cancel until the scan starts
    m_counts->clear();
    m_current->clear();
}

void ScanProgressPanel::setProgress(const ScanProgress& progress)
{
    const QLocale locale;
    m_counts->setText(tr("%n file(s), %1 in %2 s", nullptr, int(std::min<quint64>(progress.files, INT_MAX)))
                          .arg(locale.formattedDataSize(qint64(progress.bytes), 1, QLocale::DataSizeIecFormat),
                              locale.toString(double(m_elapsed.elapsed()) / 1000.0, 'f', 1)));
    m_current->setText(
        m_current->fontMetrics().elidedText(progress.currentPath, Qt::ElideMiddle, std::max(200, m_current->width())));
    m_current->setToolTip(progress.currentPath);
}

QString ScanProgressPanel::countsText() const
{
    return m_counts->text();
}

} // namespace BundleScope
