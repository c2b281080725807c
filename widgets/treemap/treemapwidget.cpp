// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemapwidget.h"

#include "treemap/squarifiedlayout.h"
#include "treemapcoloring.h"
#include "treemaprendercontroller.h"
#include "treemaptooltip.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

namespace BundleScope {

namespace {

    constexpr int resizeDebounceMs = 60;

    TreemapColoring::Mode coloringMode(TreemapWidget::ColorMode mode)
    {
        switch (mode) {
        case TreemapWidget::ColorMode::Category:
            return TreemapColoring::Mode::Category;
        case TreemapWidget::ColorMode::Package:
            return TreemapColoring::Mode::Package;
        case TreemapWidget::ColorMode::Candidate:
            return TreemapColoring::Mode::Candidate;
        }
        return TreemapColoring::Mode::Category;
    }

} // namespace

TreemapWidget::TreemapWidget(QWidget* parent)
    : QWidget(parent)
    , m_controller(new TreemapRenderController(this))
    , m_renderTimer(new QTimer(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Treemap"));
    setAccessibleDescription(defaultDescription());
    m_renderTimer->setSingleShot(true);
    connect(m_renderTimer, &QTimer::timeout, this, &TreemapWidget::startRender);
    connect(m_controller, &TreemapRenderController::frameReady, this, &TreemapWidget::frameReady);
}

TreemapWidget::~TreemapWidget() = default;

void TreemapWidget::setTree(BundleTreePtr tree)
{
    m_tree = std::move(tree);
    m_root = m_tree ? m_tree->root() : InvalidNode;
    m_highlighted.clear();
    m_candidateColors.clear();
    m_hovered = InvalidNode;
    const bool hadSelection = m_selected != InvalidNode;
    m_selected = InvalidNode;
    m_controller->clear();
    updateAccessibleDescription();
    if (m_tree)
        scheduleRender(true, 0);
    update();
    if (hadSelection)
        Q_EMIT selectedNodeChanged(m_selected);
    Q_EMIT rootNodeChanged(m_root);
}

void TreemapWidget::setRootNode(NodeId node)
{
    if (!m_tree || !m_tree->isValid(node) || !m_tree->isDirectory(node) || node == m_root)
        return;
    m_root = node;
    scheduleRender(true, 0);
    Q_EMIT rootNodeChanged(m_root);
}

void TreemapWidget::setSelectedNode(NodeId node)
{
    if (!m_tree || !m_tree->isValid(node))
        node = InvalidNode;
    if (node == m_selected)
        return;
    m_selected = node;
    updateAccessibleDescription();
    update();
    Q_EMIT selectedNodeChanged(m_selected);
}

void TreemapWidget::setHighlightedNodes(QSet<NodeId> nodes)
{
    m_highlighted = std::move(nodes);
    update();
}

void TreemapWidget::setColorMode(ColorMode mode)
{
    if (mode == m_colorMode)
        return;
    m_colorMode = mode;
    scheduleRender(false, 0);
}

void TreemapWidget::setCandidateColors(QHash<NodeId, QColor> colors)
{
    m_candidateColors = std::move(colors);
    if (m_colorMode == ColorMode::Candidate)
        scheduleRender(false, 0);
}

void TreemapWidget::setSizeFunction(std::function<quint64(NodeId)> size)
{
    m_size = std::move(size);
    scheduleRender(true, 0);
}

void TreemapWidget::zoomIn(NodeId dir)
{
    setRootNode(dir);
}

void TreemapWidget::zoomOut()
{
    if (m_tree && m_tree->isValid(m_root) && m_root != m_tree->root())
        setRootNode(m_tree->parent(m_root));
}

NodeId TreemapWidget::nodeAt(QPoint pos) const
{
    const int index = tileIndexAt(pos);
    return index < 0 ? InvalidNode : m_controller->frame().layout->tile(index).node;
}

bool TreemapWidget::isRendering() const
{
    return m_renderTimer->isActive() || m_controller->isBusy();
}

QImage TreemapWidget::image() const
{
    return m_controller->frame().image;
}

std::shared_ptr<const TreemapLayout> TreemapWidget::treemapLayout() const
{
    const auto& frame = m_controller->frame();
    return frame.tree == m_tree ? frame.layout : nullptr;
}

QSize TreemapWidget::sizeHint() const
{
    return { 640, 400 };
}

QSize TreemapWidget::minimumSizeHint() const
{
    return { 120, 80 };
}

void TreemapWidget::scheduleRender(bool relayout, int delayMs)
{
    m_relayoutPending = m_relayoutPending || relayout;
    m_renderTimer->start(delayMs);
}

void TreemapWidget::startRender()
{
    if (!m_tree)
        return;
    TreemapRenderController::Request request;
    request.tree = m_tree;
    request.root = m_root;
    request.pixelSize = size() * devicePixelRatioF();
    request.devicePixelRatio = devicePixelRatioF();
    request.size = m_size;
    request.coloring = std::make_shared<const TreemapColoring>(m_tree, coloringMode(m_colorMode), m_candidateColors);
    request.font = font();
    if (request.font.pointSizeF() > 0) // labels are drawn in device pixels
        request.font.setPointSizeF(request.font.pointSizeF() * devicePixelRatioF());
    request.relayout = m_relayoutPending;
    m_relayoutPending = false;
    m_controller->request(std::move(request));
}

void TreemapWidget::frameReady()
{
    updateAccessibleDescription(); // the selected tile may only now be laid out
    update();
    if (!isRendering())
        Q_EMIT renderFinished();
}

int TreemapWidget::tileIndexAt(QPoint pos) const
{
    const auto& frame = m_controller->frame();
    if (!frame.layout || frame.tree != m_tree || width() <= 0 || height() <= 0)
        return -1;
    const QRectF bounds = frame.layout->bounds();
    const QPointF device((pos.x() + 0.5) * bounds.width() / width(), (pos.y() + 0.5) * bounds.height() / height());
    return frame.layout->tileAt(device + bounds.topLeft());
}

QRectF TreemapWidget::tileRectInWidget(int index) const
{
    const TreemapLayout& layout = *m_controller->frame().layout;
    const QRectF bounds = layout.bounds();
    const QRectF r = layout.tile(index).rect.translated(-bounds.topLeft());
    const double sx = width() / bounds.width();
    const double sy = height() / bounds.height();
    return { r.left() * sx, r.top() * sy, r.width() * sx, r.height() * sy };
}

NodeId TreemapWidget::zoomStepTowards(NodeId node) const
{
    if (!m_tree || !m_tree->isValid(node) || node == m_root)
        return InvalidNode;
    NodeId step = m_tree->isDirectory(node) ? node : m_tree->parent(node);
    while (step != m_root && step != m_tree->root() && m_tree->parent(step) != m_root)
        step = m_tree->parent(step);
    return step != m_root && m_tree->parent(step) == m_root ? step : InvalidNode;
}

quint64 TreemapWidget::sizeOf(NodeId node) const
{
    return m_size ? m_size(node) : SquarifiedLayout::apparentSize(*m_tree)(node);
}

QString TreemapWidget::describe(const TreemapTile& tile) const
{
    if (!m_tree || !m_tree->isValid(tile.node))
        return {};
    const bool small = tile.kind == TreemapTile::Kind::SmallFiles;
    const NodeId parent = small ? tile.node : m_tree->parent(tile.node);
    const quint64 parentBytes = m_tree->isValid(parent) ? sizeOf(parent) : 0;
    return TreemapToolTip::text(*m_tree, tile, parentBytes, sizeOf(m_tree->root()));
}

int TreemapWidget::tileOf(NodeId node) const
{
    const auto& frame = m_controller->frame();
    if (!m_tree || frame.tree != m_tree)
        return -1;
    return m_tileIndex.tileOf(frame.layout, *m_tree, node);
}

void TreemapWidget::setHovered(NodeId node)
{
    if (node == m_hovered)
        return;
    m_hovered = node;
    updateAccessibleDescription();
    Q_EMIT nodeHovered(node);
}

void TreemapWidget::updateAccessibleDescription()
{
    // The hovered tile, else the selected one: what a screen reader user would otherwise only see in the tool tip.
    const NodeId shown = m_hovered != InvalidNode ? m_hovered : m_selected;
    const int index = tileOf(shown);
    const QString description = index >= 0 ? describe(m_controller->frame().layout->tile(index)) : QString();
    const QString text = description.isEmpty() ? defaultDescription() : description;
    if (text == accessibleDescription())
        return;
    setAccessibleDescription(text);
    QAccessibleEvent accessibleEvent(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&accessibleEvent);
}

QString TreemapWidget::defaultDescription()
{
    return tr("Sizes of the files in the bundle as nested rectangles");
}

bool TreemapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = tileIndexAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QRect tileRect = tileRectInWidget(index).toAlignedRect();
        QToolTip::showText(help->globalPos(), describe(m_controller->frame().layout->tile(index)), this, tileRect);
        return true;
    }
    return QWidget::event(event);
}

void TreemapWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const auto& frame = m_controller->frame();
    if (frame.image.isNull() || frame.tree != m_tree) {
        painter.fillRect(rect(), palette().window());
        if (!m_tree) {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(rect(), Qt::AlignCenter, tr("No bundle loaded"));
        }
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, frame.image.size() != size() * devicePixelRatioF());
    painter.drawImage(QRectF(rect()), frame.image);
    paintOverlays(painter);
}

void TreemapWidget::paintOverlays(QPainter& painter) const
{
    const auto& frame = m_controller->frame();
    if (!frame.layout || !m_tree)
        return;
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor tint = highlight;
    tint.setAlpha(90);
    painter.setBrush(tint);
    painter.setPen(QPen(highlight, 1));
    for (NodeId node : std::as_const(m_highlighted)) {
        const int index = tileOf(node);
        if (index >= 0)
            painter.drawRect(tileRectInWidget(index).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    const int selected = tileOf(m_selected);
    if (selected >= 0) {
        const QRectF r = tileRectInWidget(selected);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::black, 3));
        painter.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawRect(r.adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

void TreemapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_tree)
        scheduleRender(true, resizeDebounceMs);
}

void TreemapWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (m_tree && (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange))
        scheduleRender(false, 0);
}

void TreemapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const NodeId node = nodeAt(event->position().toPoint());
    if (node != InvalidNode)
        setSelectedNode(node);
}

void TreemapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_tree)
        return QWidget::mouseDoubleClickEvent(event);
    const int index = tileIndexAt(event->position().toPoint());
    if (index < 0)
        return;
    const TreemapTile& tile = m_controller->frame().layout->tile(index);
    const NodeId node = tile.node;
    if (tile.kind == TreemapTile::Kind::Node && !m_tree->isDirectory(node))
        Q_EMIT nodeActivated(node);
    const NodeId step = zoomStepTowards(node);
    if (step != InvalidNode)
        zoomIn(step);
}

void TreemapWidget::mouseMoveEvent(QMouseEvent* event)
{
    setHovered(nodeAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void TreemapWidget::leaveEvent(QEvent* event)
{
    setHovered(InvalidNode);
    QWidget::leaveEvent(event);
}

void TreemapWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Backspace) {
        zoomOut();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_tree && m_tree->isValid(m_selected)) {
        if (m_tree->isDirectory(m_selected))
            zoomIn(m_selected);
        else
            Q_EMIT nodeActivated(m_selected);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace BundleScope
