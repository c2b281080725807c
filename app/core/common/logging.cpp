// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcScan, "bundlescope.scan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "bundlescope.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBinfmt, "bundlescope.binfmt", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "bundlescope.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEstimate, "bundlescope.estimate", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "bundlescope.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "bundlescope.report", QtWarningMsg)
