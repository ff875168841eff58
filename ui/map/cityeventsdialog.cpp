// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityeventsdialog.h"

#include "cases/zonefileactions.h"
#include "domain/vocabulary.h"
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "geo/cityevents.h"
#include "i18n/dateformat.h"
#include "shell/filechooser.h"
#include "store/changeset.h"
#include "store/recordremoval.h"
#include "store/store.h"
#include "shell/writeaccess.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace citylab {

CityEventsDialog::CityEventsDialog(Store &store, QUndoStack &undo, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undo)
    , m_status(new QLabel(this))
    , m_list(new QTableWidget(this))
    , m_importKind(new QComboBox(this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_show(new QPushButton(tr("Show on Map"), this))
{
    setObjectName(QStringLiteral("cityEventsDialog"));
    setWindowTitle(tr("City Events"));
    auto *intro = new QLabel(tr("Events that take a place for some days: an experiment zone there on those days clashes "
                                "with them, and the map's conflict list says so. To add one, draw its outline on the map or "
                                "import a GeoJSON or KML file whose features give their first and last day."),
                             this);
    intro->setWordWrap(true);
    m_list->setColumnCount(5);
    m_list->setHorizontalHeaderLabels({tr("Event"), tr("Kind"), tr("From"), tr("To"), tr("Hours")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("City events"));
    for (const QString &key : Vocabulary::keys(Vocabulary::EventKind))
        m_importKind->addItem(Vocabulary::label(Vocabulary::EventKind, key), key);
    m_importKind->setAccessibleName(tr("Kind of the imported events"));
    auto *drawButton = new QPushButton(tr("Draw on the Map"), this);
    drawButton->setObjectName(QStringLiteral("drawCityEvent"));
    drawButton->setToolTip(tr("Draw the event's outline corner by corner on the map, then press Enter"));
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setToolTip(tr("Import the outlines of a GeoJSON or KML file as events of the kind chosen beside"));
    auto *kindLabel = new QLabel(tr("as"), this);
    kindLabel->setBuddy(m_importKind);

    auto *actions = new QHBoxLayout;
    actions->addWidget(drawButton);
    actions->addWidget(importButton);
    actions->addWidget(kindLabel);
    actions->addWidget(m_importKind);
    actions->addStretch(1);
    actions->addWidget(m_show);
    actions->addWidget(m_edit);
    actions->addWidget(m_remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    resize(760, 420);

    // The main window's Undo and Redo do not reach this window: its own keys do the same.
    connect(new QShortcut(QKeySequence::Undo, this), &QShortcut::activated, &m_undo, &QUndoStack::undo);
    connect(new QShortcut(QKeySequence::Redo, this), &QShortcut::activated, &m_undo, &QUndoStack::redo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(importButton, &QPushButton::clicked, this, &CityEventsDialog::chooseAndImport);
    connect(drawButton, &QPushButton::clicked, this, &CityEventsDialog::drawRequested);
    connect(m_edit, &QPushButton::clicked, this, &CityEventsDialog::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &CityEventsDialog::removeSelected);
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(); id >= 0)
            emit showRequested(id);
    });
    WriteAccess::follow(m_store, drawButton);
    WriteAccess::follow(m_store, importButton);
    WriteAccess::follow(m_store, m_importKind);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &CityEventsDialog::updateButtons);
    connect(&m_store, &Store::readOnlyChanged, this, &CityEventsDialog::updateButtons);
    connect(m_list, &QTableWidget::itemActivated, this, &CityEventsDialog::editSelected);
    connect(&m_store, &Store::changed, this, &CityEventsDialog::storeChanged);
    reload();
}

void CityEventsDialog::storeChanged(const ChangeSet &changes)
{
    if (changes.touches(CityEvents::table))
        reload();
}

void CityEventsDialog::reload()
{
    const qint64 selected = selectedId();
    QString error;
    QStringList unreadable;
    const std::optional<QList<CityEvent>> events = CityEvents::all(m_store, &error, &unreadable);
    m_list->setRowCount(0);
    if (!events) {
        m_status->setText(error);
    } else {
        m_list->setRowCount(int(events->size()));
        for (int row = 0; row < events->size(); ++row) {
            const CityEvent &e = events->at(row);
            const QStringList cells{e.name, Vocabulary::label(Vocabulary::EventKind, e.kind), DateFormat::shortDate(e.startsOn),
                                    DateFormat::shortDate(e.endsOn), e.hours};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setData(Qt::UserRole, e.id);
                m_list->setItem(row, column, item);
            }
            if (e.id == selected)
                m_list->selectRow(row);
        }
        QString status = tr("%n event(s).", nullptr, int(events->size()));
        if (!unreadable.isEmpty())
            status += u' ' + tr("Left out, their outline or dates cannot be read: %1.").arg(unreadable.join(QStringLiteral(", ")));
        m_status->setText(status);
    }
    updateButtons();
}

void CityEventsDialog::updateButtons()
{
    const bool chosen = selectedId() >= 0;
    m_edit->setEnabled(chosen && !m_store.isReadOnly());
    m_remove->setEnabled(chosen && !m_store.isReadOnly());
    m_show->setEnabled(chosen);
}

qint64 CityEventsDialog::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(Qt::UserRole).toLongLong();
}

void CityEventsDialog::chooseAndImport()
{
    const QString path = FileChooser::openFile(this, tr("Import City Events"), {}, ZoneFileActions::fileFilters());
    if (!path.isEmpty())
        importFile(path, m_importKind->currentData().toString());
}

bool CityEventsDialog::importFile(const QString &path, const QString &kind)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ZoneImportResult result = CityEvents::importFile(m_store, path, kind);
    QApplication::restoreOverrideCursor();
    if (!ZoneFileActions::reportRefusal(this, path, result, tr("Events Not Imported")))
        return false;
    m_status->setText(tr("%n event(s) imported from %1.", nullptr, result.zones).arg(QFileInfo(path).fileName()));
    return true;
}

void CityEventsDialog::editSelected()
{
    const qint64 id = selectedId();
    if (id < 0)
        return;
    auto *dialog = new RecordEditDialog(m_store, m_undo, CityEvents::table, id, FormSpecs::cityEvent(), {}, this);
    dialog->setObjectName(QStringLiteral("cityEventForm"));
    dialog->setWindowTitle(tr("Edit %1").arg(m_store.record(CityEvents::table, id).value(QStringLiteral("name")).toString()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CityEventsDialog::removeSelected()
{
    const qint64 id = selectedId();
    if (id < 0)
        return;
    const QString name = m_store.record(CityEvents::table, id).value(QStringLiteral("name")).toString();
    if (!RecordRemoval::remove(m_store, m_undo, CityEvents::table, id, tr("Remove city event %1").arg(name)))
        QMessageBox::warning(this, tr("Cannot remove the event"), m_store.errorString());
}

} // namespace citylab
