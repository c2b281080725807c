// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"

#include <QtGlobal>

namespace BundleScope {

// While it lives, SIGINT and SIGTERM cancel `token` instead of killing the process, so that a command can stop its
// child processes and remove its temporary folders before exiting; a second signal takes the default action
// (SA_RESETHAND). One at a time; main thread of a command line run. The handler only stores to an atomic flag,
// which is async-signal-safe.
class SignalCancellation {
public:
    explicit SignalCancellation(const CancellationToken& token);
    ~SignalCancellation();
    Q_DISABLE_COPY_MOVE(SignalCancellation)

    // The signal that cancelled, 0 when none did.
    static int receivedSignal();
};

} // namespace BundleScope
