// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimfixture.h"

#include "demo/pyinstallerarchivewriter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace BundleScope::Test {

namespace {
    const char* const s_appSource = R"(#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
int main(int argc, char** argv)
{
    if (argc > 1 && strcmp(argv[1], "--fail") == 0) {
        fprintf(stderr, "Traceback (most recent call last):\n  File \"app.py\", line 1\nRuntimeError: self-test failed\n");
        return 1;
    }
    FILE* model = fopen("_internal/data/model.txt", "r");
    if (!model) { fprintf(stderr, "Unable to find model.txt\n"); return 1; }
    fclose(model);
    void* plugin = dlopen("./_internal/libplugin.so", RTLD_NOW);
    if (!plugin) { fprintf(stderr, "Error: %s\n", dlerror()); return 2; }
    if (access("_internal/bin/helper", X_OK) != 0) { fprintf(stderr, "Unable to find helper\n"); return 3; }
    FILE* blob = fopen("_internal/b/blob.bin", "r");
    if (!blob) { fprintf(stderr, "Unable to find blob.bin\n"); return 4; }
    fclose(blob);
    if (argc > 1 && strcmp(argv[1], "--write") == 0) {
        FILE* append = fopen("_internal/data/model.txt", "a");
        if (append) { fputs("written by the app\n", append); fclose(append); }
        mkdir("_internal/cache", 0755);
        FILE* created = fopen("_internal/cache/new.txt", "w");
        if (created) { fputs("new\n", created); fclose(created); }
    }
    puts("app ok");
    return 0;
}
)";

    // The launcher: finds its PKG (the last cookie, searched backwards as the bootloader does), the PYZ in it and the
    // PYZ's marshalled table of contents, where each module name is stored as a length byte and the name.
    const char* const s_launcherSource = R"(#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static unsigned be32(const unsigned char* p) { return ((unsigned)p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]; }
static int has(const unsigned char* toc, size_t length, const char* name)
{
    unsigned char key[257];
    size_t n = strlen(name);
    key[0] = (unsigned char)n;
    memcpy(key + 1, name, n);
    for (const unsigned char* at = toc + 1; at < toc + length;) {
        const unsigned char* found = memmem(at, (size_t)(toc + length - at), key, n + 1);
        if (!found) return 0;
        if ((found[-1] & 0x7f) == 'z' || (found[-1] & 0x7f) == 'Z') return 1; /* a short ASCII string */
        at = found + 1;
    }
    return 0;
}
static int missing(const char* name)
{
    fprintf(stderr, "Traceback (most recent call last):\n  File \"app.py\", line 1\n"
                    "ModuleNotFoundError: No module named '%s'\n", name);
    return 1;
}
int main(void)
{
    FILE* f = fopen("/proc/self/exe", "rb");
    if (!f) { fprintf(stderr, "Error: cannot open myself\n"); return 5; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    unsigned char* buf = malloc(size);
    fseek(f, 0, SEEK_SET);
    if (fread(buf, 1, size, f) != (size_t)size) { fprintf(stderr, "Error: cannot read myself\n"); return 5; }
    const unsigned char magic[8] = { 'M', 'E', 'I', 014, 013, 012, 013, 016 };
    long cookie = -1;
    for (long i = size - 88; i >= 0 && cookie < 0; --i)
        if (memcmp(buf + i, magic, 8) == 0) cookie = i;
    if (cookie < 0) { fprintf(stderr, "Error: cannot find the archive\n"); return 5; }
    long start = cookie + 88 - (long)be32(buf + cookie + 8);
    long toc = start + be32(buf + cookie + 12), tocEnd = toc + be32(buf + cookie + 16);
    const unsigned char* pyz = NULL;
    unsigned pyzLength = 0;
    int hook = 0;
    for (long p = toc; p < tocEnd; p += be32(buf + p)) {
        if (buf[p + 17] == 'z') { pyz = buf + start + be32(buf + p + 4); pyzLength = be32(buf + p + 8); }
        if (buf[p + 17] == 's' && strcmp((const char*)buf + p + 18, "pyi_rth_unusedpkg") == 0) hook = 1;
    }
    if (!pyz || memcmp(pyz, "PYZ", 3) != 0) { fprintf(stderr, "Error: cannot find the PYZ\n"); return 5; }
    const unsigned char* pyzToc = pyz + be32(pyz + 8);
    size_t pyzTocLength = pyzLength - be32(pyz + 8);
    if (hook && !has(pyzToc, pyzTocLength, "unusedpkg")) return missing("unusedpkg");
    if (!has(pyzToc, pyzTocLength, "appmod")) return missing("appmod");
    if (!has(pyzToc, pyzTocLength, "appmod.core")) return missing("appmod.core");
    puts("launcher ok");
    return 0;
}
)";

    bool compile(const QStringList& arguments)
    {
        const ToolRun run = runTool(QStringLiteral("gcc"), arguments, QStringLiteral("gcc"), 60000);
        if (!run.started || run.exitCode != 0) {
            qWarning() << "gcc failed:" << run.error << run.standardError;
            return false;
        }
        return true;
    }

    QByteArray pattern(int size, char seed)
    {
        QByteArray data(size, Qt::Uninitialized);
        quint32 state = quint32(seed) * 2654435761u + 1;
        for (int i = 0; i < size; ++i) {
            state = state * 1664525u + 1013904223u;
            data[i] = char(state >> 24);
        }
        return data;
    }

    SlimAction action(const QString& path, const QString& root, const QString& link = {})
    {
        return { path, link, quint64(QFileInfo(root + u'/' + path).size()) };
    }

    SlimItem item(const QString& id, std::vector<SlimAction> actions)
    {
        SlimItem made;
        made.id = id;
        made.kind = QStringLiteral("test");
        made.title = id;
        for (const SlimAction& a : actions)
            made.saving += a.bytes;
        made.actions = std::move(actions);
        return made;
    }
} // namespace

bool SlimFixture::write(const QString& root)
{
    const QString in = root + QStringLiteral("/_internal/");
    const QByteArray blob = pattern(64 * 1024, 'b');
    if (!writeFile(root + QStringLiteral("/app.c"), s_appSource)
        || !writeFile(in + QLatin1String("data/model.txt"), "weights\n")
        || !writeFile(in + QLatin1String("plugin.c"), "int plugin_value(void) { return 42; }\n")
        || !writeFile(in + QLatin1String("unused.c"), "int unused_value(void) { return 7; }\n")
        || !writeFile(in + QLatin1String("bin/helper"), "#!/bin/sh\nexit 0\n")
        || !writeFile(in + QLatin1String("a/blob.bin"), blob) || !writeFile(in + QLatin1String("b/blob.bin"), blob)
        || !writeFile(in + QLatin1String("pkg/__init__.py"), "")
        || !writeFile(in + QLatin1String("pkg/tests/test_pkg.py"), pattern(20000, 't'))
        || !writeFile(in + QLatin1String("pkg/tests/conftest.py"), pattern(3000, 'c'))
        || !writeFile(in + QLatin1String("filler/f1.bin"), pattern(30000, '1'))
        || !writeFile(in + QLatin1String("filler/f2.bin"), pattern(40000, '2'))
        || !writeFile(in + QLatin1String("big/unused.dat"), pattern(2 * 1024 * 1024, 'u'))
        || !writeFile(in + QLatin1String("base_library.zip"), pattern(1000, 'z')))
        return false;
    QFile::setPermissions(
        in + QLatin1String("bin/helper"), QFile::permissions(in + QLatin1String("bin/helper")) | QFile::ExeOwner);
    const bool built = compile({ QStringLiteral("-O0"), QStringLiteral("-o"), root + QStringLiteral("/app"),
                           root + QStringLiteral("/app.c"), QStringLiteral("-ldl") })
        && compile({ QStringLiteral("-shared"), QStringLiteral("-fPIC"), QStringLiteral("-o"),
            in + QLatin1String("libplugin.so"), in + QLatin1String("plugin.c") })
        && compile({ QStringLiteral("-shared"), QStringLiteral("-fPIC"), QStringLiteral("-o"),
            in + QLatin1String("libunused.so"), in + QLatin1String("unused.c") });
    QFile::remove(root + QStringLiteral("/app.c"));
    QFile::remove(in + QLatin1String("plugin.c"));
    QFile::remove(in + QLatin1String("unused.c"));
    return built;
}

std::vector<SlimItem> SlimFixture::items(const QString& root)
{
    const QString in = QStringLiteral("_internal/");
    std::vector<SlimItem> list;
    list.push_back(item(QStringLiteral("model"), { action(in + QLatin1String("data/model.txt"), root) }));
    list.push_back(item(QStringLiteral("tests"),
        { action(in + QLatin1String("pkg/tests/conftest.py"), root),
            action(in + QLatin1String("pkg/tests/test_pkg.py"), root) }));
    list.push_back(item(QStringLiteral("plugin"), { action(in + QLatin1String("libplugin.so"), root) }));
    list.push_back(item(
        QStringLiteral("dup"), { action(in + QLatin1String("b/blob.bin"), root, QStringLiteral("../a/blob.bin")) }));
    list.push_back(item(QStringLiteral("unused_lib"), { action(in + QLatin1String("libunused.so"), root) }));
    list.push_back(item(QStringLiteral("filler1"), { action(in + QLatin1String("filler/f1.bin"), root) }));
    list.push_back(item(QStringLiteral("helper"), { action(in + QLatin1String("bin/helper"), root) }));
    list.push_back(item(QStringLiteral("filler2"), { action(in + QLatin1String("filler/f2.bin"), root) }));
    return list;
}

QStringList SlimFixture::fingerprint(const QString& root)
{
    QStringList lines;
    QDirIterator it(
        root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QString line = QDir(root).relativeFilePath(path);
        if (info.isSymLink())
            line += QStringLiteral(" -> ") + info.symLinkTarget();
        else if (info.isFile())
            line += u' '
                + QString::fromLatin1(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha1).toHex()) + u' '
                + QString::number(int(info.permissions()), 16);
        else
            line += u'/';
        lines.append(line);
    }
    lines.sort();
    return lines;
}

bool SlimFixture::writeOneFile(const QString& path)
{
    CArchiveWriter pkg;
    pkg.add("main", 's', QByteArray("print('hello')\n"), true);
    pkg.add("libpython3.11.so.1.0", 'b', QByteArray(40000, 'L'), true);
    QByteArray boot("\x7f"
                    "ELF",
        4);
    boot.append(QByteArray(5000, '\x90'));
    if (!writeFile(path, boot + pkg.finish()))
        return false;
    return QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner);
}

QString SlimFixture::pyzMember(const QByteArray& module, bool package)
{
    const QString path = QStringLiteral("PYZ-00.pyz/") + QString::fromLatin1(module).replace(u'.', u'/');
    return package ? path + QStringLiteral("/__init__.pyc") : path + QStringLiteral(".pyc");
}

bool SlimFixture::writeLauncherBundle(const QString& root)
{
    const QString in = root + QStringLiteral("/_internal/");
    if (!writeFile(root + QStringLiteral("/app.c"), s_launcherSource)
        || !writeFile(in + QLatin1String("base_library.zip"), pattern(2000, 'z'))
        || !writeFile(in + QLatin1String("libpython3.11.so.1.0"), pattern(5000, 'p'))
        || !writeFile(in + QLatin1String("mixedpkg/tests/data.txt"), pattern(4000, 'd')))
        return false;
    const QByteArray app = QFile::encodeName(root + QStringLiteral("/app"));
    if (!compile({ QStringLiteral("-O0"), QStringLiteral("-o"), root + QStringLiteral("/app"),
            root + QStringLiteral("/app.c") }))
        return false;
    QFile::remove(root + QStringLiteral("/app.c"));

    PyzWriter pyz;
    const auto code = [](const QByteArray& name) { return pattern(3000 + int(name.size()) * 97, name.at(0)); };
    for (const QByteArray& package :
        { QByteArray("appmod"), QByteArray("unusedpkg"), QByteArray("mixedpkg"), QByteArray("mixedpkg.tests") })
        pyz.addModule(package, PyzWriter::Type::Package, code(package));
    for (const QByteArray& module : { QByteArray("appmod.core"), QByteArray("unusedpkg.helpers"),
             QByteArray("mixedpkg.tests.test_one"), QByteArray("mixedpkg.tests.test_two") })
        pyz.addModule(module, PyzWriter::Type::Module, code(module));
    CArchiveWriter pkg;
    pkg.add("struct", 'm', pattern(300, 's'), true);
    pkg.add("pyimod01_archive", 'm', pattern(5000, 'a'), true);
    pkg.add("pyiboot01_bootstrap", 's', pattern(1800, 'b'), true);
    pkg.add("pyi_rth_unusedpkg", 's', pattern(900, 'h'), true);
    pkg.add("app", 's', pattern(1200, 'm'), true);
    pkg.add("pyi-contents-directory _internal", 'o', {}, false);
    pkg.add("PYZ-00.pyz", 'z', pyz.finish(), false);
    const QString pkgFile = root + QStringLiteral("/pkg.bin");
    if (!writeFile(pkgFile, pkg.finish()))
        return false;
    // As PyInstaller 6 on Linux: the PKG becomes the ELF section "pydata"; the section headers follow it.
    const ToolRun objcopy = runTool(QStringLiteral("objcopy"),
        { QStringLiteral("--add-section"), QStringLiteral("pydata=") + pkgFile, QFile::decodeName(app) },
        QStringLiteral("binutils"));
    QFile::remove(pkgFile);
    if (!objcopy.started || objcopy.exitCode != 0) {
        qWarning() << "objcopy failed:" << objcopy.error << objcopy.standardError;
        return false;
    }
    return true;
}

} // namespace BundleScope::Test
