// SPDX-License-Identifier: GPL-3.0-or-later
#include "upxdetector.h"

namespace BundleScope {

bool UpxDetector::hasMagic(QIODevice& device)
{
    const qint64 size = device.size();
    if (device.seek(0) && device.read(WindowSize).contains("UPX!"))
        return true;
    const qint64 tail = qMax<qint64>(0, size - WindowSize);
    return tail > 0 && device.seek(tail) && device.read(WindowSize).contains("UPX!");
}

} // namespace BundleScope
