// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/bundletree.h"
#include "treemap/squarifiedlayout.h"
#include "treemap/treemapcoloring.h"
#include "treemap/treemaplayout.h"
#include "treemap/treemaplegend.h"
#include "treemap/treemappalette.h"
#include "treemap/treemaprenderer.h"
#include "treemap/treemaptooltip.h"
#include "treemap/treemapwidget.h"
#include "treemapwidgettesting.h"

#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace BundleScope;
using Test::TreemapTestTrees;

namespace {

// root: lib/ (libtorch.so 6 MB, libc.so 2 MB), models/ (weights.bin 8 MB, tiny/ 3000 files of 300-303 bytes),
// app 1 MB. At 400 × 300 px, tiny/ gets ~6000 px² but each of its files only ~2 px²: one small-files tile.
BundleTreePtr sampleTree()
{
    std::vector<TreemapTestTrees::Spec> tiny;
    for (int i = 0; i < 3000; ++i)
        tiny.push_back(TreemapTestTrees::file(QByteArray("t") + QByteArray::number(i).rightJustified(5, '0'),
            300 + quint64(i % 4), Category::PythonSource));
    return TreemapTestTrees::build({
        TreemapTestTrees::file("app", 1000000, Category::Executable),
        TreemapTestTrees::dir("lib",
            { TreemapTestTrees::file("libc.so", 2000000, Category::NativeLibrary),
                TreemapTestTrees::file("libtorch.so", 6000000, Category::NativeLibrary) }),
        TreemapTestTrees::dir("models",
            { TreemapTestTrees::dir("tiny", std::move(tiny)),
                TreemapTestTrees::file("weights.bin", 8000000, Category::ModelWeights) }),
    });
}

// The centre of the widget-space rectangle of the tile that shows `node`.
QPoint centreOf(const TreemapWidget& widget, NodeId node)
{
    const auto layout = widget.treemapLayout();
    const int index = layout ? layout->tileFor(*widget.tree(), node) : -1;
    return index < 0 ? QPoint(-1, -1) : layout->tile(index).rect.center().toPoint();
}

int distinctColours(const QImage& image)
{
    std::set<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(rgb.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestTreemapWidget : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void rendersNonBlankImage();
    void clickSelectsNodeUnderPoint();
    void doubleClickZoomsIntoFolder();
    void backspaceZoomsOut();
    void smallFilesTileForManyTinyFiles();
    void candidateColoursPaintSubtrees();
    void hoverReportsNode();
    void resizeRelayouts();
    void rendersOnDarkPalette();
    void toolTipDescribesTile();
    void legendEntries();
    void packageColoursAreStable();
    void cushionLitFromTopLeft();

private:
    std::unique_ptr<TreemapWidget> m_widget;
    BundleTreePtr m_tree;
};

void TestTreemapWidget::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_tree = sampleTree();
    m_widget = std::make_unique<TreemapWidget>();
    m_widget->resize(400, 300);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setTree(m_tree);
    QVERIFY(Test::waitForRender(*m_widget));
    QVERIFY(m_widget->treemapLayout());
}

void TestTreemapWidget::cleanup()
{
    m_widget.reset();
}

void TestTreemapWidget::rendersNonBlankImage()
{
    QCOMPARE(m_widget->image().size(), QSize(400, 300));
    const QImage shot = m_widget->grab().toImage();
    QVERIFY2(distinctColours(shot) > 100, qPrintable(QString::number(distinctColours(shot))));
    QCOMPARE(m_widget->rootNode(), m_tree->root());
}

void TestTreemapWidget::clickSelectsNodeUnderPoint()
{
    QSignalSpy spy(m_widget.get(), &TreemapWidget::selectedNodeChanged);
    const NodeId weights = m_tree->findPath(u"models/weights.bin");
    const NodeId torch = m_tree->findPath(u"lib/libtorch.so");
    for (NodeId node : { weights, torch }) {
        const QPoint point = centreOf(*m_widget, node);
        QCOMPARE(m_widget->nodeAt(point), node);
        QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, point);
        QCOMPARE(spy.count(), node == weights ? 1 : 2);
        QCOMPARE(spy.last().at(0).value<NodeId>(), node);
        QCOMPARE(m_widget->selectedNode(), node);
    }
    // The selection outline is painted over the frame.
    const QImage withSelection = m_widget->grab().toImage();
    m_widget->setSelectedNode(InvalidNode);
    QVERIFY(withSelection != m_widget->grab().toImage());
}

void TestTreemapWidget::doubleClickZoomsIntoFolder()
{
    QSignalSpy rootSpy(m_widget.get(), &TreemapWidget::rootNodeChanged);
    QSignalSpy activatedSpy(m_widget.get(), &TreemapWidget::nodeActivated);
    const NodeId lib = m_tree->findPath(u"lib");
    const NodeId libc = m_tree->findPath(u"lib/libc.so");
    const QPoint point = centreOf(*m_widget, libc);
    QCOMPARE(m_widget->nodeAt(point), libc);
    QTest::mouseDClick(m_widget.get(), Qt::LeftButton, {}, point);
    QCOMPARE(m_widget->rootNode(), lib);
    QCOMPARE(rootSpy.count(), 1);
    QCOMPARE(rootSpy.at(0).at(0).value<NodeId>(), lib);
    QCOMPARE(activatedSpy.count(), 1);
    QCOMPARE(activatedSpy.at(0).at(0).value<NodeId>(), libc);
    QVERIFY(Test::waitForRender(*m_widget));
    // Now lib fills the whole map: libc.so takes a quarter of it.
    QCOMPARE(m_widget->treemapLayout()->rootNode(), lib);
    QCOMPARE(m_widget->nodeAt(QPoint(200, 150)), m_tree->findPath(u"lib/libtorch.so"));
    std::set<NodeId> seen;
    for (int y = 5; y < 300; y += 20)
        for (int x = 5; x < 400; x += 20)
            seen.insert(m_widget->nodeAt(QPoint(x, y)));
    QCOMPARE(seen, (std::set<NodeId> { libc, m_tree->findPath(u"lib/libtorch.so") }));
}

void TestTreemapWidget::backspaceZoomsOut()
{
    const NodeId models = m_tree->findPath(u"models");
    const NodeId tiny = m_tree->findPath(u"models/tiny");
    m_widget->zoomIn(tiny);
    QCOMPARE(m_widget->rootNode(), tiny);
    m_widget->zoomIn(m_tree->findPath(u"app")); // not a folder: ignored
    QCOMPARE(m_widget->rootNode(), tiny);
    QSignalSpy spy(m_widget.get(), &TreemapWidget::rootNodeChanged);
    QTest::keyClick(m_widget.get(), Qt::Key_Backspace);
    QCOMPARE(m_widget->rootNode(), models);
    QTest::keyClick(m_widget.get(), Qt::Key_Backspace);
    QCOMPARE(m_widget->rootNode(), m_tree->root());
    QTest::keyClick(m_widget.get(), Qt::Key_Backspace); // already at the top
    QCOMPARE(spy.count(), 2);
    QVERIFY(Test::waitForRender(*m_widget));
    QCOMPARE(m_widget->treemapLayout()->rootNode(), m_tree->root());
}

void TestTreemapWidget::smallFilesTileForManyTinyFiles()
{
    const auto layout = m_widget->treemapLayout();
    const NodeId tiny = m_tree->findPath(u"models/tiny");
    int smallTile = -1;
    for (int i = 0; i < layout->tileCount(); ++i) {
        if (layout->tile(i).kind == TreemapTile::Kind::SmallFiles)
            smallTile = i;
    }
    QVERIFY(smallTile >= 0);
    const TreemapTile& tile = layout->tile(smallTile);
    QCOMPARE(tile.node, tiny);
    QCOMPARE(tile.count, 3000u);
    QCOMPARE(tile.bytes, m_tree->size(tiny));
    // Drawn, in the neutral small-files grey, and clicking it selects the folder.
    const QPoint centre = tile.rect.center().toPoint();
    const QColor pixel = m_widget->image().pixelColor(centre);
    QVERIFY2(std::abs(pixel.red() - pixel.green()) < 8 && std::abs(pixel.green() - pixel.blue()) < 8,
        qPrintable(pixel.name()));
    QCOMPARE(m_widget->nodeAt(centre), tiny);
}

void TestTreemapWidget::candidateColoursPaintSubtrees()
{
    const NodeId lib = m_tree->findPath(u"lib");
    const QPoint torch = centreOf(*m_widget, m_tree->findPath(u"lib/libtorch.so"));
    const QPoint weights = centreOf(*m_widget, m_tree->findPath(u"models/weights.bin"));
    m_widget->setCandidateColors({ { lib, QColor(230, 20, 20) } });
    m_widget->setColorMode(TreemapWidget::ColorMode::Candidate);
    QVERIFY(Test::waitForRender(*m_widget));
    const QColor red = m_widget->image().pixelColor(torch);
    QVERIFY2(red.red() > red.green() + 100 && red.red() > red.blue() + 100, qPrintable(red.name()));
    const QColor other = m_widget->image().pixelColor(weights);
    QVERIFY2(std::abs(other.red() - other.green()) < 8, qPrintable(other.name()));

    m_widget->setColorMode(TreemapWidget::ColorMode::Package);
    QVERIFY(Test::waitForRender(*m_widget));
    QVERIFY(m_widget->image().pixelColor(torch) != red);
}

void TestTreemapWidget::hoverReportsNode()
{
    QSignalSpy spy(m_widget.get(), &TreemapWidget::nodeHovered);
    const NodeId weights = m_tree->findPath(u"models/weights.bin");
    const QPoint point = centreOf(*m_widget, weights);
    QMouseEvent move(
        QEvent::MouseMove, point, m_widget->mapToGlobal(point), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_widget.get(), &move);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<NodeId>(), weights);
    QVERIFY2(m_widget->accessibleDescription().contains(QStringLiteral("models/weights.bin")),
        qPrintable(m_widget->accessibleDescription()));
}

void TestTreemapWidget::resizeRelayouts()
{
    m_widget->resize(500, 220);
    QVERIFY(m_widget->isRendering());
    QVERIFY(Test::waitForRender(*m_widget));
    QCOMPARE(m_widget->image().size(), QSize(500, 220));
    QCOMPARE(m_widget->treemapLayout()->bounds(), QRectF(0, 0, 500, 220));
    const NodeId weights = m_tree->findPath(u"models/weights.bin");
    QCOMPARE(m_widget->nodeAt(centreOf(*m_widget, weights)), weights);
}

void TestTreemapWidget::rendersOnDarkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(60, 120, 220));
    m_widget->setPalette(dark);
    QVERIFY(Test::waitForRender(*m_widget));
    QVERIFY(distinctColours(m_widget->grab().toImage()) > 100);
    // No bundle: the placeholder is drawn on the palette's window colour.
    m_widget->setTree(nullptr);
    QCOMPARE(m_widget->nodeAt(QPoint(10, 10)), InvalidNode);
    QCOMPARE(m_widget->grab().toImage().pixelColor(2, 2), QColor(30, 30, 30));
}

void TestTreemapWidget::toolTipDescribesTile()
{
    const auto layout = m_widget->treemapLayout();
    const NodeId torch = m_tree->findPath(u"lib/libtorch.so");
    const TreemapTile& tile = layout->tile(layout->tileFor(*m_tree, torch));
    const QString text = TreemapToolTip::text(*m_tree, tile, m_tree->size(m_tree->parent(torch)), m_tree->totalSize());
    QVERIFY2(text.contains(QStringLiteral("lib/libtorch.so")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(6000000)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("75")), qPrintable(text)); // 6 of 8 MB of lib/
    QVERIFY2(text.contains(CategoryInfo::displayName(Category::NativeLibrary)), qPrintable(text));
}

void TestTreemapWidget::legendEntries()
{
    TreemapLegend legend;
    legend.showCategories();
    QCOMPARE(legend.entries().size(), qsizetype(CategoryCount)); // file categories + small files
    QCOMPARE(legend.entries().first().color, TreemapPalette::categoryColor(Category::Other));
    QVERIFY(legend.heightForWidth(100) > legend.heightForWidth(2000));
    legend.showTopPackages(*m_tree, 3);
    QVERIFY(!legend.entries().isEmpty());
    QVERIFY(legend.entries().size() <= 4);
}

void TestTreemapWidget::packageColoursAreStable()
{
    QCOMPARE(
        TreemapPalette::packageColor(QStringLiteral("torch")), TreemapPalette::packageColor(QStringLiteral("torch")));
    QVERIFY(
        TreemapPalette::packageColor(QStringLiteral("torch")) != TreemapPalette::packageColor(QStringLiteral("numpy")));
    const QColor c = TreemapPalette::packageColor(QStringLiteral("scipy"));
    QVERIFY(c.hsvSaturation() >= 110 && c.value() >= 190);
    QCOMPARE(TreemapPalette::textColorOn(Qt::black), QColor(Qt::white));
    QCOMPARE(TreemapPalette::textColorOn(Qt::white), QColor(Qt::black));
}

void TestTreemapWidget::cushionLitFromTopLeft()
{
    // One file filling 200 × 200: a single cushion, brightest a little up and left of the centre, dark at the rims.
    const BundleTreePtr tree = TreemapTestTrees::flat({ 1000 });
    const TreemapLayout layout = SquarifiedLayout(*tree).layout(tree->root(), QRectF(0, 0, 200, 200));
    TreemapRenderer::Options options;
    options.labels = false;
    const QImage image
        = TreemapRenderer::render(layout, *tree, TreemapColoring(tree, TreemapColoring::Mode::Category), options);
    QCOMPARE(image.size(), QSize(200, 200));
    QPoint brightest;
    int best = -1;
    for (int y = 0; y < 200; ++y) {
        for (int x = 0; x < 200; ++x) {
            const int value = qGray(image.pixel(x, y));
            if (value > best) {
                best = value;
                brightest = QPoint(x, y);
            }
        }
    }
    QVERIFY2(brightest.x() < 100 && brightest.y() < 100,
        qPrintable(QStringLiteral("%1,%2").arg(brightest.x()).arg(brightest.y())));
    QVERIFY2(brightest.x() > 60 && brightest.y() > 60,
        qPrintable(QStringLiteral("%1,%2").arg(brightest.x()).arg(brightest.y())));
    QVERIFY(qGray(image.pixel(199, 199)) < best - 60);
    QVERIFY(qGray(image.pixel(0, 100)) < best - 20);
}

QTEST_MAIN(TestTreemapWidget)
#include "tst_treemapwidget.moc"
