// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/recordtable.h"
#include "testsupport.h"

#include <QHeaderView>
#include <QMenu>
#include <QStandardItemModel>
#include <QtTest>

using namespace citylab;

class TstColumnPresets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { testsupport::isolateSettings(); }
    void saveChangeRestore();
    void presetsSurviveANewTable();
    void deleteAndDefault();
    void menuOffersPresets();
    void columnsMenuShowsAndHidesColumns();

private:
    static QStandardItemModel *makeModel(QObject *parent)
    {
        auto *model = new QStandardItemModel(3, 4, parent);
        model->setHorizontalHeaderLabels({QStringLiteral("Code"), QStringLiteral("Title"), QStringLiteral("Stage"), QStringLiteral("Officer")});
        return model;
    }
};

void TstColumnPresets::saveChangeRestore()
{
    QSettings().clear();
    RecordTable table;
    table.setModel(makeModel(&table));
    table.restoreState(QStringLiteral("views/test/table"));
    QHeaderView *header = table.horizontalHeader();
    header->setSectionHidden(2, true);
    header->moveSection(3, 0);
    table.setColumnWidth(1, 211);
    table.savePreset(QStringLiteral("Legal"));

    header->setSectionHidden(2, false);
    header->moveSection(0, 3);
    table.setColumnWidth(1, 90);
    QVERIFY(!header->isSectionHidden(2));

    QVERIFY(table.applyPreset(QStringLiteral("Legal")));
    QVERIFY(header->isSectionHidden(2));
    QCOMPARE(header->logicalIndex(0), 3);
    QCOMPARE(table.columnWidth(1), 211);
    QVERIFY(!table.applyPreset(QStringLiteral("Nobody saved this")));
}

void TstColumnPresets::presetsSurviveANewTable()
{
    QSettings().clear();
    {
        RecordTable table;
        table.setModel(makeModel(&table));
        table.restoreState(QStringLiteral("views/test/table"));
        table.horizontalHeader()->setSectionHidden(1, true);
        table.savePreset(QStringLiteral("No titles"));
    }
    RecordTable other;
    other.setModel(makeModel(&other));
    other.restoreState(QStringLiteral("views/test/table"));
    QCOMPARE(other.presetNames(), QStringList{QStringLiteral("No titles")});
    QVERIFY(!other.horizontalHeader()->isSectionHidden(1));
    QVERIFY(other.applyPreset(QStringLiteral("No titles")));
    QVERIFY(other.horizontalHeader()->isSectionHidden(1));

    // Another view keeps its own presets.
    RecordTable elsewhere;
    elsewhere.setModel(makeModel(&elsewhere));
    elsewhere.restoreState(QStringLiteral("views/other/table"));
    QVERIFY(elsewhere.presetNames().isEmpty());
}

void TstColumnPresets::deleteAndDefault()
{
    QSettings().clear();
    RecordTable table;
    table.setModel(makeModel(&table));
    table.restoreState(QStringLiteral("views/test/table"));
    QHeaderView *header = table.horizontalHeader();
    header->setSectionHidden(0, true);
    header->moveSection(3, 1);
    table.savePreset(QStringLiteral("A"));
    table.savePreset(QStringLiteral("B"));
    table.deletePreset(QStringLiteral("A"));
    QCOMPARE(table.presetNames(), QStringList{QStringLiteral("B")});

    table.applyDefaultLayout();
    for (int column = 0; column < 4; ++column) {
        QVERIFY(!header->isSectionHidden(column));
        QCOMPARE(header->visualIndex(column), column);
    }
}

void TstColumnPresets::menuOffersPresets()
{
    QSettings().clear();
    RecordTable table;
    table.setModel(makeModel(&table));
    table.restoreState(QStringLiteral("views/test/table"));
    table.horizontalHeader()->setSectionHidden(3, true);
    table.savePreset(QStringLiteral("Short"));
    table.applyDefaultLayout();

    QMenu menu;
    table.fillPresetMenu(&menu);
    QAction *shortPreset = nullptr;
    for (QAction *action : menu.actions())
        if (action->text() == QStringLiteral("Short"))
            shortPreset = action;
    QVERIFY(shortPreset);
    shortPreset->trigger();
    QVERIFY(table.horizontalHeader()->isSectionHidden(3));
}

// The Columns button's menu (the same as the header's context menu) lists every column as a
// check box, refuses to hide the last one, and ends with the presets.
void TstColumnPresets::columnsMenuShowsAndHidesColumns()
{
    QSettings().clear();
    RecordTable table;
    table.setModel(makeModel(&table));
    table.restoreState(QStringLiteral("views/test/table"));
    QHeaderView *header = table.horizontalHeader();
    QMenu menu;
    const auto columnAction = [&menu](const QString &text) -> QAction * {
        for (QAction *action : menu.actions())
            if (action->text() == text && action->isCheckable())
                return action;
        return nullptr;
    };
    table.fillColumnsMenu(&menu);
    QAction *stage = columnAction(QStringLiteral("Stage"));
    QVERIFY(stage && stage->isChecked());
    stage->trigger();
    QVERIFY(header->isSectionHidden(2));

    header->setSectionHidden(0, true);
    header->setSectionHidden(1, true);
    table.fillColumnsMenu(&menu);   // opened again: reflects what is shown now
    QVERIFY(!columnAction(QStringLiteral("Stage"))->isChecked());
    QVERIFY(!columnAction(QStringLiteral("Officer"))->isEnabled());   // the last one shown stays
    columnAction(QStringLiteral("Title"))->trigger();
    QVERIFY(!header->isSectionHidden(1));
    QMenu *presets = menu.actions().constLast()->menu();
    QVERIFY(presets);
    QCOMPARE(presets->actions().constFirst()->text(), QStringLiteral("Default"));
    QCOMPARE(menu.findChildren<QMenu *>(Qt::FindDirectChildrenOnly).size(), 1);   // no submenu piles up
}

QTEST_MAIN(TstColumnPresets)
#include "tst_columnpresets.moc"
