// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace BundleScope {

// Shows a generated .spec fragment read-only, with Copy (to the clipboard) and Save (through QSaveFile). Modal,
// created on demand by CandidatesPanel and owned by it (parent).
class SpecFragmentDialog : public QDialog {
    Q_OBJECT
public:
    SpecFragmentDialog(const QString& text, const QString& suggestedFileName, QWidget* parent = nullptr);

    QString text() const;
    // Writes the text to `path`; false (with a message box unless quiet) on error. Used by Save and by tests.
    bool saveTo(const QString& path, bool quiet = false);

private:
    void copyToClipboard();
    void save();

    QPlainTextEdit* m_editor;
    QString m_suggestedFileName;
};

} // namespace BundleScope
