// SPDX-License-Identifier: GPL-3.0-or-later
// ExportDialog offscreen on generated bundles: the format choice, candidate exclusions changing the preview, the
// format-limit refusal for an oversize plan, progress and cancel leaving no file, and an export whose archive holds
// exactly the planned entries.
#include "analysisfixture.h"
#include "common/sizeformat.h"
#include "estimate/estimatecontroller.h"
#include "export/exportcontroller.h"
#include "export/exportdialog.h"
#include "mixedbundle.h"
#include "testsupport.h"

#include <KTar>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

namespace {
// A reader for in-memory trees: nothing can be read (the limit check must refuse before any read).
class NoContentReader : public ContentReader {
public:
    std::unique_ptr<QIODevice> open(NodeId) const override { return nullptr; }
};

QByteArray pseudoRandom(int size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    quint32 state = seed;
    for (char& byte : out) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    return out;
}

// Every file and symlink path in a tar archive, relative to the archive root.
QStringList tarFiles(const KArchiveDirectory* directory, const QString& prefix = {})
{
    QStringList out;
    const QStringList names = directory->entries();
    for (const QString& name : names) {
        const KArchiveEntry* entry = directory->entry(name);
        if (entry->isDirectory())
            out += tarFiles(static_cast<const KArchiveDirectory*>(entry), prefix + name + u'/');
        else
            out += prefix + name;
    }
    out.sort();
    return out;
}

void chooseFormat(ExportDialog& dialog, ArchiveFormat format)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("format"));
    combo->setCurrentIndex(combo->findData(int(format)));
}

QPushButton* button(ExportDialog& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QLatin1String(name));
}
} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void formatChoice_data();
    void formatChoice();
    void exclusionsChangeThePreview();
    void oversizePlanRefused_data();
    void oversizePlanRefused();
    void cancelLeavesNoFile();
    void exportWritesThePlannedEntries();

private:
    QTemporaryDir m_dir;
    ScanResult m_small;
    std::vector<Candidate> m_candidates;
    QString m_excludedId;
};

void TestExportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString root = m_dir.filePath(QStringLiteral("myapp"));
    QVERIFY(Test::writeFile(root + QStringLiteral("/myapp"), pseudoRandom(40'000, 1)));
    QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/libcore.so"), pseudoRandom(200'000, 2)));
    QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/app/main.py"), QByteArray("print('hi')\n").repeated(50)));
    QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/tests/data.bin"), pseudoRandom(300'000, 3)));
    QVERIFY(Test::writeFile(root + QStringLiteral("/_internal/tests/test_core.py"), QByteArray("assert 1\n")));
    m_small = Test::MixedBundle::scan(root);
    QVERIFY(m_small.tree);
    Candidate tests;
    tests.kind = Candidate::Kind::ExcludePackage;
    tests.id = m_excludedId = QStringLiteral("exclude_package:tests");
    tests.title = QStringLiteral("tests");
    tests.advised = true;
    for (const char16_t* path : { u"_internal/tests/data.bin", u"_internal/tests/test_core.py" }) {
        const NodeId node = m_small.tree->findPath(QStringView(path));
        QVERIFY(node != InvalidNode);
        tests.files.push_back({ node, m_small.tree->size(node), true });
        tests.saving += m_small.tree->size(node);
    }
    tests.bytes = tests.saving;
    m_candidates = { tests };
}

void TestExportDialog::init()
{
    // The offscreen platform warns about propagateSizeHints() when a top-level widget is shown: not ours.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
}

void TestExportDialog::formatChoice_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<bool>("levelEnabled");
    for (ArchiveFormat format : ArchiveFormats::all())
        QTest::addRow("%s", qPrintable(ArchiveFormats::id(format))) << format << (format == ArchiveFormat::TarGz);
}

void TestExportDialog::formatChoice()
{
    QFETCH(ArchiveFormat, format);
    QFETCH(bool, levelEnabled);
    ExportDialog dialog(m_small.tree, m_small.reader);
    dialog.setVersion(QStringLiteral("1.2"));
    dialog.setDestinationFolder(m_dir.path());
    chooseFormat(dialog, format);
    QCOMPARE(dialog.format(), format);
    QCOMPARE(dialog.fileName(), QStringLiteral("myapp-1.2-linux-x86_64") + ArchiveFormats::extension(format));
    QCOMPARE(dialog.destinationPath(), QDir(m_dir.path()).filePath(dialog.fileName()));
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("level"))->isEnabled(), levelEnabled);
    QVERIFY(dialog.limitText().isEmpty());
    QVERIFY(button(dialog, "export")->isEnabled());
}

void TestExportDialog::exclusionsChangeThePreview()
{
    ExportDialog dialog(m_small.tree, m_small.reader);
    auto* estimator = dialog.findChild<EstimateController*>();
    QVERIFY(estimator);
    QSignalSpy estimated(estimator, &EstimateController::estimateFinished);
    auto* estimate = dialog.findChild<QLabel*>(QStringLiteral("estimate"));
    QVERIFY(estimated.wait(20000));
    const QString fullEstimate = estimate->text();
    QCOMPARE(dialog.contentsText(),
        ExportDialog::tr("%n file(s), %1", nullptr, 5).arg(SizeFormat::format(m_small.tree->totalSize())));

    dialog.setCheckedCandidates(m_candidates, { m_excludedId });
    auto* leaveOut = dialog.findChild<QCheckBox*>(QStringLiteral("leaveOut"));
    QVERIFY(leaveOut->isEnabled() && leaveOut->isChecked());
    const quint64 kept = m_small.tree->totalSize() - m_candidates.front().bytes;
    QCOMPARE(dialog.contentsText(), ExportDialog::tr("%n file(s), %1", nullptr, 3).arg(SizeFormat::format(kept)));
    QTRY_VERIFY_WITH_TIMEOUT(estimate->text() != ExportDialog::tr("Estimating…") && !estimator->isRunning(), 20000);
    QVERIFY2(estimate->text() != fullEstimate, qPrintable(estimate->text()));

    leaveOut->setChecked(false);
    QCOMPARE(dialog.contentsText(),
        ExportDialog::tr("%n file(s), %1", nullptr, 5).arg(SizeFormat::format(m_small.tree->totalSize())));
    QTRY_COMPARE_WITH_TIMEOUT(estimate->text(), fullEstimate, 20000);
}

void TestExportDialog::oversizePlanRefused_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<quint64>("size");
    QTest::addColumn<QString>("advice");
    const quint64 gib = 1024ull * 1024 * 1024;
    QTest::addRow("zip 5 GiB member") << ArchiveFormat::Zip << 5 * gib << QStringLiteral("tar.gz");
    QTest::addRow("tar.gz 9 GiB member") << ArchiveFormat::TarGz << 9 * gib << QStringLiteral("8 GiB");
    QTest::addRow("tar.xz 8 GiB member") << ArchiveFormat::TarXz << 8 * gib << QStringLiteral("8 GiB");
}

void TestExportDialog::oversizePlanRefused()
{
    QFETCH(ArchiveFormat, format);
    QFETCH(quint64, size);
    QFETCH(QString, advice);
    // Sizes only: no file of that size exists, and nothing may be read or written.
    const BundleTreePtr tree = Test::buildTree(
        { { QStringLiteral("_internal/model.bin"), size }, { QStringLiteral("_internal/small.py"), 100 } });
    QTemporaryDir out;
    ExportDialog dialog(tree, std::make_shared<NoContentReader>());
    dialog.setDestinationFolder(out.path());
    dialog.show();
    chooseFormat(dialog, format);
    QVERIFY2(dialog.limitText().contains(advice), qPrintable(dialog.limitText()));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("limit"))->isVisible());
    QVERIFY(!button(dialog, "export")->isEnabled());
    QCOMPARE(Test::relativeFiles(out.path()), QStringList());

    // A 4 GiB member fits every tar format: the refusal goes away with the cause.
    const BundleTreePtr fits
        = Test::buildTree({ { QStringLiteral("_internal/model.bin"), 4 * 1024ull * 1024 * 1024 + 100 } });
    ExportDialog ok(fits, std::make_shared<NoContentReader>());
    chooseFormat(ok, ArchiveFormat::TarGz);
    QVERIFY(ok.limitText().isEmpty());
    QVERIFY(button(ok, "export")->isEnabled());
    chooseFormat(ok, ArchiveFormat::Zip); // ... but not zip without Zip64
    QVERIFY(!ok.limitText().isEmpty());
    QVERIFY(!button(ok, "export")->isEnabled());
}

void TestExportDialog::cancelLeavesNoFile()
{
    QTemporaryDir work;
    QVERIFY(Test::MixedBundle::write(work.filePath(QStringLiteral("big")), 12 * 1024 * 1024));
    const ScanResult big = Test::MixedBundle::scan(work.filePath(QStringLiteral("big")));
    QVERIFY(big.tree);
    const QString out = work.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    ExportDialog dialog(big.tree, big.reader);
    dialog.setDestinationFolder(out);
    chooseFormat(dialog, ArchiveFormat::TarXz);
    auto* exporter = dialog.findChild<ExportController*>();
    QSignalSpy progressed(exporter, &ExportController::progressChanged);
    QSignalSpy failed(exporter, &ExportController::exportFailed);
    button(dialog, "export")->click();
    QVERIFY(exporter->isRunning());
    QVERIFY(!button(dialog, "export")->isEnabled());
    QVERIFY(progressed.wait(20000));
    QVERIFY(button(dialog, "cancel")->isEnabled());
    QElapsedTimer timer;
    timer.start();
    button(dialog, "cancel")->click();
    QVERIFY(failed.wait(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed()))); // 100 ms plus a loaded machine
    QVERIFY2(failed.first().at(1).toBool(), qPrintable(failed.first().at(0).toString()));
    QCOMPARE(dialog.resultText(), ExportDialog::tr("Export cancelled; nothing was written."));
    QCOMPARE(dialog.findChild<QProgressBar*>()->value(), 0);
    QVERIFY(button(dialog, "export")->isEnabled());
    QCOMPARE(Test::relativeFiles(out), QStringList());
}

void TestExportDialog::exportWritesThePlannedEntries()
{
    QTemporaryDir out;
    ExportDialog dialog(m_small.tree, m_small.reader);
    dialog.setDestinationFolder(out.path());
    dialog.setCheckedCandidates(m_candidates, { m_excludedId });
    chooseFormat(dialog, ArchiveFormat::TarGz);
    dialog.findChild<QCheckBox*>(QStringLiteral("verify"))->setChecked(true);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    button(dialog, "export")->click();
    QVERIFY(finished.wait(20000));
    const QString path = finished.first().at(0).toString();
    QCOMPARE(path, dialog.destinationPath());
    QVERIFY2(dialog.resultText().contains(ExportDialog::tr("Verified %n file(s).", nullptr, 3)),
        qPrintable(dialog.resultText()));
    QCOMPARE(Test::relativeFiles(out.path()), QStringList { dialog.fileName() });
    KTar tar(path);
    QVERIFY(tar.open(QIODevice::ReadOnly));
    const QStringList expected { QStringLiteral("myapp/_internal/app/main.py"),
        QStringLiteral("myapp/_internal/libcore.so"), QStringLiteral("myapp/myapp") };
    QCOMPARE(tarFiles(tar.directory()), expected);
    const auto* library = tar.directory()->file(QStringLiteral("myapp/_internal/libcore.so"));
    QVERIFY(library);
    QVERIFY(library->data() == pseudoRandom(200'000, 2));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
