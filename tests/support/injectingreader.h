// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/contentreader.h"

namespace BundleScope::Test {

// Reads through `inner`, except that `failing` opens as a device that fails like a bad disk: the read that reaches
// byte `failAt` fails (-1, error string "Input/output error (injected)"); reads before it succeed. Random access,
// unbuffered, so each read() reaches the device at the position it asks for. How the read-error tests inject a
// failure through the ContentReader interface (the tests run as root: permissions prove nothing). Thread-safe like
// `inner`; the test keeps `inner` alive.
class InjectingReader : public ContentReader {
public:
    InjectingReader(const ContentReader& inner, NodeId failing, qint64 failAt);

    std::unique_ptr<QIODevice> open(NodeId id) const override;
    // Not the inner reader's fast path: the failing node must go through open().
    std::optional<QByteArray> readContent(NodeId id, qint64 maxBytes) const override;

    static QString injectedMessage() { return QStringLiteral("Input/output error (injected)"); }

private:
    const ContentReader& m_inner;
    NodeId m_failing;
    qint64 m_failAt;
};

} // namespace BundleScope::Test
