// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QWidget>

class QHBoxLayout;

namespace BundleScope {

// The path of the treemap's current root as clickable segments: bundle › _internal › torch › lib.
// Clicking a segment reports its node (the treemap zooms there). GUI thread; owned by BundleView.
class BreadcrumbBar : public QWidget {
    Q_OBJECT
public:
    explicit BreadcrumbBar(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BreadcrumbBar)

    void setTree(BundleTreePtr tree);
    void setNode(NodeId id);
    NodeId node() const { return m_node; }
    QStringList segments() const; // texts of the segments, for tests

Q_SIGNALS:
    void nodeClicked(BundleScope::NodeId id);

private:
    void rebuild();
    BundleTreePtr m_tree;
    NodeId m_node = InvalidNode;
    QHBoxLayout* m_layout = nullptr;
};

} // namespace BundleScope
