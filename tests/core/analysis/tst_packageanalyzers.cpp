// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/devfilesanalyzer.h"
#include "analysis/droppattern.h"
#include "analysis/excludablepackagesanalyzer.h"
#include "analysis/gpustackanalyzer.h"
#include "analysis/layoutanalyzer.h"
#include "analysisfixture.h"

#include <QTest>

using namespace BundleScope;
using FileKind = DevFilesAnalyzer::FileKind;

// The path-driven analyzers: excludable packages, developer files, GPU stack, layout.
class TestPackageAnalyzers : public QObject {
    Q_OBJECT

private:
    Test::AnalysisFixture m_exclusions;
    Test::AnalysisFixture m_devFiles;
    Test::AnalysisFixture m_gpu;

    static bool writeAll(Test::AnalysisFixture& fixture, const QMap<QString, qint64>& files)
    {
        quint32 seed = 1;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!fixture.writeSized(QStringLiteral("_internal/") + it.key(), it.value(), seed++))
                return false;
        }
        return fixture.scan();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(writeAll(m_exclusions,
            { { QStringLiteral("torch/lib/libtorch_cpu.so"), 3000 },
                { QStringLiteral("torch-2.3.0.dist-info/METADATA"), 100 },
                { QStringLiteral("tensorflow/python/_pywrap.so"), 1000 },
                { QStringLiteral("tensorflow-2.16.1.dist-info/METADATA"), 10 },
                { QStringLiteral("_pytest/_version.py"), 50 },
                { QStringLiteral("pytest-8.0.0.dist-info/METADATA"), 20 },
                { QStringLiteral("_tcl_data/init.tcl"), 400 }, { QStringLiteral("_tk_data/tk.tcl"), 300 },
                { QStringLiteral("lib-dynload/_tkinter.cpython-311-x86_64-linux-gnu.so"), 200 },
                { QStringLiteral("libtcl8.6.so"), 500 }, { QStringLiteral("libtk8.6.so"), 600 },
                { QStringLiteral("setuptools/_vendor/vendored.txt"), 70 },
                { QStringLiteral("IPython/core/profile.txt"), 40 },
                { QStringLiteral("jupyter_client/connect.json"), 30 },
                { QStringLiteral("numpy/core/_multiarray_umath.so"), 800 } }));
        QVERIFY(writeAll(m_devFiles,
            { { QStringLiteral("torch/include/ATen/core/Tensor.h"), 1000 },
                { QStringLiteral("torch/include/c10/util/Half.h"), 500 },
                { QStringLiteral("torch/lib/libfoo.a"), 2000 },
                { QStringLiteral("torch/share/cmake/Torch/TorchConfig.cmake"), 300 },
                { QStringLiteral("torch/lib/pkgconfig/torch.pc"), 20 }, { QStringLiteral("torch/bin/test_api"), 700 },
                { QStringLiteral("torch/bin/torch_shm_manager"), 500 },
                { QStringLiteral("scipy/linalg/tests/test_basic.py"), 400 },
                { QStringLiteral("scipy/linalg/tests/LICENSE.txt"), 33 },
                { QStringLiteral("scipy/tests/test_import.py"), 60 }, { QStringLiteral("numpy/__init__.pyi"), 60 },
                { QStringLiteral("mypkg/mod.py"), 90 }, { QStringLiteral("mypkg/__pycache__/mod.cpython-311.pyc"), 80 },
                { QStringLiteral("mypkg/data.py"), 70 }, { QStringLiteral("libz.a"), 150 } }));
        QVERIFY(writeAll(m_gpu,
            { { QStringLiteral("nvidia/cublas/lib/libcublas.so.12"), 1000 },
                { QStringLiteral("torch/lib/libtorch_cuda.so"), 2000 },
                { QStringLiteral("torch/lib/libc10_cuda.so"), 300 },
                { QStringLiteral("triton/backends/compiler.py"), 50 },
                { QStringLiteral("torch/lib/libtorch_cpu.so"), 800 },
                { QStringLiteral("torch/lib/libcudnn_ops.so.9"), 400 } }));
    }

    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void exclusions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<quint64>("saving");
        QTest::addColumn<int>("confidence");
        QTest::addColumn<QString>("exclude");
        using C = Candidate::Confidence;
        QTest::addRow("pytest") << QStringLiteral("exclude_package:pytest") << quint64(70) << int(C::High)
                                << QStringLiteral("_pytest");
        QTest::addRow("tkinter with Tcl/Tk data") << QStringLiteral("exclude_package:tkinter") << quint64(2000)
                                                  << int(C::Medium) << QStringLiteral("tkinter");
        QTest::addRow("setuptools") << QStringLiteral("exclude_package:setuptools") << quint64(70) << int(C::High)
                                    << QStringLiteral("setuptools");
        QTest::addRow("notebook stack") << QStringLiteral("exclude_package:notebook") << quint64(70) << int(C::Medium)
                                        << QStringLiteral("IPython");
        QTest::addRow("second framework") << QStringLiteral("exclude_package:tensorflow") << quint64(1010)
                                          << int(C::Medium) << QStringLiteral("tensorflow");
    }

    void exclusions()
    {
        QFETCH(QString, id);
        QFETCH(quint64, saving);
        QFETCH(int, confidence);
        QFETCH(QString, exclude);
        const auto candidates = m_exclusions.run(ExcludablePackagesAnalyzer());
        const Candidate* candidate = Test::findCandidate(candidates, id);
        QVERIFY2(candidate, qPrintable(id));
        QCOMPARE(candidate->saving, saving);
        QCOMPARE(candidate->bytes, saving);
        QCOMPARE(int(candidate->confidence), confidence);
        QVERIFY(candidate->excludes.contains(exclude));
        QVERIFY(candidate->action.contains(QStringLiteral("excludes=[")));
        QVERIFY(!candidate->why.isEmpty());
        for (const Candidate::FileSaving& file : candidate->files)
            QVERIFY(file.removesFile);
    }

    void exclusionsLeaveTheRestAlone()
    {
        const auto candidates = m_exclusions.run(ExcludablePackagesAnalyzer());
        QCOMPARE(candidates.size(), std::size_t(5)); // the rows above, nothing for torch (main) or numpy
        QVERIFY(!Test::findCandidate(candidates, QStringLiteral("exclude_package:torch")));
    }

    void classify_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("bytecode");
        QTest::addColumn<int>("kind");
        QTest::addRow("header") << QStringLiteral("torch/include/ATen/ATen.h") << false << int(FileKind::Headers);
        QTest::addRow("cuda header") << QStringLiteral("pkg/kernels/x.cuh") << false << int(FileKind::Headers);
        QTest::addRow("static lib") << QStringLiteral("torch/lib/libdnnl.a") << false << int(FileKind::StaticLibs);
        QTest::addRow("cmake") << QStringLiteral("torch/share/cmake/A.cmake") << false << int(FileKind::CMake);
        QTest::addRow("pkg-config") << QStringLiteral("x/lib/pkgconfig/x.pc") << false << int(FileKind::PkgConfig);
        QTest::addRow(".pc outside pkgconfig") << QStringLiteral("x/data/model.pc") << false << int(FileKind::None);
        QTest::addRow("stub") << QStringLiteral("numpy/__init__.pyi") << false << int(FileKind::Stubs);
        QTest::addRow("cython") << QStringLiteral("sklearn/tree/_tree.pxd") << false << int(FileKind::CSources);
        QTest::addRow("tests folder") << QStringLiteral("scipy/linalg/tests/a.py") << false << int(FileKind::Tests);
        QTest::addRow("testing is a runtime module")
            << QStringLiteral("numpy/testing/utils.py") << false << int(FileKind::None);
        QTest::addRow("examples") << QStringLiteral("pkg/examples/demo.py") << false << int(FileKind::Examples);
        QTest::addRow("docs") << QStringLiteral("pkg/docs/index.html") << false << int(FileKind::Docs);
        QTest::addRow("test program") << QStringLiteral("torch/bin/test_jit") << false << int(FileKind::TestPrograms);
        QTest::addRow("runtime helper in bin")
            << QStringLiteral("torch/bin/torch_shm_manager") << false << int(FileKind::None);
        QTest::addRow("pycache") << QStringLiteral("pkg/__pycache__/m.cpython-311.pyc") << false
                                 << int(FileKind::PyCache);
        QTest::addRow("source with bytecode") << QStringLiteral("pkg/m.py") << true << int(FileKind::PySources);
        QTest::addRow("source alone") << QStringLiteral("pkg/m.py") << false << int(FileKind::None);
        QTest::addRow("licence in tests") << QStringLiteral("pkg/tests/LICENSE") << false << int(FileKind::None);
        QTest::addRow("dist-info") << QStringLiteral("pkg-1.0.dist-info/tests/a.h") << false << int(FileKind::None);
        QTest::addRow("shared library") << QStringLiteral("torch/lib/libc10.so") << false << int(FileKind::None);
    }

    void classify()
    {
        QFETCH(QString, path);
        QFETCH(bool, bytecode);
        QFETCH(int, kind);
        QCOMPARE(int(DevFilesAnalyzer::classify(path, bytecode)), kind);
    }

    void devFiles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<quint64>("saving");
        QTest::addColumn<QStringList>("patterns");
        QTest::addRow("headers") << QStringLiteral("dev_files:headers:torch") << quint64(1500)
                                 << QStringList { QStringLiteral("torch/*.h") };
        QTest::addRow("static libs") << QStringLiteral("dev_files:static_libs:torch") << quint64(2000)
                                     << QStringList { QStringLiteral("torch/*.a") };
        QTest::addRow("top-level static lib")
            << QStringLiteral("dev_files:static_libs:_top") << quint64(150) << QStringList { QStringLiteral("libz.a") };
        QTest::addRow("cmake") << QStringLiteral("dev_files:cmake:torch") << quint64(300)
                               << QStringList { QStringLiteral("torch/*.cmake") };
        QTest::addRow("pkg-config") << QStringLiteral("dev_files:pkgconfig:torch") << quint64(20)
                                    << QStringList { QStringLiteral("torch/*.pc") };
        QTest::addRow("test programs") << QStringLiteral("dev_files:test_programs:torch") << quint64(700)
                                       << QStringList { QStringLiteral("torch/bin/test_api") };
        QTest::addRow("tests at two depths")
            << QStringLiteral("dev_files:tests:scipy") << quint64(460)
            << QStringList { QStringLiteral("scipy/*/tests/*"), QStringLiteral("scipy/tests/*") };
        QTest::addRow("stubs") << QStringLiteral("dev_files:stubs:numpy") << quint64(60)
                               << QStringList { QStringLiteral("numpy/*.pyi") };
        QTest::addRow("pycache") << QStringLiteral("dev_files:pycache:mypkg") << quint64(80)
                                 << QStringList { QStringLiteral("mypkg/__pycache__/*") };
        QTest::addRow("source with bytecode") << QStringLiteral("dev_files:py_sources:mypkg") << quint64(90)
                                              << QStringList { QStringLiteral("mypkg/mod.py") };
    }

    void devFiles()
    {
        QFETCH(QString, id);
        QFETCH(quint64, saving);
        QFETCH(QStringList, patterns);
        const auto candidates = m_devFiles.run(DevFilesAnalyzer());
        const Candidate* candidate = Test::findCandidate(candidates, id);
        QVERIFY2(candidate, qPrintable(id));
        QCOMPARE(candidate->saving, saving);
        QCOMPARE(candidate->dropPatterns, patterns);
        QVERIFY(candidate->action.contains(QStringLiteral("a.datas = [e for e in a.datas if _bundlescope_keep(e)]")));
        const NodeId contents = m_devFiles.tree().contentsRoot();
        QCOMPARE(m_devFiles.tree().name(contents), QStringLiteral("_internal"));
        for (const Candidate::FileSaving& file : candidate->files) {
            const QString path = m_devFiles.tree().path(file.node).mid(QStringLiteral("_internal/").size());
            QVERIFY2(DropPattern::matchesAny(candidate->dropPatterns, path), qPrintable(path));
        }
    }

    void devFilesKeepsRuntimeFiles()
    {
        const auto candidates = m_devFiles.run(DevFilesAnalyzer());
        QCOMPARE(candidates.size(), std::size_t(10));
        for (const Candidate& candidate : candidates) {
            for (const Candidate::FileSaving& file : candidate.files) {
                const QString name = m_devFiles.tree().name(file.node);
                QVERIFY2(name != u"torch_shm_manager" && name != u"LICENSE.txt" && name != u"data.py",
                    qPrintable(candidate.id));
            }
        }
    }

    void gpuFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("gpu");
        QTest::addRow("nvidia wheel") << QStringLiteral("nvidia/cudnn/lib/libcudnn.so.9") << true;
        QTest::addRow("torch cuda") << QStringLiteral("torch/lib/libtorch_cuda.so") << true;
        QTest::addRow("windows cublas") << QStringLiteral("torch/lib/cublas64_12.dll") << true;
        QTest::addRow("triton") << QStringLiteral("triton/language/core.py") << true;
        QTest::addRow("torch cpu") << QStringLiteral("torch/lib/libtorch_cpu.so") << false;
        QTest::addRow("a python file named cuda") << QStringLiteral("torch/cuda/__init__.py") << false;
    }

    void gpuFiles()
    {
        QFETCH(QString, path);
        QFETCH(bool, gpu);
        QCOMPARE(GpuStackAnalyzer::isGpuFile(path), gpu);
    }

    void gpuStack()
    {
        const auto candidates = m_gpu.run(GpuStackAnalyzer());
        QCOMPARE(candidates.size(), std::size_t(1));
        const Candidate& candidate = candidates.front();
        QCOMPARE(candidate.id, QStringLiteral("gpu_stack:cuda"));
        QCOMPARE(candidate.saving, quint64(1000 + 2000 + 300 + 50 + 400));
        QCOMPARE(candidate.confidence, Candidate::Confidence::Low);
        QVERIFY(candidate.advised);
        QVERIFY(candidate.title.contains(QStringLiteral("no GPU")));
        QVERIFY(!candidate.action.contains(QStringLiteral("download.")));
        QVERIFY(m_exclusions.run(GpuStackAnalyzer()).empty());
    }

    void layout()
    {
        const auto folder = m_gpu.run(LayoutAnalyzer());
        QCOMPARE(folder.size(), std::size_t(1));
        QCOMPARE(folder.front().id, QStringLiteral("layout:onefolder"));
        QVERIFY(!folder.front().advised);
        QCOMPARE(folder.front().saving, quint64(0));

        const BundleTreePtr oneFile = Test::buildTree(
            { { QStringLiteral("torch/lib/libtorch.so"), 5000 } }, {}, BundleTree::SourceKind::OneFileExecutable);
        struct NoReader : ContentReader {
            std::unique_ptr<QIODevice> open(NodeId) const override { return nullptr; }
        } reader;
        const AnalysisContext context { *oneFile, reader, CancellationToken() };
        const auto candidates = LayoutAnalyzer().analyze(context);
        QCOMPARE(candidates.size(), std::size_t(1));
        QCOMPARE(candidates.front().id, QStringLiteral("layout:onefile"));
        QVERIFY(!candidates.front().advised);
        QVERIFY(candidates.front().action.contains(QStringLiteral("COLLECT")));
    }

    void cancelledAnalyzersReturnNothing()
    {
        CancellationToken token;
        token.cancel();
        const AnalysisContext context { m_devFiles.tree(), m_devFiles.reader(), token };
        QVERIFY(DevFilesAnalyzer().analyze(context).empty());
        QVERIFY(ExcludablePackagesAnalyzer().analyze(context).empty());
        QVERIFY(GpuStackAnalyzer().analyze(context).empty());
    }
};

QTEST_GUILESS_MAIN(TestPackageAnalyzers)
#include "tst_packageanalyzers.moc"
