// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace BundleScope {

// A plain-text table with aligned columns for terminals and CI logs: a header, a dashed rule, then rows; columns are
// padded to their widest cell (in characters). A value; any thread.
class TextTable {
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    QString render(int indent = 2) const; // every line ends with '\n'

private:
    QString renderLine(const QStringList& cells, const QList<qsizetype>& widths, int indent) const;

    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace BundleScope
