// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/categoryrules.h"
#include "model/fileclassifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace BundleScope;

Q_DECLARE_METATYPE(BundleScope::Category)

namespace {

// Writes content to path, creating parent folders (kept local so these tests link only the engine).
bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(content) == content.size();
}

constexpr quint32 ElfMagic = 0x7f454c46u;
constexpr quint32 PeMagic = 0x4d5a9000u;
constexpr quint32 MachO64Magic = 0xcffaedfeu;
constexpr quint32 ZipMagic = 0x504b0304u;
constexpr quint32 ShebangMagic = 0x23212f62u; // "#!/b"

// A representative file name for a rule: '*' and '#' become digits, which every glob in the table accepts.
QByteArray sampleName(const CategoryRule& rule)
{
    QByteArray pattern(rule.pattern.data(), qsizetype(rule.pattern.size()));
    switch (rule.match) {
    case CategoryRule::Match::Extension:
        return "sample." + pattern;
    case CategoryRule::Match::Name:
        return pattern;
    case CategoryRule::Match::Glob:
        return pattern.replace('*', "1").replace('#', "2");
    }
    return {};
}

} // namespace

// Tests FileClassifier against the CategoryRules table, tricky names, and magic-byte detection.
class TestClassify : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void tableIsWellFormed();
    void everyRule_data();
    void everyRule();
    void trickyNames_data();
    void trickyNames();
    void magicFromFile_data();
    void magicFromFile();
};

void TestClassify::tableIsWellFormed()
{
    QVERIFY(CategoryRules::table().size() > 50);
    for (const CategoryRule& rule : CategoryRules::table()) {
        const QByteArray pattern(rule.pattern.data(), qsizetype(rule.pattern.size()));
        QVERIFY2(!pattern.isEmpty(), "empty pattern");
        QCOMPARE(pattern.toLower(), pattern); // names are compared case-insensitively against lower-case patterns
        QVERIFY2(rule.category != Category::None && rule.category != Category::Tests, pattern.constData());
        if (rule.match == CategoryRule::Match::Extension)
            QVERIFY2(!pattern.contains('.'), pattern.constData());
    }
}

void TestClassify::everyRule_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<Category>("expected");
    for (const CategoryRule& rule : CategoryRules::table()) {
        const QByteArray name = sampleName(rule);
        QTest::addRow("%s", name.constData()) << name << rule.category;
        QTest::addRow("%s (upper case)", name.constData()) << name.toUpper() << rule.category;
    }
}

void TestClassify::everyRule()
{
    QFETCH(QByteArray, name);
    QFETCH(Category, expected);
    int magicCalls = 0;
    const auto readMagic = [&magicCalls] {
        ++magicCalls;
        return ElfMagic;
    };
    QCOMPARE(FileClassifier::classify(name, false, readMagic), expected);
    QCOMPARE(FileClassifier::classify(name, true, readMagic), expected);
    QCOMPARE(magicCalls, 0); // a name that a rule matches is conclusive
}

void TestClassify::trickyNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("executable");
    QTest::addColumn<quint32>("magic");
    QTest::addColumn<Category>("expected");
    QTest::addColumn<bool>("readsMagic");
    using C = Category;
    // clang-format off
    QTest::addRow("versioned so") << QByteArray("libfoo.so.1.2.3") << false << 0u << C::NativeLibrary << false;
    QTest::addRow("versioned so, x bit") << QByteArray("libc.so.6") << true << ElfMagic << C::NativeLibrary << false;
    QTest::addRow("cpython tag") << QByteArray("foo.cpython-311-x86_64-linux-gnu.so") << false << 0u << C::NativeLibrary << false;
    QTest::addRow("so backup is not a library") << QByteArray("libfoo.so.bak") << false << 0u << C::Other << false;
    QTest::addRow("tar.gz") << QByteArray("archive.tar.gz") << false << 0u << C::Other << false;
    QTest::addRow("hidden, no extension") << QByteArray(".hidden") << false << 0u << C::Other << true;
    QTest::addRow("hidden with extension") << QByteArray(".config.json") << false << 0u << C::Data << false;
    QTest::addRow("README") << QByteArray("README") << false << 0u << C::Docs << false;
    QTest::addRow("LICENSE-MIT") << QByteArray("LICENSE-MIT") << false << 0u << C::Docs << false;
    QTest::addRow("COPYING.LIB is a licence") << QByteArray("COPYING.LIB") << false << 0u << C::Docs << false;
    QTest::addRow("authors.py is code") << QByteArray("authors.py") << false << 0u << C::PythonSource << false;
    QTest::addRow("CMakeLists.txt") << QByteArray("CMakeLists.txt") << false << 0u << C::DevFiles << false;
    QTest::addRow("plain txt") << QByteArray("notes.txt") << false << 0u << C::Docs << false;
    QTest::addRow("base_library.zip") << QByteArray("base_library.zip") << false << 0u << C::PythonBytecode << false;
    QTest::addRow("python311.zip") << QByteArray("python311.zip") << false << 0u << C::PythonBytecode << false;
    QTest::addRow("other zip") << QByteArray("resources.zip") << false << 0u << C::Other << false;
    QTest::addRow("PYZ-00.pyz") << QByteArray("PYZ-00.pyz") << false << 0u << C::PythonBytecode << false;
    QTest::addRow("mixed case weights") << QByteArray("Model.SafeTensors") << false << 0u << C::ModelWeights << false;
    QTest::addRow("pyi stub") << QByteArray("__init__.pyi") << false << 0u << C::DevFiles << false;
    QTest::addRow("trailing dot") << QByteArray("weird.") << false << 0u << C::Other << true;
    QTest::addRow("ELF program") << QByteArray("python3.11") << true << ElfMagic << C::Executable << true;
    QTest::addRow("ELF launcher") << QByteArray("myapp") << true << ElfMagic << C::Executable << true;
    QTest::addRow("ELF without x bit") << QByteArray("myapp") << false << ElfMagic << C::NativeLibrary << true;
    QTest::addRow("ELF with .so in name") << QByteArray("libx.so-helper") << true << ElfMagic << C::NativeLibrary << true;
    QTest::addRow("PE launcher") << QByteArray("launcher") << true << PeMagic << C::Executable << true;
    QTest::addRow("Mach-O no x bit") << QByteArray("Python") << false << MachO64Magic << C::NativeLibrary << true;
    QTest::addRow("zip without extension") << QByteArray("blob") << false << ZipMagic << C::Other << true;
    QTest::addRow("shell script") << QByteArray("run.sh") << true << ShebangMagic << C::Other << true;
    QTest::addRow("unreadable") << QByteArray("mystery") << true << 0u << C::Other << true;
    QTest::addRow("unknown extension, no x") << QByteArray("data.xyz") << false << ElfMagic << C::Other << false;
    QTest::addRow("exe by name") << QByteArray("TOOL.EXE") << false << 0u << C::Executable << false;
    QTest::addRow("json with x bit") << QByteArray("config.json") << true << ElfMagic << C::Data << false;
    // clang-format on
}

void TestClassify::trickyNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, executable);
    QFETCH(quint32, magic);
    QFETCH(Category, expected);
    QFETCH(bool, readsMagic);
    int magicCalls = 0;
    const Category category = FileClassifier::classify(name, executable, [&magicCalls, magic] {
        ++magicCalls;
        return magic;
    });
    QCOMPARE(category, expected);
    QCOMPARE(magicCalls, readsMagic ? 1 : 0);
}

void TestClassify::magicFromFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("executable");
    QTest::addColumn<Category>("expected");
    const QByteArray elfHeader = QByteArray::fromHex("7f454c46020101000000000000000000") + QByteArray(48, '\0');
    QTest::addRow("ELF, x bit") << elfHeader << true << Category::Executable;
    QTest::addRow("ELF, no x bit") << elfHeader << false << Category::NativeLibrary;
    QTest::addRow("text") << QByteArray("hello world\n") << true << Category::Other;
    QTest::addRow("too short") << QByteArray("\x7f"
                                             "E")
                               << true << Category::Other;
}

void TestClassify::magicFromFile()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, executable);
    QFETCH(Category, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("binary"));
    QVERIFY(writeFile(path, content));
    const auto readMagic = [&path]() -> quint32 {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray head = file.read(4);
        if (head.size() != 4)
            return 0;
        return quint32(quint8(head[0])) << 24 | quint32(quint8(head[1])) << 16 | quint32(quint8(head[2])) << 8
            | quint32(quint8(head[3]));
    };
    QCOMPARE(FileClassifier::classify("binary", executable, readMagic), expected);
}

QTEST_GUILESS_MAIN(TestClassify)
#include "tst_classify.moc"
