// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagedzip.h"

#include "testsupport.h"

#include <KZip>

#include <QFile>
#include <QtEndian>

namespace BundleScope::Test {

namespace {
    // The local file header of `name` (APPNOTE.TXT 4.3.7): signature, ..., method at 8, name length at 26, extra
    // length at 28, name at 30, then the data.
    bool damageMember(QByteArray& zip, const QByteArray& name)
    {
        for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4)) {
            if (at + 30 > zip.size())
                break;
            const auto* header = reinterpret_cast<const uchar*>(zip.constData() + at);
            const quint16 method = qFromLittleEndian<quint16>(header + 8);
            const quint16 nameLength = qFromLittleEndian<quint16>(header + 26);
            const quint16 extraLength = qFromLittleEndian<quint16>(header + 28);
            if (zip.mid(at + 30, nameLength) != name)
                continue;
            const qsizetype data = at + 30 + nameLength + extraLength;
            if (method != 8 || data >= zip.size()) {
                qWarning("%s is not deflated in the zip (method %u)", name.constData(), method);
                return false;
            }
            zip[data] = char(0xff); // BFINAL 1, BTYPE 11: "invalid block type" (RFC 1951, 3.2.3)
            return true;
        }
        qWarning("no local header for %s", name.constData());
        return false;
    }
} // namespace

bool writeDamagedZip(const QString& path, const QMap<QString, QByteArray>& files, const QStringList& damaged)
{
    {
        KZip zip(path);
        if (!zip.open(QIODevice::WriteOnly)) {
            qWarning("cannot write %s: %s", qPrintable(path), qPrintable(zip.errorString()));
            return false;
        }
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!zip.writeFile(it.key(), it.value(), 0100644)) {
                qWarning("cannot add %s: %s", qPrintable(it.key()), qPrintable(zip.errorString()));
                return false;
            }
        }
        if (!zip.close())
            return false;
    }
    QByteArray bytes = readFile(path);
    for (const QString& name : damaged) {
        if (!damageMember(bytes, name.toUtf8()))
            return false;
    }
    return writeFile(path, bytes);
}

} // namespace BundleScope::Test
