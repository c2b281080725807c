// SPDX-License-Identifier: GPL-3.0-or-later
// PythonStdlib against CPython's own list (sys.stdlib_module_names of python3 on PATH, 3.11 in CI): every name it
// gives is standard, and names around and between them are not. The table is a plain sorted array (clang cannot deduce
// a std::array of 300 QLatin1Strings), so its binary search is checked on every boundary.
#include "model/pythonstdlib.h"
#include "testsupport.h"

#include <QTest>

using namespace BundleScope;

class TestPythonStdlib : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("standard");
        QTest::addRow("first") << QStringLiteral("__future__") << true;
        QTest::addRow("last") << QStringLiteral("zoneinfo") << true;
        QTest::addRow("private") << QStringLiteral("_ssl") << true;
        QTest::addRow("json") << QStringLiteral("json") << true;
        QTest::addRow("removed later, still listed") << QStringLiteral("distutils") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("before the first") << QStringLiteral("_") << false;
        QTest::addRow("after the last") << QStringLiteral("zzz") << false;
        QTest::addRow("prefix of a name") << QStringLiteral("jso") << false;
        QTest::addRow("name plus a letter") << QStringLiteral("jsonx") << false;
        QTest::addRow("case matters") << QStringLiteral("JSON") << false;
        QTest::addRow("third party") << QStringLiteral("numpy") << false;
        QTest::addRow("non-Latin-1") << QStringLiteral("jsön") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, standard);
        QCOMPARE(PythonStdlib::isStandardModule(name), standard);
    }

    void everyNameOfCPython()
    {
        const Test::ToolRun run = Test::runTool(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import sys; print(sys.version_info[1], *sorted(sys.stdlib_module_names))") },
            QStringLiteral("python3 (3.10 or later)"));
        QVERIFY2(run.started && run.exitCode == 0, qPrintable(run.error + QString::fromUtf8(run.standardError)));
        QStringList names = QString::fromUtf8(run.standardOutput).split(u' ', Qt::SkipEmptyParts);
        QVERIFY(names.size() > 250);
        const int minor = names.takeFirst().toInt();
        QStringList missing;
        for (const QString& name : names) {
            if (!PythonStdlib::isStandardModule(name.trimmed()))
                missing.append(name.trimmed());
        }
        // Later Pythons add a few private modules (3.12: _wmi, 3.13: _interpchannels…); 3.11's list must be complete.
        QVERIFY2(missing.size() <= (minor <= 11 ? 0 : 12), qPrintable(missing.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestPythonStdlib)
#include "tst_pythonstdlib.moc"
