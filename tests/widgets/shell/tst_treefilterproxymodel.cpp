// SPDX-License-Identifier: GPL-3.0-or-later
// TreeFilterProxyModel over BundleTreeModel: recursive name / glob filtering, sorting forwarded to the source,
// icons and highlight tints, all under QAbstractItemModelTester.
#include "model/bundletreebuilder.h"
#include "model/bundletreemodel.h"
#include "table/treefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>

using namespace BundleScope;

namespace {

BundleTreeBuilder::Entry entry(const char* name, NodeKind kind, quint64 size = 0)
{
    BundleTreeBuilder::Entry e;
    e.name = QByteArrayView(name);
    e.kind = kind;
    e.size = size;
    e.category = kind == NodeKind::File ? Category::Other : Category::None;
    return e;
}

// app/ { torch/ { lib/ { libtorch_cpu.so 900, libc10.so 300 }, __init__.py 10 }, numpy/ { core.so 500 }, run 50 }
BundleTreePtr fixtureTree()
{
    BundleTreeBuilder builder(QStringLiteral("/tmp/app"), BundleTree::SourceKind::Folder);
    const BundleTreeBuilder::Entry top[] = { entry("numpy", NodeKind::Directory), entry("run", NodeKind::File, 50),
        entry("torch", NodeKind::Directory) };
    const NodeId numpy = builder.addChildren(builder.root(), top);
    const BundleTreeBuilder::Entry numpyFiles[] = { entry("core.so", NodeKind::File, 500) };
    builder.addChildren(numpy, numpyFiles);
    const BundleTreeBuilder::Entry torchFiles[]
        = { entry("__init__.py", NodeKind::File, 10), entry("lib", NodeKind::Directory) };
    const NodeId init = builder.addChildren(numpy + 2, torchFiles);
    const BundleTreeBuilder::Entry libFiles[]
        = { entry("libc10.so", NodeKind::File, 300), entry("libtorch_cpu.so", NodeKind::File, 900) };
    builder.addChildren(init + 1, libFiles);
    return builder.finish();
}

// Names of all visible leaves, depth first.
QStringList visibleFiles(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (model.rowCount(index) == 0)
            names.append(index.data().toString());
        names += visibleFiles(model, index);
    }
    return names;
}

} // namespace

class TestTreeFilterProxyModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("empty") << QString()
                               << QStringList { QStringLiteral("core.so"), QStringLiteral("run"),
                                      QStringLiteral("__init__.py"), QStringLiteral("libc10.so"),
                                      QStringLiteral("libtorch_cpu.so") };
        QTest::addRow("substring, case-insensitive")
            << QStringLiteral("TORCH") << QStringList { QStringLiteral("libtorch_cpu.so") };
        QTest::addRow("glob") << QStringLiteral("*.so")
                              << QStringList { QStringLiteral("core.so"), QStringLiteral("libc10.so"),
                                     QStringLiteral("libtorch_cpu.so") };
        QTest::addRow("glob, unanchored like the substring") << QStringLiteral(
            "lib*.so") << QStringList { QStringLiteral("libc10.so"), QStringLiteral("libtorch_cpu.so") };
        QTest::addRow("no match") << QStringLiteral("zzz") << QStringList {};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        BundleTreeModel source;
        TreeFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.setTree(fixtureTree());
        proxy.setFilterText(text);
        QStringList names = visibleFiles(proxy);
        if (expected.isEmpty())
            names.removeAll(QStringLiteral("app")); // the bundle folder without matches shows as a leaf
        QCOMPARE(names, expected);
    }

    void sortIsForwardedToSource()
    {
        BundleTreeModel source;
        TreeFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.setTree(fixtureTree());
        proxy.sort(BundleTreeModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(source.sortColumn(), int(BundleTreeModel::SizeColumn));
        QCOMPARE(source.sortOrder(), Qt::DescendingOrder);
        const QModelIndex root = proxy.index(0, 0);
        QCOMPARE(proxy.index(0, 0, root).data().toString(), QStringLiteral("torch"));
        QCOMPARE(proxy.index(2, 0, root).data().toString(), QStringLiteral("run"));
    }

    void iconsAndHighlights()
    {
        BundleTreeModel source;
        TreeFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        const BundleTreePtr tree = fixtureTree();
        source.setTree(tree);
        const QModelIndex root = proxy.index(0, 0);
        const QModelIndex numpy = proxy.index(0, 0, root);
        const QModelIndex run = proxy.index(1, 0, root);
        QVERIFY(!numpy.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!run.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!run.data(Qt::BackgroundRole).isValid());
        proxy.setHighlightedNodes({ tree->findPath(u"run") });
        QVERIFY(run.data(Qt::BackgroundRole).isValid());
        QVERIFY(!numpy.data(Qt::BackgroundRole).isValid());
    }

    void openedLauncherHasAFileIcon()
    {
        // The launcher of a one-folder bundle, opened to show its PKG, must not read as a stray folder named like
        // the bundle: it gets a file's icon and can still be expanded.
        BundleTreeBuilder builder(QStringLiteral("/tmp/app"), BundleTree::SourceKind::Folder);
        const BundleTreeBuilder::Entry top[] = { entry("app", NodeKind::File, 50), entry("data", NodeKind::Directory),
            entry("x.bin", NodeKind::File, 5) };
        const NodeId launcher = builder.addChildren(builder.root(), top);
        builder.convertToContainer(launcher);
        const BundleTreeBuilder::Entry members[] = { entry("(bootloader)", NodeKind::File, 50) };
        builder.addChildren(launcher, members);
        BundleTreeModel source;
        TreeFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        source.setTree(builder.finish());
        const QModelIndex root = proxy.index(0, 0);
        const auto iconKey
            = [](const QModelIndex& index) { return index.data(Qt::DecorationRole).value<QIcon>().cacheKey(); };
        const QModelIndex opened = proxy.index(0, 0, root);
        const QModelIndex folder = proxy.index(1, 0, root);
        const QModelIndex file = proxy.index(2, 0, root);
        QCOMPARE(opened.data().toString(), QStringLiteral("app"));
        QCOMPARE(proxy.rowCount(opened), 1);
        QCOMPARE(iconKey(opened), iconKey(file));
        QVERIFY(iconKey(opened) != iconKey(folder));
    }
};

QTEST_MAIN(TestTreeFilterProxyModel)
#include "tst_treefilterproxymodel.moc"
