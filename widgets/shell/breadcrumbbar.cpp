// SPDX-License-Identifier: GPL-3.0-or-later
#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QToolButton>

#include <memory>

namespace BundleScope {

BreadcrumbBar::BreadcrumbBar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch();
    setAccessibleName(tr("Treemap location"));
}

void BreadcrumbBar::setTree(BundleTreePtr tree)
{
    m_tree = std::move(tree);
    m_node = m_tree ? m_tree->root() : InvalidNode;
    rebuild();
}

void BreadcrumbBar::setNode(NodeId id)
{
    if (id == m_node)
        return;
    m_node = id;
    rebuild();
}

void BreadcrumbBar::rebuild()
{
    while (m_layout->count() > 0) {
        const std::unique_ptr<QLayoutItem> item(m_layout->takeAt(0)); // ownership passes to us
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // may be the button whose click brought us here
        }
    }
    if (m_tree && m_tree->isValid(m_node)) {
        std::vector<NodeId> chain = m_tree->ancestry(m_node);
        chain.insert(chain.begin(), m_tree->root());
        for (std::size_t i = 0; i < chain.size(); ++i) {
            const NodeId id = chain[i];
            if (i > 0)
                m_layout->addWidget(new QLabel(QStringLiteral("›"), this));
            auto* button = new QToolButton(this);
            button->setText(m_tree->name(id));
            button->setAutoRaise(true);
            button->setToolTip(tr("Show %1 in the treemap").arg(m_tree->name(id)));
            if (i + 1 < chain.size()) {
                connect(button, &QToolButton::clicked, this, [this, id] { Q_EMIT nodeClicked(id); });
            } else { // the shown folder: bold, not disabled, whose grey text is unreadable in light palettes
                QFont bold = button->font();
                bold.setBold(true);
                button->setFont(bold);
            }
            m_layout->addWidget(button);
        }
    }
    m_layout->addStretch();
    setAccessibleDescription(tr("Showing %1").arg(segments().join(QLatin1Char('/'))));
}

QStringList BreadcrumbBar::segments() const
{
    QStringList texts;
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto* button = qobject_cast<QToolButton*>(m_layout->itemAt(i)->widget()))
            texts.append(button->text());
    return texts;
}

} // namespace BundleScope
