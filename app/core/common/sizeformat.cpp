// SPDX-License-Identifier: GPL-3.0-or-later
#include "sizeformat.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace BundleScope {

QString SizeFormat::format(quint64 bytes, int precision)
{
    return QLocale().formattedDataSize(qint64(bytes), precision, QLocale::DataSizeIecFormat);
}

std::optional<quint64> SizeFormat::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtp]?)(i?)(b?)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    // "MB" is read as SI only when written with an upper-case B and no i; otherwise binary, like du -h.
    const bool si = match.captured(3).isEmpty() && match.captured(4) == u"B" && !unit.isEmpty();
    const double base = si ? 1000.0 : 1024.0;
    int exponent = 0;
    if (!unit.isEmpty())
        exponent = int(QStringView(u"kmgtp").indexOf(unit.at(0))) + 1;
    const double value = number * std::pow(base, exponent);
    if (value < 0 || value > 1.8e19) // below 2^64; llround would overflow past 2^63
        return std::nullopt;
    return quint64(std::round(value));
}

QString SizeFormat::percent(double fraction, int precision)
{
    // A change that rounds to zero is "0.0%", not "-0.0%" (a saving of a few bytes in a gigabyte).
    const double scale = std::pow(10.0, precision);
    const double value = std::round(fraction * 100.0 * scale) == 0.0 ? 0.0 : fraction * 100.0;
    return QLocale().toString(value, 'f', precision) + u'%';
}

} // namespace BundleScope
