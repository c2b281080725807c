// SPDX-License-Identifier: GPL-3.0-or-later
// The treemap at a device pixel ratio of 2 (QT_SCALE_FACTOR=2): it renders one image in device pixels that carries
// the ratio (no 1x image scaled up), paints it 1:1, and maps logical mouse positions to the tile under them.
#include "model/bundletree.h"
#include "treemap/treemaplayout.h"
#include "treemap/treemapwidget.h"
#include "treemapwidgettesting.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace BundleScope;
using Test::TreemapTestTrees;

namespace {

constexpr qreal scale = 2.0;

} // namespace

class TestHiDpi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void imageHasDevicePixels();
    void paintsImageOneToOne();
    void logicalPointsHitTheRightTile_data();
    void logicalPointsHitTheRightTile();
    void clickAtLogicalPointSelects();

private:
    std::unique_ptr<TreemapWidget> m_widget;
    BundleTreePtr m_tree;
};

void TestHiDpi::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_tree = Test::smallTreemapTree();
    m_widget = std::make_unique<TreemapWidget>();
    m_widget->resize(400, 300);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QCOMPARE(m_widget->devicePixelRatioF(), scale); // else QT_SCALE_FACTOR did not take effect
    m_widget->setTree(m_tree);
    QVERIFY(Test::waitForRender(*m_widget));
    QVERIFY(m_widget->treemapLayout());
}

void TestHiDpi::cleanup()
{
    m_widget.reset();
}

void TestHiDpi::imageHasDevicePixels()
{
    const QImage image = m_widget->image();
    QCOMPARE(image.width(), m_widget->width() * 2);
    QCOMPARE(image.height(), m_widget->height() * 2);
    QCOMPARE(image.devicePixelRatio(), scale);
    QCOMPARE(image.deviceIndependentSize(), QSizeF(m_widget->size()));
    QCOMPARE(m_widget->treemapLayout()->bounds().size(), QSizeF(800, 600));
}

void TestHiDpi::paintsImageOneToOne()
{
    // Without selection or highlights the widget shows exactly the rendered frame: any scaling would blur pixels.
    const QPixmap shot = m_widget->grab();
    QCOMPARE(shot.devicePixelRatio(), scale);
    const QImage painted = shot.toImage().convertToFormat(QImage::Format_RGB32);
    QImage rendered = m_widget->image().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(painted.size(), rendered.size());
    rendered.setDevicePixelRatio(painted.devicePixelRatio());
    QVERIFY(painted == rendered);
}

void TestHiDpi::logicalPointsHitTheRightTile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("executable") << QStringLiteral("app");
    QTest::addRow("small library") << QStringLiteral("lib/libc.so");
    QTest::addRow("large library") << QStringLiteral("lib/libtorch.so");
    QTest::addRow("weights") << QStringLiteral("models/weights.bin");
}

void TestHiDpi::logicalPointsHitTheRightTile()
{
    QFETCH(QString, path);
    const NodeId node = m_tree->findPath(path);
    QVERIFY(node != InvalidNode);
    const auto layout = m_widget->treemapLayout();
    const int index = layout->tileFor(*m_tree, node);
    QVERIFY(index >= 0);
    const QRectF device = layout->tile(index).rect; // device pixels
    const QRectF logical(device.topLeft() / scale, device.size() / scale);
    // The centre and points just inside each corner, in logical coordinates.
    const QList<QPointF> points
        = { logical.center(), logical.topLeft() + QPointF(1, 1), logical.bottomRight() - QPointF(2, 2),
              logical.topRight() + QPointF(-2, 1), logical.bottomLeft() + QPointF(1, -2) };
    for (const QPointF& point : points)
        QCOMPARE(m_widget->nodeAt(point.toPoint()), node);
}

void TestHiDpi::clickAtLogicalPointSelects()
{
    const NodeId node = m_tree->findPath(QStringLiteral("lib/libc.so"));
    const auto layout = m_widget->treemapLayout();
    const QRectF device = layout->tile(layout->tileFor(*m_tree, node)).rect;
    const QPoint logical = (device.center() / scale).toPoint();
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, logical);
    QCOMPARE(m_widget->selectedNode(), node);
    // The same point taken as device pixels would land elsewhere: the mapping really divides by the ratio.
    QVERIFY(m_widget->nodeAt(device.center().toPoint()) != node);
}

int main(int argc, char* argv[])
{
    qputenv("QT_SCALE_FACTOR", "2"); // must precede QApplication
    QApplication app(argc, argv);
    TestHiDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hidpi.moc"
