// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonsourceimports.h"

#include <QList>

#include <cctype>

namespace BundleScope {

namespace {
    int indentOf(QByteArrayView line)
    {
        int indent = 0;
        while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t'))
            ++indent;
        return indent;
    }

    // "a.b as c" -> "a.b"; "(x" -> "x"; empty when not a dotted name.
    QByteArray dottedName(QByteArrayView text)
    {
        QByteArray name = text.trimmed().toByteArray();
        while (name.startsWith('('))
            name = name.mid(1).trimmed();
        while (name.endsWith(')') || name.endsWith('\\'))
            name.chop(1);
        if (const qsizetype space = name.indexOf(' '); space >= 0)
            name.truncate(space);
        for (char c : std::as_const(name)) {
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '*' || quint8(c) >= 0x80))
                return {};
        }
        return name;
    }

    void parseImport(QByteArrayView rest, bool lazy, std::vector<BytecodeImport>& out)
    {
        for (const QByteArray& part : rest.toByteArray().split(',')) {
            const QByteArray name = dottedName(part);
            if (!name.isEmpty() && !name.startsWith('.'))
                out.push_back({ name, {}, 0, lazy });
        }
    }

    void parseFrom(QByteArrayView rest, QByteArrayView names, bool lazy, std::vector<BytecodeImport>& out)
    {
        BytecodeImport found;
        found.lazy = lazy;
        QByteArray module = rest.trimmed().toByteArray();
        while (module.startsWith('.')) {
            ++found.level;
            module.remove(0, 1);
        }
        found.name = dottedName(module);
        if (found.name.isEmpty() && (found.level == 0 || !module.trimmed().isEmpty()))
            return;
        for (const QByteArray& part : names.toByteArray().split(',')) {
            if (const QByteArray name = dottedName(part); !name.isEmpty())
                found.fromList.append(name);
        }
        out.push_back(std::move(found));
    }
} // namespace

std::vector<BytecodeImport> PythonSourceImports::scan(QByteArrayView source)
{
    std::vector<BytecodeImport> imports;
    QList<int> functionIndents; // the `def` blocks the current line is in
    bool inParentheses = false; // `from x import (a,` continues until ')'
    for (QByteArrayView line : source.toByteArray().split('\n')) {
        const int indent = indentOf(line);
        const QByteArrayView code = line.sliced(indent).trimmed();
        if (inParentheses) {
            if (!imports.empty()) {
                for (const QByteArray& part : code.toByteArray().split(',')) {
                    if (const QByteArray name = dottedName(part); !name.isEmpty())
                        imports.back().fromList.append(name);
                }
            }
            inParentheses = !code.contains(')');
            continue;
        }
        if (code.isEmpty() || code.startsWith('#'))
            continue;
        while (!functionIndents.isEmpty() && functionIndents.last() >= indent)
            functionIndents.removeLast();
        if (code.startsWith("def ") || code.startsWith("async def ")) {
            functionIndents.append(indent);
            continue;
        }
        const bool lazy = !functionIndents.isEmpty();
        if (code.startsWith("import ")) {
            parseImport(code.sliced(7), lazy, imports);
        } else if (code.startsWith("from ")) {
            const qsizetype keyword = code.indexOf(" import ");
            if (keyword < 0)
                continue;
            const QByteArrayView names = code.sliced(keyword + 8);
            parseFrom(code.sliced(5, keyword - 5), names, lazy, imports);
            inParentheses = names.contains('(') && !names.contains(')');
        }
    }
    return imports;
}

} // namespace BundleScope
