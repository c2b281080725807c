// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/nodetypes.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope {

// One optimization a user can apply, with the bytes it would save and the PyInstaller action that applies it.
struct Candidate {
    enum class Kind {
        StripDebug,
        Upx,
        ExcludePackage,
        DevFiles, // tests / examples / docs / headers / static libs / stubs / sources
        Duplicate,
        ModelPrecision, // fp32 weights that could be fp16 / int8
        LazyLoadModel,
        GpuStack,
        Unreferenced, // native library nothing in the bundle needs
        Layout, // one-file vs one-folder
        RepeatedWeights, // the same tensors shipped in several model files (.pth, .onnx, .safetensors, .gguf)
    };
    enum class Confidence { Low, Medium, High };

    // Bytes a single file would save; the unit overlap resolution works on (a byte is saved once at most).
    struct FileSaving {
        NodeId node = InvalidNode;
        quint64 saving = 0;
        bool removesFile = false; // true when the action drops the whole file (exclusions, duplicates)
    };

    Kind kind = Kind::DevFiles;
    QString id; // stable within a report: "<kind>:<key>", used by checkboxes, exclusions and the CLI
    QString title; // one line, translated
    QString why; // one or two sentences a user understands: what, why safe or risky
    QString action; // the concrete PyInstaller change (spec keyword, hook, command)
    std::vector<FileSaving> files;
    quint64 bytes = 0; // current bytes of the files concerned
    quint64 saving = 0; // bytes saved if applied alone
    Confidence confidence = Confidence::Medium;
    bool advised = true; // false: shown for information ("UPX on Linux: not advised"), not counted in the potential
    bool estimated = false; // saving estimated (sampled) rather than measured exactly
    QStringList excludes; // module names for Analysis(excludes=[...]) when the action is an exclusion
    // Destination-name globs (relative to the contents folder, '/'-separated) that a datas/binaries filter in the
    // .spec drops, when the action is "do not collect these files".
    QStringList dropPatterns;
    QStringList upxExclude; // UPX: file names for upx_exclude=[...] (binaries UPX breaks or does not help)
    NodeId keep = InvalidNode; // duplicates: the copy that stays (the others become links to it)
};

QString candidateKindId(Candidate::Kind kind); // "strip_debug", "upx", … stable for JSON
QString confidenceId(Candidate::Confidence confidence); // "low" | "medium" | "high"

} // namespace BundleScope
