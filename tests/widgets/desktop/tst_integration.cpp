// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration: Qt's own strings follow the chosen language (qtbase_<lang>.qm from the distribution's
// qt6-translations-l10n, loaded by TranslationLoader), the window icon carries every rendered bitmap size, and the
// light and dark colour schemes keep text readable (WCAG 2.1 contrast ratios) with charts following the palette; the
// Breakdown's package bars charge a library several packages need to its owner or a named "shared" bar, unsplit.
#include "charts/breakdownview.h"

#include "colorscheme.h"
#include "common/translationloader.h"
#include "demo/demorandom.h"
#include "demo/elfwriter.h"
#include "guiapplication.h"
#include "scan/foldersource.h"
#include "scan/scanpipeline.h"
#include "testsupport.h"
#include <QGraphicsSimpleTextItem>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace BundleScope;

namespace {

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
double luminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void qtStringsTranslate_data();
    void qtStringsTranslate();
    void windowIconHasEveryRenderedSize_data();
    void windowIconHasEveryRenderedSize();
    void schemeNames_data();
    void schemeNames();
    void paletteIsReadable_data();
    void paletteIsReadable();
    void chartsFollowPalette();
    void breakdownChargesOwnersNotEvenShares();
};

void TestIntegration::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestIntegration::cleanup()
{
    // TranslationLoader parents its translators to the application; take them back so each row starts untranslated.
    for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        const std::unique_ptr<QTranslator> owned(translator);
    }
}

void TestIntegration::qtStringsTranslate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::addColumn<QString>("close");
    QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen") << QStringLiteral("Schließen");
    QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler") << QStringLiteral("Fermer");
}

void TestIntegration::qtStringsTranslate()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QFETCH(QString, close);
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString file = QStringLiteral("%1/qtbase_%2.qm").arg(directory, language);
    QVERIFY2(QFileInfo::exists(file),
        qPrintable(QStringLiteral("%1 is missing: Qt's own strings stay English. Install the Debian package "
                                  "qt6-translations-l10n (apt-get install qt6-translations-l10n).")
                       .arg(file)));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

    QCOMPARE(TranslationLoader::install(QLocale(language)), language);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text().remove(QLatin1Char('&')), close);
}

void TestIntegration::windowIconHasEveryRenderedSize_data()
{
    QTest::addColumn<int>("size");
    for (int size : { BUNDLESCOPE_ICON_SIZES })
        QTest::addRow("%dpx", size) << size;
}

void TestIntegration::windowIconHasEveryRenderedSize()
{
    QFETCH(int, size);
    const QIcon icon = GuiApplication::applicationIcon();
    QVERIFY(icon.availableSizes().contains(QSize(size, size)));
    // The bitmap comes from the rendered PNG (exact size, opaque body), not from scaling another size.
    const QImage image(QStringLiteral(":/icons/app/bundlescope-%1.png").arg(size));
    QCOMPARE(image.size(), QSize(size, size));
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    const QImage fromIcon = icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(fromIcon.size(), QSize(size, size));
    QVERIFY(fromIcon == image.convertToFormat(QImage::Format_ARGB32));
}

void TestIntegration::schemeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("scheme"); // -1: rejected
    QTest::addRow("dark") << QStringLiteral("dark") << int(ColorScheme::Scheme::Dark);
    QTest::addRow("Light, spaces") << QStringLiteral(" Light ") << int(ColorScheme::Scheme::Light);
    QTest::addRow("system") << QStringLiteral("system") << int(ColorScheme::Scheme::System);
    QTest::addRow("unset") << QString() << int(ColorScheme::Scheme::System);
    QTest::addRow("unknown") << QStringLiteral("purple") << -1;
}

void TestIntegration::schemeNames()
{
    QFETCH(QString, name);
    QFETCH(int, scheme);
    const std::optional<ColorScheme::Scheme> parsed = ColorScheme::parse(name);
    QCOMPARE(parsed ? int(*parsed) : -1, scheme);
}

void TestIntegration::paletteIsReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::addRow("light") << ColorScheme::lightPalette() << false;
    QTest::addRow("dark") << ColorScheme::darkPalette() << true;
}

void TestIntegration::paletteIsReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(ColorScheme::isDark(palette), dark);
    const auto check = [&palette](QPalette::ColorRole fg, QPalette::ColorRole bg, double minimum) {
        const double ratio = contrast(palette.color(QPalette::Active, fg), palette.color(QPalette::Active, bg));
        if (ratio < minimum)
            qCritical("roles %d on %d: contrast %.2f < %.2f", int(fg), int(bg), ratio, minimum);
        return ratio >= minimum;
    };
    QVERIFY(check(QPalette::Text, QPalette::Base, 4.5)); // WCAG AA for body text
    QVERIFY(check(QPalette::Text, QPalette::AlternateBase, 4.5));
    QVERIFY(check(QPalette::WindowText, QPalette::Window, 4.5));
    QVERIFY(check(QPalette::ButtonText, QPalette::Button, 4.5));
    QVERIFY(check(QPalette::HighlightedText, QPalette::Highlight, 3.0)); // AA for large/bold, selection rows
    QVERIFY(check(QPalette::PlaceholderText, QPalette::Base, 3.0));
    // Fusion outlines check boxes in window.darker(140): on the base they sit on it must remain visible.
    const QColor outline = palette.color(QPalette::Window).darker(140);
    QVERIFY2(contrast(outline, palette.color(QPalette::Base)) >= 1.4,
        qPrintable(QString::number(contrast(outline, palette.color(QPalette::Base)))));
}

void TestIntegration::chartsFollowPalette()
{
    BreakdownView view;
    const QList<QChartView*> charts = view.findChildren<QChartView*>();
    QCOMPARE(charts.size(), 2);
    view.setPalette(ColorScheme::darkPalette());
    for (QChartView* chart : charts)
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
    view.setPalette(ColorScheme::lightPalette());
    for (QChartView* chart : charts)
        QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
    // Closing the bundle leaves empty charts, quietly: no bars, no size labels, no axis warnings.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    view.setTree(nullptr);
    for (QChartView* chart : view.findChildren<QChartView*>()) {
        for (const QGraphicsItem* item : chart->chart()->childItems())
            QVERIFY(!dynamic_cast<const QGraphicsSimpleTextItem*>(item));
    }
}

void TestIntegration::breakdownChargesOwnersNotEvenShares()
{
    // torch/_C and functorch/_C need libtorch_cpu (torch's family) and libfoo (nobody's), both at the top.
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/app");
    auto writeElf = [](const QString& path, QList<QByteArray> needed, qint64 textSize) {
        ElfSpec spec;
        spec.soname = path.section(u'/', -1).toUtf8();
        spec.needed = std::move(needed);
        spec.textSize = textSize;
        DemoRandom random { quint64(textSize) };
        return Test::writeFile(path, ElfWriter::write(spec, random));
    };
    const QString module = QStringLiteral("/_C.cpython-311-x86_64-linux-gnu.so");
    QVERIFY(writeElf(root + QStringLiteral("/torch") + module, { "libtorch_cpu.so", "libfoo.so" }, 8192));
    QVERIFY(writeElf(root + QStringLiteral("/functorch") + module, { "libtorch_cpu.so", "libfoo.so" }, 4096));
    QVERIFY(writeElf(root + QStringLiteral("/libtorch_cpu.so"), {}, 400000));
    QVERIFY(writeElf(root + QStringLiteral("/libfoo.so"), {}, 100000));
    FolderSource source(root);
    const Result<ScanResult> scanned = ScanPipeline::run(source, {}, {});
    QVERIFY(scanned);
    const BundleTree& tree = *scanned->tree;

    BreakdownView view;
    view.setTree(scanned->tree);
    QChart* chart = nullptr;
    for (QChartView* candidate : view.findChildren<QChartView*>()) {
        if (!candidate->chart()->axes(Qt::Vertical).isEmpty())
            chart = candidate->chart();
    }
    QVERIFY(chart);
    const auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).constFirst());
    const auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().constFirst());
    QVERIFY(axis && series && series->count() == 1);
    QHash<QString, quint64> bars;
    const QBarSet* set = series->barSets().constFirst();
    const double bytesPerUnit = set->property("bytesPerUnit").toDouble();
    QCOMPARE(bytesPerUnit, 1024.0); // the largest bar is below 1 MiB: the axis counts KiB
    for (int i = 0; i < axis->count(); ++i)
        bars.insert(axis->at(i), quint64(std::llround(set->at(i) * bytesPerUnit)));
    // Each bar's label is its own size, in the unit that suits it.
    QStringList texts;
    for (const QGraphicsItem* item : chart->childItems()) {
        if (const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item))
            texts.append(text->text());
    }
    QVERIFY2(texts.contains(QLocale().formattedDataSize(
                 qint64(tree.size(tree.findPath(u"functorch"))), 1, QLocale::DataSizeIecFormat)),
        qPrintable(texts.join(u", ")));
    const quint64 torch = tree.size(tree.findPath(u"torch")) + tree.size(tree.findPath(u"libtorch_cpu.so"));
    QCOMPARE(bars.value(QStringLiteral("torch")), torch);
    QCOMPARE(bars.value(QStringLiteral("functorch")), tree.size(tree.findPath(u"functorch")));
    QCOMPARE(bars.value(QStringLiteral("shared:<br>functorch, torch")), tree.size(tree.findPath(u"libfoo.so")));
}

QTEST_MAIN(TestIntegration)

#include "tst_integration.moc"
