// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaprendercontroller.h"

#include "treemapcoloring.h"

#include <QtConcurrent/QtConcurrentRun>

namespace BundleScope {

TreemapRenderController::TreemapRenderController(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Frame>::finished, this, &TreemapRenderController::finished);
}

TreemapRenderController::~TreemapRenderController()
{
    m_pending.reset();
    m_watcher.waitForFinished(); // a render takes tens of milliseconds; its data is shared, but the pool is ours
}

void TreemapRenderController::request(Request request)
{
    if (m_pending)
        request.relayout = request.relayout || m_pending->relayout;
    m_pending = std::move(request);
    if (!m_watcher.isRunning())
        start();
}

void TreemapRenderController::clear()
{
    m_pending.reset();
    m_frame = {};
    m_discardRunning = m_watcher.isRunning();
}

TreemapRenderController::Frame TreemapRenderController::renderFrame(
    const Request& request, std::shared_ptr<const TreemapLayout> reuse)
{
    Frame frame;
    frame.tree = request.tree;
    if (!request.tree || !request.coloring || request.pixelSize.isEmpty())
        return frame;
    const QRectF bounds(QPointF(0, 0), QSizeF(request.pixelSize));
    if (reuse && reuse->rootNode() == request.root && reuse->bounds() == bounds) {
        frame.layout = std::move(reuse);
    } else {
        const SquarifiedLayout layout(*request.tree, request.size);
        frame.layout = std::make_shared<const TreemapLayout>(layout.layout(request.root, bounds));
    }
    TreemapRenderer::Options options;
    options.font = request.font;
    frame.image = TreemapRenderer::render(*frame.layout, *request.tree, *request.coloring, options);
    frame.image.setDevicePixelRatio(request.devicePixelRatio); // after drawing: the renderer works in device pixels
    return frame;
}

void TreemapRenderController::start()
{
    if (!m_pending)
        return;
    Request request = std::move(*m_pending);
    m_pending.reset();
    std::shared_ptr<const TreemapLayout> reuse;
    if (!request.relayout && m_frame.tree == request.tree)
        reuse = m_frame.layout;
    m_discardRunning = false;
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [request = std::move(request), reuse = std::move(reuse)]() { return renderFrame(request, reuse); }));
}

void TreemapRenderController::finished()
{
    if (!m_discardRunning)
        m_frame = m_watcher.result();
    m_discardRunning = false;
    start();
    Q_EMIT frameReady();
}

} // namespace BundleScope
