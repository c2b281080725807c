// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace BundleScope {

namespace {
    // strace prints strings C-escaped: \" \\ \n \t and \ooo / \xhh for other bytes.
    QByteArray unescape(QByteArrayView text)
    {
        QByteArray out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c != '\\' || i + 1 >= text.size()) {
                out += c;
                continue;
            }
            const char next = text[++i];
            if (next == 'x' && i + 2 < text.size()) {
                out += char(QByteArray(text.sliced(i + 1, 2).toByteArray()).toInt(nullptr, 16));
                i += 2;
            } else if (next >= '0' && next <= '7') {
                qsizetype end = i;
                while (end < text.size() && end < i + 3 && text[end] >= '0' && text[end] <= '7')
                    ++end;
                out += char(text.sliced(i, end - i).toByteArray().toInt(nullptr, 8));
                i = end - 1;
            } else if (next == 'n') {
                out += '\n';
            } else if (next == 't') {
                out += '\t';
            } else {
                out += next;
            }
        }
        return out;
    }

    bool isUnderExpandable(const BundleTree& tree, NodeId id)
    {
        for (NodeId parent = tree.parent(id); parent != InvalidNode && parent != tree.root();
             parent = tree.parent(parent)) {
            if (tree.hasFlag(parent, Expandable))
                return true;
        }
        return false;
    }
} // namespace

void TraceLog::add(const QString& path, const QString& copyRoot)
{
    QString absolute = QDir::isAbsolutePath(path) ? path : copyRoot + u'/' + path;
    absolute = QDir::cleanPath(absolute);
    QString relative;
    if (absolute == copyRoot)
        relative.clear();
    else if (absolute.startsWith(copyRoot + u'/'))
        relative = absolute.mid(copyRoot.size() + 1);
    else
        return;
    while (!m_touched.contains(relative)) {
        m_touched.insert(relative);
        if (relative.isEmpty())
            break;
        const qsizetype slash = relative.lastIndexOf(u'/');
        relative = slash < 0 ? QString() : relative.left(slash);
    }
}

TraceLog TraceLog::read(const QString& logFile, const QString& copyRoot)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll(), copyRoot);
}

TraceLog TraceLog::parse(const QByteArray& log, const QString& copyRoot)
{
    QSet<QByteArray> paths;
    qsizetype start = 0;
    while (start < log.size()) {
        qsizetype newline = log.indexOf('\n', start);
        if (newline < 0)
            newline = log.size();
        const QByteArrayView line = QByteArrayView(log).sliced(start, newline - start);
        start = newline + 1;
        // Quoted strings: "…" with escapes; descriptor paths: <…> right after a number (strace -y).
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == '"') {
                qsizetype end = i + 1;
                while (end < line.size() && line[end] != '"')
                    end += line[end] == '\\' ? 2 : 1;
                if (end > line.size())
                    break;
                const QByteArray text = unescape(line.sliced(i + 1, end - i - 1));
                if (!text.isEmpty())
                    paths.insert(text);
                i = end;
            } else if (line[i] == '<' && i > 0 && line[i - 1] >= '0' && line[i - 1] <= '9') {
                const qsizetype end = line.indexOf('>', i + 1);
                if (end < 0)
                    break;
                paths.insert(unescape(line.sliced(i + 1, end - i - 1)));
                i = end;
            }
        }
    }
    // A path through a symlink (a duplicate replaced by a link, lib.so -> lib.so.1) touches its target too; the
    // copy is on disk in its baseline state while the log is read.
    TraceLog trace;
    const QString root = QDir::cleanPath(copyRoot);
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    for (const QByteArray& raw : std::as_const(paths)) {
        const QString path = QFile::decodeName(raw);
        trace.add(path, root);
        const QString absolute = QDir::isAbsolutePath(path) ? path : root + u'/' + path;
        const QString canonical = QFileInfo(absolute).canonicalFilePath();
        if (!canonicalRoot.isEmpty() && canonical.startsWith(canonicalRoot + u'/'))
            trace.add(root + canonical.mid(canonicalRoot.size()), root);
    }
    return trace;
}

std::vector<NodeId> TraceLog::untouched(const BundleTree& tree, quint64 minBytes, int limit) const
{
    std::vector<NodeId> found;
    std::vector<NodeId> stack { tree.root() };
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        for (NodeId child : tree.children(id)) {
            if (tree.hasFlag(child, Expandable) || isUnderExpandable(tree, child))
                continue; // the launcher itself runs; its members are not files on disk
            if (!touched(tree.path(child))) {
                if (tree.size(child) >= minBytes)
                    found.push_back(child);
            } else if (tree.isDirectory(child)) {
                stack.push_back(child);
            }
        }
    }
    std::sort(found.begin(), found.end(),
        [&tree](NodeId a, NodeId b) { return tree.size(a) != tree.size(b) ? tree.size(a) > tree.size(b) : a < b; });
    if (limit >= 0 && found.size() > std::size_t(limit))
        found.resize(std::size_t(limit));
    return found;
}

} // namespace BundleScope
