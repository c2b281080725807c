// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace BundleScope {

class DemoFileSink;
class DemoRandom;

// Writes the Python part of the demo bundle: base_library.zip (a KZip archive of CPython 3.11 .pyc files, as
// PyInstaller 6 collects the stdlib modules needed at start-up), package folders with .py sources and
// __pycache__/<module>.cpython-311.pyc (torch, numpy, scipy, PIL, setuptools, pytest, _pytest, nvidia, including
// tests/ and testing/ folders), and one <name>-<version>.dist-info per distribution with METADATA, INSTALLER,
// top_level.txt and a RECORD matching the written files. Call writeDistInfos() last: RECORD lists what the sink holds.
// Stateless; called by DemoBundleGenerator on its thread.
class DemoPythonPackages {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::DemoPythonPackages)
public:
    static Result<void> writeBaseLibrary(DemoFileSink& sink, const QString& internal, int scale, DemoRandom& random);
    static void writePackages(
        DemoFileSink& sink, const QString& internal, int scale, bool withCuda, const DemoRandom& random);
    static void writeDistInfos(DemoFileSink& sink, const QString& internal, bool withCuda);
    // Writes `dir`/`name`.py and `dir`/__pycache__/`name`.cpython-311.pyc.
    static void writeModule(DemoFileSink& sink, const QString& dir, const QString& name, int lines, DemoRandom& random);
};

} // namespace BundleScope
