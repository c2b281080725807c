<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>the top-level folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test programs in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suites in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__pycache__ bytecode in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C/C++ headers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static libraries in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMake files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkg-config files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type stubs (.pyi) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C/C++/CUDA/Cython sources in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python sources beside their bytecode in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test executables built with the library; the application never runs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected as data along with the package; nothing imports them when the application runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytecode caches of collected .py files. The frozen importer loads modules from the PYZ archive, so these copies are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed only to compile extensions at run time (torch.utils.cpp_extension, Triton kernels). Keep them if the application JIT-compiles C++/CUDA code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build-time files for linking against the library; a running application never reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hints for editors and type checkers; Python ignores them at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of compiled extensions. A few libraries compile kernels from shipped sources at run time: test the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytecode of these modules exists too. PyInstaller ships some sources on purpose (TorchScript and inspect.getsource need them, hooks collect them with collect_data_files): test carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: packaging and build tools. An application does not install packages at run time; they are collected because some module imports them optionally (pkg_resources is still used by a few older libraries to read versions: test the bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a test framework. A shipped application does not run its test suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the standard test framework. Some libraries (torch._dynamo, numpy.testing) import unittest at run time, so run the bundle&apos;s smoke test after excluding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the interactive help system and its topic data; only help() uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Tk GUI toolkit with its Tcl/Tk script folders. Needed only if the application opens Tk windows (including matplotlib&apos;s TkAgg backend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Jupyter/IPython notebook stack, usually collected through an optional import (tqdm.notebook, matplotlib, transformers). A deployed application rarely needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a second ML framework beside the main one (%2), usually pulled in by an optional import in a library such as transformers. Exclude it if your code never uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantize at export time (for example optimum-quanto or bitsandbytes int8) and save the quantized state dict with safetensors.torch.save_file().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert once before building: save_file({k: v.half() for k, v in load_file(path).items()}, path) (safetensors.torch), or model.half().save_pretrained(...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8), then torch.save the quantized model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.save({k: v.half() for k, v in torch.load(path).items()}, path), and call model.half() (or autocast) at load time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onnxruntime.quantization.quantize_dynamic(model_in, model_out, weight_type=QuantType.QInt8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onnxconverter_common.float16.convert_float_to_float16(model, keep_io_types=True), then onnx.save().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: llama-quantize model.gguf model-q8_0.gguf Q8_0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp: llama-quantize model.gguf model-f16.gguf F16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantize %1 to int8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 in float16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of float32 weights in %2 would take a quarter of the space as int8. Quantization costs accuracy that depends on the model: measure it on your validation set. An alternative to float16, not in addition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of float32 weights in %2 would take half the space as float16. Inference in float16 (or bfloat16, which keeps float32&apos;s range and suits recent CPUs and Ampere+ GPUs) is usually indistinguishable; check accuracy on your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element type is not recorded in a form BundleScope reads: float32 is an assumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the model to ONNX and running it with onnxruntime could also let the bundle drop torch entirely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 at first use instead of bundling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is larger than %3. Fetching it on first start (huggingface_hub.hf_hub_download, an internal artifact store) keeps the installer small and lets the model change without a rebuild; the bytes move to a download rather than disappear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file from datas in the .spec and load it from a cache folder at run time, downloading it when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file %1 is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its weights could not be read (%1), so no saving is claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::AnalysisRunner</name>
    <message>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveExporter</name>
    <message>
        <source>No destination file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the archive to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared while the archive was written; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give the archive its final name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated %1, actual %2 (error %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveFormats</name>
    <message>
        <source>tar.gz (gzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip (deflate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar.xz (xz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar.zst (zstd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveLimits</name>
    <message>
        <source>%1 is %2: KTar cannot store files of 8 GiB or more. Leave it out of the archive or ship it separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KArchive %1 writes no Zip64; export as tar.gz instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive would hold %1 entries, more than zip without Zip64 can count (65,535). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, 4 GiB or more: zip needs Zip64 for it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip could reach %1, past the 4 GiB offsets zip without Zip64 can address. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchivePlan</name>
    <message>
        <source>The bundle is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression level %1 is outside 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be the archive&apos;s top-level folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to leave out at %1: no such path in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped symlink %1: its target %2 is outside the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: not a regular file, folder or symlink.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveSource</name>
    <message>
        <source>Cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveVerifier</name>
    <message>
        <source>%1 is %2 bytes in the archive, %3 were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads back differently from what was written (checksum mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symlink %1 is not what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the archive but was never written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds %1 files, %2 symlinks and %3 folders; %4, %5 and %6 were written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ArchiveWriter</name>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This KArchive was built without %1 support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start compression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the tar stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the tar stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the compressed stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the zip central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reopen the zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add symlink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes: it changed or became unreadable during the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BinaryView</name>
    <message>
        <source>%1 (%2 bytes at offset %3) lies past the end of the file (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is implausibly large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot seek to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BreadcrumbBar</name>
    <message>
        <source>Treemap location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 in the treemap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BreakdownView</name>
    <message>
        <source>Size by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BudgetRules</name>
    <message>
        <source>The rules file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file is not a valid INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;; known rules: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 needs a size such as 1.5GiB, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file sets no rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleComparison</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shrunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleLoader</name>
    <message>
        <source>Cannot create a folder for the demo bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleReport</name>
    <message>
        <source>Symlinks and special files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleTreeModel</name>
    <message>
        <source>%1
%2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::BundleView</name>
    <message>
        <source>Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3% of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveMembers</name>
    <message>
        <source>Scan cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CArchiveReader</name>
    <message>
        <source>File too small to hold a PyInstaller archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PyInstaller archive found in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller cookie truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller archive length %1 is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller table of contents lies outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible Python version %1 in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller table of contents truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated entry in the table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry length %1 in the table of contents is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated name in the table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 lies outside the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored entry %1 has inconsistent lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidateReport</name>
    <message>
        <source>Optimization candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate saves at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: %1 -&gt; %2 (-%3), advised candidates only, every byte counted once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesModel</name>
    <message>
        <source>Strip debug symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPX compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lazy-loaded models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreferenced libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CandidatesPanel</name>
    <message>
        <source>Minimal ML app, no GPU (300-500 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard GPU app (1.2-1.5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ML stack (1.8-2.5 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-model app (2.5-4 GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate spec fragment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget, e.g. 800 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a size: use for example 800 MB, 1.5 GiB or 2g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: %1 -&gt; %2 (-%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saves %1 of %2 · confidence: %3 · %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::CategoryInfo</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python bytecode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests and examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CheckCommand</name>
    <message>
        <source>Checks a bundle against the size rules of a .bundlescope.ini; exits 1 when a rule fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check [options] PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle or snapshot to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules file (default: .bundlescope.ini in the current folder, else next to the bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope check: needs exactly one PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits 1 when the bundle is larger than SIZE (e.g. 1.5GiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits 1 when the estimated tar.gz of the bundle is larger than SIZE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope: --%1 needs a size such as 1.5GiB, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget: %1 is %2, the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the estimated tar.gz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CommandLine</name>
    <message>
        <source>bundlescope: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;bundlescope help %1&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope: no help for unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bundlescope [COMMAND [options]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore, slim and ship PyInstaller bundles. Without a command the desktop application opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows help for a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 check failed, 2 bad arguments, 3 unreadable path, 4 operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bundlescope %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareCommand</name>
    <message>
        <source>Compares two bundles or snapshots: totals, packages, categories and files that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare [options] BEFORE AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline: a bundle or a snapshot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new build: a bundle or a snapshot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or markdown (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the comparison to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope compare: needs exactly two paths, BEFORE and AFTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope compare: --format must be text, json or markdown and --top a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope compare: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareView</name>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open two bundles or snapshots to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt;: %3 reduction. Files: %4 added, %5 removed, %6 changed, %7 moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest changes (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CompareWriter</name>
    <message>
        <source>Bundle size: %1 → %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 grown, %4 shrunk, %5 unchanged; %6 moved between layouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Name | Change | Before | After | Δ | Δ %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::CompressionEstimator</name>
    <message>
        <source>Estimate cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression level %1 is outside 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample fraction must be in (0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoBundleGenerator</name>
    <message>
        <source>The application name “%1” is not a valid folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be between 1 and 1000, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo bundle folder already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the generated bundle into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoFileSink</name>
    <message>
        <source>Cannot create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the symbolic link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::DemoPythonPackages</name>
    <message>
        <source>Cannot create base_library.zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write base_library.zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::DependencyGraphBuilder</name>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency analysis cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::DevFilesAnalyzer</name>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add after Analysis(...) in the .spec file (or pass excludes= to the hook&apos;s collect_data_files):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::DuplicatesAnalyzer</name>
    <message numerus="yes">
        <source>%n identical copies of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) also exists, byte for byte, as %3. Every copy but one is wasted space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows bundles cannot rely on symlinks: collect the library once and make the other package find it (PATH / os.add_dll_directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 and replace the other copies with relative symlinks after COLLECT (the generated spec fragment does it), as PyInstaller 6 already does for versioned .so chains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ElfReader</name>
    <message>
        <source>ELF identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ELF file: bad magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ELF class %1 or data encoding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section header entries of %1 bytes are too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section header 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section header table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 (%2 bytes at offset %3) lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section name table index %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section name table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of section %1 runs past its string table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many program headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program header entries of %1 bytes are too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program header table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program header %1 maps bytes past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DT_STRTAB address %1 is not mapped by any segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic string table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic entry string at %1 runs past the string table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol string table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::EstimateReportSection</name>
    <message>
        <source>Estimated archive sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled %1 of the input; archives as `bundlescope export` writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ExcludablePackagesAnalyzer</name>
    <message>
        <source>Exclude %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add excludes=[%1] to Analysis(...) in the .spec file (or pass --exclude-module for each on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportCommand</name>
    <message>
        <source>%1 of %2 (%3/s), %4 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a reproducible tar.gz, zip, tar.xz or tar.zst of a bundle, with its size estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export [options] PATH --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder (dist/&lt;app&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar.gz, zip, tar.xz or tar.zst (default: tar.gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip level 1-9 for tar.gz (default: 6); zip always uses 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out the files that advised optimization candidates remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces an existing FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the archive back and checks every file before it gets its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope export: needs one PATH, --out FILE, --format tar.gz|zip|tar.xz|tar.zst and a --level of 1-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 entries, %4 left out, %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 files, %2 read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ExportDialog</name>
    <message>
        <source>Export Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {name}, {version}, {platform}. The extension follows the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out files of checked candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the archive after writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 at %3/s, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::FolderSource</name>
    <message>
        <source>Permission denied: cannot open this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::FolderWalker</name>
    <message>
        <source>The folder was replaced while it was being scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list this folder completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry vanished while the folder was being scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read this entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::GgufReader</name>
    <message>
        <source>Not a GGUF file (no GGUF magic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (2 and 3 are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF header counts do not fit the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF file is truncated or inconsistent at byte %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::GpuStackAnalyzer</name>
    <message>
        <source>CUDA GPU stack (only if the target has no GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CUDA file(s), %1: the GPU runtime, cuDNN, cuBLAS, NCCL and friends. Only if the target machines have no NVIDIA GPU: a CPU-only build runs the same code on the CPU and drops all of it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Build in an environment with the CPU-only torch wheel (from PyTorch&apos;s CPU wheel index) instead of the CUDA one, and add excludes=[&apos;nvidia&apos;, &apos;triton&apos;] to Analysis(...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::GuiApplication</name>
    <message>
        <source>Explore, slim and ship PyInstaller bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle folder, one-file executable or archive to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a generated demo bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot size, e.g. 1400x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab to show: explorer or breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: --screenshot OUT.png [--size WxH] [--tab explorer|breakdown] PATH|--demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BundleScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::GzipWriteDevice</name>
    <message>
        <source>The gzip stream can only be written, to an open device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib could not start a deflate stream at level %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the compressed stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib reported a stream error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryChart</name>
    <message>
        <source>Size over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of %1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::HistoryStore</name>
    <message>
        <source>The history folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::HtmlReportWriter</name>
    <message numerus="yes">
        <source>%n small files in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>BundleScope report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treemap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::LayoutAnalyzer</name>
    <message>
        <source>One-file executable: consider a one-folder bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one-file executable extracts %1 into a temporary folder on every start, which costs seconds and disk space each time and trips some antivirus scanners. A one-folder bundle starts in place and its archive compresses as well or better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build with --onedir (the default), or in the .spec use EXE(..., exclude_binaries=True) followed by COLLECT(...); ship the folder as an archive or installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-folder bundle: the right layout for large ML applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application starts in place without extracting anything; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::LayoutDetector</name>
    <message>
        <source>PyInstaller one-folder bundle (6.0 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller one-folder bundle (before 6.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller one-file executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::MachOReader</name>
    <message>
        <source>Mach-O magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implausible number of architectures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universal architecture table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture %1 lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mach-O header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Mach-O file: bad magic 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many load commands (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load command %1 does not fit the load command area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment command of %1 bytes is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LC_SYMTAB of %1 bytes is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load command string runs past its command (type 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol table (%1 symbols) lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String table lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::MainWindow</name>
    <message>
        <source>BundleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by &amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by &amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Bundle Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open One-File Executable or Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*);;Archives (*.zip *.tar *.tar.gz *.tgz *.tar.xz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — BundleScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::MarkdownReportWriter</name>
    <message>
        <source>BundleScope report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** (%2 bytes, %3 on disk) · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::MarshalReader</name>
    <message>
        <source>Malformed marshal data at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported type code 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad string length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated string length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string of %1 bytes runs past the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long runs past the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad long digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated tuple size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad sequence size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence of %1 items cannot fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dict too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ModelWeightsAnalyzer</name>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the format its extension promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format not parsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::OneFileSource</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::OnnxReader</name>
    <message>
        <source>Not a readable ONNX model (protobuf structure broken at byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some weights live in external data files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::PeReader</name>
    <message>
        <source>DOS header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PE file: no MZ signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PE signature and COFF header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PE signature at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown optional header magic 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional header of %1 bytes is too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data directories do not fit the optional header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COFF symbol table (%1 symbols) lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COFF string table size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COFF string table of %1 bytes does not fit the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COFF string table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long name of section %1 runs past the string table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 (%2) lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at RVA 0x%2 is not inside any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at RVA 0x%2 has no terminating NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay-load import directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no terminating entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported DLL name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug directory is not inside any section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug data %1 lies past the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::PyzReader</name>
    <message>
        <source>PYZ archive truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PYZ archive (bad magic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PYZ table of contents offset %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PYZ table of contents truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PYZ table of contents has an unexpected entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportCommand</name>
    <message>
        <source>Scanning: %1 files, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans a bundle and prints its size report (totals, categories, packages, largest files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report [options] PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle: a dist/&lt;app&gt; folder, a one-file executable or an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of largest files and packages listed (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the report to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also runs the analyzers and lists optimization candidates and the overall potential saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --candidates: lists only candidates saving at least SIZE (e.g. 10MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also estimates the tar.gz, zip, tar.xz and tar.zst archive sizes (sampled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also saves a snapshot of the scan to FILE (see bundlescope snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope report: missing PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope report: only one PATH, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope report: unknown format &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope report: --top needs a positive whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope report: --min-saving needs a size such as 10MB, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ReportTables</name>
    <message>
        <source>%1 files, %2 folders, %3 symlinks, %4 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (largest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more error(s) not shown; the JSON report lists all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::SafetensorsReader</name>
    <message>
        <source>Not a safetensors file: shorter than its 8-byte header length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header of %1 bytes exceeds the 100 MB limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header length %1 does not fit the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors header is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; lacks dtype or data_offsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safetensors tensor &quot;%1&quot; has data_offsets outside the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ScanProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in %2 s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::Screenshotter</name>
    <message>
        <source>Timed out waiting for the bundle to open and render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotCommand</name>
    <message>
        <source>Scans a bundle and saves a snapshot file that compare, report and the GUI open without the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot [options] PATH --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle: a folder, a one-file executable or an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot file to write, e.g. app.bundlescope.json (gzip-compressed when it ends in .gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also runs the analyzers and stores the candidates in the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope snapshot: needs one PATH and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundlescope snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotReader</name>
    <message>
        <source>The compressed snapshot cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed snapshot is corrupt or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed snapshot is empty or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a BundleScope snapshot (schema &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot schema &quot;%1&quot; has no valid version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot uses format version %1; this BundleScope reads version %2 only. Update BundleScope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot has no nodes or no package table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 of the snapshot is inconsistent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotSource</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SnapshotWriter</name>
    <message>
        <source>The snapshot could not be compressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SourceFactory</name>
    <message>
        <source>No such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is neither a PyInstaller one-file executable nor a supported archive (.zip, .whl, .tar, .tar.gz, .tar.xz, .tar.bz2, .tar.zst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a folder nor a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentDialog</name>
    <message>
        <source>Spec fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save spec fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python files (*.py);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SpecFragmentGenerator</name>
    <message>
        <source># After COLLECT(...): replace duplicate copies with relative symlinks (Linux/macOS one-folder builds).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Pass these to EXE(...) and COLLECT(...):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source># BundleScope spec fragment for %1: %n change(s), saving about %2 of %3 (%4).
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source># Merge it into your .spec file: each section says where it goes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
# Pass to Analysis(...): a = Analysis([...], excludes=bundlescope_excludes, ...)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
# After a = Analysis(...): stop collecting these files.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the spec file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::StripAnalyzer</name>
    <message>
        <source>Set strip=True in EXE() and COLLECT() of the .spec file. PyInstaller then runs `strip` on every collected binary (`strip -S`, debug symbols only, on macOS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Strip symbols and debug info from %n Linux binaries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These ELF files carry symbol tables or DWARF debug sections that nothing needs at run time. The saving is exact: it is computed from the layout strip writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n Windows binaries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These PE files carry a COFF symbol table, DWARF sections (MinGW builds) or debug data that strip removes; the figure is the size of those parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Strip debug symbols from %n macOS binaries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These Mach-O files carry debug symbol entries (STABS) or DWARF. The saving is an estimate: `strip -S` also rewrites __LINKEDIT, and the signature must be re-created afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed binaries with debug symbols: stripping not advised (%n files)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These files are code-signed: stripping invalidates the signature, and the PyInstaller documentation advises against stripping signed binaries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::SummaryPanel</name>
    <message>
        <source>one-file executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-folder, contents in %1/ (PyInstaller ≥ 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 bytes) · %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n folder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;%n error(s)&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TextReportWriter</name>
    <message>
        <source>BundleScope report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes), %3 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::TorchArchiveWriter</name>
    <message>
        <source>Cannot create the checkpoint archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the checkpoint archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::TorchZipReader</name>
    <message>
        <source>A torch checkpoint needs random access to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a zip-format torch checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip file without &lt;name&gt;/data.pkl: not a torch checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element type not found in data.pkl; assumed float32.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::TreeTablePanel</name>
    <message>
        <source>Filter by name (e.g. torch or *.so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Containing Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapLegend</name>
    <message>
        <source>Treemap legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapRenderer</name>
    <message numerus="yes">
        <source>%n small file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapToolTip</name>
    <message numerus="yes">
        <source>%n small file(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Size: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Folder with %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::TreemapWidget</name>
    <message>
        <source>Treemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes of the files in the bundle as nested rectangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::UpxAnalyzer</name>
    <message>
        <source>not a readable binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smaller than 128 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual C++ runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python DLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA library (UPX breaks its embedded GPU code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked against a .hmac/.chk checksum at load time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already UPX-packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control Flow Guard enabled (UPX-packed CFG binaries crash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt plugin (Qt reads its metadata from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed binaries are unpacked in memory at every start: expect start-up 1-5% slower. The saving is estimated from xz-compressed 64 KiB samples, which understates what UPX reaches on whole files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compress %n Windows binaries with UPX</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files UPX breaks or does not help (Control Flow Guard, Qt plugins, the VC++ runtime, python3*.dll, CUDA libraries, already packed files) go into upx_exclude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install UPX, set upx=True and upx_exclude=[%1] in EXE() and COLLECT() of the .spec file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: leave upx=False.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UPX on Linux: not advised (%n binaries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PyInstaller 6 disables UPX on Linux unless PYINSTALLER_FORCE_UPX is set, because of known compatibility problems. A forced UPX build of a real torch bundle went from 911 MB to 411 MB and then crashed at start (SIGTRAP while loading a packed libz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UPX on macOS: not advised (%n binaries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>UPX invalidates Mach-O code signatures, which macOS requires (always on Apple silicon).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::WelcomeView</name>
    <message>
        <source>Recent bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a bundle folder, one-file executable or archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyInstaller one-folder dist/&lt;app&gt;/ trees, one-file executables and their archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Demo Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles opened yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ZipNameFlagPatcher</name>
    <message>
        <source>The zip just written has no end record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip&apos;s central directory is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip&apos;s central directory is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleScope::ZlibInflate</name>
    <message>
        <source>Cannot initialise zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupt zlib stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated zlib stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompressed data exceeds %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
