// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace citylab {

class Store;

// For a write of many rows whose references the writer has resolved itself (an import, a
// clone): SQLite's foreign-key lookup per row only costs time (half of a measurement's
// insert), so foreign keys are off, and a larger page cache keeps the written pages in
// memory instead of spilling them to the WAL mid-transaction. Made before the write's
// transaction (inside one, foreign_keys cannot change and stays on); both are restored when
// it goes. The writer checks the references it wrote before it commits.
class BulkWriteSettings
{
public:
    explicit BulkWriteSettings(Store &store);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

private:
    Store &m_store;
    qint64 m_foreignKeys = 1;
    qint64 m_cacheSize = 0;
};

} // namespace citylab
