// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace BundleScope {

class DemoRandom;

// Writes a PyTorch-style checkpoint (torch.save's zip format, torch/serialization.py _save()): a zip with stored
// (uncompressed) members archive/data.pkl, archive/data/<key>, archive/version and archive/byteorder. data.pkl is a
// pickle (protocol 2, Lib/pickletools.py opcodes) of an OrderedDict name -> torch._utils._rebuild_tensor_v2(...) whose
// storages are persistent ids ("storage", torch.FloatStorage, key, "cpu", numel). Zip via KArchive's KZip.
// Stateless; any thread.
class TorchArchiveWriter {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::TorchArchiveWriter)
public:
    struct Tensor {
        QByteArray name;
        QList<qint64> shape; // float32, contiguous
    };

    static Result<QByteArray> write(const QList<Tensor>& tensors, DemoRandom& random);
    static QByteArray pickle(const QList<Tensor>& tensors);
};

} // namespace BundleScope
