// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <optional>
#include <utility>

namespace BundleScope {

// A value or an Error, in the spirit of C++23's std::expected (not available in C++20).
// Usage: `Result<Foo> r = parse(...); if (!r) return r.error(); use(*r);`
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
        if (m_error.code == Error::Code::None)
            m_error.code = Error::Code::Io; // an Error passed here always means failure
    }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }
    T&& operator*() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

    const Error& error() const { return m_error; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but can fail.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
        if (m_error.code == Error::Code::None)
            m_error.code = Error::Code::Io;
    }
    bool hasValue() const { return m_error.code == Error::Code::None; }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

inline Error makeError(Error::Code code, QString message, QString path = {})
{
    return Error { code, std::move(message), std::move(path) };
}

} // namespace BundleScope
