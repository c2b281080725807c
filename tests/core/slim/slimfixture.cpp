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

} // namespace BundleScope::Test
