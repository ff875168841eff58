// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateitemdelegate.h"

#include "i18n/dateformat.h"

#include <QDate>
#include <QDateEdit>

namespace citylab {

QString DateItemDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QDate)
        return DateFormat::shortDate(value.toDate());
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDisplayFormat(DateFormat::pattern());
        date->setCalendarPopup(true);
    }
    return editor;
}

} // namespace citylab
