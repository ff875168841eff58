// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outcomes/measurementcsvreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace citylab {

class Store;

// The column mapping last used for an organization's files, so that the next file from the
// same partner is mapped without asking. It lives in the store's settings table, keyed by the
// organization's uuid, because partners' files are shared knowledge of the office: every
// officer working on the database (and a copy of it) gets the same proposal, which a
// per-user QSettings entry would not give. Columns are remembered by header name, not by
// position, so a partner adding a column does not shift the mapping.
class MeasurementMappingMemory
{
    Q_DECLARE_TR_FUNCTIONS(MeasurementMappingMemory)
public:
    static QString settingsKey(const Store &store, qint64 organizationId);

    // The remembered mapping applied to this file's header; nullopt when none is remembered
    // or a remembered column is missing from the header (a guess is better then).
    static std::optional<MeasurementCsvMapping> load(const Store &store, qint64 organizationId,
                                                     const QStringList &header);
    // One transaction; Store::errorString() says why not.
    static bool save(Store &store, qint64 organizationId, const QStringList &header,
                     const MeasurementCsvMapping &mapping);
};

} // namespace citylab
