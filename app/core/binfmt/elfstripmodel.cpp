// SPDX-License-Identifier: GPL-3.0-or-later
#include "elfstripmodel.h"

#include <algorithm>
#include <numeric>

namespace BundleScope {

namespace {

    quint64 alignUp(quint64 value, quint64 alignment)
    {
        if (alignment <= 1)
            return value;
        const quint64 rest = value % alignment;
        return rest == 0 ? value : value + (alignment - rest);
    }

} // namespace

bool ElfStripModel::isDebugSection(const ElfSection& section)
{
    if (section.isAlloc())
        return false;
    const QString& n = section.name;
    return n.startsWith(QLatin1String(".debug")) || n.startsWith(QLatin1String(".zdebug"))
        || n.startsWith(QLatin1String(".gnu.debuglto_")) || n.startsWith(QLatin1String(".stab"))
        || n == QLatin1String(".line") || n.startsWith(QLatin1String(".gnu.linkonce.wi."));
}

std::vector<bool> ElfStripModel::removedSections(const ElfInfo& info, Mode mode)
{
    const std::size_t count = info.sections.size();
    std::vector<bool> removed(count, false);
    for (std::size_t i = 1; i < count; ++i) {
        const ElfSection& s = info.sections[i];
        if (s.isAlloc() || i == info.sectionNameTableIndex)
            continue;
        if (isDebugSection(s))
            removed[i] = true;
        if (mode == Mode::StripAll && s.type == ElfSection::SymTab) {
            removed[i] = true;
            if (s.link < count && s.link != info.sectionNameTableIndex && !info.sections[s.link].isAlloc())
                removed[s.link] = true; // .strtab
        }
    }
    // Relocations against a removed section go with it (.rela.debug_info in object files).
    for (std::size_t i = 1; i < count; ++i) {
        const ElfSection& s = info.sections[i];
        if ((s.type == ElfSection::Rel || s.type == ElfSection::Rela) && !s.isAlloc() && s.info < count
            && removed[s.info])
            removed[i] = true;
    }
    return removed;
}

quint64 ElfStripModel::mergedStringTableSize(std::vector<QByteArray> names)
{
    // Sort by reversed string: a name that is a suffix of another then sits right before it.
    for (QByteArray& name : names)
        std::reverse(name.begin(), name.end());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    quint64 size = 1; // the leading NUL
    for (std::size_t i = 0; i < names.size(); ++i) {
        const bool isSuffix = i + 1 < names.size() && names[i + 1].startsWith(names[i]) && !names[i].isEmpty();
        if (!isSuffix && !names[i].isEmpty())
            size += quint64(names[i].size()) + 1;
    }
    return size;
}

quint64 ElfStripModel::keptSectionSize(const ElfInfo& info, std::size_t index, Mode mode, quint64 namesSize)
{
    const ElfSection& s = info.sections[index];
    if (index == info.sectionNameTableIndex)
        return namesSize;
    if (mode == Mode::StripDebug && info.debugSymbols.known && s.type == ElfSection::SymTab)
        return s.size - qMin(s.size, info.debugSymbols.count * qMax<quint64>(s.entsize, info.is64 ? 24 : 16));
    if (mode == Mode::StripDebug && info.debugSymbols.known && s.type == ElfSection::StrTab) {
        const bool isSymbolNames = std::any_of(info.sections.cbegin(), info.sections.cend(),
            [&](const ElfSection& t) { return t.type == ElfSection::SymTab && t.link == index; });
        if (isSymbolNames)
            return s.size - qMin(s.size, info.debugSymbols.stringBytes);
    }
    return s.fileSize();
}

quint64 ElfStripModel::strippedSize(const ElfInfo& info, Mode mode)
{
    const std::vector<bool> removed = removedSections(info, mode);
    const bool removesSymbols = mode == Mode::StripDebug && info.debugSymbols.known && info.debugSymbols.count > 0;
    if (std::none_of(removed.cbegin(), removed.cend(), [](bool r) { return r; }) && !removesSymbols)
        return info.fileSize;
    quint64 end = qMax<quint64>(info.headerSize, info.programHeaderBytes);
    for (const ElfSegment& p : info.segments)
        end = qMax(end, p.offset + p.fileSize);
    std::vector<std::size_t> trailing; // kept non-ALLOC sections, laid out again after the segments
    std::vector<QByteArray> names;
    for (std::size_t i = 1; i < info.sections.size(); ++i) {
        const ElfSection& s = info.sections[i];
        if (removed[i])
            continue;
        names.push_back(s.name.toUtf8());
        if (s.isAlloc())
            end = qMax(end, s.offset + s.fileSize());
        else
            trailing.push_back(i);
    }
    std::stable_sort(trailing.begin(), trailing.end(),
        [&](std::size_t a, std::size_t b) { return info.sections[a].offset < info.sections[b].offset; });
    const quint64 namesSize = mergedStringTableSize(std::move(names));
    for (std::size_t i : trailing)
        end = alignUp(end, info.sections[i].addralign) + keptSectionSize(info, i, mode, namesSize);
    const quint64 keptCount = 1 + std::count(removed.cbegin() + 1, removed.cend(), false);
    end = alignUp(end, info.is64 ? 8 : 4) + keptCount * info.sectionHeaderEntrySize;
    return qMin(end, info.fileSize);
}

ElfStripSavings ElfStripModel::savings(const ElfInfo& info)
{
    return { info.fileSize - strippedSize(info, Mode::StripAll), info.fileSize - strippedSize(info, Mode::StripDebug) };
}

} // namespace BundleScope
