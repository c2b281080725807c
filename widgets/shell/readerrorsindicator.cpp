// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerrorsindicator.h"

#include <QSet>

namespace BundleScope {

ReadErrorsIndicator::ReadErrorsIndicator(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("readErrors"));
    hide();
}

void ReadErrorsIndicator::clear()
{
    m_analysis.clear();
    m_estimate.clear();
    refresh();
}

void ReadErrorsIndicator::setAnalysisErrors(std::vector<Error> errors)
{
    m_analysis = std::move(errors);
    refresh();
}

void ReadErrorsIndicator::setEstimateErrors(std::vector<Error> errors)
{
    m_estimate = std::move(errors);
    refresh();
}

int ReadErrorsIndicator::fileCount() const
{
    QSet<QString> paths;
    for (const auto* errors : { &m_analysis, &m_estimate }) {
        for (const Error& error : *errors)
            paths.insert(error.path);
    }
    return int(paths.size());
}

void ReadErrorsIndicator::refresh()
{
    const int files = fileCount();
    setVisible(files > 0);
    if (files == 0) {
        setText(QString());
        setToolTip(QString());
        return;
    }
    setText(tr("%n file(s) could not be read", nullptr, files));
    // The step says which figure is incomplete: the candidates (analysis) or the compressed size (estimate).
    QStringList lines;
    for (const Error& error : m_analysis)
        lines.append(tr("Analysis: %1: %2").arg(error.path, error.message));
    for (const Error& error : m_estimate)
        lines.append(tr("Estimate: %1: %2").arg(error.path, error.message));
    setToolTip(lines.join(u'\n'));
}

} // namespace BundleScope
