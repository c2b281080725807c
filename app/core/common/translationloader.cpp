// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace BundleScope {

Q_LOGGING_CATEGORY(lcI18n, "bundlescope.i18n", QtInfoMsg)

namespace {

    // Loads one translator and hands it to the application; false when the file does not exist for this locale.
    bool installTranslator(const QLocale& locale, const QString& name, const QString& directory)
    {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(locale, name, QStringLiteral("_"), directory))
            return false;
        QTranslator* installed = translator.release();
        installed->setParent(QCoreApplication::instance());
        return QCoreApplication::installTranslator(installed);
    }

} // namespace

QString TranslationLoader::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList TranslationLoader::availableLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr") };
}

QString TranslationLoader::configuredLanguage()
{
    const QSettings settings(QStringLiteral("BundleScope"), QStringLiteral("bundlescope"));
    return settings.value(settingsKey()).toString().trimmed().toLower();
}

QLocale TranslationLoader::localeFor(const QString& override)
{
    if (availableLanguages().contains(override))
        return QLocale(override);
    return QLocale::system();
}

QString TranslationLoader::install()
{
    return install(localeFor(configuredLanguage()));
}

QString TranslationLoader::install(const QLocale& locale)
{
    if (!QCoreApplication::instance())
        return {};
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!installTranslator(locale, QStringLiteral("qtbase"), qtDirectory))
        qCDebug(lcI18n) << "no Qt translation for" << locale.name() << "in" << qtDirectory;
    const QString resources = QStringLiteral(":/i18n");
    for (const QString& language : locale.uiLanguages()) {
        const QString code = QLocale(language).name().section(QLatin1Char('_'), 0, 0);
        if (availableLanguages().contains(code)
            && installTranslator(QLocale(code), QStringLiteral("bundlescope"), resources))
            return code;
    }
    // English texts are the sources; the English file only supplies the plural forms.
    if (installTranslator(QLocale(QLocale::English), QStringLiteral("bundlescope"), resources))
        return QStringLiteral("en");
    qCWarning(lcI18n) << "translations missing from the resources";
    return {};
}

} // namespace BundleScope
