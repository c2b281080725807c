// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"
#include "treemap/squarifiedlayout.h"
#include "treemaprenderer.h"

#include <QFont>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace BundleScope {

class TreemapColoring;

// Runs treemap layout + rendering off the GUI thread for TreemapWidget (its parent and owner): one job at a time on
// a private one-thread pool, the latest request replacing any queued one, the finished frame kept until the next.
// Lives on the GUI thread; the job itself only sees the request's shared, immutable data.
class TreemapRenderController : public QObject {
    Q_OBJECT
public:
    struct Request {
        BundleTreePtr tree;
        NodeId root = InvalidNode;
        QSize pixelSize; // device pixels
        qreal devicePixelRatio = 1.0; // of the target widget; set on the frame's image so it paints at logical size
        SquarifiedLayout::SizeFunction size; // must be callable from the worker thread; empty: apparent size
        std::shared_ptr<const TreemapColoring> coloring;
        QFont font;
        bool relayout = true; // false: colours or fonts changed only, the current layout may be reused
    };
    struct Frame {
        std::shared_ptr<const TreemapLayout> layout;
        QImage image;
        BundleTreePtr tree; // what the layout's node ids refer to
    };

    explicit TreemapRenderController(QObject* parent = nullptr);
    ~TreemapRenderController() override;
    Q_DISABLE_COPY_MOVE(TreemapRenderController)

    void request(Request request);
    void clear(); // drops the frame and any queued request
    bool isBusy() const { return m_watcher.isRunning() || m_pending.has_value(); }
    const Frame& frame() const { return m_frame; }

    // The job, synchronous: what the benchmark and tests time. `reuse` is used when it matches the request.
    static Frame renderFrame(const Request& request, std::shared_ptr<const TreemapLayout> reuse);

Q_SIGNALS:
    void frameReady();

private:
    void start();
    void finished();

    QThreadPool m_pool;
    QFutureWatcher<Frame> m_watcher;
    std::optional<Request> m_pending;
    Frame m_frame;
    bool m_discardRunning = false;
};

} // namespace BundleScope
