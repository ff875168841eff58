// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpbrowser.h"

#include "helppageview.h"
#include "i18n/language.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPointer>
#include <QScreen>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace citylab {

namespace {

QPointer<HelpBrowser> openGuide;

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_text(new HelpPageView(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_contents(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpBrowser"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_text->setObjectName(QStringLiteral("helpText"));
    m_text->setOpenExternalLinks(true);   // a link to a law's text opens in the browser
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_contents->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    for (QToolButton *button : {m_back, m_forward, m_contents})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, m_text, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_text, &QTextBrowser::forward);
    connect(m_contents, &QToolButton::clicked, this, [this] { m_text->setSource(pageUrl(pages().constFirst(), Language::current())); });
    connect(m_text, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_text, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_text, &QTextBrowser::sourceChanged, this, [this] { setWindowTitle(tr("CityLab Guide — %1").arg(m_text->documentTitle())); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_contents);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_text);
    retranslate();
    // a column of text beside the window: as wide as a page, as tall as the screen allows
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(760, screen.width() - 40), std::min(900, screen.height() - 60));
}

void HelpBrowser::retranslate()
{
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_contents->setText(tr("Contents"));
}

HelpBrowser *HelpBrowser::instance()
{
    return openGuide;
}

HelpBrowser *HelpBrowser::showPage(const QString &page, QWidget *parent)
{
    if (!openGuide) {
        // the main window owns the guide, so that it closes with it, whichever dialog asked
        QWidget *owner = parent ? parent->window() : nullptr;
        while (owner && owner->parentWidget())
            owner = owner->parentWidget()->window();
        openGuide = new HelpBrowser(owner);
    }
    openGuide->m_text->setSource(pageUrl(page, Language::current()));
    openGuide->show();
    openGuide->raise();
    openGuide->activateWindow();
    return openGuide;
}

QUrl HelpBrowser::pageUrl(const QString &page, const QString &language)
{
    const QString lang = Language::available().contains(language) ? language : QStringLiteral("en");
    return QUrl(QStringLiteral("qrc:/help/%1/%2").arg(lang, page));
}

QStringList HelpBrowser::pages()
{
    return {QStringLiteral("index.html"),    QStringLiteral("first-start.html"), QStringLiteral("pipeline.html"),
            QStringLiteral("requests.html"), QStringLiteral("drafting.html"),    QStringLiteral("map.html"),
            QStringLiteral("formats.html"),  QStringLiteral("outcomes.html"),    QStringLiteral("offline.html")};
}

QString HelpBrowser::pageForView(const QString &viewId)
{
    static const QHash<QString, QString> pageOf = {
        {QStringLiteral("today"), QStringLiteral("requests.html")},
        {QStringLiteral("map"), QStringLiteral("map.html")},
        {QStringLiteral("experiments"), QStringLiteral("pipeline.html")},
        {QStringLiteral("pipeline"), QStringLiteral("pipeline.html")},
        {QStringLiteral("blockers"), QStringLiteral("pipeline.html#blockers")},
        {QStringLiteral("barriers"), QStringLiteral("requests.html#barriers")},
        {QStringLiteral("barrier_experiments"), QStringLiteral("requests.html#barriers")},
        {QStringLiteral("barrier_requests"), QStringLiteral("requests.html#barriers")},
        {QStringLiteral("barrier_metrics"), QStringLiteral("requests.html#barriers")},
        {QStringLiteral("incidents"), QStringLiteral("requests.html#barriers")},
        {QStringLiteral("art36_applications"), QStringLiteral("requests.html#art36")},
        {QStringLiteral("city_events"), QStringLiteral("map.html#events")},
        {QStringLiteral("regulatory_requests"), QStringLiteral("requests.html")},
        {QStringLiteral("agreements"), QStringLiteral("pipeline.html")},
        {QStringLiteral("organizations"), QStringLiteral("first-start.html")},
        {QStringLiteral("outcomes"), QStringLiteral("outcomes.html")},
        // the tables edited in a record dialog, where they have no view of their own
        {QStringLiteral("zones"), QStringLiteral("map.html")},
        {QStringLiteral("metrics"), QStringLiteral("outcomes.html#metrics")},
        {QStringLiteral("targets"), QStringLiteral("outcomes.html")},
        {QStringLiteral("interactions"), QStringLiteral("first-start.html#lists")},
        {QStringLiteral("people"), QStringLiteral("first-start.html#lists")},
        {QStringLiteral("experiment_partners"), QStringLiteral("pipeline.html")},
        {QStringLiteral("agreement_parties"), QStringLiteral("pipeline.html")},
        {QStringLiteral("conditions"), QStringLiteral("pipeline.html#conditions")},
        {QStringLiteral("acts"), QStringLiteral("pipeline.html#acts")},
        {QStringLiteral("calls"), QStringLiteral("pipeline.html#calls")},
        {QStringLiteral("call_checklist_items"), QStringLiteral("pipeline.html#calls")},
        {QStringLiteral("call_criteria"), QStringLiteral("pipeline.html#calls")},
        {QStringLiteral("committee_members"), QStringLiteral("pipeline.html#calls")},
    };
    return pageOf.value(viewId, pages().constFirst());
}

void HelpBrowser::addHelpButton(QDialogButtonBox *buttons, const QString &page)
{
    buttons->addButton(QDialogButtonBox::Help);
    connect(buttons, &QDialogButtonBox::helpRequested, buttons, [buttons, page] { showPage(page, buttons->window()); });
}

QUrl HelpBrowser::source() const
{
    return m_text->source();
}

} // namespace citylab
