// SPDX-License-Identifier: GPL-3.0-or-later
// `bundlescope report --estimate` twice on one folder, in two processes: the second reuses every sample from the
// estimate cache under $XDG_CACHE_HOME; a damaged cache file is ignored and rewritten.
#include "clirun.h"
#include "mixedbundle.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using BundleScope::Test::Run;
using BundleScope::Test::runBundlescope;

namespace {

struct Estimated {
    int samples = -1;
    int cached = -1;
    QJsonObject estimates;
};

// Runs the report with the estimator's debug line on ("estimated N samples, H cached, ...").
Estimated estimate(const QString& bundle)
{
    const Run run = runBundlescope({ QStringLiteral("report"), QStringLiteral("--estimate"), QStringLiteral("--format"),
        QStringLiteral("json"), bundle });
    Estimated result;
    if (run.exitCode != 0)
        return result;
    static const QRegularExpression line(QStringLiteral("estimated (\\d+) samples, (\\d+) cached"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(run.err));
    if (!match.hasMatch())
        return result;
    result.samples = match.captured(1).toInt();
    result.cached = match.captured(2).toInt();
    result.estimates = QJsonDocument::fromJson(run.out).object().value(u"estimates").toObject();
    return result;
}

QString cacheFile(const QString& cacheHome)
{
    QDirIterator it(cacheHome, { QStringLiteral("estimate-cache.bin") }, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

class TestCliReportCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void secondRunReusesCache();
    void damagedCacheRewritten();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    QString m_cacheHome;
};

void TestCliReportCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundle = m_dir.filePath(QStringLiteral("dist/app"));
    m_cacheHome = m_dir.filePath(QStringLiteral("cache"));
    QVERIFY(BundleScope::Test::MixedBundle::write(m_bundle, 4 * 1024 * 1024, 5));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cacheHome));
    qputenv("QT_LOGGING_RULES", "bundlescope.estimate.debug=true");
}

void TestCliReportCache::secondRunReusesCache()
{
    const Estimated first = estimate(m_bundle);
    QVERIFY(first.samples > 0);
    QVERIFY(first.cached < first.samples / 4);
    QVERIFY2(!cacheFile(m_cacheHome).isEmpty(), "no estimate-cache.bin under XDG_CACHE_HOME");
    const Estimated second = estimate(m_bundle);
    QCOMPARE(second.cached, second.samples);
    QCOMPARE(second.estimates, first.estimates);
    QVERIFY(first.estimates.value(u"tar.gz").toInteger() > 0);
}

void TestCliReportCache::damagedCacheRewritten()
{
    const QString file = cacheFile(m_cacheHome);
    QVERIFY(!file.isEmpty());
    QVERIFY(BundleScope::Test::writeFile(file, QByteArray("garbage, not a cache").repeated(100)));
    const Estimated afterDamage = estimate(m_bundle);
    QVERIFY(afterDamage.samples > 0);
    QVERIFY(afterDamage.cached < afterDamage.samples / 4);
    const Estimated again = estimate(m_bundle);
    QCOMPARE(again.cached, again.samples);
}

QTEST_GUILESS_MAIN(TestCliReportCache)
#include "tst_cli_reportcache.moc"
