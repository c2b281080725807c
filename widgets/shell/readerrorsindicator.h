// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QLabel>

#include <vector>

namespace BundleScope {

// The status bar's "N files could not be read": the entries the analysis and the estimate of the open bundle could
// not read (or, for a reopened snapshot, recorded), counted once per file, each with its step and reason in the
// tooltip. Hidden while there are none. A figure that left a file out must not pass unnoticed (issue 16.1).
// GUI thread; owned by the main window's status bar.
class ReadErrorsIndicator : public QLabel {
    Q_OBJECT
public:
    explicit ReadErrorsIndicator(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReadErrorsIndicator)

    void clear(); // a new bundle
    void setAnalysisErrors(std::vector<Error> errors);
    void setEstimateErrors(std::vector<Error> errors);
    int fileCount() const; // distinct paths over both steps

private:
    void refresh();

    std::vector<Error> m_analysis;
    std::vector<Error> m_estimate;
};

} // namespace BundleScope
