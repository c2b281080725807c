// SPDX-License-Identifier: GPL-3.0-or-later
// What assistive technology reads from the custom widgets, through QAccessible as a screen reader would: the treemap
// names the hovered (else the selected) item with its size, the legend says what its colours stand for, the
// breadcrumb names the shown folder, and the percent-bar column exposes its figure as text.
#include "model/bundletree.h"
#include "model/bundletreemodel.h"
#include "model/category.h"
#include "shell/breadcrumbbar.h"
#include "table/treetablepanel.h"
#include "treemap/treemaplayout.h"
#include "treemap/treemaplegend.h"
#include "treemap/treemapwidget.h"
#include "treemapwidgettesting.h"

#include <QAccessible>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace BundleScope;
using Test::TreemapTestTrees;

namespace {

QString accessibleText(QObject* object, QAccessible::Text role)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(role) : QStringLiteral("<no accessible interface>");
}

QPoint centreOf(const TreemapWidget& widget, NodeId node)
{
    const auto layout = widget.treemapLayout();
    const int index = layout ? layout->tileFor(*widget.tree(), node) : -1;
    return index < 0 ? QPoint(-1, -1) : layout->tile(index).rect.center().toPoint();
}

// Moves the pointer onto `pos` through a neighbouring point: Qt drops a move to where the cursor already is, and an
// earlier test function may have left it exactly there.
void hover(QWidget* widget, QPoint pos)
{
    QTest::mouseMove(widget, pos + QPoint(1, 1));
    QTest::mouseMove(widget, pos);
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void treemapReportsHoveredItem_data();
    void treemapReportsHoveredItem();
    void treemapReportsSelectedItemWhenNotHovering();
    void legendSaysWhatColoursMean();
    void breadcrumbNamesShownFolder();
    void percentBarColumnHasText();

private:
    std::unique_ptr<TreemapWidget> m_widget;
    BundleTreePtr m_tree;
};

void TestAccessibility::init()
{
    // The offscreen platform's notice about size hints of a shown top-level widget is the only warning allowed.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    m_tree = Test::smallTreemapTree();
    m_widget = std::make_unique<TreemapWidget>();
    m_widget->resize(400, 300);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    m_widget->setTree(m_tree);
    QVERIFY(Test::waitForRender(*m_widget));
}

void TestAccessibility::cleanup()
{
    m_widget.reset();
}

void TestAccessibility::treemapReportsHoveredItem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("size");
    QTest::addRow("library") << QStringLiteral("lib/libtorch.so") << QStringLiteral("5.7 MiB");
    QTest::addRow("weights") << QStringLiteral("models/weights.bin") << QStringLiteral("7.6 MiB");
    QTest::addRow("executable") << QStringLiteral("app") << QStringLiteral("976.6 KiB");
}

void TestAccessibility::treemapReportsHoveredItem()
{
    QFETCH(QString, path);
    QFETCH(QString, size);
    const QString idle = accessibleText(m_widget.get(), QAccessible::Description);
    QVERIFY(!idle.contains(path));
    QCOMPARE(accessibleText(m_widget.get(), QAccessible::Name), QStringLiteral("Treemap"));

    const NodeId node = m_tree->findPath(path);
    hover(m_widget.get(), centreOf(*m_widget, node));
    QCOMPARE(m_widget->selectedNode(), InvalidNode);
    const QString hovered = accessibleText(m_widget.get(), QAccessible::Description);
    QVERIFY2(hovered.contains(path), qPrintable(hovered));
    QVERIFY2(hovered.contains(size), qPrintable(hovered));

    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_widget.get(), &leave);
    QCOMPARE(accessibleText(m_widget.get(), QAccessible::Description), idle);
}

void TestAccessibility::treemapReportsSelectedItemWhenNotHovering()
{
    const NodeId weights = m_tree->findPath(QStringLiteral("models/weights.bin"));
    const NodeId app = m_tree->findPath(QStringLiteral("app"));
    QTest::mouseClick(m_widget.get(), Qt::LeftButton, {}, centreOf(*m_widget, weights));
    QCOMPARE(m_widget->selectedNode(), weights);
    hover(m_widget.get(), centreOf(*m_widget, app)); // hover wins while it lasts
    QVERIFY(accessibleText(m_widget.get(), QAccessible::Description).contains(QStringLiteral("app")));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(m_widget.get(), &leave);
    const QString selected = accessibleText(m_widget.get(), QAccessible::Description);
    QVERIFY2(selected.contains(QStringLiteral("weights.bin")), qPrintable(selected));
    m_widget->setSelectedNode(m_tree->findPath(QStringLiteral("lib")));
    QVERIFY(accessibleText(m_widget.get(), QAccessible::Description).contains(QStringLiteral("lib")));
}

void TestAccessibility::legendSaysWhatColoursMean()
{
    TreemapLegend legend;
    legend.showCategories();
    QCOMPARE(accessibleText(&legend, QAccessible::Name), QStringLiteral("Treemap legend"));
    const QString description = accessibleText(&legend, QAccessible::Description);
    for (Category category : { Category::NativeLibrary, Category::ModelWeights, Category::PythonSource })
        QVERIFY2(description.contains(CategoryInfo::displayName(category)), qPrintable(description));
    legend.showTopPackages(*m_tree);
    QVERIFY(accessibleText(&legend, QAccessible::Description) != description);
}

void TestAccessibility::breadcrumbNamesShownFolder()
{
    BreadcrumbBar bar;
    bar.setTree(m_tree);
    bar.setNode(m_tree->findPath(QStringLiteral("lib")));
    QCOMPARE(accessibleText(&bar, QAccessible::Name), QStringLiteral("Treemap location"));
    const QString description = accessibleText(&bar, QAccessible::Description);
    QVERIFY2(description.endsWith(QStringLiteral("/lib")), qPrintable(description));
}

void TestAccessibility::percentBarColumnHasText()
{
    TreeTablePanel panel;
    panel.resize(700, 300);
    panel.setTree(m_tree);
    // The accessible table reports laid-out rows only.
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView* view = panel.view();
    QAccessibleInterface* table = QAccessible::queryAccessibleInterface(view);
    QVERIFY(table && table->tableInterface());
    const QModelIndex root = view->model()->index(0, BundleTreeModel::PercentColumn);
    QVERIFY(root.isValid());
    QAccessibleInterface* cell = table->tableInterface()->cellAt(0, BundleTreeModel::PercentColumn);
    QVERIFY(cell);
    const QString text = cell->text(QAccessible::Name);
    QVERIFY2(text.contains(QLatin1Char('%')), qPrintable(text));
    QCOMPARE(text, root.data(Qt::DisplayRole).toString());
}

QTEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"
