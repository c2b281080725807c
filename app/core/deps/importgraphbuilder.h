// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "deps/importgraph.h"
#include "model/bundletree.h"
#include "scan/contentreader.h"

#include <QCoreApplication>

namespace BundleScope {

// Builds the ImportGraph of a PyInstaller bundle: the entry scripts are the PKG's 's' entries (named in the tree
// metadata "pyinstaller.scripts"; their code is marshalled in the PKG), the modules are the PYZ members (below a
// "*.pyz" folder), .pyc files (below the contents folder or an expanded .zip such as base_library.zip; 16-byte
// header, version from the magic) and, for modules shipped only as source, .py files. Bytecode goes through
// MarshalReader and BytecodeImports, sources through PythonSourceImports, in parallel; relative imports are resolved
// against the importing module's package, `import a.b.c` also imports a and a.b, and `from a import b` imports the
// submodule a.b when the bundle has it. Synchronous; any thread; polls the token between modules.
class ImportGraphBuilder {
    Q_DECLARE_TR_FUNCTIONS(BundleScope::ImportGraphBuilder)
public:
    // True when the tree has entry scripts to start from (a PyInstaller PKG was read): only then is the graph worth
    // building. Costs a metadata lookup, so a plain folder such as /usr pays nothing.
    static bool hasEntryScripts(const BundleTree& tree);
    // Null when the tree has no entry scripts or the token was cancelled.
    static ImportGraphPtr build(const BundleTree& tree, const ContentReader& reader, const CancellationToken& token);
};

} // namespace BundleScope
