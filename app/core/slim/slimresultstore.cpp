// SPDX-License-Identifier: GPL-3.0-or-later
#include "slimresultstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace BundleScope {

namespace {
    constexpr auto s_schema = "bundlescope.slimstore/1";

    QString canonicalRoot(const BundleTree& tree)
    {
        const QString canonical = QFileInfo(tree.rootPath()).canonicalFilePath();
        return canonical.isEmpty() ? QFileInfo(tree.rootPath()).absoluteFilePath() : canonical;
    }

    // What changes when the bundle is rebuilt or edited: its bytes, its entries, its newest file.
    QJsonObject fingerprint(const BundleTree& tree)
    {
        qint64 newest = 0;
        for (NodeId id = 0; id < tree.nodeCount(); ++id)
            newest = std::max(newest, tree.modificationTime(id));
        return { { QStringLiteral("path"), canonicalRoot(tree) }, { QStringLiteral("bytes"), double(tree.totalSize()) },
            { QStringLiteral("nodes"), double(tree.nodeCount()) }, { QStringLiteral("newest_mtime"), double(newest) } };
    }

    SlimVerdict verdictFromId(const QString& id)
    {
        if (id == slimVerdictId(SlimVerdict::Removed))
            return SlimVerdict::Removed;
        if (id == slimVerdictId(SlimVerdict::Breaks))
            return SlimVerdict::Breaks;
        return SlimVerdict::NotTried;
    }

    QJsonObject itemToJson(const SlimItem& item)
    {
        QJsonArray actions;
        for (const SlimAction& action : item.actions)
            actions.append(QJsonObject { { QStringLiteral("path"), action.path },
                { QStringLiteral("link"), action.linkTarget }, { QStringLiteral("bytes"), double(action.bytes) } });
        return { { QStringLiteral("id"), item.id }, { QStringLiteral("kind"), item.kind },
            { QStringLiteral("title"), item.title }, { QStringLiteral("saving"), double(item.saving) },
            { QStringLiteral("verdict"), slimVerdictId(item.verdict) }, { QStringLiteral("evidence"), item.evidence },
            { QStringLiteral("actions"), actions } };
    }

    SlimItem itemFromJson(const QJsonObject& object)
    {
        SlimItem item;
        item.id = object.value(QStringLiteral("id")).toString();
        item.kind = object.value(QStringLiteral("kind")).toString();
        item.title = object.value(QStringLiteral("title")).toString();
        item.saving = quint64(object.value(QStringLiteral("saving")).toDouble());
        item.verdict = verdictFromId(object.value(QStringLiteral("verdict")).toString());
        item.evidence = object.value(QStringLiteral("evidence")).toString();
        for (const QJsonValue& value : object.value(QStringLiteral("actions")).toArray()) {
            const QJsonObject action = value.toObject();
            item.actions.push_back(
                { action.value(QStringLiteral("path")).toString(), action.value(QStringLiteral("link")).toString(),
                    quint64(action.value(QStringLiteral("bytes")).toDouble()) });
        }
        return item;
    }

    QJsonObject resultToJson(const SlimResult& result)
    {
        QJsonArray trials;
        for (const SlimTrial& trial : result.trials)
            trials.append(QJsonObject { { QStringLiteral("index"), trial.index },
                { QStringLiteral("removed_candidates"), trial.removedItems },
                { QStringLiteral("removed_bytes"), double(trial.removedBytes) },
                { QStringLiteral("passed"), trial.passed }, { QStringLiteral("seconds"), trial.seconds },
                { QStringLiteral("evidence"), trial.evidence } });
        QJsonArray items;
        for (const SlimItem& item : result.items)
            items.append(itemToJson(item));
        return { { QStringLiteral("root"), result.root }, { QStringLiteral("command"), result.command },
            { QStringLiteral("expect"), result.expect },
            { QStringLiteral("baseline_bytes"), double(result.baselineBytes) },
            { QStringLiteral("baseline_passed"), result.baselinePassed },
            { QStringLiteral("baseline_seconds"), result.baselineSeconds },
            { QStringLiteral("verified_saving"), double(result.verifiedSaving) },
            { QStringLiteral("final_bytes"), double(result.finalBytes) }, { QStringLiteral("seconds"), result.seconds },
            { QStringLiteral("spec_fragment"), result.specFragment }, { QStringLiteral("trials"), trials },
            { QStringLiteral("items"), items } };
    }

    SlimResult resultFromJson(const QJsonObject& object)
    {
        SlimResult result;
        result.root = object.value(QStringLiteral("root")).toString();
        result.command = object.value(QStringLiteral("command")).toString();
        result.expect = object.value(QStringLiteral("expect")).toString();
        result.baselineBytes = quint64(object.value(QStringLiteral("baseline_bytes")).toDouble());
        result.baselinePassed = object.value(QStringLiteral("baseline_passed")).toBool();
        result.baselineSeconds = object.value(QStringLiteral("baseline_seconds")).toDouble();
        result.verifiedSaving = quint64(object.value(QStringLiteral("verified_saving")).toDouble());
        result.finalBytes = quint64(object.value(QStringLiteral("final_bytes")).toDouble());
        result.seconds = object.value(QStringLiteral("seconds")).toDouble();
        result.specFragment = object.value(QStringLiteral("spec_fragment")).toString();
        for (const QJsonValue& value : object.value(QStringLiteral("trials")).toArray()) {
            const QJsonObject trial = value.toObject();
            result.trials.push_back({ trial.value(QStringLiteral("index")).toInt(),
                trial.value(QStringLiteral("removed_candidates")).toInt(),
                quint64(trial.value(QStringLiteral("removed_bytes")).toDouble()),
                trial.value(QStringLiteral("passed")).toBool(), trial.value(QStringLiteral("seconds")).toDouble(), 0,
                trial.value(QStringLiteral("evidence")).toString() });
        }
        for (const QJsonValue& value : object.value(QStringLiteral("items")).toArray())
            result.items.push_back(itemFromJson(value.toObject()));
        return result;
    }
} // namespace

SlimResultStore::SlimResultStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString SlimResultStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/slim");
}

QString SlimResultStore::fileFor(const BundleTree& tree) const
{
    const QByteArray hash = QCryptographicHash::hash(canonicalRoot(tree).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + u'/' + QString::fromLatin1(hash) + QStringLiteral(".json");
}

bool SlimResultStore::save(const BundleTree& tree, const SlimResult& result, QString* error) const
{
    const QJsonObject root { { QStringLiteral("schema"), QLatin1String(s_schema) },
        { QStringLiteral("bundle"), fingerprint(tree) }, { QStringLiteral("result"), resultToJson(result) } };
    QSaveFile file(fileFor(tree));
    const bool written = QDir().mkpath(m_folder) && file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
    if (!written && error)
        *error = tr("Cannot remember the verification in %1: %2").arg(file.fileName(), file.errorString());
    return written;
}

std::optional<SlimResult> SlimResultStore::load(const BundleTree& tree) const
{
    QFile file(fileFor(tree));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("schema")).toString() != QLatin1String(s_schema)
        || root.value(QStringLiteral("bundle")).toObject() != fingerprint(tree))
        return std::nullopt; // another format, or the bundle changed since it was verified
    return resultFromJson(root.value(QStringLiteral("result")).toObject());
}

void SlimResultStore::remove(const BundleTree& tree) const
{
    QFile::remove(fileFor(tree));
}

} // namespace BundleScope
