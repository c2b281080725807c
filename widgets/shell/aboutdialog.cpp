// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <karchive_version.h>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace BundleScope {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About BundleScope"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setText(tr("<h3>BundleScope %1</h3>"
                       "<p>Explore PyInstaller bundles: what takes the space and what can go.</p>"
                       "<p>Qt %2 (built with %3)<br>KArchive %4</p>"
                       "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                        .arg(QStringLiteral(BUNDLESCOPE_VERSION), QLatin1String(qVersion()),
                            QLatin1String(QT_VERSION_STR), QLatin1String(KARCHIVE_VERSION_STRING)));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

} // namespace BundleScope
