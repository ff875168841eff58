// SPDX-License-Identifier: GPL-3.0-or-later
// A person's data for an access request (export) and an erasure request: after erasing, the
// person's name, e-mail and phone number are nowhere in the file's bytes — not in their
// record, not in the contacts that named them, not in the change history, the full-text
// index or free pages — and the history keeps a dated note of the erasure without values.
#include "editing/fieldspec.h"
#include "editing/recordeditdialog.h"
#include "i18n/language.h"
#include "organizations/persondataactions.h"
#include "privacy/personaldataexport.h"
#include "privacy/personerasure.h"
#include "store/changehistory.h"
#include "domain/testplan.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace citylab;

namespace {

const QString name = QStringLiteral("Ludovica Trabucchi");
const QString email = QStringLiteral("l.trabucchi@aurora-mechatronics.example");
const QString oldEmail = QStringLiteral("ludovica.trabucchi@old-provider.example");
const QString phone = QStringLiteral("+39 011 5550199");

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // A demo store with one more contact person, whose e-mail changed once, and two contact
    // log entries that name them (one of which named them only before an edit), all written
    // as the window writes them.
    struct Fixture
    {
        QString path;
        qint64 person = -1;
        qint64 contact = -1;
        qint64 edited = -1;
    };
    Fixture makeStore()
    {
        Fixture f;
        f.path = testsupport::makeDemo(m_dir, QStringLiteral("store%1.citylab").arg(++m_stores));
        Store store;
        if (!store.open(f.path))
            return f;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT min(id) FROM organizations"));
        q.next();
        const qint64 organization = q.value(0).toLongLong();
        q.finish();
        f.person = store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), name},
                                                           {QStringLiteral("organization_id"), organization},
                                                           {QStringLiteral("role"), QStringLiteral("Project manager")},
                                                           {QStringLiteral("email"), oldEmail},
                                                           {QStringLiteral("phone"), phone},
                                                           {QStringLiteral("notes"), QStringLiteral("Prefers calls")}});
        store.update(QStringLiteral("people"), f.person, {{QStringLiteral("email"), email}});
        f.contact = store.insert(QStringLiteral("interactions"),
                                 {{QStringLiteral("kind"), QStringLiteral("call")},
                                  {QStringLiteral("occurred_on"), QStringLiteral("2026-04-02")},
                                  {QStringLiteral("summary"), QStringLiteral("Call with %1 about the flight plan").arg(name)},
                                  {QStringLiteral("details"), QStringLiteral("She asked to write to %1 or call %2.").arg(email, phone)},
                                  {QStringLiteral("organization_id"), organization},
                                  {QStringLiteral("person_id"), f.person}});
        f.edited = store.insert(QStringLiteral("interactions"),
                                {{QStringLiteral("kind"), QStringLiteral("meeting")},
                                 {QStringLiteral("occurred_on"), QStringLiteral("2026-04-09")},
                                 {QStringLiteral("summary"), QStringLiteral("Site visit, %1 present").arg(name)}});
        store.update(QStringLiteral("interactions"), f.edited, {{QStringLiteral("summary"), QStringLiteral("Site visit")}});
        // an incident and a test plan that name them too (the plan's revisions keep the name)
        q.exec(QStringLiteral("SELECT min(id) FROM experiments WHERE id NOT IN (SELECT experiment_id FROM test_plans)"));
        q.next();
        const qint64 experiment = q.value(0).toLongLong();
        q.finish();
        store.insert(QStringLiteral("incidents"), {{QStringLiteral("experiment_id"), experiment},
                                                   {QStringLiteral("occurred_on"), QStringLiteral("2026-04-03")},
                                                   {QStringLiteral("severity"), QStringLiteral("minor")},
                                                   {QStringLiteral("description"), QStringLiteral("Landing reported by %1").arg(name)}});
        TestPlan plan;
        plan.safetyOperator = name;
        QString error;
        TestPlan::save(store, experiment, plan, QString(), &error);
        return f;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
    }

    void exportHoldsEveryFieldContactAndChange()
    {
        const Fixture f = makeStore();
        QVERIFY(f.edited > 0);
        Store store;
        QVERIFY(store.open(f.path));
        QString error;
        const std::optional<QJsonObject> data = PersonalDataExport::collect(store, f.person, &error);
        QVERIFY2(data, qPrintable(error));
        const QJsonObject person = data->value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("full_name")).toString(), name);
        QCOMPARE(person.value(QStringLiteral("email")).toString(), email);
        QCOMPARE(person.value(QStringLiteral("phone")).toString(), phone);
        QVERIFY(!data->value(QStringLiteral("organization")).toString().isEmpty());
        const QJsonArray contacts = data->value(QStringLiteral("contact_log")).toArray();
        QCOMPARE(contacts.size(), 1);   // the edited one no longer names them
        QVERIFY(contacts.at(0).toObject().value(QStringLiteral("summary")).toString().contains(name));
        // the history has the old e-mail, as the person may ask what was held
        bool oldEmailShown = false;
        for (const QJsonValue &entry : data->value(QStringLiteral("history")).toArray())
            oldEmailShown |= entry.toObject().value(QStringLiteral("before")).toString() == oldEmail;
        QVERIFY(oldEmailShown);

        const QString json = m_dir.filePath(QStringLiteral("export.json"));
        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY2(PersonalDataExport::writeJson(*data, json, &error), qPrintable(error));
        QVERIFY2(PersonalDataExport::writeCsv(*data, csv, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError parsed;
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll(), &parsed).object(), *data);
        QCOMPARE(parsed.error, QJsonParseError::NoError);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xef\xbb\xbfsection,item,field,value\r\n"));   // UTF-8 as spreadsheets read it
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("person,1,email,%1\r\n").arg(email)));
        QVERIFY(text.contains(QStringLiteral("contact_log,1,summary,Call with %1 about the flight plan\r\n").arg(name)));
    }

    void erasureLeavesNothingInTheFile()
    {
        const Fixture f = makeStore();
        QVERIFY(f.edited > 0);
        // before: the file holds each value (so the check below can fail)
        for (const QString &value : QStringList{name, email, oldEmail, phone})
            QVERIFY2(testsupport::fileBytes(f.path).contains(value.toUtf8()), qPrintable(value));
        {
            Store store;
            QVERIFY(store.open(f.path));
            store.setUserName(QStringLiteral("Officer Rossi"));
            QString error;
            const std::optional<PersonErasure::Plan> plan = PersonErasure::plan(store, f.person, &error);
            QVERIFY2(plan, qPrintable(error));
            QCOMPARE(plan->texts, (QStringList{name, QStringLiteral("Trabucchi Ludovica"), email, phone}));
            // the contact's summary and details, the incident, the plan's safety operator and its revision
            QCOMPARE(plan->mentions.size(), 5);
            QVERIFY2(PersonErasure::erase(store, *plan, plan->mentions, &error), qPrintable(error));

            const QVariantMap person = store.record(QStringLiteral("people"), f.person);
            QCOMPARE(person.value(QStringLiteral("full_name")).toString(), PersonErasure::erasedName());
            QVERIFY(person.value(QStringLiteral("email")).isNull() && person.value(QStringLiteral("phone")).isNull());
            QVERIFY(!person.value(QStringLiteral("organization_id")).isNull());
            const QVariantMap contact = store.record(QStringLiteral("interactions"), f.contact);
            QCOMPARE(contact.value(QStringLiteral("summary")).toString(),
                     QStringLiteral("Call with %1 about the flight plan").arg(PersonErasure::erasedText()));
            QCOMPARE(contact.value(QStringLiteral("person_id")).toLongLong(), f.person);
            // the history says who erased which field, and when, without the values
            int erasures = 0;
            for (const ChangeHistory::Entry &entry : ChangeHistory::forRecord(store, QStringLiteral("people"), f.person)) {
                if (entry.action != QLatin1String("erase"))
                    continue;
                ++erasures;
                QCOMPARE(entry.who, QStringLiteral("Officer Rossi"));
                QVERIFY(entry.at.isValid() && entry.before.isEmpty() && entry.after.isEmpty());
            }
            QCOMPARE(erasures, 5);   // name, role, e-mail, phone, notes
            // search no longer finds them
            QSqlQuery search(store.database());
            QVERIFY(search.exec(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH 'Trabucchi'")));
            QVERIFY(search.next());
            QCOMPARE(search.value(0).toInt(), 0);
        }
        const QByteArray bytes = testsupport::fileBytes(f.path);
        QVERIFY(bytes.size() > 100000);
        for (const QString &value : QStringList{name, name.toLower(), QStringLiteral("Trabucchi"), QStringLiteral("trabucchi"), email, oldEmail, phone})
            QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value));
        QVERIFY(!bytes.contains(QByteArrayLiteral("Prefers calls")));
    }

    // The person's dialog, as the Organizations view opens it: Erase Person… erases after the
    // review, closes the dialog and empties the undo history (an undo would write the values back).
    void eraseFromThePersonsDialog()
    {
        const Fixture f = makeStore();
        Store store;
        QVERIFY(store.open(f.path));
        QUndoStack undo;
        RecordEditDialog dialog(store, undo, QStringLiteral("people"), f.person, FormSpecs::person());
        auto *actions = new PersonDataActions(store, undo, f.person, &dialog);
        // an edit made earlier in the session, undoable until the erasure
        RecordEditDialog edit(store, undo, QStringLiteral("people"), f.person, FormSpecs::person());
        undo.push(new QUndoCommand(QStringLiteral("earlier edit")));
        int reviewed = 0;
        actions->review = [&](const PersonErasure::Plan &plan) {
            ++reviewed;
            return std::optional(plan.mentions.mid(0, 1));   // the summary only, say
        };
        dialog.show();
        QPushButton *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportPersonalData"));
        QPushButton *erase = dialog.findChild<QPushButton *>(QStringLiteral("erasePerson"));
        QVERIFY(exportButton && erase);
        const QString exported = m_dir.filePath(QStringLiteral("dialog-export.csv"));
        actions->chooseExportFile = [&] { return exported; };
        exportButton->click();
        QVERIFY(QFile::exists(exported));
        erase->click();
        QCOMPARE(reviewed, 1);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(undo.count(), 0);
        QCOMPARE(store.record(QStringLiteral("people"), f.person).value(QStringLiteral("full_name")).toString(),
                 PersonErasure::erasedName());
        // the details were left out in the review: they still read as written
        QVERIFY(store.record(QStringLiteral("interactions"), f.contact).value(QStringLiteral("details")).toString().contains(email));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    citylab::Language::install(QStringLiteral("it"));
    TestPersonalData test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_personaldata.moc"
