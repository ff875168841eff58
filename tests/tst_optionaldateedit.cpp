// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/optionaldateedit.h"
#include "testsupport.h"

#include <QCalendarWidget>

using namespace citylab;

// An optional date field as an officer types into it: "Follow up on" left empty, then a date
// typed in full; the calendar of an empty field opens on today.
class TestOptionalDateEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    }

    void typedDateIsKept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("with slashes") << QStringLiteral("01/05/2025");
        QTest::newRow("digits only") << QStringLiteral("01052025");
    }

    void typedDateIsKept()
    {
        QFETCH(QString, typed);
        OptionalDateEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(edit.isEmpty());
        QVERIFY(!edit.value().isValid());
        QCOMPARE(edit.text(), QStringLiteral("—"));
        edit.setFocus();
        QTest::keyClicks(&edit, typed);
        QCOMPARE(edit.value(), QDate(2025, 5, 1));
        QVERIFY2(!edit.text().contains(u'—'), qPrintable(edit.text()));
        edit.clearFocus();   // leaving the field keeps it
        QCOMPARE(edit.value(), QDate(2025, 5, 1));

        // Selecting the whole date and deleting it empties the field again.
        edit.setFocus();
        edit.selectAll();
        QTest::keyClick(&edit, Qt::Key_Delete);
        QVERIFY(edit.isEmpty());
        QVERIFY(!edit.value().isValid());
    }

    void calendarOfAnEmptyFieldOpensOnToday()
    {
        OptionalDateEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::mouseClick(&edit, Qt::LeftButton, {}, QPoint(edit.width() - 6, edit.height() / 2));   // the arrow
        QTRY_VERIFY(edit.calendarWidget()->isVisible());
        QCOMPARE(edit.calendarWidget()->yearShown(), QDate::currentDate().year());
        QCOMPARE(edit.calendarWidget()->monthShown(), QDate::currentDate().month());
        QVERIFY(edit.isEmpty());   // opening it chose nothing
    }
};

QTEST_MAIN(TestOptionalDateEdit)
#include "tst_optionaldateedit.moc"
