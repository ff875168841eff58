// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/admissibility.h"
#include "cases/experimentcarddelegate.h"
#include "cases/experimentsview.h"
#include "cases/pipelineboard.h"
#include "cases/stagecolumn.h"
#include "items/experimenttablemodel.h"
#include "items/sqltablemodel.h"
#include "organizations/organizationsview.h"
#include "search/searchdialog.h"
#include "today/todayview.h"
#include "domain/deadlines.h"
#include "domain/vocabulary.h"
#include "i18n/language.h"
#include "shell/mainwindow.h"
#include "shell/recordbrowser.h"
#include "shell/recordtable.h"
#include "shell/welcomepage.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QDrag>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QListWidget>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace citylab;

// The window as a user meets it, offscreen: real widgets, real clicks and keys.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_demo = testsupport::makeDemo(m_dir);
    }

    void init()
    {
        testsupport::isolateSettings(); // each test starts as a first run
    }

    void listsTheExperimentsOfTheDemo()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.openDatabase(m_demo), qPrintable(window.lastError()));
        QCOMPARE(window.currentViewId(), QStringLiteral("today")); // what legal staff see first
        window.showView(QStringLiteral("experiments"));

        auto *table = window.findChild<RecordTable *>(QStringLiteral("experimentsTable"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 60);

        // clicking a row shows that experiment's page
        const QModelIndex third = table->model()->index(2, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("experimentDetails"));
        QVERIFY(details);
        QVERIFY2(details->toPlainText().contains(third.data().toString()), qPrintable(details->toPlainText().left(200)));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Pipeline history")));

        // typing in the filter narrows the list to what matches
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("experimentSearch"));
        QTest::keyClicks(search, third.data().toString());
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();
        QCOMPARE(table->model()->rowCount(), 60);

        auto *stage = window.findChild<QComboBox *>(QStringLiteral("stageFilter"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("active")));
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 60);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 3).data().toString(), QStringLiteral("Active"));

        // and by officer: every row left is theirs
        auto *officer = window.findChild<QComboBox *>(QStringLiteral("officerFilter"));
        stage->setCurrentIndex(0);
        officer->setCurrentIndex(1);
        QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 60);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(table->model()->index(row, 6).data().toString(), officer->currentText());
    }

    void createsViewsOnlyWhenShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        QVERIFY(!window.findChild<OrganizationsView *>());
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(int(window.viewIds().indexOf(QStringLiteral("organizations"))))).center());
        QCOMPARE(window.currentViewId(), QStringLiteral("organizations"));
        auto *organizations = window.findChild<OrganizationsView *>();
        QVERIFY(organizations && organizations->isVisible());
        QCOMPARE(organizations->visibleCount(), 40);
    }

    // A first start says what the program is for and offers the demo; what needs a
    // database is disabled until one is open (it did nothing when chosen), and again
    // once it is closed.
    void firstStartExplainsAndDisablesWhatNeedsADatabase()
    {
        MainWindow window;
        window.show();
        auto *about = window.findChild<QLabel *>(QStringLiteral("welcomeAbout"));
        QVERIFY(about && about->isVisible());
        QVERIFY(about->text().contains(QStringLiteral("demo database")));
        const QStringList needDatabase = {QStringLiteral("importMeasurementsAction"), QStringLiteral("exportZonesAction"),
                                          QStringLiteral("reportAction"), QStringLiteral("letterTemplatesAction"),
                                          QStringLiteral("officeLetterheadAction"), QStringLiteral("metricsAction")};
        const auto enabled = [&] {
            QStringList result;
            for (const QString &name : needDatabase) {
                auto *action = window.findChild<QAction *>(name);
                if (!action)
                    return QStringList{name + QStringLiteral(" missing")};
                if (action->isEnabled())
                    result << name;
            }
            return result;
        };
        QCOMPARE(enabled(), QStringList());
        QVERIFY(window.openDatabase(m_demo));
        QCOMPARE(enabled(), needDatabase);
        QVERIFY(!about->isVisible());
        window.findChild<QAction *>(QStringLiteral("closeDatabaseAction"))->trigger();
        QCOMPARE(enabled(), QStringList());
    }

    void explainsWhyAFileCannotBeOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(!window.openDatabase(path));
        auto *welcome = window.findChild<WelcomePage *>();
        QVERIFY(welcome->isVisible());
        bool shown = false;
        for (QLabel *label : welcome->findChildren<QLabel *>())
            shown |= label->isVisible() && label->text().contains(path) && label->text().contains(QStringLiteral("not an SQLite file"));
        QVERIFY(shown);
        QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation"))->isEnabled());
    }

    void searchFindsAndOpensARecord()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demo));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = window.findChild<SearchDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QTest::keyClicks(field, QStringLiteral("universita studi"));  // no accent, lower case
        QTRY_VERIFY(dialog->resultCount() > 0);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window.currentViewId(), QStringLiteral("organizations"));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("organizationDetails"));
        QVERIFY2(details->toPlainText().startsWith(QStringLiteral("Università degli Studi di Torino")),
                 qPrintable(details->toPlainText().left(80)));
    }

    void todayListsDeadlinesAndOpensThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        auto *today = qobject_cast<TodayView *>(window.view(QStringLiteral("today")));
        QVERIFY(today && today->isVisible());
        QVERIFY(today->overdueCount() > 0);
        auto *list = today->findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        QTreeWidgetItem *request = nullptr;
        for (int i = 0; i < list->topLevelItem(0)->childCount() && !request; ++i)
            if (list->topLevelItem(0)->child(i)->data(0, Qt::UserRole).toString() == QLatin1String("regulatory_requests"))
                request = list->topLevelItem(0)->child(i);
        QVERIFY(request);
        QSqlQuery q(window.store().database());
        q.prepare(QStringLiteral("SELECT e.code FROM regulatory_requests r JOIN experiments e ON e.id = r.experiment_id"
                                 " WHERE r.reference = ?"));
        q.addBindValue(request->text(3));
        QVERIFY(q.exec() && q.next());
        list->setCurrentItem(request);
        QTest::keyClick(list, Qt::Key_Return);  // opens the request's page
        QCOMPARE(window.currentViewId(), QStringLiteral("regulatory_requests"));
        auto *details = window.findChild<QTextBrowser *>(QStringLiteral("requestDetails"));
        QVERIFY2(details->toPlainText().startsWith(request->text(3)), qPrintable(details->toPlainText().left(80)));
        QVERIFY(details->toPlainText().contains(q.value(0).toString()));  // and names its experiment
    }

    // Today you can act on: a follow-up's menu marks it done (undoable) or postpones it;
    // filters by kind and by officer ("Mine" is who the user says they are in Edit →
    // Preferences…); follow-ups of rejected or withdrawn experiments stay out unless asked.
    void todayActsOnFollowUpsAndFilters()
    {
        MainWindow window;
        window.resize(1366, 708);
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        auto *today = qobject_cast<TodayView *>(window.view(QStringLiteral("today")));
        auto *list = today->findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        const auto rows = [list] {
            QList<QTreeWidgetItem *> items;
            for (int group = 0; group < list->topLevelItemCount(); ++group)
                for (int i = 0; i < list->topLevelItem(group)->childCount(); ++i)
                    items << list->topLevelItem(group)->child(i);
            return items;
        };
        const auto followUp = [&](const QString &summary) -> QTreeWidgetItem * {
            for (QTreeWidgetItem *item : rows())
                if (item->text(5) == summary)
                    return item;
            return nullptr;
        };
        QSqlQuery q(window.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM experiments WHERE stage = 'rejected' LIMIT 1")) && q.next());
        const qint64 rejected = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT id, officer FROM experiments WHERE stage = 'active' AND officer IS NOT NULL LIMIT 1")) && q.next());
        const qint64 active = q.value(0).toLongLong();
        const QString officer = q.value(1).toString();
        q.finish();
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const auto logContact = [&](qint64 experiment, const QString &summary) {
            return window.store().insert(QStringLiteral("interactions"),
                                         {{QStringLiteral("kind"), QStringLiteral("call")}, {QStringLiteral("summary"), summary},
                                          {QStringLiteral("occurred_on"), QDate::currentDate().addDays(-9).toString(Qt::ISODate)},
                                          {QStringLiteral("experiment_id"), experiment}, {QStringLiteral("follow_up_on"), yesterday}});
        };
        QVERIFY(logContact(rejected, QStringLiteral("Richiamare il proponente respinto")) > 0);
        const qint64 open = logContact(active, QStringLiteral("Inviare il verbale del sopralluogo"));
        QVERIFY(open > 0);
        QTRY_VERIFY(followUp(QStringLiteral("Inviare il verbale del sopralluogo")));
        QVERIFY(!followUp(QStringLiteral("Richiamare il proponente respinto")));
        auto *closed = today->findChild<QCheckBox *>(QStringLiteral("todayClosedFollowUps"));
        closed->setChecked(true);
        QVERIFY(followUp(QStringLiteral("Richiamare il proponente respinto")));
        closed->setChecked(false);

        // the menu of a follow-up: mark as done, and Ctrl+Z brings it back
        const auto chooseFromMenu = [&](QTreeWidgetItem *item, const QString &action) {
            QTimer::singleShot(0, this, [action] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *entry : menu->actions())
                    if (entry->text() == action)
                        entry->trigger();
                menu->close();
            });
            list->scrollToItem(item);
            const QPoint at = list->visualItemRect(item).center();
            QContextMenuEvent click(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
            QApplication::sendEvent(list->viewport(), &click);   // a right click on the row
        };
        chooseFromMenu(followUp(QStringLiteral("Inviare il verbale del sopralluogo")), QStringLiteral("Mark as done"));
        QCOMPARE(window.store().record(QStringLiteral("interactions"), open).value(QStringLiteral("follow_up_done")).toInt(), 1);
        QTRY_VERIFY(!followUp(QStringLiteral("Inviare il verbale del sopralluogo")));
        window.undoStack().undo();
        QTRY_VERIFY(followUp(QStringLiteral("Inviare il verbale del sopralluogo")));
        chooseFromMenu(followUp(QStringLiteral("Inviare il verbale del sopralluogo")), QStringLiteral("Postpone by a week"));
        QCOMPARE(window.store().record(QStringLiteral("interactions"), open).value(QStringLiteral("follow_up_on")).toString(),
                 QDate::currentDate().addDays(7).toString(Qt::ISODate));

        // by kind, and "Mine" once the user says who they are
        auto *kind = today->findChild<QComboBox *>(QStringLiteral("todayKindFilter"));
        kind->setCurrentIndex(kind->findData(int(Deadline::FollowUp)));
        for (QTreeWidgetItem *item : rows())
            QCOMPARE(item->text(2), QStringLiteral("Follow-up"));
        kind->setCurrentIndex(0);
        QTimer::singleShot(0, this, [officer] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == QLatin1String("preferencesDialog"));
            dialog->findChild<QComboBox *>(QStringLiteral("officerName"))->setCurrentText(officer);
            dialog->accept();
        });
        window.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        auto *who = today->findChild<QComboBox *>(QStringLiteral("todayOfficerFilter"));
        const int mine = who->findText(QStringLiteral("Mine (%1)").arg(officer));
        QVERIFY(mine > 0);
        who->setCurrentIndex(mine);
        Deadlines::Options options;
        int expected = 0;
        for (const Deadline &d : Deadlines::collect(window.store(), options))
            expected += d.officer == officer ? 1 : 0;
        QCOMPARE(rows().size(), expected);
        QVERIFY(expected > 0 && expected < today->overdueCount() + today->upcomingCount() + 1);
    }

    // Every kind of entry on Today opens the page its record lives on.
    void everyKindOnTodayOpensItsRecord_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("view");
        QTest::newRow("request") << QStringLiteral("regulatory_requests") << QStringLiteral("regulatory_requests");
        QTest::newRow("agreement to renew") << QStringLiteral("agreements") << QStringLiteral("agreements");
        QTest::newRow("follow-up: its experiment") << QStringLiteral("interactions") << QStringLiteral("experiments");
        QTest::newRow("stuck experiment") << QStringLiteral("experiments") << QStringLiteral("experiments");
    }

    void everyKindOnTodayOpensItsRecord()
    {
        QFETCH(QString, table);
        QFETCH(QString, view);
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(QStringLiteral("today"));
        auto *list = window.view(QStringLiteral("today"))->findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        QTreeWidgetItem *entry = nullptr;
        for (int group = 0; group < list->topLevelItemCount() && !entry; ++group)
            for (int i = 0; i < list->topLevelItem(group)->childCount() && !entry; ++i)
                if (list->topLevelItem(group)->child(i)->data(0, Qt::UserRole).toString() == table)
                    entry = list->topLevelItem(group)->child(i);
        QVERIFY2(entry, "the demo has an entry of this kind on Today");
        qint64 expected = entry->data(0, Qt::UserRole + 1).toLongLong();
        if (table == QLatin1String("interactions"))
            expected = window.store().record(table, expected).value(QStringLiteral("experiment_id")).toLongLong();
        list->setCurrentItem(entry);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentViewId(), view);
        auto *browser = qobject_cast<RecordBrowser *>(window.view(view));
        QVERIFY(browser);
        QCOMPARE(browser->currentRecord(), expected);
    }

    // Each record list exports what it shows: a header and one line per visible row, with
    // the byte-order mark spreadsheets need.
    void everyListExportsAsCsv_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("experiments") << QStringLiteral("experiments");
        QTest::newRow("requests") << QStringLiteral("regulatory_requests");
        QTest::newRow("agreements") << QStringLiteral("agreements");
        QTest::newRow("organizations") << QStringLiteral("organizations");
    }

    void everyListExportsAsCsv()
    {
        QFETCH(QString, view);
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(view);
        auto *browser = qobject_cast<RecordBrowser *>(window.view(view));
        QVERIFY(browser && browser->visibleCount() > 0);
        const QString path = m_dir.filePath(view + QStringLiteral(".csv"));
        QString error;
        QVERIFY2(browser->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // a quoted field may hold a line break: count records, not lines
        int records = 0;
        bool quoted = false;
        for (const char c : bytes.mid(3)) {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                ++records;
        }
        QCOMPARE(records, browser->visibleCount() + 1);
        QVERIFY(browser->exportName().endsWith(QStringLiteral(".csv")));
    }

    // Today's "stuck after" threshold lists exactly the experiments waiting longer than it
    // before going live, is kept in the database, and follows a change made elsewhere.
    void todayCountsStuckExperimentsByTheOfficesThreshold()
    {
        const QString path = testsupport::makeDemo(m_dir, QStringLiteral("stuck.citylab"));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(path));
        window.showView(QStringLiteral("today"));
        auto *today = qobject_cast<TodayView *>(window.view(QStringLiteral("today")));
        auto *list = today->findChild<QTreeWidget *>(QStringLiteral("deadlineList"));
        auto *threshold = today->findChild<QSpinBox *>(QStringLiteral("stuckAfterDays"));
        QVERIFY(threshold && threshold->isVisible());
        QCOMPARE(threshold->value(), Deadlines::defaultStuckAfterDays);
        const auto stuck = [list] {
            QStringList codes;
            for (int group = 0; group < list->topLevelItemCount(); ++group)
                for (int i = 0; i < list->topLevelItem(group)->childCount(); ++i)
                    if (list->topLevelItem(group)->child(i)->data(0, Qt::UserRole + 2).toInt() == Deadline::StuckExperiment)
                        codes << list->topLevelItem(group)->child(i)->text(3);
            codes.sort();
            return codes;
        };
        QSqlQuery q(window.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM experiments WHERE stage IN ('proposal', 'screening', 'agreement',"
                                      " 'authorization') AND stage_since <= date('now', '-14 days') ORDER BY code")));
        QStringList waiting;
        while (q.next())
            waiting << q.value(0).toString();
        q.finish();
        QVERIFY(!waiting.isEmpty());

        threshold->setFocus();
        threshold->selectAll();
        QTest::keyClicks(threshold, QStringLiteral("14"));
        QTest::keyClick(threshold, Qt::Key_Return);
        QCOMPARE(Deadlines::stuckAfterDays(window.store()), 14);
        QCOMPARE(stuck(), waiting);

        // another window (or the CLI) sets ten years: nothing is stuck, here too, within a second
        Store other;
        QVERIFY(other.open(path, Store::OpenMode::OpenExisting));
        QVERIFY(Deadlines::setStuckAfterDays(other, 3650));
        QTRY_COMPARE_WITH_TIMEOUT(threshold->value(), 3650, 1000);
        QCOMPARE(stuck(), QStringList());
    }

    // File → Export Table as CSV works on Today too: every entry, overdue first, with the
    // byte-order mark, the locale's separator and its dates.
    void todayExportsItsListForSpreadsheets()
    {
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(QStringLiteral("today"));
        auto *today = qobject_cast<TodayView *>(window.view(QStringLiteral("today")));
        QAction *exportAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                exportAction = action;
        QVERIFY(exportAction && exportAction->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("today.csv"));
        QString error;
        const bool written = today->exportCsv(path, &error);
        QLocale::setDefault(QLocale::c());
        QVERIFY2(written, qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), today->overdueCount() + today->upcomingCount() + 1);
        QCOMPARE(lines.first().count(u';'), 5);
        static const QRegularExpression italianDate(QStringLiteral("^\\d{2}/\\d{2}/\\d{4};"));
        for (const QString &line : lines.mid(1))
            QVERIFY2(italianDate.match(line).hasMatch(), qPrintable(line));
        QVERIFY(!today->exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/today.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/folder")), qPrintable(error));

        window.showView(QStringLiteral("pipeline"));   // a board is no table
        QVERIFY(!exportAction->isEnabled());
    }

    // Drops a card on a column of the board, as a drag with the mouse ends.
    static void dropCard(StageColumn *column, qint64 id)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(StageColumn::mimeType), QByteArray::number(id));
        dropMime(column, mime);
    }

    static void dropMime(StageColumn *column, const QMimeData &mime)
    {
        const QPoint at = column->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(column->viewport(), &drop);
        QVERIFY(drop.isAccepted());
    }

    // Picks up the first card of a column with the mouse, as a user starts a drag. The
    // offscreen platform ends the drag at once; its QDrag lives until the event loop runs
    // again, long enough to read what the card carries.
    static QByteArray pickUpCard(StageColumn *column, int row)
    {
        column->scrollTo(column->model()->index(row, 0));
        const QRect card = column->visualRect(column->model()->index(row, 0));
        QTest::mousePress(column->viewport(), Qt::LeftButton, {}, card.center());
        QTest::mouseMove(column->viewport(), card.center() + QPoint(2 * QApplication::startDragDistance(), 4));
        const QDrag *drag = column->findChild<QDrag *>();
        QByteArray payload = drag && drag->mimeData() ? drag->mimeData()->data(QString::fromLatin1(StageColumn::mimeType)) : QByteArray();
        QTest::mouseRelease(column->viewport(), Qt::LeftButton, {}, card.center());
        return payload;
    }

    void draggingACardMovesTheExperiment()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(QStringLiteral("pipeline"));
        auto *board = qobject_cast<PipelineBoard *>(window.view(QStringLiteral("pipeline")));
        QVERIFY(board && board->isVisible());
        const int proposals = board->count(QStringLiteral("proposal"));
        const int screening = board->count(QStringLiteral("screening"));
        QVERIFY(proposals > 0);
        // a proposal found admissible on every item of its call's checklist (the demo has one)
        QAbstractItemModel *proposalCards = board->column(QStringLiteral("proposal"))->model();
        int row = 0;
        while (row < proposalCards->rowCount()
               && !Admissibility::load(window.store(), proposalCards->index(row, 0).data(SqlTableModel::IdRole).toLongLong())->isAdmissible())
            ++row;
        QVERIFY(row < proposalCards->rowCount());
        const qint64 id = proposalCards->index(row, 0).data(SqlTableModel::IdRole).toLongLong();

        const QString since = window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage_since")).toString();
        const auto transitions = [&window, id] {
            QSqlQuery q(window.store().database());
            q.prepare(QStringLiteral("SELECT count(*) FROM stage_transitions WHERE experiment_id = :id"));
            q.bindValue(QStringLiteral(":id"), id);
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        const int transitionsBefore = transitions();

        // the card picked up with the mouse carries its experiment to the other column
        const QByteArray carried = pickUpCard(board->column(QStringLiteral("proposal")), row);
        QCOMPARE(carried.toLongLong(), id);
        QMimeData mime;
        mime.setData(QString::fromLatin1(StageColumn::mimeType), carried);
        dropMime(board->column(QStringLiteral("screening")), mime);
        QTRY_COMPARE(board->count(QStringLiteral("screening")), screening + 1);
        QCOMPARE(board->count(QStringLiteral("proposal")), proposals - 1);
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(),
                 QStringLiteral("screening"));
        QCOMPARE(transitions(), transitionsBefore + 1);

        // Ctrl+Z puts the card back where it was, with its date; Ctrl+Shift+Z moves it again
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.undoStack().undoText().contains(QStringLiteral("Screening")));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(board->count(QStringLiteral("proposal")), proposals);
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage_since")).toString(), since);
        QCOMPARE(transitions(), transitionsBefore);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(board->count(QStringLiteral("screening")), screening + 1);
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(),
                 QStringLiteral("screening"));
        QCOMPARE(transitions(), transitionsBefore + 1);
        const int undoSteps = window.undoStack().count();

        // screening to agreement needs the manager's act: refused, with the reason shown
        dropCard(board->column(QStringLiteral("agreement")), id);
        QMessageBox *refusal = nullptr;
        QTRY_VERIFY((refusal = board->findChild<QMessageBox *>(QStringLiteral("moveRefusal"))) && refusal->isVisible());
        QVERIFY2(refusal->informativeText().contains(QStringLiteral("manager's act")), qPrintable(refusal->informativeText()));
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(),
                 QStringLiteral("screening"));
        QCOMPARE(window.undoStack().count(), undoSteps);   // nothing to undo for a refused move
        refusal->accept();
    }

    // On a wide screen the board's columns share the width (cards widen rather than cut
    // titles beside empty space); on a laptop, beside a column's scroll bar, a card's code
    // stays whole and the days it waited never run into it.
    void boardColumnsUseTheWidthAndCardsKeepTheirCode()
    {
        for (const QSize size : {QSize(1920, 1040), QSize(1366, 708), QSize(1024, 708)}) {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDatabase(m_demo));
            window.showView(QStringLiteral("pipeline"));
            auto *board = qobject_cast<PipelineBoard *>(window.view(QStringLiteral("pipeline")));
            QVERIFY(board);
            QApplication::processEvents();
            const QStringList stages = Vocabulary::keys(Vocabulary::Stage);
            int right = 0;
            for (const QString &stage : stages) {
                StageColumn *column = board->column(stage);
                QVERIFY2(column, qPrintable(stage));
                right = qMax(right, column->mapTo(board, QPoint(column->width(), 0)).x());
                QStyleOptionViewItem option;
                option.font = column->font();
                option.fontMetrics = column->fontMetrics();
                for (int row = 0; row < column->model()->rowCount(); ++row) {
                    const QModelIndex index = column->model()->index(row, 0);
                    option.rect = column->visualRect(index);
                    const ExperimentCardDelegate::Layout card = ExperimentCardDelegate::layout(option, index);
                    const QString code = index.sibling(row, ExperimentTableModel::Code).data().toString();
                    QVERIFY2(card.codeText == code, qPrintable(QStringLiteral("%1 at %2: %3").arg(code).arg(size.width()).arg(card.codeText)));
                    QVERIFY2(!card.code.intersects(card.days) && !card.lead.intersects(card.days),
                             qPrintable(QStringLiteral("%1 at %2").arg(code).arg(size.width())));
                }
            }
            if (size.width() == 1920)   // no band of empty space right of the last column
                QVERIFY2(right > board->width() - 40, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(board->width())));
        }
    }

    // Without a mouse drag: the card's menu moves it to each next stage of the flow, with
    // the same rules, refusals and undo as a drop.
    void aCardMovesFromItsMenu()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(QStringLiteral("pipeline"));
        auto *board = qobject_cast<PipelineBoard *>(window.view(QStringLiteral("pipeline")));
        StageColumn *screening = board->column(QStringLiteral("screening"));
        QVERIFY(screening->model()->rowCount() > 0);
        const QModelIndex card = screening->model()->index(0, 0);
        const qint64 id = card.data(SqlTableModel::IdRole).toLongLong();
        QMenu menu;
        screening->fillCardMenu(&menu, card);
        QStringList texts;
        QAction *toRejected = nullptr;
        for (QAction *action : menu.actions()) {
            texts << action->text();
            if (action->text() == QStringLiteral("Move to Rejected"))
                toRejected = action;
        }
        QVERIFY2(toRejected && texts.contains(QStringLiteral("Move to Agreement")) && texts.contains(QStringLiteral("Move to Withdrawn"))
                     && !texts.join(u' ').contains(QStringLiteral("Authorization")),
                 qPrintable(texts.join(QStringLiteral(", "))));
        const int undoSteps = window.undoStack().count();
        toRejected->trigger();
        QTRY_COMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(),
                     QStringLiteral("rejected"));
        QCOMPARE(window.undoStack().count(), undoSteps + 1);
        window.undoStack().undo();
        QCOMPARE(window.store().record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(),
                 QStringLiteral("screening"));
    }

    void exportsTheFilteredTable()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        window.showView(QStringLiteral("experiments"));
        auto *view = qobject_cast<ExperimentsView *>(window.view(QStringLiteral("experiments")));
        auto *stage = view->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("concluded")));
        const QString path = m_dir.filePath(QStringLiteral("concluded.csv"));
        QString error;
        QVERIFY2(view->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), view->visibleCount() + 1);
        QVERIFY(lines.first().contains(QStringLiteral("Code")));
        QVERIFY(!view->exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/folder")), qPrintable(error));
    }

    // Italian's short date is "06/12/26": every date field of every view writes the year
    // in full, as the tables do.
    void dateFieldsWriteTheYearInFull()
    {
        const QString before = Language::current();
        const auto restore = qScopeGuard([&before] { Language::install(before); });
        QVERIFY(Language::install(QStringLiteral("it")));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        for (const QString &id : window.viewIds())
            window.showView(id);
        const QList<QDateEdit *> dateFields = window.findChildren<QDateEdit *>();
        QVERIFY(dateFields.size() >= 3);   // the experiments' running day, the board's, the map's
        for (const QDateEdit *field : dateFields)
            QVERIFY2(field->displayFormat().contains(QStringLiteral("yyyy")),
                     qPrintable(field->objectName() + u' ' + field->displayFormat()));
    }

    // Switching language from the menu retranslates Edit → Undo/Redo too: QUndoStack's own
    // actions kept "Undo" of the language the window started in.
    void undoMenuFollowsALanguageSwitch()
    {
        const QString before = Language::current();
        const auto restore = qScopeGuard([&before] { Language::install(before); });
        QVERIFY(Language::install(QStringLiteral("en")));
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QVERIFY(!undo->isEnabled());
        auto *stack = window.findChild<QUndoStack *>();
        stack->push(new QUndoCommand(QStringLiteral("TCL-2026-001")));
        QCOMPARE(undo->text(), QStringLiteral("&Undo TCL-2026-001"));
        QVERIFY(undo->isEnabled());
        QAction *italian = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->text() == QLatin1String("Italiano"))
                italian = action;
        QVERIFY(italian);
        italian->trigger();
        QCOMPARE(Language::current(), QStringLiteral("it"));
        QTRY_COMPARE(undo->text(), QStringLiteral("&Annulla TCL-2026-001"));   // the language change is posted
        undo->trigger();
        QCOMPARE(redo->text(), QStringLiteral("&Ripeti TCL-2026-001"));
        QCOMPARE(undo->text(), QStringLiteral("&Annulla"));
        QVERIFY(!undo->isEnabled() && redo->isEnabled());
    }

    void savesAScreenshotOfEveryView()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demo));
        const QStringList files = window.saveScreenshots(m_dir.filePath(QStringLiteral("shots")));
        QCOMPARE(files.size(), window.viewIds().size());
        for (const QString &file : files) {
            const QImage image(file);
            QCOMPARE(image.size(), QSize(1280, 800));
            // not a blank picture: a table and a page of text have many colours
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20, qPrintable(file));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
