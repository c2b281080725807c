// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace BundleScope {

// Help > About BundleScope: the application, Qt (run-time) and KArchive (build-time) versions and the licence.
// GUI thread; owned by the main window that opens it.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)

    QString text() const; // what the dialog shows, as plain text (tests)

private:
    QLabel* m_text = nullptr;
};

} // namespace BundleScope
