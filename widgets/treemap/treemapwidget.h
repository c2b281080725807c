// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "treemaptileindex.h"

#include <QColor>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QTimer;

namespace BundleScope {

class TreemapLayout;
class TreemapRenderController;
struct TreemapTile;

// The treemap view of a BundleTree: a squarified, cushion-shaded treemap of the subtree below rootNode(), drawn as
// one QImage that a TreemapRenderController lays out and renders on a worker thread (resizes debounced by 60 ms);
// selection, highlights and hover are painted over it. Click selects, double-click zooms one level towards the
// clicked tile (and activates a file), Backspace zooms out. GUI thread; owned by its parent widget.
class TreemapWidget : public QWidget {
    Q_OBJECT
public:
    enum class ColorMode { Category, Package, Candidate };
    Q_ENUM(ColorMode)

    explicit TreemapWidget(QWidget* parent = nullptr);
    ~TreemapWidget() override;
    Q_DISABLE_COPY_MOVE(TreemapWidget)

    void setTree(BundleTreePtr tree); // resets root, selection, highlights and candidate colours
    BundleTreePtr tree() const { return m_tree; }
    void setRootNode(NodeId node); // a folder of the tree; anything else is ignored
    NodeId rootNode() const { return m_root; }
    void setSelectedNode(NodeId node);
    NodeId selectedNode() const { return m_selected; }
    void setHighlightedNodes(QSet<NodeId> nodes);
    QSet<NodeId> highlightedNodes() const { return m_highlighted; }
    void setColorMode(ColorMode mode);
    ColorMode colorMode() const { return m_colorMode; }
    void setCandidateColors(QHash<NodeId, QColor> colors); // used in ColorMode::Candidate; folders colour subtrees
    // Bytes per node (e.g. estimated compressed size). Called on the render thread: it must be thread-safe.
    void setSizeFunction(std::function<quint64(NodeId)> size);

    // The deepest node drawn at `pos` (widget coordinates); for an aggregated small-files tile, its folder.
    NodeId nodeAt(QPoint pos) const;
    // True while a layout/render is scheduled or running; renderFinished() follows.
    bool isRendering() const;
    QImage image() const; // the last rendered frame, without overlays
    // The layout of the last frame (device pixels); null before the first render.
    std::shared_ptr<const TreemapLayout> treemapLayout() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn(NodeId dir);
    void zoomOut();

Q_SIGNALS:
    void selectedNodeChanged(NodeId node);
    void rootNodeChanged(NodeId node);
    void nodeHovered(NodeId node); // InvalidNode when the pointer leaves
    void nodeActivated(NodeId node); // double-click (or Return) on a file
    void renderFinished();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void scheduleRender(bool relayout, int delayMs);
    void startRender();
    void frameReady();
    int tileIndexAt(QPoint pos) const;
    // The tile showing `node`, or its nearest ancestor that has one; -1 outside the current layout.
    int tileOf(NodeId node) const;
    QRectF tileRectInWidget(int index) const;
    NodeId zoomStepTowards(NodeId node) const;
    void setHovered(NodeId node);
    void updateAccessibleDescription(); // hovered item, else selected item, else defaultDescription()
    static QString defaultDescription();
    QString describe(const TreemapTile& tile) const;
    quint64 sizeOf(NodeId node) const;
    void paintOverlays(QPainter& painter) const;

    BundleTreePtr m_tree;
    NodeId m_root = InvalidNode;
    NodeId m_selected = InvalidNode;
    NodeId m_hovered = InvalidNode;
    QSet<NodeId> m_highlighted;
    ColorMode m_colorMode = ColorMode::Category;
    QHash<NodeId, QColor> m_candidateColors;
    std::function<quint64(NodeId)> m_size;
    TreemapRenderController* m_controller; // child
    QTimer* m_renderTimer; // child
    bool m_relayoutPending = false;
    mutable TreemapTileIndex m_tileIndex; // node -> tile of the frame's layout
};

} // namespace BundleScope
