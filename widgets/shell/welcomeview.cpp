// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomeview.h"

#include "recentbundles.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace BundleScope {

WelcomeView::WelcomeView(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
    , m_message(new QLabel(this))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b; font-weight: bold;"));
    m_message->hide();
    m_recent->setMaximumHeight(170);
    m_recent->setAccessibleName(tr("Recent bundles"));
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT pathRequested(item->data(Qt::UserRole).toString()); });

    auto* recentTitle = new QLabel(tr("Recent bundles"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addWidget(makeDropTarget());
    column->addWidget(m_message);
    column->addSpacing(16);
    column->addWidget(recentTitle);
    column->addWidget(m_recent);
    column->addStretch(2);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    refreshRecent();
}

QWidget* WelcomeView::makeDropTarget()
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("dropTarget"));
    frame->setMinimumHeight(260);
    frame->setStyleSheet(QStringLiteral("#dropTarget { border: 3px dashed palette(mid); border-radius: 16px; }"));
    auto* title = new QLabel(tr("Drop a bundle folder, one-file executable or archive"), frame);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    title->setFont(font);
    auto* hint
        = new QLabel(tr("PyInstaller one-folder dist/<app>/ trees, one-file executables and their archives"), frame);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto* openFolder = new QPushButton(tr("Open Folder…"), frame);
    auto* openFile = new QPushButton(tr("Open File…"), frame);
    auto* demo = new QPushButton(tr("Open Demo Bundle"), frame);
    connect(openFolder, &QPushButton::clicked, this, &WelcomeView::openFolderRequested);
    connect(openFile, &QPushButton::clicked, this, &WelcomeView::openFileRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(openFolder);
    buttons->addWidget(openFile);
    buttons->addWidget(demo);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(frame);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch();
    return frame;
}

void WelcomeView::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : RecentBundles::paths()) {
        auto* item = new QListWidgetItem(path, m_recent);
        item->setData(Qt::UserRole, path);
    }
    if (m_recent->count() == 0) {
        auto* item = new QListWidgetItem(tr("No bundles opened yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

void WelcomeView::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString WelcomeView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

} // namespace BundleScope
