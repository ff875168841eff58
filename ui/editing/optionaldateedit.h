// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace citylab {

// A date field that may be left empty (shown as a dash), as "Follow up on" or "Planned
// start" are. A QDateEdit stands for "no date" with its minimum date and a special text,
// and then threw typed dates away: typing 13/12/2026 gave "—13122026" and nothing was
// saved. Here the first digit typed into the empty field starts from today's date, all of
// it selected, so what is typed replaces it, and the calendar opens on today's
// month rather than on January 1900. Delete or Backspace over the whole text empties it.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // Invalid when empty.
    QDate value() const;
    void setValue(QDate date);
    bool isEmpty() const { return date() == minimumDate(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace citylab
