// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

namespace citylab {

CsvWriter::CsvWriter(QIODevice *device, QChar separator, bool byteOrderMark)
    : m_device(device)
    , m_separator(separator)
    , m_pendingBom(byteOrderMark)
{
}

QString CsvWriter::escape(const QString &field, QChar separator)
{
    if (!field.contains(separator) && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += escape(fields.at(i), m_separator);
    }
    line += QStringLiteral("\r\n");
    QByteArray bytes = line.toUtf8();
    if (m_pendingBom) {
        bytes.prepend("\xEF\xBB\xBF");
        m_pendingBom = false;
    }
    return m_device->write(bytes) == bytes.size();
}

} // namespace citylab
