// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace BundleScope {

// One change a slim candidate makes on disk, relative to the bundle folder ('/'-separated): the file is moved away,
// and when linkTarget is set a relative symlink to the kept copy takes its place (duplicates). With `member` set,
// `path` is a PyInstaller launcher and the action removes that module from the launcher's PYZ instead
// ("PYZ-00.pyz/setuptools/dist.pyc", as the bundle tree shows it below the launcher): the launcher is rewritten
// (CArchiveRewriter), as the .spec's `excludes` would build it.
struct SlimAction {
    QString path;
    QString linkTarget;
    quint64 bytes = 0;
    QString member {};

    bool isLauncherMember() const { return !member.isEmpty(); }
};

// What the trials found out about one candidate.
enum class SlimVerdict {
    NotTried, // needs a code change or a rebuild, or names launcher members other than PYZ modules
    Removed, // the app passed without it
    Breaks, // the app failed without it; evidence says how
};

QString slimVerdictId(SlimVerdict verdict); // "not_tried" | "removed" | "breaks", stable for JSON

// A candidate as the slim engine sees it: the on-disk actions that apply it, and its verdict once trials ran.
struct SlimItem {
    QString id; // the analysis candidate's id, or "unused:<path>" for files the traced run never touched
    QString kind; // candidateKindId() or "unused_in_run"
    QString title;
    quint64 saving = 0; // bytes the actions free (each path counted once within the item)
    std::vector<SlimAction> actions; // empty for not_tried items
    SlimVerdict verdict = SlimVerdict::NotTried;
    QString evidence; // why not tried, the first error line of the failing run, or what passed
    QString note; // what the trials could not cover (launcher members left in place), appended to the evidence
};

// One run of the command on the trial copy.
struct SlimTrial {
    int index = 0; // 0 is the baseline
    int removedItems = 0; // candidates applied in this run
    quint64 removedBytes = 0;
    bool passed = false;
    double seconds = 0; // the command's own run time
    double overheadSeconds = 0; // moving files aside/back and starting the command
    QString evidence; // first error line when it failed
};

// Everything `bundlescope slim` reports (see SLIM.md for the JSON form, bundlescope.slim/1).
struct SlimResult {
    QString root; // the bundle folder (or archive) the user gave
    QString command;
    QString expect;
    quint64 baselineBytes = 0;
    bool baselinePassed = false;
    double baselineSeconds = 0;
    QStringList baselineOutputTail; // last lines of the baseline run (shown when it failed)
    bool traced = false;
    QString traceNote; // why tracing was not done, when asked for
    std::vector<SlimItem> items;
    std::vector<SlimTrial> trials; // the baseline first
    quint64 verifiedSaving = 0;
    quint64 finalBytes = 0;
    double seconds = 0; // the whole slim run
    double copySeconds = 0; // preparing the working copy
    double outputSeconds = 0; // writing --out
    QString specFragment; // PyInstaller .spec edits for the removed items
    QString output; // path written with --out, empty when none
    QString outputNote; // how the output was produced when it differs from the plain exporter path

    int trialCount() const { return trials.empty() ? 0 : int(trials.size()) - 1; }
};

} // namespace BundleScope
