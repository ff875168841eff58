// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace citylab {

// A ZIP archive built in memory, enough for an OpenDocument package: entries in the order
// they are added (ODF wants "mimetype" first and stored), stored or deflated, UTF-8 names.
// Qt's own ZIP writer is private API; an ODT needs only this much of the format.
class ZipArchiveWriter
{
public:
    enum class Method { Stored, Deflated };

    void add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    QByteArray archive() const;

    static quint32 crc32(const QByteArray &data);

private:
    QByteArray m_entries;
    QByteArray m_directory;
    quint16 m_count = 0;
};

} // namespace citylab
