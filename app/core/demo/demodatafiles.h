// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace BundleScope {

class DemoFileSink;
class DemoRandom;

// Writes the data part of the demo bundle: torch/include C++ headers, .pyi stubs, CMake package files, README/LICENSE
// docs, Tcl/Tk library folders (_tcl_data, _tk_data) and the model files models/encoder.safetensors (SafetensorsWriter)
// and models/classifier.pt (TorchArchiveWriter). Stateless; called by DemoBundleGenerator on its thread.
class DemoDataFiles {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DemoDataFiles)
public:
    static void writeDevFiles(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random);
    static void writeTclTk(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random);
    static Result<void> writeModels(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random);

private:
    static QByteArray header(const QString& path, int lines, DemoRandom& random);
    static QByteArray text(const QByteArray& title, int lines, DemoRandom& random);
};

} // namespace BundleScope
