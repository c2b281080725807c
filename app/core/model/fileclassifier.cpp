// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileclassifier.h"

#include "categoryrules.h"

#include <algorithm>
#include <array>
#include <climits>
#include <string_view>
#include <vector>

namespace BundleScope {

namespace {

    // The rule table rearranged for lookups without allocation: extension rules sorted for binary search, the few name
    // and glob rules kept with their table index so that table order still decides between several matches.
    class RuleIndex {
    public:
        RuleIndex()
        {
            const auto rules = CategoryRules::table();
            for (std::size_t i = 0; i < rules.size(); ++i) {
                if (rules[i].match == CategoryRule::Match::Extension)
                    m_extensions.push_back({ rules[i].pattern, int(i) });
                else
                    m_others.push_back(int(i));
            }
            std::sort(m_extensions.begin(), m_extensions.end());
        }

        // Table index of the first matching rule, INT_MAX when none.
        int firstMatch(QByteArrayView name) const
        {
            int best = extensionMatch(CategoryRules::extension(name));
            const auto rules = CategoryRules::table();
            for (int index : m_others) {
                if (index >= best)
                    break;
                if (CategoryRules::matches(rules[std::size_t(index)], name))
                    return index;
            }
            return best;
        }

    private:
        int extensionMatch(QByteArrayView extension) const
        {
            std::array<char, 16> lower {};
            if (extension.isEmpty() || extension.size() > qsizetype(lower.size()))
                return INT_MAX;
            for (qsizetype i = 0; i < extension.size(); ++i) {
                const char c = extension[i];
                lower[std::size_t(i)] = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
            }
            const std::string_view key(lower.data(), std::size_t(extension.size()));
            const auto it = std::lower_bound(m_extensions.begin(), m_extensions.end(), std::pair(key, -1));
            return (it != m_extensions.end() && it->first == key) ? it->second : INT_MAX;
        }

        std::vector<std::pair<std::string_view, int>> m_extensions;
        std::vector<int> m_others; // ascending table indices
    };

    const RuleIndex& ruleIndex()
    {
        static const RuleIndex index;
        return index;
    }

} // namespace

Category FileClassifier::classify(QByteArrayView name, bool executable, const std::function<quint32()>& readMagic)
{
    const int rule = ruleIndex().firstMatch(name);
    if (rule != INT_MAX)
        return CategoryRules::table()[std::size_t(rule)].category;
    if ((executable || CategoryRules::extension(name).isEmpty()) && readMagic)
        return classifyMagic(readMagic(), name, executable);
    return Category::Other;
}

Category FileClassifier::classifyMagic(quint32 magic, QByteArrayView name, bool executable)
{
    // ELF: e_ident "\x7fELF" (System V ABI, gABI ch. 4); PE/COFF: DOS stub "MZ" (Microsoft PE format spec);
    // Mach-O: MH_MAGIC / MH_MAGIC_64 in either byte order and FAT_MAGIC (<mach-o/loader.h>, <mach-o/fat.h>).
    const bool elf = magic == 0x7f454c46u;
    const bool pe = (magic >> 16) == 0x4d5au;
    const bool machO = magic == 0xfeedfaceu || magic == 0xfeedfacfu || magic == 0xcefaedfeu || magic == 0xcffaedfeu
        || magic == 0xcafebabeu;
    if (!elf && !pe && !machO)
        return Category::Other;
    // Without the ELF header's e_type at hand, the x bit decides: shared objects rarely carry it, programs always do.
    if (executable && !name.contains(QByteArrayView(".so")))
        return Category::Executable;
    return Category::NativeLibrary;
}

} // namespace BundleScope
