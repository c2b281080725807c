// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/droppattern.h"
#include "analysis/specfragmentgenerator.h"
#include "analysisfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace BundleScope;

// The .spec fragment: content for each kind of candidate, only checked ones, and valid Python (checked with python3's
// ast module), plus the fnmatch-compatible DropPattern it builds on.
class TestSpecFragment : public QObject {
    Q_OBJECT

private:
    BundleTreePtr m_tree;
    std::vector<Candidate> m_candidates;

    Candidate make(Candidate::Kind kind, const QString& id, const QStringList& paths) const
    {
        Candidate candidate;
        candidate.kind = kind;
        candidate.id = id;
        candidate.title = id;
        candidate.action = QStringLiteral("do it for ") + id;
        for (const QString& path : paths) {
            const NodeId node = m_tree->findPath(path);
            candidate.files.push_back({ node, m_tree->size(node), kind != Candidate::Kind::StripDebug });
        }
        return candidate;
    }

    // Runs python3's parser over the text; the error text when it is not valid Python, empty when it is.
    static QString pythonSyntaxError(const QString& text)
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            return QStringLiteral("python3 not found: install python3 (apt-get install python3) to run this test");
        QProcess process;
        process.start(python, { QStringLiteral("-c"), QStringLiteral("import ast, sys; ast.parse(sys.stdin.read())") });
        process.write(text.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(20000))
            return QStringLiteral("python3 did not finish");
        if (process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tree = Test::buildTree({ { QStringLiteral("_internal/a/libx.so"), 1000 },
            { QStringLiteral("_internal/b/libx.so"), 1000 }, { QStringLiteral("_internal/torch/include/t.h"), 300 },
            { QStringLiteral("_internal/libz.so"), 700 }, { QStringLiteral("_internal/qwindows.dll"), 200 },
            { QStringLiteral("_internal/it's/odd\\name.txt"), 10 } });
        Candidate exclusion = make(Candidate::Kind::ExcludePackage, QStringLiteral("exclude_package:pytest"), {});
        exclusion.excludes = { QStringLiteral("pytest"), QStringLiteral("_pytest") };
        Candidate gpu = make(Candidate::Kind::GpuStack, QStringLiteral("gpu_stack:cuda"), {});
        gpu.excludes = { QStringLiteral("nvidia"), QStringLiteral("pytest") }; // overlap: listed once
        Candidate dev = make(Candidate::Kind::DevFiles, QStringLiteral("dev_files:headers:torch"),
            { QStringLiteral("_internal/torch/include/t.h") });
        dev.dropPatterns = { QStringLiteral("torch/*.h"), QStringLiteral("it's/odd\\name.txt") };
        Candidate strip = make(
            Candidate::Kind::StripDebug, QStringLiteral("strip_debug:elf"), { QStringLiteral("_internal/libz.so") });
        Candidate upx = make(Candidate::Kind::Upx, QStringLiteral("upx:pe"), { QStringLiteral("_internal/libz.so") });
        upx.upxExclude = { QStringLiteral("vcruntime140.dll") };
        Candidate upxOff
            = make(Candidate::Kind::Upx, QStringLiteral("upx:other"), { QStringLiteral("_internal/qwindows.dll") });
        Candidate duplicate = make(Candidate::Kind::Duplicate, QStringLiteral("duplicate:a/libx.so"),
            { QStringLiteral("_internal/b/libx.so") });
        duplicate.keep = m_tree->findPath(u"_internal/a/libx.so");
        Candidate model = make(Candidate::Kind::ModelPrecision, QStringLiteral("model_precision:fp16:m"), {});
        model.action = QStringLiteral("line one\nline two");
        Candidate unchecked = make(Candidate::Kind::ExcludePackage, QStringLiteral("exclude_package:pip"), {});
        unchecked.excludes = { QStringLiteral("pip") };
        m_candidates = { exclusion, gpu, dev, strip, upx, upxOff, duplicate, model, unchecked };
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void dropPattern_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("match");
        QTest::addRow("star crosses folders") << QStringLiteral("torch/*.h") << QStringLiteral("torch/a/b/c.h") << true;
        QTest::addRow("prefix must match") << QStringLiteral("torch/*.h") << QStringLiteral("xtorch/a.h") << false;
        QTest::addRow("suffix must match") << QStringLiteral("torch/*.h") << QStringLiteral("torch/a.hpp") << false;
        QTest::addRow("nested folder") << QStringLiteral("scipy/*/tests/*") << QStringLiteral("scipy/a/b/tests/t.py")
                                       << true;
        QTest::addRow("question mark") << QStringLiteral("lib?.so") << QStringLiteral("libz.so") << true;
        QTest::addRow("exact") << QStringLiteral("a/b.txt") << QStringLiteral("a/b.txt") << true;
        QTest::addRow("exact is case-sensitive") << QStringLiteral("a/B.txt") << QStringLiteral("a/b.txt") << false;
        QTest::addRow("empty pattern") << QString() << QStringLiteral("a") << false;
        QTest::addRow("star only") << QStringLiteral("*") << QString() << true;
        QTest::addRow("backtracking") << QStringLiteral("*a*b*c") << QStringLiteral("xaxbxbxc") << true;
    }

    void dropPattern()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, match);
        QCOMPARE(DropPattern::matches(pattern, path), match);
    }

    void pythonStrings()
    {
        QCOMPARE(DropPattern::pythonString(u"it's"), QStringLiteral("'it\\'s'"));
        QCOMPARE(DropPattern::pythonString(u"a\\b"), QStringLiteral("'a\\\\b'"));
        QCOMPARE(DropPattern::pythonString(u"a\nb"), QStringLiteral("'a\\nb'"));
    }

    void fragment()
    {
        const QSet<QString> checked { QStringLiteral("exclude_package:pytest"), QStringLiteral("gpu_stack:cuda"),
            QStringLiteral("dev_files:headers:torch"), QStringLiteral("strip_debug:elf"), QStringLiteral("upx:pe"),
            QStringLiteral("duplicate:a/libx.so"), QStringLiteral("model_precision:fp16:m") };
        const QString text = SpecFragmentGenerator::generate(*m_tree, m_candidates, checked);
        QVERIFY2(
            text.contains(QStringLiteral("bundlescope_excludes = [\n    '_pytest',\n    'nvidia',\n    'pytest',\n]")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("'pip'")));
        QVERIFY(text.contains(QStringLiteral("    'torch/*.h',\n")));
        QVERIFY(text.contains(QStringLiteral("a.datas = [e for e in a.datas if _bundlescope_keep(e)]")));
        QVERIFY(text.contains(QStringLiteral("a.binaries = [e for e in a.binaries if _bundlescope_keep(e)]")));
        QVERIFY(text.contains(QStringLiteral("bundlescope_strip = True")));
        QVERIFY(text.contains(QStringLiteral("bundlescope_upx = True")));
        // The unchecked UPX candidate's files and the checked one's own exclusions stay uncompressed.
        QVERIFY(text.contains(
            QStringLiteral("bundlescope_upx_exclude = [\n    'qwindows.dll',\n    'vcruntime140.dll',\n]")));
        QVERIFY(text.contains(QStringLiteral("('_internal/b/libx.so', '_internal/a/libx.so'),")));
        QVERIFY(text.contains(QStringLiteral("os.symlink(")));
        QVERIFY(text.contains(QStringLiteral("# - model_precision:fp16:m:\n#     line one\n# line two\n")));
        QVERIFY(text.startsWith(QStringLiteral("# BundleScope spec fragment for app: 7 change(s)")));
        QCOMPARE(pythonSyntaxError(text), QString());
    }

    void emptySelection()
    {
        const QString text = SpecFragmentGenerator::generate(*m_tree, m_candidates, {});
        QVERIFY(text.contains(QStringLiteral("0 change(s)")));
        QVERIFY(!text.contains(QStringLiteral("bundlescope_")));
        QCOMPARE(pythonSyntaxError(text), QString());
    }

    void onlyDropsIsRunnable()
    {
        // The filter alone must run against a PyInstaller-like `a` (lists of 3-tuples, OS separators).
        const QString text = DropPattern::filterSnippet({ QStringLiteral("torch/*.h"), QStringLiteral("x'y") });
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 not found: install python3 (apt-get install python3)");
        const QString script = QStringLiteral("class A: pass\na = A()\n"
                                              "a.datas = [('torch/include/t.h', '/s/t.h', 'DATA'), ('torch\\\\x.py', "
                                              "'/s/x.py', 'DATA'), ('x\\'y', '/s/xy', 'DATA')]\n"
                                              "a.binaries = [('torch\\\\lib\\\\q.h', '/s/q.h', 'BINARY')]\n")
            + text + QStringLiteral("print(len(a.datas), len(a.binaries), a.datas[0][0])\n");
        QProcess process;
        process.start(python, { QStringLiteral("-c"), script });
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("1 0 torch\\x.py"));
    }
};

QTEST_GUILESS_MAIN(TestSpecFragment)
#include "tst_specfragment.moc"
