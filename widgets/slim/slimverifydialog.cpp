// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimverifydialog.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace BundleScope {

namespace {
    // One settings group per bundle path: "slim/<sha1>" (paths do not make good keys).
    QString groupFor(const BundleTree& tree)
    {
        QString path = QFileInfo(tree.rootPath()).canonicalFilePath();
        if (path.isEmpty())
            path = tree.rootPath();
        return QStringLiteral("slim/")
            + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex());
    }
} // namespace

SlimVerifyDialog::SlimVerifyDialog(const BundleTree& tree, int candidateCount, QWidget* parent)
    : QDialog(parent)
    , m_settingsGroup(groupFor(tree))
    , m_command(new QLineEdit(this))
    , m_expect(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Verify Slimming"));
    auto* intro
        = new QLabel(tr("BundleScope copies the bundle to a temporary folder, runs the command there untouched, "
                        "then without the %n checked candidate(s), and narrows down any that break the app. "
                        "The bundle itself is never changed.",
                         nullptr, candidateCount),
            this);
    intro->setWordWrap(true);
    m_command->setObjectName(QStringLiteral("command"));
    m_command->setPlaceholderText(tr("e.g. ./app --selftest"));
    m_command->setToolTip(tr("Run by /bin/sh -c in the copy's top folder; it passes when it exits with status 0."));
    m_expect->setObjectName(QStringLiteral("expect"));
    m_expect->setPlaceholderText(tr("optional, e.g. self-test ok"));
    m_expect->setToolTip(tr("When set, the command's output (stdout and stderr) must also contain this text."));
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A run that takes longer is killed with its child processes and counts as failed."));
    auto* verify = m_buttons->addButton(tr("Verify"), QDialogButtonBox::AcceptRole);
    verify->setObjectName(QStringLiteral("verify"));
    verify->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Expected output:"), m_expect);
    form->addRow(tr("&Timeout per run:"), m_timeout);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    m_command->setText(settings.value(QStringLiteral("command"), defaultCommand(tree)).toString());
    m_expect->setText(settings.value(QStringLiteral("expect")).toString());
    m_timeout->setValue(settings.value(QStringLiteral("timeout"), 120).toInt());

    connect(m_command, &QLineEdit::textChanged, this, &SlimVerifyDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

QString SlimVerifyDialog::defaultCommand(const BundleTree& tree)
{
    const QString name = tree.name(tree.root());
    for (NodeId child : tree.children(tree.root())) {
        if (tree.name(child) == name && tree.kind(child) == NodeKind::File && tree.hasFlag(child, ExecutableBit))
            return QStringLiteral("./") + name;
    }
    return {};
}

QString SlimVerifyDialog::command() const
{
    return m_command->text().trimmed();
}

QString SlimVerifyDialog::expect() const
{
    return m_expect->text();
}

int SlimVerifyDialog::timeoutSeconds() const
{
    return m_timeout->value();
}

void SlimVerifyDialog::setCommand(const QString& command)
{
    m_command->setText(command);
}

void SlimVerifyDialog::setExpect(const QString& expect)
{
    m_expect->setText(expect);
}

void SlimVerifyDialog::setTimeoutSeconds(int seconds)
{
    m_timeout->setValue(seconds);
}

void SlimVerifyDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    settings.setValue(QStringLiteral("command"), command());
    settings.setValue(QStringLiteral("expect"), expect());
    settings.setValue(QStringLiteral("timeout"), timeoutSeconds());
}

void SlimVerifyDialog::updateOk()
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!command().isEmpty());
    }
}

} // namespace BundleScope
