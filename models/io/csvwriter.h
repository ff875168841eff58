// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QIODevice;

namespace citylab {

// Writes RFC 4180 CSV: fields with the separator, quotes or line breaks are quoted, lines
// end with CRLF. With a byte-order mark, spreadsheets (Excel above all) read UTF-8 right.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar separator = u',', bool byteOrderMark = false);

    bool writeRow(const QStringList &fields);
    static QString escape(const QString &field, QChar separator = u',');

private:
    QIODevice *m_device;
    QChar m_separator;
    bool m_pendingBom;
};

} // namespace citylab
