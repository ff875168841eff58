// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchivewriter.h"

#include <QtEndian>

#include <array>

namespace citylab {

namespace {

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// 1 January 1980, the earliest MS-DOS date: the archive's bytes depend on its content only.
constexpr quint16 dosTime = 0;
constexpr quint16 dosDate = (0 << 9) | (1 << 5) | 1;
constexpr quint16 utf8Names = 1 << 11;

} // namespace

quint32 ZipArchiveWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void ZipArchiveWriter::add(const QString &name, const QByteArray &data, Method method)
{
    QByteArray payload = data;
    if (method == Method::Deflated) {
        // qCompress is a 4-byte length, then a zlib stream: a 2-byte header, the raw deflate
        // data ZIP wants, and a 4-byte Adler-32 checksum.
        const QByteArray zlib = qCompress(data, 9);
        payload = zlib.mid(6, zlib.size() - 10);
    }
    const QByteArray fileName = name.toUtf8();
    const quint16 methodCode = method == Method::Deflated ? 8 : 0;
    const quint32 crc = crc32(data);
    const auto offset = quint32(m_entries.size());

    put32(m_entries, 0x04034b50);
    put16(m_entries, 20);   // version needed: 2.0, deflate
    put16(m_entries, utf8Names);
    put16(m_entries, methodCode);
    put16(m_entries, dosTime);
    put16(m_entries, dosDate);
    put32(m_entries, crc);
    put32(m_entries, quint32(payload.size()));
    put32(m_entries, quint32(data.size()));
    put16(m_entries, quint16(fileName.size()));
    put16(m_entries, 0);   // no extra field: ODF forbids one on "mimetype"
    m_entries += fileName;
    m_entries += payload;

    put32(m_directory, 0x02014b50);
    put16(m_directory, 20);   // made by: MS-DOS attributes, 2.0
    put16(m_directory, 20);
    put16(m_directory, utf8Names);
    put16(m_directory, methodCode);
    put16(m_directory, dosTime);
    put16(m_directory, dosDate);
    put32(m_directory, crc);
    put32(m_directory, quint32(payload.size()));
    put32(m_directory, quint32(data.size()));
    put16(m_directory, quint16(fileName.size()));
    put16(m_directory, 0);   // extra field
    put16(m_directory, 0);   // comment
    put16(m_directory, 0);   // disk
    put16(m_directory, 0);   // internal attributes
    put32(m_directory, 0);   // external attributes
    put32(m_directory, offset);
    m_directory += fileName;
    ++m_count;
}

QByteArray ZipArchiveWriter::archive() const
{
    QByteArray out = m_entries + m_directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, m_count);
    put16(out, m_count);
    put32(out, quint32(m_directory.size()));
    put32(out, quint32(m_entries.size()));
    put16(out, 0);   // comment
    return out;
}

} // namespace citylab
