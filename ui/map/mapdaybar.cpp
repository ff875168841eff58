// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdaybar.h"

#include "i18n/dateformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace citylab {

MapDayBar::MapDayBar(QWidget *parent)
    : QWidget(parent)
    , m_dated(new QCheckBox(this))
    , m_day(new QDateEdit(QDate::currentDate(), this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_play(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    m_day->setObjectName(QStringLiteral("mapDay"));
    m_play->setObjectName(QStringLiteral("mapPlay"));
    m_day->setCalendarPopup(true);
    m_slider->setRange(0, 365);
    // Stretches with the window; small at 1024 pixels so that the map fits a small laptop.
    m_slider->setMinimumWidth(60);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dated);
    layout->addWidget(m_day);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_play);

    m_timer->setInterval(80);
    connect(m_dated, &QCheckBox::toggled, this, [this](bool on) {
        m_day->setEnabled(on);
        m_slider->setEnabled(on);
        m_play->setEnabled(on);
        if (!on)
            m_play->setChecked(false);
        emit dayChanged();
    });
    m_day->setEnabled(false);
    m_slider->setEnabled(false);
    m_play->setEnabled(false);
    connect(m_day, &QDateEdit::dateChanged, this, &MapDayBar::setDay);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        setDay(QDate(m_day->date().year(), 1, 1).addDays(value));
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) {
        m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        if (on)
            m_timer->start();
        else
            m_timer->stop();
    });
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Two days a tick: a year plays in about fifteen seconds and wraps around.
        const QDate day = m_day->date();
        const QDate next = day.addDays(2);
        setDay(next.year() == day.year() ? next : QDate(day.year(), 1, 1));
    });
    retranslate();
    setDay(m_day->date());
}

bool MapDayBar::isDated() const
{
    return m_dated->isChecked();
}

QDate MapDayBar::day() const
{
    return m_day->date();
}

void MapDayBar::setDay(QDate day)
{
    if (!day.isValid())
        return;
    {
        const QSignalBlocker dayBlocker(m_day);
        const QSignalBlocker sliderBlocker(m_slider);
        m_day->setDate(day);
        m_slider->setMaximum(day.daysInYear() - 1);
        m_slider->setValue(day.dayOfYear() - 1);
    }
    if (m_dated->isChecked())
        emit dayChanged();
}

void MapDayBar::setActiveDay(QDate day)
{
    if (day.isValid())
        setDay(day);
    m_dated->setChecked(day.isValid());
}

void MapDayBar::retranslate()
{
    m_dated->setText(tr("Active on"));
    m_day->setDisplayFormat(DateFormat::pattern());
    m_dated->setToolTip(tr("Show only the zones whose active period includes this day"));
    m_play->setToolTip(tr("Play the year day by day"));
    m_play->setAccessibleName(tr("Play the year day by day"));
    m_day->setAccessibleName(tr("Day shown"));
    m_slider->setAccessibleName(tr("Day of the year"));
}

void MapDayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace citylab
