// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace BundleScope {

// Chooses the user-interface language and installs the translators for it: Qt's own qtbase_<lang>.qm from
// QLibraryInfo::TranslationsPath (when the distribution ships it) and ours from the resources
// (":/i18n/bundlescope_<lang>.qm"). The language is the system locale unless the QSettings key "ui/language" holds
// "de", "fr" or "en". Used on the main thread by both the GUI and the headless commands, right after the
// application object exists; the translators are children of QCoreApplication::instance(), which owns them.
class TranslationLoader {
    Q_DECLARE_TR_FUNCTIONS(TranslationLoader)

public:
    // The QSettings key of the override ("" = follow the system locale).
    static QString settingsKey();
    // Languages we ship a translation for; "en" only carries the English plural forms.
    static QStringList availableLanguages();
    // The override stored in QSettings (organization "BundleScope", application "bundlescope"), or "".
    static QString configuredLanguage();
    // The locale to translate for: the override when it names an available language, else the system locale.
    static QLocale localeFor(const QString& override);
    // Installs the translators for localeFor(configuredLanguage()); returns the language of ours that was loaded
    // ("en" when the locale has no translation of its own).
    static QString install();
    // Same, for an explicit locale; exposed for tests.
    static QString install(const QLocale& locale);
};

} // namespace BundleScope
