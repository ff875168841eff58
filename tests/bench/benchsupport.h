// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>

namespace benchsupport {

// The middle of the measured times (-1 when nothing was measured): a benchmark's figure,
// robust to the one slow run a busy machine gives.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace benchsupport
