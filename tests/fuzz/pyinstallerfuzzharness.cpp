// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyinstallerfuzzharness.h"

#include "binfmt/carchivereader.h"
#include "binfmt/marshalreader.h"
#include "binfmt/pyzreader.h"
#include "binfmt/zlibinflate.h"

#include <QBuffer>

namespace BundleScope::Fuzz {

void parsePyInstallerInput(const QByteArray& input)
{
    QByteArray data = input;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    if (auto archive = CArchiveReader::read(buffer)) {
        for (const CArchiveEntry& entry : archive->entries) {
            (void)CArchiveReader::readEntry(buffer, entry, 1 << 20);
            if (entry.typeCode == 'z') {
                if (auto pyz = PyzReader::read(buffer, entry.offset, entry.storedLength)) {
                    for (const PyzEntry& module : pyz->entries)
                        (void)ZlibInflate::inflatedSize(data.mid(module.offset, module.storedLength), 1 << 20);
                }
            }
        }
    }
    // The same bytes as a bare PYZ and as a marshal stream.
    (void)PyzReader::read(buffer, 0, data.size());
    MarshalReader marshal(data);
    (void)marshal.readObject();
}

} // namespace BundleScope::Fuzz
