// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz harness over valid seeds (written like PyInstaller 6 writes them), thousands of deterministic
// mutations of them, and every input a fuzzer ever found (one named row each): none may crash or hang.
#include "demo/pyinstallerarchivewriter.h"
#include "pyinstallerfuzzharness.h"

#include <QTest>
#include <QtEndian>

using namespace BundleScope;

namespace {
QByteArray seedOneFile()
{
    PyzWriter pyz;
    pyz.addModule("json", PyzWriter::Type::Package, QByteArray(300, 'j'));
    pyz.addModule("json.decoder", PyzWriter::Type::Module, QByteArray(900, 'd'));
    CArchiveWriter pkg;
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(4000, 'L'), true);
    return QByteArray(256, '\x90') + pkg.finish() + QByteArray(64, '\x01');
}

quint64 next(quint64& state)
{
    // xorshift64*: deterministic, so a failing iteration can be reproduced from its index.
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 2685821657736338717ull;
}
} // namespace

class TestFuzzRegression : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("cookie only") << QByteArray("MEI\014\013\012\013\016", 8) + QByteArray(80, '\0');
        QTest::addRow("cookie with maximal lengths")
            << QByteArray("MEI\014\013\012\013\016", 8) + QByteArray(80, '\xff');
        QTest::addRow("pyz header with toc at 12")
            << QByteArray("PYZ\0\xa7\x0d\x0d\x0a\0\0\0\x0c[\xff\xff\xff\x7f", 17);
        QTest::addRow("seed") << seedOneFile();
    }
    void knownInputs()
    {
        QFETCH(QByteArray, input);
        Fuzz::parsePyInstallerInput(input);
    }

    void mutations()
    {
        const QByteArray seed = seedOneFile();
        quint64 state = 0x9e3779b97f4a7c15ull;
        for (int i = 0; i < 20000; ++i) {
            QByteArray input = seed;
            const int edits = 1 + int(next(state) % 8);
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(next(state) % quint64(input.size()));
                switch (next(state) % 4) {
                case 0:
                    input[at] = char(next(state));
                    break;
                case 1: // a plausible-looking big number where lengths live
                    if (at + 4 <= input.size())
                        qToBigEndian(quint32(next(state)), input.data() + at);
                    break;
                case 2:
                    input.truncate(std::max<qsizetype>(at, 1));
                    break;
                default:
                    input.insert(at, QByteArray(int(next(state) % 64), char(next(state))));
                    break;
                }
            }
            Fuzz::parsePyInstallerInput(input);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "tst_fuzzregression.moc"
