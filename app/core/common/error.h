// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace BundleScope {

// What went wrong, where. The engine never throws: failures travel as an Error inside a Result.
struct Error {
    enum class Code {
        None,
        NotFound, // the path does not exist
        PermissionDenied,
        NotABundle, // exists but is nothing we can open
        Malformed, // a file format we parse is truncated or inconsistent
        Unsupported, // a valid input we cannot handle (format version, limit of a library)
        TooLarge, // a limit (Zip64, 8 GiB tar member, memory cap) would be exceeded
        Io, // read or write failed
        Cancelled,
        InvalidArgument,
        AlreadyExists,
    };

    Code code = Code::None;
    QString message; // translated, user-facing sentence
    QString path; // the file concerned, empty when none

    bool isError() const { return code != Code::None; }
    // "message (path)" for logs and the command line.
    QString toString() const { return path.isEmpty() ? message : message + QStringLiteral(" (") + path + u')'; }
};

} // namespace BundleScope
