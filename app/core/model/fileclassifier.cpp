// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileclassifier.h"

namespace BundleScope {

Category FileClassifier::classify(QByteArrayView name, bool executable, const std::function<quint32()>& readMagic)
{
    // Placeholder until the rule table lands (issue 2, classification): everything is Other.
    Q_UNUSED(name)
    Q_UNUSED(executable)
    Q_UNUSED(readMagic)
    return Category::Other;
}

} // namespace BundleScope
