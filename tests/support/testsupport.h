// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace BundleScope::Test {

// Writes `content` to `path`, creating parent folders; QFAIL-friendly: returns false on error.
bool writeFile(const QString& path, const QByteArray& content);

} // namespace BundleScope::Test
