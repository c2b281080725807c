// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace BundleScope::Test {

// Writes a zip at `path` holding `files` (member path -> content, deflated) and damages the compressed data of the
// members named in `damaged`: their first deflate block gets the reserved block type, so inflating them fails at
// the first byte. The central directory (names, sizes) stays intact, so a scan lists every member and only reading
// one fails: a read error after the scan that a separate process (the command line) or the GUI meets for certain,
// without racing to change a file between scan and analysis. False (after a qWarning) on failure.
bool writeDamagedZip(const QString& path, const QMap<QString, QByteArray>& files, const QStringList& damaged);

} // namespace BundleScope::Test
