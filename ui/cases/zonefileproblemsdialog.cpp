// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonefileproblemsdialog.h"
#include "shell/screenfit.h"
#include "shell/helpbrowser.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace citylab {

ZoneFileProblemsDialog::ZoneFileProblemsDialog(const QString &fileName, const QList<ZoneFileProblem> &problems, QWidget *parent)
    : QDialog(parent)
    , m_fileName(fileName)
    , m_problems(problems)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("zoneFileProblemsDialog"));
    setWindowTitle(tr("Zones Not Imported"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *message = new QLabel(tr("Nothing was imported from %1: %n problem(s) to fix in the file, then import it again.",
                                  nullptr, int(problems.size()))
                                   .arg(QFileInfo(fileName).fileName()),
                               this);
    message->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(message, 1);

    m_list->setObjectName(QStringLiteral("zoneFileProblems"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({tr("Feature"), tr("Name"), tr("Line"), tr("Problem")});
    for (const ZoneFileProblem &p : problems) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, p.feature > 0 ? QLocale().toString(p.feature) : tr("whole file"));
        item->setText(1, p.featureName);
        item->setText(2, p.line > 0 ? (p.column > 0 ? tr("%1, column %2").arg(p.line).arg(p.column) : QLocale().toString(p.line))
                                    : QString());
        item->setText(3, p.reason);
        item->setToolTip(3, p.reason);
    }
    // GeoJSON has no lines worth showing for a feature: the column only when something has one.
    m_list->setColumnHidden(2, std::none_of(problems.cbegin(), problems.cend(), [](const ZoneFileProblem &p) { return p.line > 0; }));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(1, 180);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(problemsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("formats.html#geojson"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(760, 360));
}

QString ZoneFileProblemsDialog::problemsText() const
{
    QStringList lines;
    for (const ZoneFileProblem &p : m_problems)
        lines << m_fileName + QStringLiteral(": ") + p.describe();
    return lines.join(u'\n') + u'\n';
}

} // namespace citylab
