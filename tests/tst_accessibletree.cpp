// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibletree.h"
#include "i18n/language.h"
#include "shell/mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QSqlQuery>

using namespace citylab;

// Every main view and record page as a screen reader reads it (EN 301 549, 11.4.1.2: name,
// role, value): through Qt's AT-SPI bridge on a real accessibility bus, no focusable control
// may lack a name. Italian, as the office uses it.
class TestAccessibleTree : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

    qint64 firstId(const QString &table)
    {
        QSqlQuery query(m_window->store().database());
        return query.exec(QStringLiteral("SELECT min(id) FROM %1").arg(table)) && query.next() ? query.value(0).toLongLong() : -1;
    }

    // The window as it is now: the unnamed controls, each prefixed with where it was found.
    QStringList unnamedIn(const QString &where)
    {
        QTest::qWait(100);   // the page laid out and painted, the map's first frame
        const testsupport::AccessibleTreeWalk walk = testsupport::walkAccessibleTree(m_window->windowTitle());
        if (!walk.error.isEmpty())
            return {where + QStringLiteral(": ") + walk.error};
        if (walk.checked < 2)
            return {QStringLiteral("%1: only %2 focusable objects on the bus: is the window's tree exported?").arg(where).arg(walk.checked)};
        qInfo("%s: %d focusable objects on screen, %d without a name", qPrintable(where), walk.checked, int(walk.unnamed.size()));
        QStringList found;
        for (const QString &line : walk.unnamed)
            found << where + QStringLiteral(": ") + line;
        return found;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(Language::install(QStringLiteral("it")));
        m_window = new MainWindow;
        QVERIFY(m_window->openDatabase(testsupport::makeDemo(m_dir)));
        m_window->resize(1366, 708);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        delete m_window;
        Language::install(QStringLiteral("en"));
    }

    void everyViewNamesItsControls()
    {
        QStringList unnamed;
        for (const QString &id : m_window->viewIds()) {
            m_window->showView(id);
            unnamed << unnamedIn(id);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed:\n").arg(unnamed.size()) + unnamed.join(u'\n')));
    }

    // A record's page holds most of the buttons: sections, links, the actions of each step.
    void everyRecordPageNamesItsControls()
    {
        QStringList unnamed;
        for (const QString &table : {QStringLiteral("experiments"), QStringLiteral("regulatory_requests"), QStringLiteral("agreements"),
                                     QStringLiteral("organizations"), QStringLiteral("barriers")}) {
            const qint64 id = firstId(table);
            QVERIFY(id > 0);
            m_window->openRecord(table, id);
            unnamed << unnamedIn(table + QStringLiteral(" page"));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 unnamed:\n").arg(unnamed.size()) + unnamed.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibleTree)
#include "tst_accessibletree.moc"
