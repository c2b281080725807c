// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace BundleScope {

// An optional part of a report contributed by later stages (candidates, potential, estimates): the JSON member it
// adds at the top level, and a table the text and Markdown writers print under a heading. Plain value, any thread.
struct ReportSection {
    QString key; // top-level JSON member ("candidates"); must not clash with the members of SCHEMA.md
    QJsonValue json; // its value
    QString title; // heading in text / Markdown output (translated)
    QString note; // optional paragraph under the heading (translated)
    QStringList columns; // table header; no table when empty
    QList<bool> rightAligned; // per column; missing entries mean left-aligned
    QList<QStringList> rows; // cells as displayed
};

} // namespace BundleScope
