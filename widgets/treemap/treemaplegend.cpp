// SPDX-License-Identifier: GPL-3.0-or-later
#include "treemaplegend.h"

#include "treemappalette.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace BundleScope {

namespace {
    constexpr int margin = 4;
    constexpr int spacing = 12;
}

TreemapLegend::TreemapLegend(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Treemap legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    showCategories();
}

void TreemapLegend::showCategories()
{
    QList<Entry> entries;
    for (Category category : CategoryInfo::fileCategories())
        entries.append({ CategoryInfo::displayName(category), TreemapPalette::categoryColor(category) });
    entries.append({ tr("Small files"), TreemapPalette::smallFilesColor() });
    setEntries(std::move(entries));
}

void TreemapLegend::showTopPackages(const BundleTree& tree, int maxEntries)
{
    std::vector<quint64> bytes(std::size_t(tree.packageNames().size()), 0);
    for (NodeId id = 0; id < tree.nodeCount(); ++id) {
        if (tree.kind(id) == NodeKind::File && !tree.hasFlag(id, HardLinkDuplicate) && tree.package(id) < bytes.size())
            bytes[tree.package(id)] += tree.size(id);
    }
    std::vector<PackageId> order;
    for (std::size_t p = 0; p < bytes.size(); ++p) {
        if (p != OtherPackage && bytes[p] > 0)
            order.push_back(PackageId(p));
    }
    std::stable_sort(order.begin(), order.end(), [&bytes](PackageId a, PackageId b) { return bytes[a] > bytes[b]; });
    if (order.size() > std::size_t(std::max(0, maxEntries)))
        order.resize(std::size_t(std::max(0, maxEntries)));
    QList<Entry> entries;
    for (PackageId package : order) {
        const QString name = tree.packageName(package);
        entries.append({ name, TreemapPalette::packageColor(name) });
    }
    entries.append({ tr("Other"), TreemapPalette::uncoloredColor() });
    setEntries(std::move(entries));
}

void TreemapLegend::setEntries(QList<Entry> entries)
{
    m_entries = std::move(entries);
    QStringList labels; // the swatches themselves say nothing to a screen reader
    for (const Entry& entry : std::as_const(m_entries))
        labels.append(entry.label);
    setAccessibleDescription(tr("Colours stand for: %1").arg(QLocale().createSeparatedList(labels)));
    updateGeometry();
    update();
}

QList<QRect> TreemapLegend::arrange(int width, int* height) const
{
    const QFontMetrics metrics = fontMetrics();
    const int swatch = metrics.height();
    QList<QRect> rects;
    int x = margin;
    int y = margin;
    for (const Entry& entry : m_entries) {
        const int itemWidth = swatch + 4 + metrics.horizontalAdvance(entry.label);
        if (x > margin && x + itemWidth > width - margin) {
            x = margin;
            y += swatch + margin;
        }
        rects.append(QRect(x, y, itemWidth, swatch));
        x += itemWidth + spacing;
    }
    *height = m_entries.isEmpty() ? 0 : y + swatch + margin;
    return rects;
}

int TreemapLegend::heightForWidth(int width) const
{
    int height = 0;
    arrange(width, &height);
    return height;
}

QSize TreemapLegend::sizeHint() const
{
    const int width = 480;
    return { width, heightForWidth(width) };
}

QSize TreemapLegend::minimumSizeHint() const
{
    return { 100, fontMetrics().height() + 2 * margin };
}

void TreemapLegend::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    int height = 0;
    const QList<QRect> rects = arrange(width(), &height);
    const int swatch = fontMetrics().height();
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRect& r = rects[i];
        const QRect box(r.left(), r.top(), swatch, swatch);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setBrush(m_entries[i].color);
        painter.drawRect(box.adjusted(1, 1, -2, -2));
        painter.drawText(r.adjusted(swatch + 4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, m_entries[i].label);
    }
}

void TreemapLegend::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace BundleScope
