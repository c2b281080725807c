// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bundletree.h"
#include "treemap/squarifiedlayout.h"
#include "treemaptesttrees.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace BundleScope;
using Test::TreemapTestTrees;
using Kind = TreemapTile::Kind;

namespace {

double area(const QRectF& r)
{
    return r.width() * r.height();
}

double aspect(const QRectF& r)
{
    return std::max(r.width() / r.height(), r.height() / r.width());
}

std::vector<int> childTiles(const TreemapLayout& layout, int parent)
{
    std::vector<int> children;
    const int end = int(layout.tile(parent).subtreeEnd);
    for (int i = parent + 1; i < end; i = int(layout.tile(i).subtreeEnd))
        children.push_back(i);
    return children;
}

std::vector<quint64> pseudoRandomSizes(int count, quint64 seed, quint64 minimum, quint64 range)
{
    std::vector<quint64> sizes;
    for (int i = 0; i < count; ++i) {
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        sizes.push_back(minimum + (seed >> 33) % range);
    }
    return sizes;
}

// Every parent is tiled exactly by its children: areas add up, nothing sticks out, siblings do not overlap.
void verifyTiling(const TreemapLayout& layout)
{
    for (int parent = 0; parent < layout.tileCount(); ++parent) {
        if (layout.isLeaf(parent))
            continue;
        const QRectF outer = layout.tile(parent).rect;
        const std::vector<int> children = childTiles(layout, parent);
        double sum = 0.0;
        for (std::size_t a = 0; a < children.size(); ++a) {
            const QRectF r = layout.tile(children[a]).rect;
            QVERIFY2(r.width() >= 0 && r.height() >= 0, qPrintable(QStringLiteral("negative tile %1").arg(a)));
            QVERIFY(r.left() >= outer.left() - 1e-9 && r.right() <= outer.right() + 1e-9);
            QVERIFY(r.top() >= outer.top() - 1e-9 && r.bottom() <= outer.bottom() + 1e-9);
            QCOMPARE(int(layout.tile(children[a]).depth), int(layout.tile(parent).depth) + 1);
            sum += area(r);
            for (std::size_t b = a + 1; b < children.size(); ++b) {
                const QRectF overlap = r.intersected(layout.tile(children[b]).rect);
                QVERIFY2(area(overlap) < 1e-6, qPrintable(QStringLiteral("tiles %1 and %2 overlap").arg(a).arg(b)));
            }
        }
        QVERIFY2(std::abs(sum - area(outer)) <= 1e-6 * area(outer),
            qPrintable(QStringLiteral("children cover %1 of %2").arg(sum).arg(area(outer))));
    }
}

} // namespace

class TestSquarifiedLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void childrenTileParent_data();
    void childrenTileParent();
    void areasProportionalToSizes();
    void aspectRatiosBeatSliceAndDice_data();
    void aspectRatiosBeatSliceAndDice();
    void smallFilesAreCulledIntoOneTile();
    void zeroSizeNodesGetNoTile();
    void zeroSizeRootIsOneTile();
    void singleChildFillsParent();
    void deepTreeStopsAtMaxDepth_data();
    void deepTreeStopsAtMaxDepth();
    void hitTestFindsDeepestTile_data();
    void hitTestFindsDeepestTile();
    void tileForFindsNodeOrAncestor();
    void cushionCoefficientsFollowRidges();
    void customSizeFunction();
    void deterministic();
};

void TestSquarifiedLayout::childrenTileParent_data()
{
    QTest::addColumn<BundleTreePtr>("tree");
    QTest::addColumn<QRectF>("bounds");
    QTest::addRow("one file") << TreemapTestTrees::flat({ 100 }) << QRectF(0, 0, 300, 200);
    QTest::addRow("two equal") << TreemapTestTrees::flat({ 50, 50 }) << QRectF(0, 0, 300, 200);
    QTest::addRow("descending") << TreemapTestTrees::flat({ 60, 30, 10 }) << QRectF(0, 0, 300, 200);
    QTest::addRow("paper example") << TreemapTestTrees::flat({ 6, 6, 4, 3, 2, 2, 1 }) << QRectF(0, 0, 300, 200);
    QTest::addRow("many, wide") << TreemapTestTrees::flat(pseudoRandomSizes(300, 7, 100, 10000))
                                << QRectF(10, 20, 1200, 90);
    QTest::addRow("many, tall") << TreemapTestTrees::flat(pseudoRandomSizes(300, 8, 100, 10000))
                                << QRectF(0, 0, 90, 1200);
    QTest::addRow("with culling") << TreemapTestTrees::flat(pseudoRandomSizes(2000, 9, 1, 100000))
                                  << QRectF(0, 0, 160, 100);
    QTest::addRow("nested") << TreemapTestTrees::random(4, 3, 12) << QRectF(0, 0, 800, 500);
}

void TestSquarifiedLayout::childrenTileParent()
{
    QFETCH(BundleTreePtr, tree);
    QFETCH(QRectF, bounds);
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), bounds);
    QVERIFY(!layout.isEmpty());
    QCOMPARE(layout.tile(0).rect, bounds);
    QCOMPARE(int(layout.tile(0).subtreeEnd), layout.tileCount());
    verifyTiling(layout);
}

void TestSquarifiedLayout::areasProportionalToSizes()
{
    const std::vector<quint64> sizes = pseudoRandomSizes(150, 3, 1000, 50000);
    const BundleTreePtr tree = TreemapTestTrees::flat(sizes);
    const QRectF bounds(0, 0, 1000, 700);
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), bounds);
    const double total = double(std::accumulate(sizes.begin(), sizes.end(), quint64(0)));
    QCOMPARE(layout.tileCount(), 1 + int(sizes.size())); // all large enough: nothing culled
    for (int i = 1; i < layout.tileCount(); ++i) {
        const TreemapTile& tile = layout.tile(i);
        QCOMPARE(tile.kind, Kind::Node);
        const quint64 size = sizes[tile.node - 1];
        QCOMPARE(tile.bytes, size);
        const double expected = double(size) / total * area(bounds);
        QVERIFY2(std::abs(area(tile.rect) - expected) <= 1.0,
            qPrintable(QStringLiteral("tile %1: %2 px² instead of %3").arg(i).arg(area(tile.rect)).arg(expected)));
    }
}

void TestSquarifiedLayout::aspectRatiosBeatSliceAndDice_data()
{
    QTest::addColumn<std::vector<quint64>>("sizes");
    QTest::addColumn<QRectF>("bounds");
    QTest::addRow("paper example") << std::vector<quint64> { 6, 6, 4, 3, 2, 2, 1 } << QRectF(0, 0, 600, 400);
    QTest::addRow("random 200") << pseudoRandomSizes(200, 11, 500, 100000) << QRectF(0, 0, 1600, 1000);
    QTest::addRow("one dominant") << std::vector<quint64> { 1000, 10, 10, 10, 10, 10, 10, 10 }
                                  << QRectF(0, 0, 800, 800);
}

void TestSquarifiedLayout::aspectRatiosBeatSliceAndDice()
{
    QFETCH(std::vector<quint64>, sizes);
    QFETCH(QRectF, bounds);
    const BundleTreePtr tree = TreemapTestTrees::flat(sizes);
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), bounds);
    double worst = 0.0;
    double mean = 0.0;
    for (int i = 1; i < layout.tileCount(); ++i) {
        worst = std::max(worst, aspect(layout.tile(i).rect));
        mean += aspect(layout.tile(i).rect) / (layout.tileCount() - 1);
    }
    // Slice-and-dice: one strip per child across the longer side, full height.
    const double total = double(std::accumulate(sizes.begin(), sizes.end(), quint64(0)));
    const double longer = std::max(bounds.width(), bounds.height());
    const double shorter = std::min(bounds.width(), bounds.height());
    double sliceWorst = 0.0;
    double sliceMean = 0.0;
    for (quint64 size : sizes) {
        const double a = aspect(QRectF(0, 0, longer * double(size) / total, shorter));
        sliceWorst = std::max(sliceWorst, a);
        sliceMean += a / double(sizes.size());
    }
    QVERIFY2(mean < sliceMean, qPrintable(QStringLiteral("mean %1 vs %2").arg(mean).arg(sliceMean)));
    QVERIFY2(worst < sliceWorst, qPrintable(QStringLiteral("worst %1 vs %2").arg(worst).arg(sliceWorst)));
    QVERIFY2(mean < 3.0, qPrintable(QStringLiteral("mean aspect ratio %1").arg(mean)));
}

void TestSquarifiedLayout::smallFilesAreCulledIntoOneTile()
{
    // One big file and 1000 files of 1 to 10 bytes in a 200 × 200 map: 40 000 px² for ~1 MB, so each tiny file
    // would get far less than 3 × 3 px.
    std::vector<quint64> sizes { 1000000 };
    for (int i = 0; i < 1000; ++i)
        sizes.push_back(1 + quint64(i % 10));
    sizes.push_back(20000); // 800 px²: kept
    const BundleTreePtr tree = TreemapTestTrees::flat(sizes);
    const QRectF bounds(0, 0, 200, 200);
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), bounds);
    verifyTiling(layout);

    const double total = double(std::accumulate(sizes.begin(), sizes.end(), quint64(0)));
    quint32 expectedCount = 0;
    quint64 expectedBytes = 0;
    for (quint64 size : sizes) {
        if (double(size) / total * area(bounds) < 9.0) {
            ++expectedCount;
            expectedBytes += size;
        }
    }
    QCOMPARE(expectedCount, 1000u);
    int smallTiles = 0;
    for (int i = 1; i < layout.tileCount(); ++i) {
        const TreemapTile& tile = layout.tile(i);
        if (tile.kind == Kind::SmallFiles) {
            ++smallTiles;
            QCOMPARE(tile.count, expectedCount);
            QCOMPARE(tile.bytes, expectedBytes);
            QCOMPARE(tile.node, tree->root());
            QVERIFY(layout.isLeaf(i));
        } else {
            QVERIFY2(area(tile.rect) >= 9.0 - 1e-9, qPrintable(QStringLiteral("tile %1 is too small").arg(i)));
        }
    }
    QCOMPARE(smallTiles, 1);
    QCOMPARE(layout.tileCount(), 1 + 2 + 1);
}

void TestSquarifiedLayout::zeroSizeNodesGetNoTile()
{
    const BundleTreePtr tree = TreemapTestTrees::build({
        TreemapTestTrees::file("a", 0),
        TreemapTestTrees::file("b", 300),
        TreemapTestTrees::dir("empty", { TreemapTestTrees::file("x", 0), TreemapTestTrees::file("y", 0) }),
        TreemapTestTrees::file("c", 100),
    });
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), QRectF(0, 0, 100, 100));
    verifyTiling(layout);
    QCOMPARE(layout.tileCount(), 3);
    for (int i = 1; i < layout.tileCount(); ++i) {
        QVERIFY(layout.tile(i).bytes > 0);
        QVERIFY(tree->name(layout.tile(i).node) == QLatin1String("b")
            || tree->name(layout.tile(i).node) == QLatin1String("c"));
    }
    QCOMPARE(area(layout.tile(1).rect), 7500.0);
}

void TestSquarifiedLayout::zeroSizeRootIsOneTile()
{
    const BundleTreePtr tree = TreemapTestTrees::flat({ 0, 0, 0 });
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), QRectF(0, 0, 50, 40));
    QCOMPARE(layout.tileCount(), 1);
    QCOMPARE(layout.nodeAt(QPointF(25, 20)), tree->root());
    QCOMPARE(layout.nodeAt(QPointF(50, 40)), tree->root()); // the far edge belongs to the map
    QCOMPARE(layout.nodeAt(QPointF(51, 20)), InvalidNode);
    QVERIFY(SquarifiedLayout(*tree).layout(tree->root(), QRectF()).isEmpty());
}

void TestSquarifiedLayout::singleChildFillsParent()
{
    const BundleTreePtr tree = TreemapTestTrees::build(
        { TreemapTestTrees::dir("only", { TreemapTestTrees::dir("inner", { TreemapTestTrees::file("f", 42) }) }) });
    const QRectF bounds(5, 5, 120, 80);
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), bounds);
    QCOMPARE(layout.tileCount(), 4);
    for (int i = 0; i < layout.tileCount(); ++i) {
        QCOMPARE(layout.tile(i).rect, bounds);
        QCOMPARE(layout.tile(i).depth, qint16(i));
        QCOMPARE(layout.tile(i).bytes, quint64(42));
    }
    QCOMPARE(tree->name(layout.nodeAt(QPointF(60, 40))), QStringLiteral("f"));
}

void TestSquarifiedLayout::deepTreeStopsAtMaxDepth_data()
{
    QTest::addColumn<int>("chainLength");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("expectedTiles");
    QTest::addRow("100 deep, default") << 100 << SquarifiedLayout::Options {}.maxDepth << 65;
    QTest::addRow("100 deep, max 3") << 100 << 3 << 4;
    QTest::addRow("10 deep, max 0") << 10 << 0 << 1;
    QTest::addRow("10 deep, max 64") << 10 << 64 << 11; // 10 folders and the file
}

void TestSquarifiedLayout::deepTreeStopsAtMaxDepth()
{
    QFETCH(int, chainLength);
    QFETCH(int, maxDepth);
    QFETCH(int, expectedTiles);
    // A chain of folders d/d/d/…/leaf.
    TreemapTestTrees::Spec level = TreemapTestTrees::file("leaf", 1000);
    for (int i = 0; i < chainLength - 1; ++i)
        level = TreemapTestTrees::dir("d", { std::move(level) });
    const BundleTreePtr tree = TreemapTestTrees::build({ std::move(level) });
    SquarifiedLayout::Options options;
    options.maxDepth = maxDepth;
    const TreemapLayout layout = SquarifiedLayout(*tree, {}, options).layout(tree->root(), QRectF(0, 0, 64, 64));
    QCOMPARE(layout.tileCount(), expectedTiles);
    QCOMPARE(int(layout.tile(layout.tileCount() - 1).depth), expectedTiles - 1);
    QVERIFY(layout.isLeaf(layout.tileCount() - 1));
    verifyTiling(layout);
}

void TestSquarifiedLayout::hitTestFindsDeepestTile_data()
{
    QTest::addColumn<BundleTreePtr>("tree");
    QTest::addColumn<QRectF>("bounds");
    QTest::addRow("nested") << TreemapTestTrees::random(5, 3, 20, 2) << QRectF(0, 0, 640, 400);
    QTest::addRow("offset bounds") << TreemapTestTrees::random(3, 2, 30, 3) << QRectF(33.5, 17.25, 300, 500);
    QTest::addRow("flat with culling") << TreemapTestTrees::flat(pseudoRandomSizes(3000, 4, 1, 1000000))
                                       << QRectF(0, 0, 200, 150);
}

void TestSquarifiedLayout::hitTestFindsDeepestTile()
{
    QFETCH(BundleTreePtr, tree);
    QFETCH(QRectF, bounds);
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), bounds);
    auto contains = [](const QRectF& r, QPointF p) {
        return p.x() >= r.left() && p.x() < r.right() && p.y() >= r.top() && p.y() < r.bottom();
    };
    int checked = 0;
    for (double y = bounds.top() + 0.3; y < bounds.bottom(); y += 3.7) {
        for (double x = bounds.left() + 0.1; x < bounds.right(); x += 4.3) {
            const QPointF p(x, y);
            // Brute force: the deepest tile containing p.
            int expected = -1;
            for (int i = 0; i < layout.tileCount(); ++i) {
                if (contains(layout.tile(i).rect, p)
                    && (expected < 0 || layout.tile(i).depth > layout.tile(expected).depth))
                    expected = i;
            }
            const int found = layout.tileAt(p);
            QCOMPARE(found, expected);
            QVERIFY(layout.isLeaf(found));
            QCOMPARE(layout.nodeAt(p), layout.tile(found).node);
            ++checked;
        }
    }
    QVERIFY(checked > 1000);
    QCOMPARE(layout.tileAt(bounds.topLeft() - QPointF(1, 1)), -1);
    QCOMPARE(layout.tileAt(bounds.bottomRight() + QPointF(0.5, 0)), -1);
    QVERIFY(layout.tileAt(bounds.bottomRight()) >= 0);
}

void TestSquarifiedLayout::tileForFindsNodeOrAncestor()
{
    const BundleTreePtr tree = TreemapTestTrees::random(3, 3, 40, 5);
    SquarifiedLayout::Options options;
    options.maxDepth = 2;
    const TreemapLayout layout = SquarifiedLayout(*tree, {}, options).layout(tree->root(), QRectF(0, 0, 300, 300));
    for (int i = 0; i < layout.tileCount(); ++i) {
        if (layout.tile(i).kind == Kind::Node)
            QCOMPARE(layout.tileFor(*tree, layout.tile(i).node), i);
    }
    // A file below the maximum depth maps to its depth-2 ancestor's tile.
    const NodeId deepFile = tree->nodeCount() - 1;
    QCOMPARE(tree->depth(deepFile), 4);
    const int index = layout.tileFor(*tree, deepFile);
    QVERIFY(index > 0);
    QCOMPARE(int(layout.tile(index).depth), 2);
    QCOMPARE(layout.tile(index).node, tree->parent(tree->parent(deepFile)));
    QCOMPARE(layout.parentTile(index), layout.tileFor(*tree, tree->parent(layout.tile(index).node)));
    QCOMPARE(layout.parentTile(0), -1);

    // Outside a zoomed-in root: not found.
    const NodeId firstFolder = *tree->children(tree->root()).begin();
    const NodeId secondFolder = firstFolder + 1;
    const TreemapLayout zoomed = SquarifiedLayout(*tree).layout(firstFolder, QRectF(0, 0, 100, 100));
    QCOMPARE(zoomed.tileFor(*tree, secondFolder), -1);
    QCOMPARE(zoomed.tileFor(*tree, tree->root()), -1);
    QCOMPARE(zoomed.tileFor(*tree, firstFolder), 0);
}

void TestSquarifiedLayout::cushionCoefficientsFollowRidges()
{
    // Root [0,200]×[0,100] with two equal files side by side: [0,100] and [100,200] (the row is the left column).
    const BundleTreePtr tree = TreemapTestTrees::flat({ 10, 10 });
    SquarifiedLayout::Options options;
    options.ridgeHeight = 0.5;
    options.ridgeScale = 0.75;
    const TreemapLayout layout = SquarifiedLayout(*tree, {}, options).layout(tree->root(), QRectF(0, 0, 200, 100));
    QCOMPARE(layout.tileCount(), 3);
    const TreemapTile& right = layout.tile(2);
    QCOMPARE(right.rect, QRectF(100, 0, 100, 100));
    // Ridge over [x1, x2] with height h adds -4h/(x2-x1) to x² and 4h(x1+x2)/(x2-x1) to x.
    const double h0 = 0.5;
    const double h1 = 0.375;
    QCOMPARE(right.cushion[0], float(-4 * h0 / 200 - 4 * h1 / 100));
    QCOMPARE(right.cushion[1], float(4 * h0 * 200 / 200 + 4 * h1 * 300 / 100));
    QCOMPARE(right.cushion[2], float(-4 * h0 / 100 - 4 * h1 / 100));
    QCOMPARE(right.cushion[3], float(4 * h0 * 100 / 100 + 4 * h1 * 100 / 100));
    // The surface of a leaf peaks inside its tile (x = -b / 2a).
    const double peakX = -double(right.cushion[1]) / (2 * double(right.cushion[0]));
    QVERIFY(peakX > right.rect.left() && peakX < right.rect.right());
}

void TestSquarifiedLayout::customSizeFunction()
{
    const BundleTreePtr tree = TreemapTestTrees::flat({ 100, 300 });
    // Inverted: the first file now counts three times as much as the second.
    const SquarifiedLayout::SizeFunction inverted = [&tree](NodeId id) -> quint64 {
        if (tree->isDirectory(id))
            return 400;
        return tree->size(id) == 100 ? 300 : 100;
    };
    const TreemapLayout layout = SquarifiedLayout(*tree, inverted).layout(tree->root(), QRectF(0, 0, 100, 100));
    QCOMPARE(layout.tileCount(), 3);
    QCOMPARE(layout.tile(1).node, NodeId(1));
    QCOMPARE(layout.tile(1).bytes, quint64(300));
    QCOMPARE(area(layout.tile(1).rect), 7500.0);
    QCOMPARE(layout.tile(0).bytes, quint64(400));
}

void TestSquarifiedLayout::deterministic()
{
    const BundleTreePtr tree = TreemapTestTrees::random(4, 3, 25, 9);
    const TreemapLayout a = SquarifiedLayout(*tree).layout(tree->root(), QRectF(0, 0, 700, 500));
    const TreemapLayout b = SquarifiedLayout(*tree).layout(tree->root(), QRectF(0, 0, 700, 500));
    QCOMPARE(a.tileCount(), b.tileCount());
    for (int i = 0; i < a.tileCount(); ++i) {
        QCOMPARE(a.tile(i).rect, b.tile(i).rect);
        QCOMPARE(a.tile(i).node, b.tile(i).node);
        QVERIFY(a.tile(i).cushion == b.tile(i).cushion);
    }
}

QTEST_GUILESS_MAIN(TestSquarifiedLayout)
#include "tst_squarifiedlayout.moc"
