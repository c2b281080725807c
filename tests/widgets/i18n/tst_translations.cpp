// SPDX-License-Identifier: GPL-3.0-or-later
// The German, French and English translations: the compiled .qm files load from the resources, known strings and
// plural forms translate, every message of the .ts sources is translated and keeps its placeholders, and
// TranslationLoader honours the "ui/language" override.
#include "common/translationloader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set>

using namespace BundleScope;

namespace {

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one per plural form, or one
    QString type;
    bool numerus = false;
};

QString tsPath(const QString& language)
{
    return QStringLiteral(BUNDLESCOPE_TS_DIR "/bundlescope_%1.ts").arg(language);
}

void readMessage(QXmlStreamReader& xml, const QString& context, std::vector<TsMessage>& out)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement())
                message.translations.append(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    out.push_back(message);
}

std::vector<TsMessage> readTs(const QString& path, QString* error)
{
    std::vector<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            readMessage(xml, context, messages);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

std::multiset<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    std::set<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return { found.begin(), found.end() };
}

} // namespace

// Checks the .ts sources and the .qm files built from them.
class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compiledFilesLoad_data();
    void compiledFilesLoad();
    void knownStringTranslates_data();
    void knownStringTranslates();
    void pluralForms_data();
    void pluralForms();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void loaderHonoursOverride();
};

void TestTranslations::compiledFilesLoad_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("de") << QStringLiteral("de");
    QTest::addRow("fr") << QStringLiteral("fr");
    QTest::addRow("en") << QStringLiteral("en");
}

void TestTranslations::compiledFilesLoad()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/bundlescope_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);
}

void TestTranslations::knownStringTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::addRow("de") << QStringLiteral("de") << QStringLiteral("Ein erzeugtes Demo-Bundle öffnen.");
    QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("Ouvrir un bundle de démonstration généré.");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Open a generated demo bundle.");
}

void TestTranslations::knownStringTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/bundlescope_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text = QCoreApplication::translate("BundleScope::GuiApplication", "Open a generated demo bundle.");
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TestTranslations::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::addRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Datei, %1.");
    QTest::addRow("de 2") << QStringLiteral("de") << 2 << QStringLiteral("2 Dateien, %1.");
    QTest::addRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 fichier, %1.");
    QTest::addRow("fr 2") << QStringLiteral("fr") << 2 << QStringLiteral("2 fichiers, %1.");
    QTest::addRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("1 file, %1.");
    QTest::addRow("en 2") << QStringLiteral("en") << 2 << QStringLiteral("2 files, %1.");
}

void TestTranslations::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/bundlescope_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text
        = QCoreApplication::translate("BundleScope::DevFilesAnalyzer", "%n file(s), %1.", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

void TestTranslations::everyMessageTranslated_data()
{
    compiledFilesLoad_data();
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, language);
    QString error;
    const std::vector<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.empty());
    int numerus = 0;
    for (const TsMessage& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        // lupdate files tr() calls it cannot resolve (an alias such as `using A = Foo; A::tr(...)`) under an empty
        // context, which no translator lookup at run time ever matches: the string would stay English.
        QVERIFY2(message.context.startsWith(QLatin1String("BundleScope::")), qPrintable(where));
        QVERIFY2(message.type.isEmpty(), qPrintable(message.type + QStringLiteral(" ") + where));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(where));
        if (message.numerus) {
            ++numerus;
            QVERIFY2(message.translations.size() == 2, qPrintable(where));
        }
        for (const QString& translation : message.translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(translation) == placeholders(message.source),
                qPrintable(where + QStringLiteral(" -> ") + translation));
        }
    }
    QVERIFY(numerus > 0);
}

void TestTranslations::loaderHonoursOverride()
{
    QCOMPARE(TranslationLoader::settingsKey(), QStringLiteral("ui/language"));
    QCOMPARE(TranslationLoader::localeFor(QStringLiteral("fr")).language(), QLocale::French);
    QCOMPARE(TranslationLoader::localeFor(QStringLiteral("de")).language(), QLocale::German);
    QCOMPARE(TranslationLoader::localeFor(QString()), QLocale::system());
    QCOMPARE(TranslationLoader::localeFor(QStringLiteral("xx")), QLocale::system());
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("BundleScope::GuiApplication", "Open a generated demo bundle."),
        QStringLiteral("Ein erzeugtes Demo-Bundle öffnen."));
    QCOMPARE(TranslationLoader::install(QLocale(QLocale::Japanese)), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
