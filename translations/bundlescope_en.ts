<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BundleScope::ArchivePlan</name>
    <message numerus="yes">
        <source>Cannot leave out %n item(s) inside %1: it is one file on disk and is archived whole.</source>
        <translation>
            <numerusform>Cannot leave out %n item inside %1: it is one file on disk and is archived whole.</numerusform>
            <numerusform>Cannot leave out %n items inside %1: it is one file on disk and is archived whole.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesPanel</name>
    <message numerus="yes">
        <source>Saves %1 of %2 · confidence: %3 · %n file(s)</source>
        <translation>
            <numerusform>Saves %1 of %2 · confidence: %3 · %n file</numerusform>
            <numerusform>Saves %1 of %2 · confidence: %3 · %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::DependencyExplanation</name>
    <message numerus="yes">
        <source>nothing the app loads; only %n program(s) in the bundle need it: %1. Programs are not loaded by the app and keep no library alive, but removing it breaks them.</source>
        <translation>
            <numerusform>nothing the app loads; only %n program in the bundle needs it: %1. Programs are not loaded by the app and keep no library alive, but removing it breaks that program.</numerusform>
            <numerusform>nothing the app loads; only %n programs in the bundle need it: %1. Programs are not loaded by the app and keep no library alive, but removing it breaks them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n binary file(s) in the bundle are UPX-packed: their imports cannot be read, so no library is called unreferenced.</source>
        <translation>
            <numerusform>%n binary file in the bundle is UPX-packed: its imports cannot be read, so no library is called unreferenced.</numerusform>
            <numerusform>%n binary files in the bundle are UPX-packed: their imports cannot be read, so no library is called unreferenced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the bundle could not be read as scanned: what they need is unknown, so no library is called unreferenced.</source>
        <translation>
            <numerusform>%n file of the bundle could not be read as scanned: what it needs is unknown, so no library is called unreferenced.</numerusform>
            <numerusform>%n files of the bundle could not be read as scanned: what they need is unknown, so no library is called unreferenced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::DetailsPane</name>
    <message numerus="yes">
        <source>%1 (needed by %n file(s))</source>
        <translation>
            <numerusform>%1 (needed by %n file)</numerusform>
            <numerusform>%1 (needed by %n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing it would orphan %n file(s) (%1).</source>
        <translation>
            <numerusform>Removing it would orphan %n file (%1).</numerusform>
            <numerusform>Removing it would orphan %n files (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::DevFilesAnalyzer</name>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n file, %1.</numerusform>
            <numerusform>%n files, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::DuplicatesAnalyzer</name>
    <message numerus="yes">
        <source>%n identical copies of %1</source>
        <translation>
            <numerusform>%n identical copy of %1</numerusform>
            <numerusform>%n identical copies of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ExcludablePackagesAnalyzer</name>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation>
            <numerusform>%n file, %1.</numerusform>
            <numerusform>%n files, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n native file(s) (%1) stay because other packages need them too: %2.</source>
        <translation>
            <numerusform>%n native file (%1) stays because other packages need it too: %2.</numerusform>
            <numerusform>%n native files (%1) stay because other packages need them too: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportDialog</name>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified %n file(s).</source>
        <translation>
            <numerusform>Verified %n file.</numerusform>
            <numerusform>Verified %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1</source>
        <translation>
            <numerusform>%n file, %1</numerusform>
            <numerusform>%n files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified removals only (%n file(s) the app ran without)</source>
        <translation>
            <numerusform>Verified removals only (%n file the app ran without)</numerusform>
            <numerusform>Verified removals only (%n files the app ran without)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing. %n duplicate(s), verified as links to the kept copy, stay as files: bundlescope slim --out writes them as links.</source>
        <translation>
            <numerusform>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing. %n duplicate, verified as a link to the kept copy, stays as a file: bundlescope slim --out writes it as a link.</numerusform>
            <numerusform>Leaves out exactly the files of the candidates the last Verify… run removed with the app still passing. %n duplicates, verified as links to the kept copy, stay as files: bundlescope slim --out writes them as links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::GpuStackAnalyzer</name>
    <message numerus="yes">
        <source>%n CUDA file(s), %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of it.</source>
        <translation>
            <numerusform>%n CUDA file, %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of it.</numerusform>
            <numerusform>%n CUDA files, %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryPanel</name>
    <message numerus="yes">
        <source>%n snapshot(s) of %1</source>
        <translation>
            <numerusform>%n snapshot of %1</numerusform>
            <numerusform>%n snapshots of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::HtmlReportWriter</name>
    <message numerus="yes">
        <source>%n small files in %1</source>
        <translation>
            <numerusform>%n small file in %1</numerusform>
            <numerusform>%n small files in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportExplanation</name>
    <message numerus="yes">
        <source>%1.* (%n module(s))</source>
        <translation>
            <numerusform>%1.* (%n module)</numerusform>
            <numerusform>%1.* (%n modules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Python module(s) in the bundle.</source>
        <translation>
            <numerusform>%n Python module in the bundle.</numerusform>
            <numerusform>%n Python modules in the bundle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportGraphBuilder</name>
    <message numerus="yes">
        <source>%n module(s) hold bytecode of an unsupported Python version (%1): their imports were not read.</source>
        <translation>
            <numerusform>%n module holds bytecode of an unsupported Python version (%1): its imports were not read.</numerusform>
            <numerusform>%n modules hold bytecode of an unsupported Python version (%1): their imports were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) could not be read: their imports are unknown.</source>
        <translation>
            <numerusform>%n module could not be read: its imports are unknown.</numerusform>
            <numerusform>%n modules could not be read: their imports are unknown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ImportReachabilityAnalyzer</name>
    <message numerus="yes">
        <source>%n module(s), %1 with its files.</source>
        <translation>
            <numerusform>%n module, %1 with its files.</numerusform>
            <numerusform>%n modules, %1 with its files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::MainWindow</name>
    <message numerus="yes">
        <source>%n optimization candidate(s) found</source>
        <translation>
            <numerusform>%n optimization candidate found</numerusform>
            <numerusform>%n optimization candidates found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsBanner</name>
    <message numerus="yes">
        <source>%n file(s) could not be read: their findings are missing from this list, and the potential may be larger.</source>
        <translation>
            <numerusform>%n file could not be read: its findings are missing from this list, and the potential may be larger.</numerusform>
            <numerusform>%n files could not be read: their findings are missing from this list, and the potential may be larger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ReadErrorsIndicator</name>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n file could not be read</numerusform>
            <numerusform>%n files could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::RepeatedWeightsAnalyzer</name>
    <message numerus="yes">
        <source>%1 holds %n of the same tensors (%2, e.g. %3).</source>
        <translation>
            <numerusform>%1 holds %n matching tensor (%2, e.g. %3).</numerusform>
            <numerusform>%1 holds %n of the same tensors (%2, e.g. %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n tensor(s) (%1) the kept file lacks.</source>
        <translation>
            <numerusform>It also holds %n tensor (%1) the kept file lacks.</numerusform>
            <numerusform>It also holds %n tensors (%1) the kept file lacks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n tensor(s) (%2).</source>
        <translation>
            <numerusform>%1 holds %n tensor (%2).</numerusform>
            <numerusform>%1 holds %n tensors (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportTables</name>
    <message numerus="yes">
        <source>%n more error(s) not shown; the JSON report lists all.</source>
        <translation>
            <numerusform>%n more error not shown; the JSON report lists all.</numerusform>
            <numerusform>%n more errors not shown; the JSON report lists all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::ScanProgressPanel</name>
    <message numerus="yes">
        <source>%n file(s), %1 in %2 s</source>
        <translation>
            <numerusform>%n file, %1 in %2 s</numerusform>
            <numerusform>%n files, %1 in %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimCandidates</name>
    <message numerus="yes">
        <source>%n launcher member(s) other than PYZ modules stay (not verified)</source>
        <translation>
            <numerusform>%n launcher member other than PYZ modules stays (not verified)</numerusform>
            <numerusform>%n launcher members other than PYZ modules stay (not verified)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimEngine</name>
    <message numerus="yes">
        <source>trial %1: %n candidate(s) removed (%2): %3 in %4 s (+%5 s)%6</source>
        <translation>
            <numerusform>trial %1: %n candidate removed (%2): %3 in %4 s (+%5 s)%6</numerusform>
            <numerusform>trial %1: %n candidates removed (%2): %3 in %4 s (+%5 s)%6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The traced run touched %n path(s); %1 unused file(s)/folder(s) become candidates.</source>
        <translation>
            <numerusform>The traced run touched %n path; %1 unused file(s)/folder(s) become candidates.</numerusform>
            <numerusform>The traced run touched %n paths; %1 unused file(s)/folder(s) become candidates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimInput</name>
    <message numerus="yes">
        <source>The archive holds %n bundles (%1); slim works on one app: extract the archive and slim one folder.</source>
        <translation>
            <numerusform>The archive holds %n bundle (%1); slim works on one app: extract the archive and slim one folder.</numerusform>
            <numerusform>The archive holds %n bundles (%1); slim works on one app: extract the archive and slim one folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimOutput</name>
    <message numerus="yes">
        <source>; the launcher rewritten without %n PYZ module(s)</source>
        <translation>
            <numerusform>; the launcher rewritten without %n PYZ module</numerusform>
            <numerusform>; the launcher rewritten without %n PYZ modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimReportWriter</name>
    <message numerus="yes">
        <source>Verified: %1 -&gt; %2 (%3), %n trial(s), %4 s</source>
        <translation>
            <numerusform>Verified: %1 -&gt; %2 (%3), %n trial, %4 s</numerusform>
            <numerusform>Verified: %1 -&gt; %2 (%3), %n trials, %4 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerifyDialog</name>
    <message numerus="yes">
        <source>BundleScope copies the bundle to a temporary folder, runs the command there untouched, then without the %n checked candidate(s), and narrows down any that break the app. The bundle itself is never changed.</source>
        <translation>
            <numerusform>BundleScope copies the bundle to a temporary folder, runs the command there untouched, then without the %n checked candidate, and finds out whether it breaks the app. The bundle itself is never changed.</numerusform>
            <numerusform>BundleScope copies the bundle to a temporary folder, runs the command there untouched, then without the %n checked candidates, and narrows down any that break the app. The bundle itself is never changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SlimVerifyPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentGenerator</name>
    <message numerus="yes">
        <source># BundleScope spec fragment for %1: %n change(s), saving about %2 of %3 (%4).
</source>
        <translation>
            <numerusform># BundleScope spec fragment for %1: %n change, saving about %2 of %3 (%4).
</numerusform>
            <numerusform># BundleScope spec fragment for %1: %n changes, saving about %2 of %3 (%4).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::StripAnalyzer</name>
    <message numerus="yes">
        <source>Strip symbols and debug info from %n Linux binaries</source>
        <translation>
            <numerusform>Strip symbols and debug info from %n Linux binary</numerusform>
            <numerusform>Strip symbols and debug info from %n Linux binaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n Windows binaries</source>
        <translation>
            <numerusform>Strip debug symbols from %n Windows binary</numerusform>
            <numerusform>Strip debug symbols from %n Windows binaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n macOS binaries</source>
        <translation>
            <numerusform>Strip debug symbols from %n macOS binary</numerusform>
            <numerusform>Strip debug symbols from %n macOS binaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed binaries with debug symbols: stripping not advised (%n files)</source>
        <translation>
            <numerusform>Signed binaries with debug symbols: stripping not advised (%n file)</numerusform>
            <numerusform>Signed binaries with debug symbols: stripping not advised (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SummaryPanel</name>
    <message numerus="yes">
        <source>%1 (%2 bytes) · %n file(s)</source>
        <translation>
            <numerusform>%1 (%2 bytes) · %n file</numerusform>
            <numerusform>%1 (%2 bytes) · %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n folder(s)</source>
        <translation>
            <numerusform> · %n folder</numerusform>
            <numerusform> · %n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;%n error(s)&lt;/b&gt;</source>
        <translation>
            <numerusform> · &lt;b&gt;%n error&lt;/b&gt;</numerusform>
            <numerusform> · &lt;b&gt;%n errors&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapRenderer</name>
    <message numerus="yes">
        <source>%n small file(s)</source>
        <translation>
            <numerusform>%n small file</numerusform>
            <numerusform>%n small files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapToolTip</name>
    <message numerus="yes">
        <source>%n small file(s) in %1</source>
        <translation>
            <numerusform>%n small file in %1</numerusform>
            <numerusform>%n small files in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n file(s)</source>
        <translation>
            <numerusform>Folder with %n file</numerusform>
            <numerusform>Folder with %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TrialRunner</name>
    <message numerus="yes">
        <source>timed out after %n s</source>
        <translation>
            <numerusform>timed out after %n s</numerusform>
            <numerusform>timed out after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::UnreferencedLibrariesAnalyzer</name>
    <message numerus="yes">
        <source>Removing it also removes the %n librar(y/ies) only it needs: %1.</source>
        <translation>
            <numerusform>Removing it also removes the %n library only it needs: %1.</numerusform>
            <numerusform>Removing it also removes the %n libraries only it needs: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::UpxAnalyzer</name>
    <message numerus="yes">
        <source>Compress %n Windows binaries with UPX</source>
        <translation>
            <numerusform>Compress %n Windows binary with UPX</numerusform>
            <numerusform>Compress %n Windows binaries with UPX</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UPX on Linux: not advised (%n binaries)</source>
        <translation>
            <numerusform>UPX on Linux: not advised (%n binary)</numerusform>
            <numerusform>UPX on Linux: not advised (%n binaries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UPX on macOS: not advised (%n binaries)</source>
        <translation>
            <numerusform>UPX on macOS: not advised (%n binary)</numerusform>
            <numerusform>UPX on macOS: not advised (%n binaries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared librar(y/ies) are UPX-packed: the bundle crashes on Linux</source>
        <translation>
            <numerusform>%n shared library is UPX-packed: the bundle crashes on Linux</numerusform>
            <numerusform>%n shared libraries are UPX-packed: the bundle crashes on Linux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ELF program(s) are UPX-packed</source>
        <translation>
            <numerusform>%n ELF program is UPX-packed</numerusform>
            <numerusform>%n ELF programs are UPX-packed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::WhyCommand</name>
    <message numerus="yes">
        <source>Removing it would orphan %n file(s) (%1).</source>
        <translation>
            <numerusform>Removing it would orphan %n file (%1).</numerusform>
            <numerusform>Removing it would orphan %n files (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also linked by %n program(s) in the bundle, which the app does not load (candidates themselves):</source>
        <translation>
            <numerusform>Also linked by %n program in the bundle, which the app does not load (a candidate itself):</numerusform>
            <numerusform>Also linked by %n programs in the bundle, which the app does not load (candidates themselves):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (Python: %n module(s) with files in the bundle, %2)</source>
        <translation>
            <numerusform>%1 (Python: %n module with files in the bundle, %2)</numerusform>
            <numerusform>%1 (Python: %n modules with files in the bundle, %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bundlescope why: &quot;%1&quot; names %n libraries: %2. Name one of them.</source>
        <translation>
            <numerusform>bundlescope why: &quot;%1&quot; names %n library: %2. Name one of them.</numerusform>
            <numerusform>bundlescope why: &quot;%1&quot; names %n libraries: %2. Name one of them.</numerusform>
        </translation>
    </message>
</context>
</TS>
