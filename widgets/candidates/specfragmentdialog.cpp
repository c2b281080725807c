// SPDX-License-Identifier: GPL-3.0-or-later
#include "specfragmentdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace BundleScope {

SpecFragmentDialog::SpecFragmentDialog(const QString& text, const QString& suggestedFileName, QWidget* parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_suggestedFileName(suggestedFileName)
{
    setWindowTitle(tr("Spec fragment"));
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(copy, &QPushButton::clicked, this, &SpecFragmentDialog::copyToClipboard);
    connect(saveButton, &QPushButton::clicked, this, &SpecFragmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString SpecFragmentDialog::text() const
{
    return m_editor->toPlainText();
}

void SpecFragmentDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(text());
}

bool SpecFragmentDialog::saveTo(const QString& path, bool quiet)
{
    QSaveFile file(path);
    const QByteArray bytes = text().toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (!quiet)
        QMessageBox::warning(
            this, tr("Save spec fragment"), tr("Could not write %1: %2").arg(path, file.errorString()));
    return false;
}

void SpecFragmentDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save spec fragment"), m_suggestedFileName, tr("Python files (*.py);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace BundleScope
