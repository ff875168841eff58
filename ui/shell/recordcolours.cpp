// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcolours.h"

#include <QHash>

namespace citylab::RecordColours {

QColor domain(const QString &key)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("drones"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("autonomous_mobility"), QColor(0xE6, 0x9F, 0x00)},
        {QStringLiteral("telecom_5g"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("robotics"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("energy"), QColor(0xF0, 0xE4, 0x42)},
        {QStringLiteral("environment"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("public_services"), QColor(0xD5, 0x5E, 0x00)},
    };
    return colours.value(key, Qt::gray);
}

QColor stage(const QString &key)
{
    static const QHash<QString, QColor> colours = {
        {QStringLiteral("proposal"), QColor(0xA0, 0xA0, 0xA0)},
        {QStringLiteral("screening"), QColor(0x70, 0x70, 0x70)},
        {QStringLiteral("agreement"), QColor(0x56, 0xB4, 0xE9)},
        {QStringLiteral("authorization"), QColor(0x00, 0x72, 0xB2)},
        {QStringLiteral("active"), QColor(0x00, 0x9E, 0x73)},
        {QStringLiteral("concluded"), QColor(0x88, 0x55, 0xAA)},
        {QStringLiteral("evaluated"), QColor(0xCC, 0x79, 0xA7)},
        {QStringLiteral("rejected"), QColor(0xD5, 0x5E, 0x00)},
        {QStringLiteral("withdrawn"), QColor(0xE6, 0x9F, 0x00)},
    };
    return colours.value(key, Qt::gray);
}

} // namespace citylab::RecordColours
