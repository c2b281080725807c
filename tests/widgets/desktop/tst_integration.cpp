// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop integration: Qt's own strings follow the chosen language (qtbase_<lang>.qm from the distribution's
// qt6-translations-l10n, loaded by TranslationLoader), and the window icon carries every rendered bitmap size.
#include "common/translationloader.h"
#include "guiapplication.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace BundleScope;

class TestIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void qtStringsTranslate_data();
    void qtStringsTranslate();
    void windowIconHasEveryRenderedSize_data();
    void windowIconHasEveryRenderedSize();
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

QTEST_MAIN(TestIntegration)

#include "tst_integration.moc"
