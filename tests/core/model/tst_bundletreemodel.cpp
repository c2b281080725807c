// SPDX-License-Identifier: GPL-3.0-or-later
// BundleTreeModel: structure, roles, sorting (order, persistent indexes, speed) under QAbstractItemModelTester.
#include "common/sizeformat.h"
#include "model/bundletreebuilder.h"
#include "model/bundletreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace BundleScope;

namespace {

BundleTreeBuilder::Entry entry(const char* name, NodeKind kind, quint64 size = 0, Category category = Category::None)
{
    BundleTreeBuilder::Entry e;
    e.name = QByteArrayView(name);
    e.kind = kind;
    e.size = size;
    e.allocated = size;
    e.category = category;
    return e;
}

// app/ { Alpha.so 300, beta.py 100, data/ { x.bin 50, y.bin 700 }, zeta.txt 200 }
BundleTreePtr fixtureTree()
{
    BundleTreeBuilder builder(QStringLiteral("/tmp/app"), BundleTree::SourceKind::Folder);
    const BundleTreeBuilder::Entry top[] = {
        entry("Alpha.so", NodeKind::File, 300, Category::NativeLibrary),
        entry("beta.py", NodeKind::File, 100, Category::PythonSource),
        entry("data", NodeKind::Directory),
        entry("zeta.txt", NodeKind::File, 200, Category::Docs),
    };
    const NodeId first = builder.addChildren(builder.root(), top);
    const BundleTreeBuilder::Entry data[] = {
        entry("x.bin", NodeKind::File, 50, Category::Data),
        entry("y.bin", NodeKind::File, 700, Category::ModelWeights),
    };
    builder.addChildren(first + 2, data);
    return builder.finish();
}

QStringList childNames(const BundleTreeModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, BundleTreeModel::NameColumn, parent).data().toString());
    return names;
}

} // namespace

class TestBundleTreeModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void structure()
    {
        BundleTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setTree(fixtureTree());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(BundleTreeModel::ColumnCount));
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("app"));
        QCOMPARE(
            model.index(0, BundleTreeModel::SizeColumn).data(BundleTreeModel::RawValueRole).toULongLong(), 1350ull);
        QCOMPARE(model.rowCount(root), 4);
        QCOMPARE(childNames(model, root),
            (QStringList { QStringLiteral("Alpha.so"), QStringLiteral("beta.py"), QStringLiteral("data"),
                QStringLiteral("zeta.txt") }));
        const QModelIndex data = model.index(2, 0, root);
        QCOMPARE(model.rowCount(data), 2);
        QCOMPARE(model.parent(model.index(1, 0, data)), data);
        QCOMPARE(model.index(1, BundleTreeModel::FilesColumn, root).data().toString(), QString());
        QCOMPARE(model.index(2, BundleTreeModel::FilesColumn, root).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, BundleTreeModel::CategoryColumn, root).data(BundleTreeModel::CategoryRole).toInt(),
            int(Category::NativeLibrary));
        QCOMPARE(model.index(2, 0, root).data(BundleTreeModel::KindRole).toInt(), int(NodeKind::Directory));
    }

    void openedLauncherReadsAsAFile()
    {
        // A one-folder bundle's launcher opened to show its PKG is a directory in the tree, but a file on disk: it
        // keeps its category and flags, and its tool tip says what expanding it shows.
        BundleTreeBuilder builder(QStringLiteral("/tmp/app"), BundleTree::SourceKind::Folder);
        BundleTreeBuilder::Entry launcher = entry("app", NodeKind::File, 4096, Category::Executable);
        launcher.flags = ExecutableBit;
        const BundleTreeBuilder::Entry top[] = { launcher, entry("data.bin", NodeKind::File, 10, Category::Data) };
        const NodeId id = builder.addChildren(builder.root(), top);
        builder.convertToContainer(id);
        const BundleTreeBuilder::Entry members[] = { entry("(bootloader)", NodeKind::File, 4000, Category::Executable),
            entry("PYZ-00.pyz", NodeKind::File, 96, Category::PythonBytecode) };
        builder.addChildren(id, members);
        BundleTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BundleTreePtr tree = builder.finish();
        model.setTree(tree);
        const QModelIndex index = model.indexForNode(id, BundleTreeModel::CategoryColumn);
        QCOMPARE(index.data(BundleTreeModel::KindRole).toInt(), int(NodeKind::Directory));
        QVERIFY(index.data(BundleTreeModel::FlagsRole).toUInt() & Expandable);
        QCOMPARE(index.data().toString(), CategoryInfo::displayName(Category::Executable));
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("launcher")),
            qPrintable(index.data(Qt::ToolTipRole).toString()));
        const QModelIndex plain = model.indexForNode(tree->findPath(QStringLiteral("data.bin")), 0);
        QVERIFY(!(plain.data(BundleTreeModel::FlagsRole).toUInt() & Expandable));
        QVERIFY(!plain.data(Qt::ToolTipRole).toString().contains(QStringLiteral("launcher")));
    }

    void roles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        QTest::addRow("size raw") << "data/y.bin" << int(BundleTreeModel::SizeColumn)
                                  << int(BundleTreeModel::RawValueRole) << QVariant(qulonglong(700));
        QTest::addRow("percent raw") << "data/x.bin" << int(BundleTreeModel::PercentColumn)
                                     << int(BundleTreeModel::RawValueRole) << QVariant(50.0 / 750.0);
        QTest::addRow("files raw dir") << "data" << int(BundleTreeModel::FilesColumn)
                                       << int(BundleTreeModel::RawValueRole) << QVariant(uint(2));
        QTest::addRow("size display") << "data" << int(BundleTreeModel::SizeColumn) << int(Qt::DisplayRole)
                                      << QVariant(QLocale().formattedDataSize(750, 1, QLocale::DataSizeIecFormat));
        QTest::addRow("category display") << "beta.py" << int(BundleTreeModel::CategoryColumn) << int(Qt::DisplayRole)
                                          << QVariant(CategoryInfo::displayName(Category::PythonSource));
        QTest::addRow("tooltip exact bytes") << "Alpha.so" << int(BundleTreeModel::NameColumn) << int(Qt::ToolTipRole)
                                             << QVariant(QStringLiteral("Alpha.so\n300 bytes (300 bytes)"));
    }

    void roles()
    {
        QFETCH(QString, path);
        QFETCH(int, column);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        BundleTreeModel model;
        const BundleTreePtr tree = fixtureTree();
        model.setTree(tree);
        const NodeId id = tree->findPath(path);
        QVERIFY(id != InvalidNode);
        const QModelIndex index = model.indexForNode(id, column);
        QCOMPARE(model.nodeForIndex(index), id);
        QCOMPARE(index.data(BundleTreeModel::NodeIdRole).toUInt(), uint(id));
        if (role == Qt::ToolTipRole) {
            QVERIFY2(
                index.data(role).toString().contains(QLocale().toString(300)), qPrintable(index.data(role).toString()));
            QVERIFY(index.data(role).toString().startsWith(path));
        } else if (expected.typeId() == QMetaType::Double) {
            QVERIFY(qFuzzyCompare(index.data(role).toDouble(), expected.toDouble()));
        } else {
            QCOMPARE(index.data(role), expected);
        }
    }

    void sortOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("Alpha.so"), b = QStringLiteral("beta.py"), d = QStringLiteral("data"),
                      z = QStringLiteral("zeta.txt");
        QTest::addRow("natural") << -1 << Qt::AscendingOrder << QStringList { a, b, d, z };
        QTest::addRow("name asc") << int(BundleTreeModel::NameColumn) << Qt::AscendingOrder
                                  << QStringList { a, b, d, z };
        QTest::addRow("name desc") << int(BundleTreeModel::NameColumn) << Qt::DescendingOrder
                                   << QStringList { z, d, b, a };
        QTest::addRow("size asc") << int(BundleTreeModel::SizeColumn) << Qt::AscendingOrder
                                  << QStringList { b, z, a, d };
        QTest::addRow("size desc") << int(BundleTreeModel::SizeColumn) << Qt::DescendingOrder
                                   << QStringList { d, a, z, b };
        QTest::addRow("percent desc") << int(BundleTreeModel::PercentColumn) << Qt::DescendingOrder
                                      << QStringList { d, a, z, b };
        // Files: 1 for each file, 2 for data; ties keep the name order.
        QTest::addRow("files desc") << int(BundleTreeModel::FilesColumn) << Qt::DescendingOrder
                                    << QStringList { d, a, b, z };
    }

    void sortOrder()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        BundleTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTree(fixtureTree());
        model.sort(
            int(BundleTreeModel::SizeColumn), order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        model.sort(column, order);
        QCOMPARE(childNames(model, model.index(0, 0)), expected);
    }

    // Savings given per node show in the Saving column, sort it, and follow the tree (cleared by setTree).
    void savingsColumn()
    {
        BundleTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BundleTreePtr tree = fixtureTree();
        model.setTree(tree);
        model.sort(int(BundleTreeModel::SavingColumn), Qt::DescendingOrder);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        std::vector<quint64> savings(tree->nodeCount(), 0);
        savings[tree->findPath(u"beta.py")] = 90;
        savings[tree->findPath(u"zeta.txt")] = 20;
        savings[tree->root()] = 110;
        model.setSavings(savings);
        QCOMPARE(changed.count(), 1);
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(
            childNames(model, top).mid(0, 2), (QStringList { QStringLiteral("beta.py"), QStringLiteral("zeta.txt") }));
        const QModelIndex beta = model.indexForNode(tree->findPath(u"beta.py"), BundleTreeModel::SavingColumn);
        QCOMPARE(beta.data(BundleTreeModel::RawValueRole).toULongLong(), quint64(90));
        QVERIFY(!beta.data().toString().isEmpty());
        QVERIFY(
            model.indexForNode(tree->findPath(u"Alpha.so"), BundleTreeModel::SavingColumn).data().toString().isEmpty());
        QCOMPARE(model.headerData(BundleTreeModel::SavingColumn, Qt::Horizontal).toString(), QStringLiteral("Saving"));
        model.setTree(tree);
        QCOMPARE(model.saving(tree->findPath(u"beta.py")), quint64(0));
    }

    void estimateColumns()
    {
        BundleTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BundleTreePtr tree = fixtureTree();
        model.setTree(tree);
        const NodeId y = tree->findPath(u"data/y.bin");
        QVERIFY(model.indexForNode(y, BundleTreeModel::EstimateColumn).data().toString().isEmpty());
        std::vector<quint64> estimates(tree->nodeCount(), 0);
        estimates[y] = 175; // 25% of 700
        model.setEstimates(estimates);
        QCOMPARE(
            model.indexForNode(y, BundleTreeModel::EstimateColumn).data(BundleTreeModel::RawValueRole).toULongLong(),
            quint64(175));
        QCOMPARE(
            model.indexForNode(y, BundleTreeModel::RatioColumn).data(BundleTreeModel::RawValueRole).toDouble(), 0.25);
        QCOMPARE(model.indexForNode(y, BundleTreeModel::RatioColumn).data().toString(), SizeFormat::percent(0.25));
        QCOMPARE(model.headerData(BundleTreeModel::EstimateColumn, Qt::Horizontal).toString(),
            QStringLiteral("Est. tar.gz"));
    }

    void flagsText_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<QString>("expected");
        QTest::addRow("none") << int(NoFlags) << QString();
        QTest::addRow("expandable") << int(Expandable) << QStringLiteral("expandable");
        QTest::addRow("two") << int(Compressed | HasError) << QStringLiteral("compressed, error");
    }

    void flagsText()
    {
        QFETCH(int, flags);
        QFETCH(QString, expected);
        QCOMPARE(BundleTreeModel::flagsText(quint8(flags)), expected);
    }

    void persistentIndexesFollowSort()
    {
        BundleTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const BundleTreePtr tree = fixtureTree();
        model.setTree(tree);
        const QPersistentModelIndex zeta(model.indexForNode(tree->findPath(u"zeta.txt"), 1));
        const QPersistentModelIndex y(model.indexForNode(tree->findPath(u"data/y.bin")));
        QCOMPARE(zeta.row(), 3);
        QCOMPARE(y.row(), 1);
        QSignalSpy about(&model, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::layoutChanged);
        model.sort(BundleTreeModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(about.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(zeta.row(), 2);
        QCOMPARE(zeta.column(), 1);
        QCOMPARE(model.nodeForIndex(zeta), tree->findPath(u"zeta.txt"));
        QCOMPARE(y.row(), 0);
        QCOMPARE(y.parent().row(), 0);
        model.sort(-1);
        QCOMPARE(zeta.row(), 3);
    }

    // A directory of 20,000 children with random sizes sorted by size and by name: must be interactive.
    void sortLargeDirectory()
    {
        BundleTreeBuilder builder(QStringLiteral("/tmp/big"), BundleTree::SourceKind::Folder);
        constexpr int count = 20000;
        std::vector<QByteArray> names;
        std::vector<BundleTreeBuilder::Entry> entries;
        names.reserve(count);
        QRandomGenerator random(7);
        for (int i = 0; i < count; ++i)
            names.push_back("file" + QByteArray::number(i).rightJustified(6, '0') + ".so");
        for (int i = 0; i < count; ++i)
            entries.push_back(entry(
                names[std::size_t(i)].constData(), NodeKind::File, random.bounded(1u << 30), Category::NativeLibrary));
        builder.addChildren(builder.root(), entries);
        const BundleTreePtr tree = builder.finish();
        BundleTreeModel model;
        model.setTree(tree);
        const QModelIndex root = model.index(0, 0);
        const QPersistentModelIndex tracked(model.index(12345, 0, root));
        for (const auto& [column, label] : { std::pair { int(BundleTreeModel::SizeColumn), "size" },
                 std::pair { int(BundleTreeModel::NameColumn), "name" } }) {
            QElapsedTimer timer;
            timer.start();
            model.sort(column, Qt::DescendingOrder);
            const QModelIndex firstRow = model.index(0, 0, root); // forces the lazy per-directory order
            const qint64 ms = timer.elapsed();
            qDebug("sorting 20000 children by %s took %lld ms", label, ms);
            QVERIFY(firstRow.isValid());
            QVERIFY2(ms < 1000, "sanity bound");
        }
        QCOMPARE(model.nodeForIndex(tracked), NodeId(12346));
        QCOMPARE(model.index(0, 0, root).data().toString(), QStringLiteral("file019999.so"));
        model.sort(BundleTreeModel::SizeColumn, Qt::DescendingOrder);
        quint64 previous = std::numeric_limits<quint64>::max();
        for (int row = 0; row < count; ++row) {
            const quint64 size = model.index(row, 1, root).data(BundleTreeModel::RawValueRole).toULongLong();
            QVERIFY(size <= previous);
            previous = size;
        }
    }
};

QTEST_GUILESS_MAIN(TestBundleTreeModel)
#include "tst_bundletreemodel.moc"
