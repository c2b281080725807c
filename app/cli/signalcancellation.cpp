// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalcancellation.h"

#include <atomic>
#include <csignal>

namespace BundleScope {

namespace {
    const CancellationToken* s_token = nullptr;
    std::atomic<int> s_signal { 0 };
    struct sigaction s_previousInt;
    struct sigaction s_previousTerm;

    extern "C" void cancelOnSignal(int signal)
    {
        s_signal.store(signal, std::memory_order_relaxed);
        if (s_token)
            s_token->cancel();
    }
} // namespace

SignalCancellation::SignalCancellation(const CancellationToken& token)
{
    s_token = &token;
    s_signal.store(0);
    struct sigaction action = {};
    action.sa_handler = cancelOnSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, &s_previousInt);
    sigaction(SIGTERM, &action, &s_previousTerm);
}

SignalCancellation::~SignalCancellation()
{
    sigaction(SIGINT, &s_previousInt, nullptr);
    sigaction(SIGTERM, &s_previousTerm, nullptr);
    s_token = nullptr;
}

int SignalCancellation::receivedSignal()
{
    return s_signal.load(std::memory_order_relaxed);
}

} // namespace BundleScope
