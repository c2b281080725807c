// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonstringliterals.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace BundleScope {

namespace {
    // The first position at or after `from` holding one of up to three bytes (`c` may repeat `a` or `b`), or `size`.
    // Events sit a few dozen bytes apart in Python source: an inlined 16-byte compare costs far less than a library
    // memchr() call per byte kind, which is what the lexer did before (three quarters of its time).
    class Finder {
    public:
        explicit Finder(QByteArrayView source)
            : m_data(source.data())
            , m_size(source.size())
        {
        }
        qsizetype size() const { return m_size; }
        char at(qsizetype i) const { return m_data[i]; }

        qsizetype next(qsizetype from, char a, char b, char c) const
        {
            qsizetype i = from;
#if defined(__SSE2__)
            const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
            for (; i + 16 <= m_size; i += 16) {
                const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(m_data + i));
                const __m128i hits = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(chunk, va), _mm_cmpeq_epi8(chunk, vb)), _mm_cmpeq_epi8(chunk, vc));
                if (const int mask = _mm_movemask_epi8(hits))
                    return i + __builtin_ctz(unsigned(mask));
            }
#endif
            for (; i < m_size; ++i) {
                const char byte = m_data[i];
                if (byte == a || byte == b || byte == c)
                    return i;
            }
            return m_size;
        }

    private:
        const char* m_data;
        qsizetype m_size;
    };
} // namespace

void PythonStringLiterals::collect(QByteArrayView source, std::vector<QByteArrayView>& literals)
{
    const Finder find(source);
    const qsizetype size = find.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype start = find.next(i, '\'', '"', '#');
        if (start >= size)
            break;
        const char c = find.at(start);
        if (c == '#') { // a comment: skip to its line's end
            i = find.next(start + 1, '\n', '\n', '\n') + 1;
            continue;
        }
        if (start + 2 < size && find.at(start + 1) == c && find.at(start + 2) == c) { // triple-quoted: skip it
            qsizetype end = find.next(start + 3, c, c, c);
            while (end + 2 < size && !(find.at(end + 1) == c && find.at(end + 2) == c))
                end = find.next(end + 1, c, c, c);
            i = end + 2 < size ? end + 3 : size;
            continue;
        }
        // The literal ends at its closing quote or, unterminated, at the line's end; a backslash escapes the byte
        // after it (a quote, a newline).
        qsizetype end = start + 1;
        for (;;) {
            end = find.next(end, c, '\\', '\n');
            if (end >= size || find.at(end) != '\\')
                break;
            end += 2;
        }
        if (end < size && find.at(end) == c && end - start - 1 >= MinimumLength)
            literals.push_back(source.sliced(start + 1, end - start - 1));
        i = end + 1;
    }
}

} // namespace BundleScope
