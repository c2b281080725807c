// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytecodeimports.h"

namespace BundleScope {

namespace {
    constexpr quint8 s_cache = 0; // 3.11+: inline cache entries (zero in marshalled code)
    constexpr quint8 s_loadConst = 100;
    constexpr quint8 s_importName = 108;
    constexpr quint8 s_extendedArg = 144;
    constexpr qint64 s_newLocals = 0x2; // CO_NEWLOCALS: a function body, not a module or class body
    constexpr int s_maxDepth = 100;

    const MarshalValue* item(const MarshalValue* sequence, quint32 index)
    {
        return sequence && sequence->isSequence() && index < sequence->items.size() ? sequence->items[index].get()
                                                                                    : nullptr;
    }

    // What an import's level constant and fromlist constant say; false when they are not what compile() writes.
    bool readOperands(const MarshalValue* level, const MarshalValue* fromList, BytecodeImport& out)
    {
        if (!level || level->type != MarshalValue::Type::Int || level->integer < 0 || level->integer > 100)
            return false;
        out.level = int(level->integer);
        if (!fromList || fromList->type == MarshalValue::Type::None)
            return true;
        if (!fromList->isSequence())
            return false;
        for (const auto& name : fromList->items) {
            if (name->type != MarshalValue::Type::String)
                return false;
            out.fromList.append(name->bytes);
        }
        return true;
    }

    void scanCode(const MarshalValue& code, bool lazy, int depth, std::vector<BytecodeImport>& out)
    {
        const MarshalValue* bytecode = code.codeField(MarshalValue::Bytecode);
        const MarshalValue* consts = code.codeField(MarshalValue::Consts);
        const MarshalValue* names = code.codeField(MarshalValue::Names);
        if (!bytecode || bytecode->type != MarshalValue::Type::Bytes)
            return;
        const QByteArray& ops = bytecode->bytes;
        quint32 extended = 0;
        // The operands of the last two LOAD_CONSTs, when nothing else came between them and here.
        qint64 previousConst[2] = { -1, -1 };
        for (qsizetype i = 0; i + 1 < ops.size(); i += 2) {
            const quint8 op = quint8(ops[i]);
            const quint32 arg = (extended << 8) | quint8(ops[i + 1]);
            extended = 0;
            if (op == s_extendedArg) {
                extended = arg;
                continue;
            }
            if (op == s_cache)
                continue;
            if (op == s_loadConst) {
                previousConst[0] = previousConst[1];
                previousConst[1] = arg;
                continue;
            }
            if (op == s_importName) {
                const MarshalValue* name = item(names, arg);
                BytecodeImport found;
                found.lazy = lazy;
                if (name && name->type == MarshalValue::Type::String && previousConst[0] >= 0
                    && readOperands(
                        item(consts, quint32(previousConst[0])), item(consts, quint32(previousConst[1])), found)) {
                    found.name = name->bytes;
                    out.push_back(std::move(found));
                }
            }
            previousConst[0] = previousConst[1] = -1;
        }
        if (!consts || !consts->isSequence() || depth >= s_maxDepth)
            return;
        for (const auto& constant : consts->items) {
            if (constant->type != MarshalValue::Type::Code)
                continue;
            const MarshalValue* flags = constant->codeField(MarshalValue::Flags);
            const bool function = flags && flags->type == MarshalValue::Type::Int && (flags->integer & s_newLocals);
            scanCode(*constant, lazy || function, depth + 1, out);
        }
    }
} // namespace

std::vector<BytecodeImport> BytecodeImports::scan(const MarshalValue& code, int pythonVersion)
{
    std::vector<BytecodeImport> imports;
    if (isSupported(pythonVersion) && code.type == MarshalValue::Type::Code)
        scanCode(code, false, 0, imports);
    return imports;
}

} // namespace BundleScope
