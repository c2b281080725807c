// SPDX-License-Identifier: GPL-3.0-or-later
#include "specfragmentgenerator.h"

#include "analysis/droppattern.h"
#include "analysis/potentialcalculator.h"
#include "common/sizeformat.h"

#include <QFileInfo>

namespace BundleScope {

namespace {

    QString pythonList(QStringList items, const QString& indent = QStringLiteral("    "))
    {
        items.sort();
        items.removeDuplicates();
        if (items.isEmpty())
            return QStringLiteral("[]");
        QString text = QStringLiteral("[\n");
        for (const QString& item : std::as_const(items))
            text += indent + DropPattern::pythonString(item) + QStringLiteral(",\n");
        return text + u']';
    }

    QString commented(const QString& text)
    {
        QString result;
        for (const QString& line : text.split(u'\n'))
            result += (line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line) + u'\n';
        return result;
    }

    struct Selection {
        std::vector<const Candidate*> checked;
        QStringList excludes;
        QStringList drops;
        QStringList upxExclude;
        QList<std::pair<QString, QString>> links; // (duplicate, kept), relative to the bundle folder
        bool strip = false;
        bool upx = false;
        bool oneFile = false;
        QStringList outside; // "title: action" for changes made outside the spec
    };

    Selection select(const BundleTree& tree, const std::vector<Candidate>& all, const QSet<QString>& checked)
    {
        Selection s;
        for (const Candidate& c : all) {
            const bool on = checked.contains(c.id);
            if (c.kind == Candidate::Kind::Upx && !on) {
                for (const Candidate::FileSaving& f : c.files)
                    s.upxExclude.append(tree.name(f.node));
            }
            if (!on)
                continue;
            s.checked.push_back(&c);
            s.excludes += c.excludes;
            s.drops += c.dropPatterns;
            switch (c.kind) {
            case Candidate::Kind::StripDebug:
                s.strip = true;
                break;
            case Candidate::Kind::Upx:
                s.upx = true;
                s.upxExclude += c.upxExclude;
                break;
            case Candidate::Kind::Duplicate:
                for (const Candidate::FileSaving& f : c.files) {
                    if (tree.isValid(c.keep))
                        s.links.append({ tree.path(f.node), tree.path(c.keep) });
                }
                break;
            case Candidate::Kind::Layout:
                s.oneFile = c.id == u"layout:onefile";
                break;
            case Candidate::Kind::ModelPrecision:
            case Candidate::Kind::LazyLoadModel:
            case Candidate::Kind::GpuStack:
            case Candidate::Kind::Unreferenced:
                s.outside.append(c.title + QStringLiteral(":\n    ") + c.action);
                break;
            default:
                break;
            }
        }
        return s;
    }

    QString linksSection(const BundleTree& tree, const Selection& s)
    {
        QString text
            = SpecFragmentGenerator::tr("# After COLLECT(...): replace duplicate copies with relative symlinks "
                                        "(Linux/macOS one-folder builds).\n");
        text += QStringLiteral("import os\n\n_bundlescope_links = [  # (duplicate, copy kept)\n");
        for (const auto& [duplicate, kept] : s.links) {
            text += QStringLiteral("    (") + DropPattern::pythonString(duplicate) + QStringLiteral(", ")
                + DropPattern::pythonString(kept) + QStringLiteral("),\n");
        }
        text += QStringLiteral("]\n_bundlescope_dist = os.path.join(DISTPATH, ")
            + DropPattern::pythonString(tree.name(0))
            + QStringLiteral(
                ")\n"
                "for _dup, _keep in _bundlescope_links:\n"
                "    _dup_path = os.path.join(_bundlescope_dist, _dup)\n"
                "    _keep_path = os.path.join(_bundlescope_dist, _keep)\n"
                "    if os.path.isfile(_keep_path) and os.path.isfile(_dup_path) "
                "and not os.path.islink(_dup_path):\n"
                "        os.remove(_dup_path)\n"
                "        os.symlink(os.path.relpath(_keep_path, os.path.dirname(_dup_path)), _dup_path)\n");
        return text;
    }

    QString targetSection(const Selection& s)
    {
        QString text = SpecFragmentGenerator::tr("# Pass these to EXE(...) and COLLECT(...):\n");
        QStringList keywords;
        if (s.strip) {
            text += QStringLiteral("bundlescope_strip = True\n");
            keywords.append(QStringLiteral("strip=bundlescope_strip"));
        }
        if (s.upx) {
            text += QStringLiteral("bundlescope_upx = True\nbundlescope_upx_exclude = ") + pythonList(s.upxExclude)
                + u'\n';
            keywords.append(QStringLiteral("upx=bundlescope_upx, upx_exclude=bundlescope_upx_exclude"));
        }
        const QString joined = keywords.join(QStringLiteral(", "));
        if (s.oneFile) {
            text += QStringLiteral("# exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name=..., ") + joined
                + QStringLiteral(")\n# coll = COLLECT(exe, a.binaries, a.datas, name=..., ") + joined
                + QStringLiteral(")\n");
        } else {
            text += QStringLiteral("# exe = EXE(pyz, a.scripts, ..., ") + joined + QStringLiteral(")\n")
                + QStringLiteral("# coll = COLLECT(exe, a.binaries, a.datas, ..., ") + joined + QStringLiteral(")\n");
        }
        return text;
    }

} // namespace

QString SpecFragmentGenerator::generate(
    const BundleTree& tree, const std::vector<Candidate>& all, const QSet<QString>& checked)
{
    const Selection s = select(tree, all, checked);
    const Potential potential = PotentialCalculator::compute(tree, s.checked);
    QString text = tr("# BundleScope spec fragment for %1: %n change(s), saving about %2 of %3 (%4).\n", nullptr,
        int(s.checked.size()))
                       .arg(tree.name(0), SizeFormat::format(potential.saving),
                           SizeFormat::format(potential.bytesBefore), SizeFormat::percent(potential.fraction()));
    text += tr("# Merge it into your .spec file: each section says where it goes.\n");
    if (!s.excludes.isEmpty()) {
        text += tr("\n# Pass to Analysis(...): a = Analysis([...], excludes=bundlescope_excludes, ...)\n");
        text += QStringLiteral("bundlescope_excludes = ") + pythonList(s.excludes) + u'\n';
    }
    if (!s.drops.isEmpty()) {
        QStringList drops = s.drops;
        drops.sort();
        drops.removeDuplicates();
        text += tr("\n# After a = Analysis(...): stop collecting these files.\n") + DropPattern::filterSnippet(drops);
    }
    if (s.strip || s.upx || s.oneFile)
        text += u'\n' + targetSection(s);
    if (!s.links.isEmpty())
        text += u'\n' + linksSection(tree, s);
    if (!s.outside.isEmpty()) {
        text += u'\n' + commented(tr("Outside the spec file:"));
        for (const QString& item : s.outside)
            text += commented(QStringLiteral("- ") + item);
    }
    return text;
}

} // namespace BundleScope
