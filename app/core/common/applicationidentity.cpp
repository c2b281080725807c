// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationidentity.h"

#include <QCoreApplication>

namespace BundleScope {

void ApplicationIdentity::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BundleScope"));
    QCoreApplication::setApplicationName(QStringLiteral("bundlescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUNDLESCOPE_VERSION));
}

} // namespace BundleScope
