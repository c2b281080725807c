// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace BundleScope {

// Paints the "% of parent" cell as a bar behind the text, its length from the model's RawValueRole fraction.
// GUI thread; owned by the tree view it is set on.
class PercentBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PercentBarDelegate(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PercentBarDelegate)

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace BundleScope
