// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QSlider;
class QTimer;
class QToolButton;

namespace citylab {

// The day the map shows its zones for: "Active on" (off: every zone, whatever its dates), the
// day, a slider over its year and Play, which walks the year two days a tick.
class MapDayBar : public QWidget
{
    Q_OBJECT
public:
    explicit MapDayBar(QWidget *parent = nullptr);

    bool isDated() const;
    QDate day() const;
    // Shows that day (the zones follow only when the bar is on).
    void setDay(QDate day);
    // Turns the bar on for that day, or off with an invalid date.
    void setActiveDay(QDate day);

signals:
    // The day or the on/off state changed: the zones shown may differ.
    void dayChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCheckBox *m_dated;
    QDateEdit *m_day;
    QSlider *m_slider;
    QToolButton *m_play;
    QTimer *m_timer;
};

} // namespace citylab
