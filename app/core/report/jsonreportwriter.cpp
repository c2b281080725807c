// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreportwriter.h"

#include "bundlereport.h"
#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace BundleScope {

namespace {

    QJsonObject totalsJson(const BundleReport::Totals& totals)
    {
        return {
            { QStringLiteral("bytes"), qint64(totals.bytes) },
            { QStringLiteral("allocated_bytes"), qint64(totals.allocatedBytes) },
            { QStringLiteral("files"), qint64(totals.files) },
            { QStringLiteral("dirs"), qint64(totals.dirs) },
            { QStringLiteral("symlinks"), qint64(totals.symlinks) },
            { QStringLiteral("errors"), qint64(totals.errors) },
        };
    }

    QJsonArray categoriesJson(const BundleReport& report)
    {
        QJsonArray array;
        for (const BundleReport::CategoryEntry& entry : report.categories) {
            array.append(QJsonObject {
                { QStringLiteral("name"), CategoryInfo::id(entry.category) },
                { QStringLiteral("label"), BundleReport::categoryLabel(entry.category) },
                { QStringLiteral("bytes"), qint64(entry.bytes) },
                { QStringLiteral("files"), qint64(entry.files) },
            });
        }
        return array;
    }

    QJsonArray packagesJson(const BundleReport& report)
    {
        QJsonArray array;
        for (const BundleReport::PackageEntry& entry : report.packages) {
            QJsonObject object {
                { QStringLiteral("name"), entry.name },
                { QStringLiteral("bytes"), qint64(entry.bytes) },
                { QStringLiteral("files"), qint64(entry.files) },
                { QStringLiteral("exclusive_bytes"), qint64(entry.exclusiveBytes) },
            };
            if (entry.sharedBytes > 0)
                object.insert(QStringLiteral("shared_bytes"), qint64(entry.sharedBytes));
            if (!entry.sharedWith.isEmpty())
                object.insert(QStringLiteral("shared_with"), QJsonArray::fromStringList(entry.sharedWith));
            array.append(object);
        }
        return array;
    }

    QJsonArray largestJson(const BundleReport& report)
    {
        QJsonArray array;
        for (const BundleReport::FileEntry& entry : report.largest) {
            QJsonObject object {
                { QStringLiteral("path"), entry.path },
                { QStringLiteral("bytes"), qint64(entry.bytes) },
                { QStringLiteral("category"), CategoryInfo::id(entry.category) },
                { QStringLiteral("package"), entry.package },
            };
            if (!entry.neededBy.isEmpty())
                object.insert(QStringLiteral("needed_by"), QJsonArray::fromStringList(entry.neededBy));
            array.append(object);
        }
        return array;
    }

    QJsonObject pyInstallerJson(const BundleReport::PyInstallerInfo& info)
    {
        return {
            { QStringLiteral("python_version"), info.pythonVersionText() },
            { QStringLiteral("python_library"), info.pythonLibrary },
            { QStringLiteral("bootloader_bytes"), qint64(info.bootloaderBytes) },
            { QStringLiteral("pkg_bytes"), qint64(info.pkgBytes) },
            { QStringLiteral("pyz_bytes"), qint64(info.pyzBytes) },
            { QStringLiteral("onefile"), info.oneFile },
        };
    }

    QJsonArray errorsJson(const BundleReport& report)
    {
        QJsonArray array;
        for (const BundleReport::ErrorEntry& entry : report.errors)
            array.append(
                QJsonObject { { QStringLiteral("path"), entry.path }, { QStringLiteral("message"), entry.message } });
        return array;
    }

} // namespace

QStringList JsonReportWriter::reservedKeys()
{
    return { QStringLiteral("schema"), QStringLiteral("generator"), QStringLiteral("root"), QStringLiteral("layout"),
        QStringLiteral("source"), QStringLiteral("contents"), QStringLiteral("totals"), QStringLiteral("categories"),
        QStringLiteral("packages"), QStringLiteral("largest"), QStringLiteral("errors"),
        QStringLiteral("pyinstaller") };
}

QJsonObject JsonReportWriter::toJson(const BundleReport& report) const
{
    QJsonObject root {
        { QStringLiteral("schema"), QLatin1String(Schema) },
        { QStringLiteral("generator"),
            QJsonObject { { QStringLiteral("name"), QStringLiteral("bundlescope") },
                { QStringLiteral("version"), QStringLiteral(BUNDLESCOPE_VERSION) } } },
        { QStringLiteral("root"), report.root },
        { QStringLiteral("layout"), LayoutDetector::id(report.layout) },
        { QStringLiteral("source"), report.source },
        { QStringLiteral("contents"), report.contentsPath },
        { QStringLiteral("totals"), totalsJson(report.totals) },
        { QStringLiteral("categories"), categoriesJson(report) },
        { QStringLiteral("packages"), packagesJson(report) },
        { QStringLiteral("largest"), largestJson(report) },
        { QStringLiteral("errors"), errorsJson(report) },
    };
    if (report.pyinstaller.isPresent())
        root.insert(QStringLiteral("pyinstaller"), pyInstallerJson(report.pyinstaller));
    const QStringList reserved = reservedKeys();
    for (const ReportSection& section : report.extraSections) {
        if (section.key.isEmpty() || reserved.contains(section.key) || root.contains(section.key)) {
            qCWarning(lcReport) << "report section key ignored (empty, reserved or duplicate):" << section.key;
            continue;
        }
        root.insert(section.key, section.json);
    }
    return root;
}

QByteArray JsonReportWriter::write(const BundleReport& report) const
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

} // namespace BundleScope
