// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspane.h"

#include "deps/dependencyexplanation.h"
#include "deps/importexplanation.h"
#include "slim/slimverdictstyle.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace BundleScope {

namespace {

    const QString s_scheme = QStringLiteral("node:");

} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_label = new QLabel(scroll);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    scroll->setWidget(m_label);
    layout->addWidget(scroll);
    connect(m_label, &QLabel::linkActivated, this, &DetailsPane::activateLink);
    refresh();
}

void DetailsPane::setContext(BundleTreePtr tree, std::shared_ptr<const DependencyGraph> graph)
{
    m_tree = std::move(tree);
    m_graph = std::move(graph);
    m_imports.reset();
    m_node = InvalidNode;
    refresh();
}

void DetailsPane::setImports(std::shared_ptr<const ImportGraph> imports)
{
    m_imports = std::move(imports);
    refresh();
}

QString DetailsPane::moduleName(NodeId id) const
{
    if (!m_imports)
        return {};
    if (const ImportGraph::ModuleId module = m_imports->moduleOfFile(id); module != ImportGraph::NoModule)
        return m_imports->module(module).name;
    if (!m_tree->isDirectory(id))
        return {};
    // A package folder (on disk or in the PYZ) is the module its __init__ file is.
    for (NodeId child : m_tree->children(id)) {
        if (m_tree->name(child).startsWith(QLatin1String("__init__.")))
            return moduleName(child);
    }
    return {};
}

QString DetailsPane::importsHtml(const QString& module) const
{
    QStringList lines;
    for (const QString& line : ImportExplanation::details(*m_imports, module))
        lines.append(line.toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b><br>%2</p>")
        .arg(tr("Python module %1, imported by").arg(module.toHtmlEscaped()), lines.join(QStringLiteral("<br>")));
}

void DetailsPane::setNode(NodeId id)
{
    m_node = id;
    refresh();
}

void DetailsPane::setSlimResult(SlimResultPtr result)
{
    m_slim = std::move(result);
    m_slimByPath.clear();
    if (m_slim) {
        for (const SlimItem& item : m_slim->items) {
            for (const SlimAction& action : item.actions)
                m_slimByPath.insert(action.path, &item);
        }
    }
    refresh();
}

QString DetailsPane::verdictHtml(NodeId id) const
{
    const SlimItem* item = m_tree->isValid(id) ? m_slimByPath.value(m_tree->path(id), nullptr) : nullptr;
    if (!item)
        return {};
    return QStringLiteral("<p><b>%1</b><br>%2<br>%3</p>")
        .arg(tr("Verified slimming: %1").arg(SlimVerdictStyle::label(item->verdict)).toHtmlEscaped(),
            tr("Candidate: %1").arg(item->title).toHtmlEscaped(), item->evidence.toHtmlEscaped());
}

QString DetailsPane::text() const
{
    return m_label->text();
}

void DetailsPane::activateLink(const QString& link)
{
    if (!link.startsWith(s_scheme))
        return;
    bool ok = false;
    const NodeId id = link.mid(s_scheme.size()).toUInt(&ok);
    if (ok && m_tree && m_tree->isValid(id))
        Q_EMIT nodeActivated(id);
}

QString DetailsPane::linkTo(NodeId id) const
{
    return QStringLiteral("<a href=\"%1%2\">%3</a>")
        .arg(s_scheme, QString::number(id), m_tree->path(id).toHtmlEscaped());
}

QString DetailsPane::chainHtml(NodeId id) const
{
    const std::vector<NodeId> chain = DependencyExplanation::chain(*m_tree, *m_graph, id);
    if (chain.size() <= 1)
        return DependencyExplanation::neededBy(*m_tree, *m_graph, id).toHtmlEscaped();
    QStringList links;
    for (NodeId link : chain)
        links.append(linkTo(link));
    return links.join(QStringLiteral(" &larr; "));
}

QString DetailsPane::needsHtml(NodeId id) const
{
    QStringList items;
    for (const DependencyGraph::Edge& edge : m_graph->needs(id))
        items.append(linkTo(edge.node));
    for (const QString& name : m_graph->unresolved(id))
        items.append(tr("%1 (expected from the system)").arg(name.toHtmlEscaped()));
    return items.isEmpty() ? tr("Nothing.") : items.join(QStringLiteral("<br>"));
}

QString DetailsPane::systemHtml() const
{
    QStringList names;
    for (auto it = m_graph->systemLibraries().cbegin(); it != m_graph->systemLibraries().cend(); ++it)
        names.append(tr("%1 (needed by %n file(s))", nullptr, int(it.value().size())).arg(it.key().toHtmlEscaped()));
    return names.isEmpty() ? tr("None.") : names.join(QStringLiteral("<br>"));
}

void DetailsPane::refresh()
{
    if (!m_tree || !m_graph) {
        m_label->setText(tr("Open a bundle to see why its native libraries are there."));
        return;
    }
    QString html;
    if (m_tree->isValid(m_node) && m_graph->contains(m_node)) {
        const DependencyGraph::Orphans orphans = m_graph->orphanedIfRemoved(m_node);
        html += QStringLiteral("<h3>%1</h3>").arg(m_tree->name(m_node).toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Needed by"), chainHtml(m_node));
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Needs"), needsHtml(m_node));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Removing it would orphan %n file(s) (%1).", nullptr, int(orphans.nodes.size()))
                             .arg(QLocale().formattedDataSize(qint64(orphans.bytes))));
    } else if (const QString module = m_tree->isValid(m_node) ? moduleName(m_node) : QString(); !module.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(m_tree->name(m_node).toHtmlEscaped()) + importsHtml(module);
    } else if (m_tree->isValid(m_node)) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%1 is not a native file.").arg(m_tree->name(m_node).toHtmlEscaped()));
    }
    html += verdictHtml(m_node);
    html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Expected from the system"), systemHtml());
    m_label->setText(html);
}

} // namespace BundleScope
