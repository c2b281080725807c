// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bundletree.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace BundleScope {

// "Verify…": asks for the smoke command that checks the app (run by /bin/sh -c in the top folder of a copy of the
// bundle), the text its output must contain (optional) and the timeout per run. Prefilled with what was used for
// this bundle last time (QSettings, keyed by the bundle's path), else "./<bundle name>" when the bundle has that
// launcher. GUI thread; owned by whoever opens it.
class SlimVerifyDialog : public QDialog {
    Q_OBJECT
public:
    SlimVerifyDialog(const BundleTree& tree, int candidateCount, QWidget* parent = nullptr);

    QString command() const;
    QString expect() const;
    int timeoutSeconds() const;
    void setCommand(const QString& command);
    void setExpect(const QString& expect);
    void setTimeoutSeconds(int seconds);

    // Stores the fields for this bundle (done on accept).
    void remember() const;
    // "./<name>" when the bundle's top folder holds an executable named like it, else "".
    static QString defaultCommand(const BundleTree& tree);

private:
    void updateOk();

    QString m_settingsGroup;
    QLineEdit* m_command = nullptr;
    QLineEdit* m_expect = nullptr;
    QSpinBox* m_timeout = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace BundleScope
