<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
