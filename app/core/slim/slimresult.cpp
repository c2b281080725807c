// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimresult.h"

namespace BundleScope {

QString slimVerdictId(SlimVerdict verdict)
{
    switch (verdict) {
    case SlimVerdict::Removed:
        return QStringLiteral("removed");
    case SlimVerdict::Breaks:
        return QStringLiteral("breaks");
    case SlimVerdict::NotTried:
        break;
    }
    return QStringLiteral("not_tried");
}

} // namespace BundleScope
