// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers the treemap widget tests share (treemap, high-DPI, accessibility): a small tree of a launcher, two
// libraries and a weights file, and waiting for the asynchronous render.
#include "treemap/treemapwidget.h"
#include "treemaptesttrees.h"

#include <QSignalSpy>

namespace BundleScope::Test {

// root: app 1 MB, lib/ (libc.so 2 MB, libtorch.so 6 MB), models/ (weights.bin 8 MB).
inline BundleTreePtr smallTreemapTree()
{
    return TreemapTestTrees::build({
        TreemapTestTrees::file("app", 1000000, Category::Executable),
        TreemapTestTrees::dir("lib",
            { TreemapTestTrees::file("libc.so", 2000000, Category::NativeLibrary),
                TreemapTestTrees::file("libtorch.so", 6000000, Category::NativeLibrary) }),
        TreemapTestTrees::dir("models", { TreemapTestTrees::file("weights.bin", 8000000, Category::ModelWeights) }),
    });
}

// True once the widget shows a finished frame (at once when nothing is rendering).
inline bool waitForRender(TreemapWidget& widget)
{
    if (!widget.isRendering())
        return true;
    QSignalSpy spy(&widget, &TreemapWidget::renderFinished);
    return spy.wait(10000) && !widget.isRendering();
}

} // namespace BundleScope::Test
