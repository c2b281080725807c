// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependencygraph.h"

#include <algorithm>
#include <deque>

namespace BundleScope {

DependencyGraph::RootKind DependencyGraph::rootKind(NodeId id) const
{
    const int index = indexOf(id);
    return index < 0 ? RootKind::None : m_rootKind[std::size_t(index)];
}

std::vector<NodeId> DependencyGraph::roots() const
{
    std::vector<NodeId> result;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (isRootKind(m_rootKind[i]))
            result.push_back(m_nodes[i]);
    }
    return result;
}

std::vector<DependencyGraph::Edge> DependencyGraph::needs(NodeId id) const
{
    std::vector<Edge> result;
    if (const int index = indexOf(id); index >= 0) {
        for (const IndexEdge& edge : m_out[std::size_t(index)])
            result.push_back({ m_nodes[std::size_t(edge.target)], edge.confidence });
    }
    return result;
}

std::vector<NodeId> DependencyGraph::neededByDirectly(NodeId id) const
{
    std::vector<NodeId> result;
    if (const int index = indexOf(id); index >= 0) {
        for (int source : m_in[std::size_t(index)])
            result.push_back(m_nodes[std::size_t(source)]);
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<NodeId> DependencyGraph::neededBy(NodeId id, const std::function<bool(NodeId root)>& preferredRoot) const
{
    // Prefer what the app imports: a chain to an extension module or the runtime, else to a library Python code
    // loads by name (it may link the same libraries more directly: torch/lib/libtorch.so -> libtorch_cpu.so.1.13).
    const auto imported = [this](int index) {
        const RootKind kind = m_rootKind[std::size_t(index)];
        return kind == RootKind::ExtensionModule || kind == RootKind::Runtime;
    };
    std::vector<NodeId> chain;
    if (preferredRoot) {
        chain = shortestChain(
            id, [&](int index) { return imported(index) && preferredRoot(m_nodes[std::size_t(index)]); });
    }
    if (chain.empty())
        chain = shortestChain(id, imported);
    if (chain.empty())
        chain = shortestChain(id, [this](int index) { return isRootKind(m_rootKind[std::size_t(index)]); });
    return chain;
}

std::vector<NodeId> DependencyGraph::shortestChain(NodeId id, const std::function<bool(int index)>& endsChain) const
{
    const int start = indexOf(id);
    if (start < 0)
        return {};
    // Backwards breadth-first search over the incoming edges; the first root met ends the shortest chain.
    std::vector<int> previous(m_nodes.size(), -1);
    std::vector<bool> seen(m_nodes.size(), false);
    std::deque<int> queue { start };
    seen[std::size_t(start)] = true;
    while (!queue.empty()) {
        const int current = queue.front();
        queue.pop_front();
        if (endsChain(current)) {
            std::vector<NodeId> chain;
            for (int at = current; at >= 0; at = previous[std::size_t(at)])
                chain.push_back(m_nodes[std::size_t(at)]);
            std::reverse(chain.begin(), chain.end());
            return chain;
        }
        for (int source : m_in[std::size_t(current)]) {
            if (!seen[std::size_t(source)]) {
                seen[std::size_t(source)] = true;
                previous[std::size_t(source)] = current;
                queue.push_back(source);
            }
        }
    }
    return {};
}

QStringList DependencyGraph::unresolved(NodeId id) const
{
    const int index = indexOf(id);
    return index < 0 ? QStringList() : m_unresolved[std::size_t(index)];
}

QString DependencyGraph::readError(NodeId id) const
{
    return m_errors.value(id);
}

bool DependencyGraph::isReachable(NodeId id) const
{
    const int index = indexOf(id);
    return index >= 0 && m_reachable[std::size_t(index)];
}

quint64 DependencyGraph::size(NodeId id) const
{
    const int index = indexOf(id);
    return index < 0 ? 0 : m_sizes[std::size_t(index)];
}

std::vector<bool> DependencyGraph::reach(const std::vector<int>& sources, int removed) const
{
    std::vector<bool> seen(m_nodes.size(), false);
    std::vector<int> stack;
    for (int source : sources) {
        if (source != removed && !seen[std::size_t(source)]) {
            seen[std::size_t(source)] = true;
            stack.push_back(source);
        }
    }
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        for (const IndexEdge& edge : m_out[std::size_t(current)]) {
            if (edge.target != removed && !seen[std::size_t(edge.target)]) {
                seen[std::size_t(edge.target)] = true;
                stack.push_back(edge.target);
            }
        }
    }
    return seen;
}

std::vector<NodeId> DependencyGraph::reachableFrom(const std::vector<NodeId>& sources) const
{
    std::vector<int> indexes;
    for (NodeId id : sources) {
        if (const int index = indexOf(id); index >= 0)
            indexes.push_back(index);
    }
    const std::vector<bool> seen = reach(indexes, -1);
    std::vector<NodeId> result;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (seen[i])
            result.push_back(m_nodes[i]);
    }
    return result;
}

DependencyGraph::Orphans DependencyGraph::orphanedIfRemoved(NodeId id) const
{
    const int removed = indexOf(id);
    if (removed < 0)
        return {};
    std::vector<int> rootIndexes;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (isRootKind(m_rootKind[i]))
            rootIndexes.push_back(int(i));
    }
    const std::vector<bool> without = reach(rootIndexes, removed);
    Orphans orphans;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (int(i) != removed && m_reachable[i] && !without[i]) {
            orphans.nodes.push_back(m_nodes[i]);
            orphans.bytes += m_sizes[i];
        }
    }
    return orphans;
}

std::vector<NodeId> DependencyGraph::unreferenced() const
{
    std::vector<NodeId> result;
    // A packed file, or one that could not be read, may need any library: none can be called unreferenced.
    if (!m_packed.isEmpty() || !m_readFailures.empty())
        return result;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (!m_reachable[i])
            result.push_back(m_nodes[i]);
    }
    return result;
}

std::vector<NodeId> DependencyGraph::programsNeeding(NodeId id) const
{
    const int start = indexOf(id);
    if (start < 0)
        return {};
    std::vector<bool> seen(m_nodes.size(), false);
    std::vector<int> stack { start };
    seen[std::size_t(start)] = true;
    std::vector<NodeId> result;
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        if (current != start && m_rootKind[std::size_t(current)] == RootKind::Program)
            result.push_back(m_nodes[std::size_t(current)]);
        for (int source : m_in[std::size_t(current)]) {
            if (!seen[std::size_t(source)]) {
                seen[std::size_t(source)] = true;
                stack.push_back(source);
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

void DependencyGraph::finish()
{
    m_in.assign(m_nodes.size(), {});
    std::vector<int> rootIndexes;
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        for (const IndexEdge& edge : m_out[i]) {
            auto& incoming = m_in[std::size_t(edge.target)];
            if (std::find(incoming.begin(), incoming.end(), int(i)) == incoming.end())
                incoming.push_back(int(i));
        }
        if (isRootKind(m_rootKind[i]))
            rootIndexes.push_back(int(i));
    }
    m_reachable = reach(rootIndexes, -1);
}

} // namespace BundleScope
