// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace BundleScope {

// A small key for the treemap's colours: coloured swatches with labels, flowing over as many lines as the width
// needs (height-for-width). Shows the category palette, the largest packages of a tree, or any list of entries
// (e.g. candidate colours). GUI thread; owned by its parent widget.
class TreemapLegend : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString label;
        QColor color;
    };

    explicit TreemapLegend(QWidget* parent = nullptr);

    void showCategories();
    // The `maxEntries` packages with the most bytes, largest first, then one "other" swatch.
    void showTopPackages(const BundleTree& tree, int maxEntries = 8);
    void setEntries(QList<Entry> entries);
    const QList<Entry>& entries() const { return m_entries; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Positions of each entry's swatch for a given width; the total height through `height`.
    QList<QRect> arrange(int width, int* height) const;

    QList<Entry> m_entries;
};

} // namespace BundleScope
