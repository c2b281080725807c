// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

namespace BundleScope {

// Cooperative cancellation shared between a controller (GUI thread) and the synchronous engine code it runs on a
// worker. Copies share one flag. Engine loops poll isCancelled() often enough to stop within 100 ms.
class CancellationToken {
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace BundleScope
