// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace BundleScope {

SummaryPanel::SummaryPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_totals(new QLabel(this))
{
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true); // long summaries wrap instead of widening the window
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_title);
    layout->addSpacing(16);
    layout->addWidget(m_totals, 1);
}

QString SummaryPanel::layoutName(const BundleTree& tree)
{
    switch (tree.sourceKind()) {
    case BundleTree::SourceKind::OneFileExecutable:
        return tr("one-file executable");
    case BundleTree::SourceKind::Archive:
        return tr("archive");
    case BundleTree::SourceKind::Snapshot:
        return tr("snapshot");
    case BundleTree::SourceKind::Folder:
        break;
    }
    if (tree.contentsRoot() != tree.root())
        return tr("one-folder, contents in %1/ (PyInstaller ≥ 6)").arg(tree.name(tree.contentsRoot()));
    return tr("one-folder");
}

void SummaryPanel::setTree(const BundleTreePtr& tree)
{
    if (!tree) {
        m_title->clear();
        m_totals->clear();
        return;
    }
    const QLocale locale;
    m_title->setText(tree->name(tree->root()));
    m_title->setToolTip(tree->rootPath());
    QString totals = tr("%1 (%2 bytes) · %n file(s)", nullptr, int(tree->totalFiles()))
                         .arg(locale.formattedDataSize(qint64(tree->totalSize()), 1, QLocale::DataSizeIecFormat),
                             locale.toString(qulonglong(tree->totalSize())));
    totals += tr(" · %n folder(s)", nullptr, int(tree->totalDirectories()));
    totals += tr(" · layout: %1").arg(layoutName(*tree));
    totals += pyInstallerFacts(*tree, locale);
    const int errors = int(tree->errors().size());
    if (errors > 0)
        totals += tr(" · <b>%n error(s)</b>", nullptr, errors);
    m_totals->setText(totals);
}

// What the PyInstaller archive inside the launcher or one-file executable holds, when the scan found one.
QString SummaryPanel::pyInstallerFacts(const BundleTree& tree, const QLocale& locale)
{
    const QVariantMap& meta = tree.metadata();
    const int version = meta.value(QStringLiteral("pyinstaller.python_version")).toInt();
    if (version <= 0)
        return {};
    auto size = [&locale, &meta](const char* key) {
        return locale.formattedDataSize(meta.value(QLatin1String(key)).toLongLong(), 1, QLocale::DataSizeIecFormat);
    };
    QString facts
        = tr(" · Python %1 · bootloader %2 · PKG %3 · PYZ %4")
              .arg(QStringLiteral("%1.%2").arg(version / 100).arg(version % 100), size("pyinstaller.bootloader_bytes"),
                  size("pyinstaller.pkg_bytes"), size("pyinstaller.pyz_bytes"));
    if (tree.sourceKind() == BundleTree::SourceKind::OneFileExecutable)
        facts += tr(" · one-file: unpacks to a temporary folder at every start");
    return facts;
}

QString SummaryPanel::text() const
{
    return m_title->text() + u' ' + m_totals->text();
}

} // namespace BundleScope
