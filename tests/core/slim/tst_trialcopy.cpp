// SPDX-License-Identifier: GPL-3.0-or-later
// The working copy: moving files aside and back by state, links for duplicates, the original never touched, the
// temporary folder removed, free space checked.
#include "slim/trialcopy.h"
#include "slimfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;
using namespace BundleScope::Test;

class TestTrialCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void appliesStatesAndRestores()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(QStringLiteral("app"));
        QVERIFY(writeFile(bundle + QStringLiteral("/_internal/a/x.bin"), "x"));
        QVERIFY(writeFile(bundle + QStringLiteral("/_internal/b/x.bin"), "x"));
        QVERIFY(writeFile(bundle + QStringLiteral("/_internal/tests/t.py"), "t"));
        const QStringList before = SlimFixture::fingerprint(bundle);
        QTemporaryDir temp;
        Result<std::unique_ptr<TrialCopy>> copy = TrialCopy::create(bundle, temp.path(), 1024);
        QVERIFY(copy);
        const QString root = (*copy)->root();
        QCOMPARE(SlimFixture::fingerprint(root), before);
        const SlimAction tests { QStringLiteral("_internal/tests/t.py"), {}, 1 };
        const SlimAction dup { QStringLiteral("_internal/b/x.bin"), QStringLiteral("../a/x.bin"), 1 };
        QVERIFY((*copy)->apply({ &tests, &dup }));
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/_internal/tests/t.py")));
        QVERIFY(QFileInfo(root + QStringLiteral("/_internal/b/x.bin")).isSymLink());
        QCOMPARE(readFile(root + QStringLiteral("/_internal/b/x.bin")), QByteArray("x"));
        QVERIFY((*copy)->apply({ &dup }));
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/_internal/tests/t.py")));
        QVERIFY(QFileInfo(root + QStringLiteral("/_internal/b/x.bin")).isSymLink());
        QVERIFY((*copy)->apply({}));
        QCOMPARE(SlimFixture::fingerprint(root), before);
        QCOMPARE(SlimFixture::fingerprint(bundle), before);
        const QString temporary = (*copy)->temporaryPath();
        QVERIFY(QFileInfo::exists(temporary));
        copy->reset();
        QVERIFY(!QFileInfo::exists(temporary));
        QVERIFY(QDir(temp.path()).isEmpty());
    }

    void appliesPermanently()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a/x.bin")), "x"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("b/x.bin")), "x"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("c.txt")), "c"));
        QVERIFY(TrialCopy::applyPermanently(dir.path(),
            { { QStringLiteral("c.txt"), {}, 1 }, { QStringLiteral("b/x.bin"), QStringLiteral("../a/x.bin"), 1 } }));
        QCOMPARE(relativeFiles(dir.path()), QStringList({ QStringLiteral("a/x.bin"), QStringLiteral("b/x.bin") }));
        QCOMPARE(
            QFileInfo(dir.filePath(QStringLiteral("b/x.bin"))).symLinkTarget(), dir.filePath(QLatin1String("a/x.bin")));
    }

    void refusesWithoutFreeSpace()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("app/x")), "x"));
        QTemporaryDir temp;
        const Result<std::unique_ptr<TrialCopy>> copy
            = TrialCopy::create(dir.filePath(QStringLiteral("app")), temp.path(), quint64(1) << 62);
        QVERIFY(!copy);
        QCOMPARE(copy.error().code, Error::Code::TooLarge);
        QVERIFY(QDir(temp.path()).isEmpty());
    }

    void missingFileIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("app/x")), "x"));
        QTemporaryDir temp;
        Result<std::unique_ptr<TrialCopy>> copy
            = TrialCopy::create(dir.filePath(QStringLiteral("app")), temp.path(), 1);
        QVERIFY(copy);
        const SlimAction gone { QStringLiteral("not-there"), {}, 0 };
        const Result<void> applied = (*copy)->apply({ &gone });
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestTrialCopy)
#include "tst_trialcopy.moc"
