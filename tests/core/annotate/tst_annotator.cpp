// SPDX-License-Identifier: GPL-3.0-or-later
// BundleAnnotator: contents folder, layouts, tests context, package attribution (path rules, RECORD, .libs, native
// library families, namespace folders) and directory packages.
#include "fakebundle.h"
#include "model/bundleannotator.h"
#include "model/layoutdetector.h"
#include "model/packageattributor.h"

#include <QRegularExpression>
#include <QTest>

using namespace BundleScope;
using BundleScope::Test::FakeFile;

namespace {

constexpr auto Exe = quint8(ExecutableBit);

QByteArray record(const QStringList& paths)
{
    QByteArray text;
    for (const QString& path : paths)
        text += path.toUtf8() + ",sha256=AAAA,123\n";
    return text;
}

// PyInstaller >= 6 one-folder bundle.
QList<FakeFile> onedir6Files()
{
    const QString i = QStringLiteral("_internal/");
    return {
        { QStringLiteral("app"), 900, Category::Executable, Exe, {} },
        { QStringLiteral("README.txt"), 10, Category::Docs, NoFlags, {} },
        { i + QStringLiteral("base_library.zip"), 800, Category::PythonBytecode, NoFlags, {} },
        { i + QStringLiteral("libpython3.11.so.1.0"), 700, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so"), 60, Category::NativeLibrary, NoFlags,
            {} },
        { i + QStringLiteral("torch/__init__.pyc"), 50, Category::PythonBytecode, NoFlags, {} },
        { i + QStringLiteral("torch/lib/libtorch_cpu.so"), 5000, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("torch/include/ATen/core.h"), 30, Category::DevFiles, NoFlags, {} },
        { i + QStringLiteral("torch/testing/_internal/common.py"), 40, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("torch/utils/benchmarks/run.py"), 41, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("torch/tests/test_x.py"), 42, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("numpy/core/_umath.cpython-311-x86_64-linux-gnu.so"), 400, Category::NativeLibrary,
            NoFlags, {} },
        { i + QStringLiteral("numpy/core/tests/data/umath.csv"), 20, Category::Data, NoFlags, {} },
        { i + QStringLiteral("numpy.libs/libopenblas64_p-r0.so"), 300, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("scipy.libs/libgfortran-abc.so.5"), 100, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("nvidia/__init__.py"), 1, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("nvidia/cublas/lib/libcublas.so.12"), 3000, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("nvidia/cuda_runtime/lib/libcudart.so.12"), 200, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("nvidia_cublas_cu12-12.1.3.1.dist-info/METADATA"), 5, Category::Docs, NoFlags, {} },
        { i + QStringLiteral("libcudnn_ops_infer.so.8"), 2500, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("libnvJitLink.so.12"), 250, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("libc10.so"), 150, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("libQt6Core.so.6"), 120, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("libgfortran-040039e1.so.5.0.0"), 110, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("libssl.so.3"), 90, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("ujson.cpython-311-x86_64-linux-gnu.so"), 33, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("foo.abi3.so"), 32, Category::NativeLibrary, NoFlags, {} },
        { i + QStringLiteral("_cffi_backend.cpython-311-x86_64-linux-gnu.so"), 31, Category::NativeLibrary, NoFlags,
            {} },
        { i + QStringLiteral("cffi/api.py"), 30, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("cffi-1.16.0.dist-info/RECORD"), 64, Category::Other, NoFlags,
            record({ QStringLiteral("cffi/api.py"), QStringLiteral("_cffi_backend.cpython-311-x86_64-linux-gnu.so"),
                QStringLiteral("../../bin/cffi-tool"), QStringLiteral("cffi/missing.py") }) },
        { i + QStringLiteral("six.py"), 29, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("six-1.16.0.dist-info/RECORD"), 40, Category::Other, NoFlags,
            "\"six.py\",sha256=x,29\r\nsix-1.16.0.dist-info/RECORD,,\r\n" },
        { i + QStringLiteral("certifi/cacert.pem"), 28, Category::Data, NoFlags, {} },
        { i + QStringLiteral("examples/demo.py"), 27, Category::PythonSource, NoFlags, {} },
        { i + QStringLiteral("mystery-data.bin"), 26, Category::Data, NoFlags, {} },
        { i + QStringLiteral("__pycache__/x.pyc"), 25, Category::PythonBytecode, NoFlags, {} },
    };
}

// PyInstaller < 6 one-folder bundle: contents at the top, next to the launcher.
QList<FakeFile> legacyFiles()
{
    return {
        { QStringLiteral("app"), 900, Category::Executable, Exe, {} },
        { QStringLiteral("libpython3.10.so.1.0"), 700, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("base_library.zip"), 800, Category::PythonBytecode, NoFlags, {} },
        { QStringLiteral("torch/lib/libtorch.so"), 5000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("torch/test/test_a.py"), 40, Category::PythonSource, NoFlags, {} },
        { QStringLiteral("numpy.libs/libopenblas.so"), 300, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("lib-dynload/_ssl.cpython-310-x86_64-linux-gnu.so"), 60, Category::NativeLibrary, NoFlags,
            {} },
        { QStringLiteral("libcublasLt.so.11"), 3000, Category::NativeLibrary, NoFlags, {} },
        { QStringLiteral("pandas/tests/frame/test_x.py"), 20, Category::PythonSource, NoFlags, {} },
        { QStringLiteral("pandas/examples/data.csv"), 21, Category::Data, NoFlags, {} },
        { QStringLiteral("mystery.dat"), 19, Category::Data, NoFlags, {} },
        { QStringLiteral("python3.10/lib-dynload/_bz2.cpython-310-x86_64-linux-gnu.so"), 18, Category::NativeLibrary,
            NoFlags, {} },
    };
}

} // namespace

class TestAnnotator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void initTestCase();
    void packages_data();
    void packages();
    void directoryPackages_data();
    void directoryPackages();
    void layout_data();
    void layout();
    void recordNeedsReader();
    void recordReadIsCapped();
    void normalize_data();
    void normalize();
    void metadataFolder_data();
    void metadataFolder();
    void parseRecord();
    void rulesCompile();

private:
    std::shared_ptr<BundleTree> m_onedir6;
    std::shared_ptr<BundleTree> m_legacy;
};

void TestAnnotator::initTestCase()
{
    m_onedir6 = Test::buildFakeTree(onedir6Files());
    m_legacy = Test::buildFakeTree(legacyFiles());
}

void TestAnnotator::packages_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QString>("category");
    const QString v6 = QStringLiteral("onedir6"), old = QStringLiteral("legacy"), i = QStringLiteral("_internal/");
    auto row = [](const QString& layout, const QString& path, const char* package, const char* category) {
        QTest::addRow("%s %s", qPrintable(layout), qPrintable(path))
            << layout << path << QString::fromLatin1(package) << QString::fromLatin1(category);
    };
    row(v6, QStringLiteral("app"), "Python runtime", "executable");
    row(v6, QStringLiteral("README.txt"), "(other)", "docs");
    row(v6, i + QStringLiteral("base_library.zip"), "Python runtime", "python_bytecode");
    row(v6, i + QStringLiteral("libpython3.11.so.1.0"), "Python runtime", "native_library");
    row(v6, i + QStringLiteral("lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so"), "Python runtime", "native_library");
    row(v6, i + QStringLiteral("torch/__init__.pyc"), "torch", "python_bytecode");
    row(v6, i + QStringLiteral("torch/lib/libtorch_cpu.so"), "torch", "native_library");
    row(v6, i + QStringLiteral("torch/include/ATen/core.h"), "torch", "dev_files");
    row(v6, i + QStringLiteral("torch/testing/_internal/common.py"), "torch", "tests");
    row(v6, i + QStringLiteral("torch/utils/benchmarks/run.py"), "torch", "tests");
    row(v6, i + QStringLiteral("torch/tests/test_x.py"), "torch", "tests");
    row(v6, i + QStringLiteral("numpy/core/_umath.cpython-311-x86_64-linux-gnu.so"), "numpy", "native_library");
    row(v6, i + QStringLiteral("numpy/core/tests/data/umath.csv"), "numpy", "tests");
    row(v6, i + QStringLiteral("numpy.libs/libopenblas64_p-r0.so"), "numpy", "native_library");
    row(v6, i + QStringLiteral("scipy.libs/libgfortran-abc.so.5"), "scipy", "native_library");
    row(v6, i + QStringLiteral("nvidia/__init__.py"), "nvidia", "python_source");
    row(v6, i + QStringLiteral("nvidia/cublas/lib/libcublas.so.12"), "nvidia-cublas", "native_library");
    row(v6, i + QStringLiteral("nvidia/cuda_runtime/lib/libcudart.so.12"), "nvidia-cuda-runtime", "native_library");
    row(v6, i + QStringLiteral("nvidia_cublas_cu12-12.1.3.1.dist-info/METADATA"), "nvidia-cublas", "docs");
    row(v6, i + QStringLiteral("libcudnn_ops_infer.so.8"), "nvidia-cudnn", "native_library");
    row(v6, i + QStringLiteral("libnvJitLink.so.12"), "nvidia-nvjitlink", "native_library");
    row(v6, i + QStringLiteral("libc10.so"), "torch", "native_library");
    row(v6, i + QStringLiteral("libQt6Core.so.6"), "Qt", "native_library");
    row(v6, i + QStringLiteral("libgfortran-040039e1.so.5.0.0"), "numpy", "native_library");
    row(v6, i + QStringLiteral("libssl.so.3"), "(other)", "native_library");
    row(v6, i + QStringLiteral("ujson.cpython-311-x86_64-linux-gnu.so"), "ujson", "native_library");
    row(v6, i + QStringLiteral("foo.abi3.so"), "foo", "native_library");
    row(v6, i + QStringLiteral("_cffi_backend.cpython-311-x86_64-linux-gnu.so"), "cffi", "native_library"); // RECORD
    row(v6, i + QStringLiteral("cffi/api.py"), "cffi", "python_source");
    row(v6, i + QStringLiteral("six.py"), "six", "python_source"); // RECORD, quoted CSV, CRLF
    row(v6, i + QStringLiteral("six-1.16.0.dist-info/RECORD"), "six", "other");
    row(v6, i + QStringLiteral("certifi/cacert.pem"), "certifi", "data");
    row(v6, i + QStringLiteral("examples/demo.py"), "examples", "python_source"); // not inside a package
    row(v6, i + QStringLiteral("mystery-data.bin"), "(other)", "data");
    row(v6, i + QStringLiteral("__pycache__/x.pyc"), "(other)", "python_bytecode");
    row(old, QStringLiteral("app"), "Python runtime", "executable");
    row(old, QStringLiteral("libpython3.10.so.1.0"), "Python runtime", "native_library");
    row(old, QStringLiteral("base_library.zip"), "Python runtime", "python_bytecode");
    row(old, QStringLiteral("torch/lib/libtorch.so"), "torch", "native_library");
    row(old, QStringLiteral("torch/test/test_a.py"), "torch", "tests");
    row(old, QStringLiteral("numpy.libs/libopenblas.so"), "numpy", "native_library");
    row(old, QStringLiteral("lib-dynload/_ssl.cpython-310-x86_64-linux-gnu.so"), "Python runtime", "native_library");
    row(old, QStringLiteral("libcublasLt.so.11"), "nvidia-cublas", "native_library");
    row(old, QStringLiteral("pandas/tests/frame/test_x.py"), "pandas", "tests");
    row(old, QStringLiteral("pandas/examples/data.csv"), "pandas", "tests");
    row(old, QStringLiteral("mystery.dat"), "(other)", "data");
    row(old, QStringLiteral("python3.10/lib-dynload/_bz2.cpython-310-x86_64-linux-gnu.so"), "Python runtime",
        "native_library");
}

void TestAnnotator::packages()
{
    QFETCH(QString, layout);
    QFETCH(QString, path);
    QFETCH(QString, package);
    QFETCH(QString, category);
    const BundleTree& tree = layout == u"onedir6" ? *m_onedir6 : *m_legacy;
    const NodeId id = tree.findPath(path);
    QVERIFY2(id != InvalidNode, qPrintable(path));
    QCOMPARE(tree.packageName(tree.package(id)), package);
    QCOMPARE(CategoryInfo::id(tree.category(id)), category);
}

void TestAnnotator::directoryPackages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("package");
    QTest::addRow("uniform package folder") << QStringLiteral("_internal/torch") << QStringLiteral("torch");
    QTest::addRow("uniform nested folder") << QStringLiteral("_internal/torch/lib") << QStringLiteral("torch");
    QTest::addRow("namespace child") << QStringLiteral("_internal/nvidia/cublas") << QStringLiteral("nvidia-cublas");
    QTest::addRow("mixed namespace") << QStringLiteral("_internal/nvidia") << QStringLiteral("(other)");
    QTest::addRow("mixed contents") << QStringLiteral("_internal") << QStringLiteral("(other)");
    QTest::addRow("mixed root") << QString() << QStringLiteral("(other)");
    QTest::addRow("runtime folder") << QStringLiteral("_internal/lib-dynload") << QStringLiteral("Python runtime");
    QTest::addRow("dist-info with RECORD") << QStringLiteral("_internal/six-1.16.0.dist-info") << QStringLiteral("six");
}

void TestAnnotator::directoryPackages()
{
    QFETCH(QString, path);
    QFETCH(QString, package);
    const NodeId id = path.isEmpty() ? m_onedir6->root() : m_onedir6->findPath(path);
    QVERIFY(id != InvalidNode);
    QVERIFY(m_onedir6->isDirectory(id));
    QCOMPARE(m_onedir6->packageName(m_onedir6->package(id)), package);
}

void TestAnnotator::layout_data()
{
    QTest::addColumn<QStringList>("paths"); // a leading '*' marks an executable file
    QTest::addColumn<int>("sourceKind");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("contents");
    QTest::addColumn<QString>("launcher");
    const int folder = int(BundleTree::SourceKind::Folder);
    QTest::addRow("onedir 6 linux") << QStringList { QStringLiteral("*app"), QStringLiteral("_internal/x.py") }
                                    << folder << QStringLiteral("pyinstaller-onedir-6") << QStringLiteral("_internal")
                                    << QStringLiteral("app");
    QTest::addRow("onedir 6 windows, no x bit")
        << QStringList { QStringLiteral("app.exe"), QStringLiteral("_internal/python311.dll") } << folder
        << QStringLiteral("pyinstaller-onedir-6") << QStringLiteral("_internal") << QStringLiteral("app.exe");
    QTest::addRow("launcher named like the folder wins")
        << QStringList { QStringLiteral("*aaa-helper"), QStringLiteral("*app"), QStringLiteral("_internal/x.py") }
        << folder << QStringLiteral("pyinstaller-onedir-6") << QStringLiteral("_internal") << QStringLiteral("app");
    QTest::addRow("onedir 6 with --contents-directory")
        << QStringList { QStringLiteral("*app"), QStringLiteral("libs/base_library.zip"), QStringLiteral("data/x.csv") }
        << folder << QStringLiteral("pyinstaller-onedir-6") << QStringLiteral("libs") << QStringLiteral("app");
    QTest::addRow("legacy linux") << QStringList { QStringLiteral("*app"), QStringLiteral("base_library.zip") }
                                  << folder << QStringLiteral("pyinstaller-onedir-legacy") << QString()
                                  << QStringLiteral("app");
    QTest::addRow("legacy windows") << QStringList { QStringLiteral("app.exe"), QStringLiteral("python311.dll") }
                                    << folder << QStringLiteral("pyinstaller-onedir-legacy") << QString()
                                    << QStringLiteral("app.exe");
    QTest::addRow("wrapped in dist/app") << QStringList { QStringLiteral("*dist/app/app"),
        QStringLiteral("dist/app/_internal/a") }
                                         << folder << QStringLiteral("pyinstaller-onedir-6")
                                         << QStringLiteral("dist/app/_internal") << QStringLiteral("dist/app/app");
    QTest::addRow("_internal without launcher")
        << QStringList { QStringLiteral("notes.txt"), QStringLiteral("_internal/a.py") } << folder
        << QStringLiteral("plain-folder") << QString() << QString();
    QTest::addRow("_internal with the runtime, launcher not recognised")
        << QStringList { QStringLiteral("app"), QStringLiteral("_internal/base_library.zip") } << folder
        << QStringLiteral("pyinstaller-onedir-6") << QStringLiteral("_internal") << QString();
    QTest::addRow("archive wrapping a plain folder")
        << QStringList { QStringLiteral("app/a.txt"), QStringLiteral("app/b/c.txt") }
        << int(BundleTree::SourceKind::Archive) << QStringLiteral("archive") << QStringLiteral("app") << QString();
    QTest::addRow("shared library is no launcher")
        << QStringList { QStringLiteral("*libfoo.so.1"), QStringLiteral("base_library.zip") } << folder
        << QStringLiteral("plain-folder") << QString() << QString();
    QTest::addRow("plain folder") << QStringList { QStringLiteral("a/b.txt"), QStringLiteral("c.bin") } << folder
                                  << QStringLiteral("plain-folder") << QString() << QString();
    QTest::addRow("archive of a onedir bundle")
        << QStringList { QStringLiteral("*app/app"), QStringLiteral("app/_internal/a.py") }
        << int(BundleTree::SourceKind::Archive) << QStringLiteral("archive") << QStringLiteral("app/_internal")
        << QStringLiteral("app/app");
    QTest::addRow("one-file executable") << QStringList { QStringLiteral("base_library.zip"),
        QStringLiteral("torch/x.pyc") } << int(BundleTree::SourceKind::OneFileExecutable)
                                         << QStringLiteral("pyinstaller-onefile") << QString() << QString();
}

void TestAnnotator::layout()
{
    QFETCH(QStringList, paths);
    QFETCH(int, sourceKind);
    QFETCH(QString, layout);
    QFETCH(QString, contents);
    QFETCH(QString, launcher);
    QList<FakeFile> files;
    for (const QString& path : std::as_const(paths)) {
        const bool executable = path.startsWith(u'*');
        files.append({ executable ? path.mid(1) : path, 10, Category::Other, quint8(executable ? Exe : 0), {} });
    }
    const auto tree = Test::buildFakeTree(files, BundleTree::SourceKind(sourceKind));
    const LayoutDetector::Info info = LayoutDetector::detect(*tree);
    QCOMPARE(LayoutDetector::id(info.layout), layout);
    QCOMPARE(tree->path(tree->contentsRoot()), contents);
    QCOMPARE(tree->path(info.contentsRoot), contents);
    QCOMPARE(info.launcher == InvalidNode ? QString() : tree->path(info.launcher), launcher);
    QVERIFY(!LayoutDetector::displayName(info.layout).isEmpty());
}

void TestAnnotator::recordNeedsReader()
{
    const auto tree = Test::buildFakeTree(onedir6Files(), BundleTree::SourceKind::Folder, false);
    QCOMPARE(tree->packageName(tree->package(tree->findPath(u"_internal/six.py"))), QStringLiteral("(other)"));
    QCOMPARE(
        tree->packageName(tree->package(tree->findPath(u"_internal/_cffi_backend.cpython-311-x86_64-linux-gnu.so"))),
        QStringLiteral("cffi-backend"));
}

void TestAnnotator::recordReadIsCapped()
{
    qint64 requested = -1;
    const auto tree = Test::buildFakeTree(onedir6Files(), BundleTree::SourceKind::Folder, true, &requested);
    QCOMPARE(requested, PackageAttributor::MaxRecordBytes);
    QVERIFY(PackageAttributor::MaxRecordBytes <= 64 * 1024 * 1024);
}

void TestAnnotator::normalize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized");
    QTest::addRow("plain") << QStringLiteral("torch") << QStringLiteral("torch");
    QTest::addRow("case and underscores") << QStringLiteral("Foo_Bar") << QStringLiteral("foo-bar");
    QTest::addRow("runs of separators") << QStringLiteral("a._-b") << QStringLiteral("a-b");
    QTest::addRow("leading underscore") << QStringLiteral("_cffi_backend") << QStringLiteral("cffi-backend");
    QTest::addRow("cuda suffix") << QStringLiteral("nvidia_cublas_cu12") << QStringLiteral("nvidia-cublas");
    QTest::addRow("cuda suffix only for nvidia") << QStringLiteral("cupy_cu12") << QStringLiteral("cupy-cu12");
}

void TestAnnotator::normalize()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    QCOMPARE(PackageAttributor::normalize(name), normalized);
}

void TestAnnotator::metadataFolder_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("package");
    QTest::addRow("dist-info") << QStringLiteral("torch-2.1.0.dist-info") << QStringLiteral("torch");
    QTest::addRow("dist-info escaped name")
        << QStringLiteral("typing_extensions-4.8.0.dist-info") << QStringLiteral("typing-extensions");
    QTest::addRow("egg-info with python tag") << QStringLiteral("Foo-1.0-py3.11.egg-info") << QStringLiteral("foo");
    QTest::addRow("egg-info without version") << QStringLiteral("Foo_Bar.egg-info") << QStringLiteral("foo-bar");
    QTest::addRow("not metadata") << QStringLiteral("torch") << QString();
    QTest::addRow("bare suffix") << QStringLiteral(".dist-info") << QString();
}

void TestAnnotator::metadataFolder()
{
    QFETCH(QString, folder);
    QFETCH(QString, package);
    QCOMPARE(PackageAttributor::metadataFolderPackage(folder), package);
}

void TestAnnotator::parseRecord()
{
    const QByteArray text = "six.py,sha256=abc,29\n"
                            "\"we,ird \"\"name\"\".py\",sha256=x,1\r\n"
                            "../../bin/tool,,\n"
                            "/abs/path,,\n"
                            "C:/windows/x.dll,,\n"
                            "\n"
                            "pkg/__init__.py,,\n";
    const QStringList expected { QStringLiteral("six.py"), QStringLiteral("we,ird \"name\".py"),
        QStringLiteral("pkg/__init__.py") };
    QCOMPARE(PackageAttributor::parseRecord(text), expected);
}

void TestAnnotator::rulesCompile()
{
    QVERIFY(PackageAttributor::rules().size() > 10);
    for (const PackageRule& rule : PackageAttributor::rules()) {
        QString pattern = QString::fromLatin1(rule.pattern);
        pattern.replace(QLatin1String("{native}"), QLatin1String("\\.so"));
        QVERIFY2(QRegularExpression(pattern).isValid(), rule.pattern);
    }
    QVERIFY(BundleAnnotator::isTestsFolderName("tests"));
    QVERIFY(!BundleAnnotator::isTestsFolderName("tests2"));
}

QTEST_GUILESS_MAIN(TestAnnotator)
#include "tst_annotator.moc"
