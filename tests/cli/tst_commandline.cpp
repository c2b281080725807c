// SPDX-License-Identifier: GPL-3.0-or-later
// CommandLine: which argument lists are headless commands, and the command list itself.
#include "commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <vector>

using namespace BundleScope;

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void wantsCommandLine_data();
    void wantsCommandLine();
    void commandList();
};

void TestCommandLine::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("headless");
    QTest::addRow("no arguments: GUI") << QStringList {} << false;
    QTest::addRow("a path: GUI opens it") << QStringList { QStringLiteral("/tmp/dist/app") } << false;
    QTest::addRow("report") << QStringList { QStringLiteral("report"), QStringLiteral("x") } << true;
    QTest::addRow("help") << QStringList { QStringLiteral("help") } << true;
    QTest::addRow("--help") << QStringList { QStringLiteral("--help") } << true;
    QTest::addRow("-h") << QStringList { QStringLiteral("-h") } << true;
    QTest::addRow("--version") << QStringList { QStringLiteral("--version") } << true;
    QTest::addRow("command name is case-sensitive") << QStringList { QStringLiteral("Report") } << false;
}

void TestCommandLine::wantsCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, headless);
    std::vector<QByteArray> storage { QByteArray("bundlescope") };
    for (const QString& argument : std::as_const(arguments))
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    QCOMPARE(CommandLine::wantsCommandLine(int(storage.size()), argv.data()), headless);
}

void TestCommandLine::commandList()
{
    QSet<QString> names;
    for (const auto& command : CommandLine::commands()) {
        QVERIFY(!command->name().isEmpty());
        QVERIFY(!command->summary().isEmpty());
        QVERIFY2(command->usage().startsWith(command->name()), qPrintable(command->usage()));
        QVERIFY2(!names.contains(command->name()), qPrintable(command->name()));
        names.insert(command->name());
        QCommandLineParser parser;
        command->addOptions(parser); // must not register clashing options (QCommandLineParser warns)
    }
    QVERIFY(names.contains(QStringLiteral("report")));
    QVERIFY(!names.contains(QStringLiteral("help"))); // built in, not a command object
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
