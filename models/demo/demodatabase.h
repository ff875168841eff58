// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demogenerator.h"

#include <QCoreApplication>

namespace citylab {

// Makes a demo database file. The data is written to a temporary file beside `path` and
// renamed over it only when complete, so a failure or a cancel never leaves a half file and
// never loses the file that was there.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(citylab::DemoDatabase)
public:
    // Refuses an existing `path` unless `replace`. progress gets 0..100 and may return false
    // to cancel. Returns false with *error naming the file and the reason.
    static bool create(const QString &path, const DemoGenerator::Options &options, bool replace, QString *error,
                       const std::function<bool(int)> &progress = {});
};

} // namespace citylab
