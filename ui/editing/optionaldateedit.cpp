// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionaldateedit.h"

#include "i18n/dateformat.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

namespace citylab {

namespace {
const QDate empty(1900, 1, 1);   // the minimum date stands for "no date"
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(DateFormat::pattern());
    setMinimumDate(empty);
    setSpecialValueText(QStringLiteral("—"));
    setDate(empty);
    // The calendar is made on first use; watching its pop-up lets it open on today's month.
    calendarWidget()->window()->installEventFilter(this);
}

QDate OptionalDateEdit::value() const
{
    return isEmpty() ? QDate() : date();
}

void OptionalDateEdit::setValue(QDate date)
{
    setDate(date.isValid() ? date : empty);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (isEmpty() && !text.isEmpty() && text.at(0).isDigit()) {
        setDate(QDate::currentDate());
        setSelectedSection(sectionAt(0));
    } else if (!isEmpty() && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
               && lineEdit()->selectedText() == lineEdit()->text()) {
        setDate(empty);
        return;
    } else if (text.size() == 1 && !text.at(0).isDigit() && !text.at(0).isSpace()) {
        // Qt moves on to the next section once one is complete ("13"), so the separator
        // typed after it ("13/") would skip the month: it is already there.
        const int at = lineEdit()->hasSelectedText() ? lineEdit()->selectionStart() : lineEdit()->cursorPosition();
        if (at > 0 && lineEdit()->text().at(at - 1) == text.at(0)) {
            event->accept();
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

// Empty, the field shows "—" and has no day, month and year for Tab to step through:
// QDateEdit kept the focus on every Tab, a trap for whoever works without a mouse.
bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    return isEmpty() ? QWidget::focusNextPrevChild(next) : QDateEdit::focusNextPrevChild(next);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && isEmpty()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace citylab
