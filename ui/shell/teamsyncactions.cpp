// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsyncactions.h"

#include "store/store.h"
#include "sync/syncrecordcodec.h"
#include "sync/teamserveraddress.h"
#include "syncconflictsdialog.h"
#include "teamserverdialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

#include <qt6keychain/keychain.h>

namespace citylab {

namespace {

const QString keyringService = QStringLiteral("CityLab team server");

} // namespace

TeamSyncActions::TeamSyncActions(Store &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_serverAction(new QAction(this))
    , m_syncNowAction(new QAction(this))
    , m_conflictsAction(new QAction(this))
    , m_label(new QLabel(window))
{
    qRegisterMetaType<citylab::SyncReport>();
    m_serverAction->setObjectName(QStringLiteral("teamServerAction"));
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_conflictsAction->setObjectName(QStringLiteral("syncConflictsAction"));
    m_label->setObjectName(QStringLiteral("syncStatus"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_syncNowAction->setEnabled(false);
    m_conflictsAction->setEnabled(false);
    m_label->hide();
    m_every.setInterval(30000);
    m_afterEdit.setInterval(3000);
    m_afterEdit.setSingleShot(true);
    connect(&m_every, &QTimer::timeout, this, &TeamSyncActions::syncNow);
    connect(&m_afterEdit, &QTimer::timeout, this, &TeamSyncActions::syncNow);
    connect(m_serverAction, &QAction::triggered, this, &TeamSyncActions::configure);
    connect(m_syncNowAction, &QAction::triggered, this, &TeamSyncActions::syncNow);
    connect(m_conflictsAction, &QAction::triggered, this, &TeamSyncActions::showConflicts);
    // Soon after each edit made here (another program's changes come from the server or are
    // that program's to send).
    connect(&m_store, &Store::changed, this, [this](const ChangeSet &changes) {
        if (m_worker && changes.origin == ChangeSet::Origin::Local)
            m_afterEdit.start();
    });
    retranslate();
}

// The window's widgets (the status label among them) may be gone already: only the thread
// is stopped here.
TeamSyncActions::~TeamSyncActions()
{
    m_every.stop();
    m_afterEdit.stop();
    m_thread.quit();
    m_thread.wait();
}

void TeamSyncActions::retranslate()
{
    m_serverAction->setText(tr("&Team Server…"));
    m_serverAction->setStatusTip(tr("Share this file's records with the team through a PostgreSQL server"));
    m_syncNowAction->setText(tr("S&ync Now"));
    m_conflictsAction->setText(tr("Sync Con&flicts…"));
    if (m_store.isOpen())
        TeamSync::followRole(m_store);   // the viewer's reason, in the new language
    updateLabel();
}

void TeamSyncActions::setIntervals(int everyMs, int afterEditMs)
{
    m_every.setInterval(everyMs);
    m_afterEdit.setInterval(afterEditMs);
}

void TeamSyncActions::storeOpened()
{
    stop();
    m_serverAction->setEnabled(m_store.isOpen());
    if (!m_store.isOpen())
        return;
    TeamSync::followRole(m_store);   // offline too, a viewer's window takes no changes
    const TeamServerAddress address = TeamServerAddress::load(m_store);
    if (!address.isValid())
        return;
    if (m_passwords.contains(address.description())) {
        start(address, m_passwords.value(address.description()));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keyringService, this);
    job->setKey(address.description());
    connect(job, &QKeychain::Job::finished, this, [this, job, address] {
        if (TeamServerAddress::load(m_store).description() != address.description())
            return;   // another file was opened meanwhile
        if (job->error() == QKeychain::NoError)
            start(address, job->textData());
        else
            askForPassword(address);
    });
    job->start();
}

void TeamSyncActions::storeClosing()
{
    stop();
    m_store.setReadOnlyReason({});
    m_serverAction->setEnabled(false);
}

void TeamSyncActions::askForPassword(const TeamServerAddress &address)
{
    bool ok = false;
    const QString password = QInputDialog::getText(m_window, tr("Team Server"),
                                                    tr("Password of %1 on %2:").arg(address.user, address.host),
                                                    QLineEdit::Password, {}, &ok);
    if (ok)
        start(address, password);
    else
        m_label->setText(tr("Not syncing: no password given (File → Team Server…)"));
}

void TeamSyncActions::configure()
{
    TeamServerDialog dialog(TeamServerAddress::load(m_store), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TeamServerAddress address = dialog.address();
    if (!address.save(m_store)) {
        QMessageBox::warning(m_window, tr("Team Server"), m_store.errorString());
        return;
    }
    if (dialog.rememberPassword() && !dialog.password().isEmpty()) {
        auto *job = new QKeychain::WritePasswordJob(keyringService, this);
        job->setKey(address.description());
        job->setTextData(dialog.password());
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            // The password stays for this session; the next one asks for it.
            m_note = job->error() == QKeychain::NoError
                ? QString()
                : tr("The password could not be kept in the system keyring (%1): it will be asked again next time.")
                      .arg(job->errorString());
            updateLabel();
        });
        job->start();
    }
    start(address, dialog.password());
}

void TeamSyncActions::start(const TeamServerAddress &address, const QString &password)
{
    stop();
    m_passwords.insert(address.description(), password);
    m_server = address.description();
    m_worker = new SyncWorker(m_store.path());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &TeamSyncActions::report);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, url = address.connectionString(), password,
                                         user = m_store.userName()] { worker->setServer(url, password, user); });
    m_syncNowAction->setEnabled(true);
    m_label->show();
    m_label->setText(tr("Connecting to %1…").arg(address.host));
    m_every.start();
    syncNow();
}

void TeamSyncActions::stop()
{
    m_every.stop();
    m_afterEdit.stop();
    if (m_worker) {
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
    }
    m_busy = m_again = false;
    m_last = {};
    m_server.clear();
    m_syncNowAction->setEnabled(false);
    m_conflictsAction->setEnabled(false);
    m_label->hide();
}

void TeamSyncActions::syncNow()
{
    if (!m_worker)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void TeamSyncActions::report(const SyncReport &report)
{
    m_busy = false;
    m_last = report;
    TeamSync::followRole(m_store);   // the worker noted the role the server gave
    // What the worker wrote reaches this window's views as another program's change.
    m_store.checkExternalChanges();
    m_conflictsAction->setEnabled(!report.openConflicts.isEmpty());
    updateLabel();
    emit synced(report);
    if (m_again) {
        m_again = false;
        syncNow();
    }
}

void TeamSyncActions::updateLabel()
{
    if (!m_worker)
        return;
    const QLocale locale;
    QString text;
    if (!m_last.at.isValid()) {
        text = tr("Connecting…");
    } else if (m_last.ok) {
        text = tr("Synced %1").arg(locale.toString(m_last.at.toLocalTime().time(), QStringLiteral("HH:mm")));
        if (m_last.waiting > 0)
            text += QStringLiteral(" · ") + tr("%n change(s) waiting", nullptr, m_last.waiting);
        if (!m_last.openConflicts.isEmpty())
            text += QStringLiteral(" · ") + tr("%n conflict(s)", nullptr, int(m_last.openConflicts.size()));
    } else if (!m_last.reachable) {
        text = tr("Offline — %n change(s) waiting", nullptr, m_last.waiting);
    } else {
        text = tr("Not synced — %n change(s) waiting", nullptr, m_last.waiting);
    }
    if (m_store.isReadOnly())   // offline too: the file remembers the role
        text += QStringLiteral(" · ") + tr("read only");
    m_label->setText(text);
    QString tip = m_last.error.isEmpty() ? m_server : m_last.error;
    if (!m_last.outcome.notice.isEmpty())
        tip += u'\n' + m_last.outcome.notice;
    if (!m_note.isEmpty())
        tip += u'\n' + m_note;
    m_label->setToolTip(tip);
}

void TeamSyncActions::showConflicts()
{
    SyncConflictsDialog dialog(m_store, m_last.openConflicts, m_window);
    connect(&dialog, &SyncConflictsDialog::answered, this, &TeamSyncActions::answer);
    dialog.exec();
}

void TeamSyncActions::answer(const SyncConflict &conflict, const std::optional<QJsonValue> &value)
{
    if (value) {
        QString error;
        const qint64 id = SyncRecordCodec::localId(m_store, conflict.table, conflict.row);
        const std::optional<QVariant> local = SyncRecordCodec::localValue(m_store, conflict.table, conflict.field, *value, &error);
        if (id <= 0 || !local || !m_store.update(conflict.table, id, {{conflict.field, *local}})) {
            QMessageBox::warning(m_window, tr("Sync Conflicts"),
                                 id <= 0 ? tr("The record is no longer in this file.") : !local ? error : m_store.errorString());
            return;
        }
    }
    m_last.openConflicts.removeIf([&](const SyncConflict &c) { return c.id == conflict.id; });
    m_conflictsAction->setEnabled(!m_last.openConflicts.isEmpty());
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id = conflict.id] { worker->markResolved({id}); });
    updateLabel();
    syncNow();
}

} // namespace citylab
