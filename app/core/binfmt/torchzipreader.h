// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binfmt/weightsinfo.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

namespace BundleScope {

// Reads a PyTorch checkpoint in the zip format torch.save writes since 1.6 (.pt/.pth/.ckpt/.bin): one top folder
// holding data.pkl (the pickled object graph) and data/<key> (one record per storage). Tensor bytes are the sizes of
// the data/ records, read from the zip directory through KZip. Element types come from data.pkl, pickled with
// protocol 2: each storage is a persistent id ('storage', torch.<Type>Storage, '<key>', location, numel), so a
// GLOBAL "torch\n<Type>Storage\n" (or a BINGET of its memo slot) directly followed by BINUNICODE '<key>' ties a record
// to its type. Records left untyped count as "unknown", or as assumed "float32" when data.pkl names no storage type.
// Each stored record is a payload (name "data/<key>", its file range from the zip's local header); tensors are not
// mapped to storages, so a storage shared by several tensors is one payload. A GLOBAL naming a class outside the
// modules a state dict uses (torch.nn.modules.linear.Linear, __main__.Net) marks a whole pickled model.
// Stateless; any thread; needs a random-access device.
class TorchZipReader {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TorchZipReader)
public:
    static constexpr qint64 MaxPickle = 64ll * 1024 * 1024;

    static Result<WeightsInfo> read(QIODevice& device);
    // key -> canonical element type, from the bytes of data.pkl. Exposed for tests.
    static QHash<QString, QString> storageTypes(const QByteArray& pickle);
    // "module.Class" of the first GLOBAL in data.pkl outside a state dict's modules; empty for a state dict.
    static QString pickledClass(const QByteArray& pickle);
};

} // namespace BundleScope
