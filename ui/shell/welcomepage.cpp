// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "recentdatabases.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace citylab {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_about(new QLabel(this))
    , m_message(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_recentTitle(new QLabel(this))
    , m_recent(new QVBoxLayout)
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_about->setObjectName(QStringLiteral("welcomeAbout"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a40000"));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_about);
    column->addSpacing(8);
    column->addWidget(m_message);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addLayout(m_recent);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 24);

    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    retranslate();
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("No database is open"));
    // What the program is for, for someone who opens it the first time.
    m_about->setText(tr("CityLab keeps a city lab's experiments, their zones on the map, partnership agreements, "
                        "requests to authorities and measured outcomes in one file on this computer.")
                     + QStringLiteral("<br>")
                     + tr("To look around first, create the demo database: a made-up lab with experiments at every "
                          "stage, which you can change freely."));
    m_open->setText(tr("Open a database…"));
    m_new->setText(tr("New empty database…"));
    m_demo->setText(tr("New demo database…"));
    m_recentTitle->setText(tr("Recent databases"));
    fillRecent();
}

void WelcomePage::fillRecent()
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList recent = RecentDatabases::list();
    m_recentTitle->setVisible(!recent.isEmpty());
    for (const QString &path : recent) {
        auto *link = new QCommandLinkButton(QFileInfo(path).fileName(), QDir::toNativeSeparators(path), this);
        connect(link, &QCommandLinkButton::clicked, this, [this, path] { emit recentRequested(path); });
        m_recent->addWidget(link);
    }
}

void WelcomePage::showEvent(QShowEvent *event)
{
    fillRecent();
    QWidget::showEvent(event);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace citylab
