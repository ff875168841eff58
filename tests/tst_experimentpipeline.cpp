// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/experimentpipeline.h"
#include "domain/stagemove.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QUndoStack>

using namespace citylab;

// Stage rules: what an officer may and may not do with an experiment, and why.
class TestExperimentPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    qint64 m_lead = -1;
    qint64 m_authority = -1;
    int m_serial = 0;

    qint64 experimentIn(const QString &stage, const QString &determina = {}, const QString &approvedOn = QStringLiteral("2026-01-20"))
    {
        return m_store.insert(QStringLiteral("experiments"),
                              {{QStringLiteral("code"), QStringLiteral("TCL-2026-%1").arg(++m_serial, 3, 10, QLatin1Char('0'))},
                               {QStringLiteral("title"), QStringLiteral("Consegna con droni")},
                               {QStringLiteral("domain"), QStringLiteral("drones")},
                               {QStringLiteral("stage"), stage},
                               {QStringLiteral("stage_since"), QStringLiteral("2026-01-15")},
                               {QStringLiteral("protocol_number"), QStringLiteral("%1/2026").arg(1000 + m_serial)},
                               {QStringLiteral("proposed_on"), QStringLiteral("2026-01-10")},
                               {QStringLiteral("lead_organization_id"), m_lead},
                               {QStringLiteral("determina_number"), determina.isEmpty() ? QVariant() : QVariant(determina)},
                               {QStringLiteral("approved_on"), determina.isEmpty() || approvedOn.isEmpty() ? QVariant() : QVariant(approvedOn)}});
    }

    void addAgreement(qint64 experiment, const QString &status, const QString &validTo = QStringLiteral("2030-12-31"))
    {
        QVERIFY(m_store.insert(QStringLiteral("agreements"),
                               {{QStringLiteral("kind"), QStringLiteral("experimentation")},
                                {QStringLiteral("title"), QStringLiteral("Accordo")},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("experiment_id"), experiment},
                                {QStringLiteral("valid_from"), QStringLiteral("2026-01-01")},
                                {QStringLiteral("valid_to"), validTo}}) > 0);
    }

    void addRequest(qint64 experiment, const QString &status, bool required = true)
    {
        QVERIFY(m_store.insert(QStringLiteral("regulatory_requests"),
                               {{QStringLiteral("reference"), QStringLiteral("RR-%1").arg(++m_serial)},
                                {QStringLiteral("experiment_id"), experiment},
                                {QStringLiteral("authority_id"), m_authority},
                                {QStringLiteral("kind"), required ? QStringLiteral("authorization") : QStringLiteral("notification")},
                                {QStringLiteral("subject"), QStringLiteral("Volo in categoria specific")},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("required_for_activation"), int(required)}}) > 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("pipeline.citylab"))));
        m_lead = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Mole Droni S.r.l.")},
                                                                  {QStringLiteral("kind"), QStringLiteral("company")}});
        m_authority = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("ENAC")},
                                                                       {QStringLiteral("kind"), QStringLiteral("authority")}});
        QVERIFY(m_lead > 0 && m_authority > 0);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("setup");   // what the experiment has on record
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("refusal"); // empty: the move is allowed

        QTest::newRow("proposal to screening") << QStringLiteral("proposal") << QStringLiteral("") << QStringLiteral("screening") << QStringLiteral("");
        QTest::newRow("skips screening") << QStringLiteral("proposal") << QStringLiteral("") << QStringLiteral("agreement") << QStringLiteral("Screening cannot be skipped");
        QTest::newRow("no manager's act") << QStringLiteral("screening") << QStringLiteral("") << QStringLiteral("agreement") << QStringLiteral("manager's act");
        QTest::newRow("approved by a determina") << QStringLiteral("screening") << QStringLiteral("determina") << QStringLiteral("agreement") << QStringLiteral("");
        QTest::newRow("agreement not signed") << QStringLiteral("agreement") << QStringLiteral("draft-agreement") << QStringLiteral("authorization") << QStringLiteral("“Accordo” is not signed yet");
        QTest::newRow("agreement signed") << QStringLiteral("agreement") << QStringLiteral("signed-agreement") << QStringLiteral("authorization") << QStringLiteral("");
        QTest::newRow("authorization pending") << QStringLiteral("authorization") << QStringLiteral("signed-agreement,pending-request") << QStringLiteral("active")
                                               << QStringLiteral("Authorization from ENAC is submitted");
        QTest::newRow("all granted") << QStringLiteral("authorization") << QStringLiteral("signed-agreement,granted-request") << QStringLiteral("active") << QStringLiteral("");
        QTest::newRow("nothing to authorize") << QStringLiteral("authorization") << QStringLiteral("signed-agreement") << QStringLiteral("active") << QStringLiteral("");
        QTest::newRow("only a notification pending") << QStringLiteral("authorization") << QStringLiteral("signed-agreement,pending-notification") << QStringLiteral("active") << QStringLiteral("");
        QTest::newRow("agreement expired") << QStringLiteral("authorization") << QStringLiteral("expired-agreement,granted-request") << QStringLiteral("active")
                                           << QStringLiteral("No signed experimentation agreement valid on");
        QTest::newRow("no agreement at all") << QStringLiteral("authorization") << QStringLiteral("granted-request") << QStringLiteral("active")
                                             << QStringLiteral("No signed experimentation agreement valid on");
        QTest::newRow("determina without a date") << QStringLiteral("screening") << QStringLiteral("undated-determina") << QStringLiteral("agreement") << QStringLiteral("has no date");
        QTest::newRow("unmet blocking condition") << QStringLiteral("screening") << QStringLiteral("determina,blocking-condition") << QStringLiteral("agreement")
                                                  << QStringLiteral("Condition of the approval not met: Piano di sicurezza");
        QTest::newRow("condition met") << QStringLiteral("screening") << QStringLiteral("determina,met-condition") << QStringLiteral("agreement") << QStringLiteral("");
        QTest::newRow("condition not blocking") << QStringLiteral("screening") << QStringLiteral("determina,advisory-condition") << QStringLiteral("agreement") << QStringLiteral("");
        QTest::newRow("agreement's condition holds activation") << QStringLiteral("authorization") << QStringLiteral("signed-agreement,granted-request,agreement-condition") << QStringLiteral("active")
                                                                << QStringLiteral("Condition of agreement “Accordo” not met: Piano di sicurezza");
        QTest::newRow("withdrawn despite a condition") << QStringLiteral("active") << QStringLiteral("blocking-condition") << QStringLiteral("withdrawn") << QStringLiteral("");
        QTest::newRow("backwards") << QStringLiteral("active") << QStringLiteral("") << QStringLiteral("proposal") << QStringLiteral("does not go back");
        QTest::newRow("rejected is final") << QStringLiteral("rejected") << QStringLiteral("") << QStringLiteral("screening") << QStringLiteral("final stage");
        QTest::newRow("evaluated is final") << QStringLiteral("evaluated") << QStringLiteral("") << QStringLiteral("withdrawn") << QStringLiteral("final stage");
        QTest::newRow("active cannot be rejected") << QStringLiteral("active") << QStringLiteral("") << QStringLiteral("rejected") << QStringLiteral("cannot be rejected");
        QTest::newRow("withdrawn while active") << QStringLiteral("active") << QStringLiteral("") << QStringLiteral("withdrawn") << QStringLiteral("");
        QTest::newRow("skip to evaluated") << QStringLiteral("active") << QStringLiteral("") << QStringLiteral("evaluated") << QStringLiteral("Concluded cannot be skipped");
        QTest::newRow("same stage") << QStringLiteral("screening") << QStringLiteral("") << QStringLiteral("screening") << QStringLiteral("already in Screening");
    }

    void rules()
    {
        QFETCH(QString, from);
        QFETCH(QString, setup);
        QFETCH(QString, to);
        QFETCH(QString, refusal);
        const qint64 id = experimentIn(from, setup.contains(QStringLiteral("determina")) ? QStringLiteral("DD 1234/2026") : QString(),
                                       setup.contains(QStringLiteral("undated-determina")) ? QString() : QStringLiteral("2026-01-20"));
        QVERIFY(id > 0);
        const auto addCondition = [&](bool blocking, const QVariant &metOn, const QVariant &agreement = {}) {
            QVERIFY(m_store.insert(QStringLiteral("conditions"),
                                   {{QStringLiteral("experiment_id"), id}, {QStringLiteral("agreement_id"), agreement},
                                    {QStringLiteral("text"), QStringLiteral("Piano di sicurezza operativa")},
                                    {QStringLiteral("blocking"), int(blocking)}, {QStringLiteral("met_on"), metOn}}) > 0);
        };
        if (setup.contains(QStringLiteral("blocking-condition")))
            addCondition(true, QVariant());
        if (setup.contains(QStringLiteral("met-condition")))
            addCondition(true, QStringLiteral("2026-02-01"));
        if (setup.contains(QStringLiteral("advisory-condition")))
            addCondition(false, QVariant());
        if (setup.contains(QStringLiteral("draft-agreement")))
            addAgreement(id, QStringLiteral("draft"));
        if (setup.contains(QStringLiteral("signed-agreement")))
            addAgreement(id, QStringLiteral("signed"));
        if (setup.contains(QStringLiteral("expired-agreement")))
            addAgreement(id, QStringLiteral("signed"), QStringLiteral("2026-02-01"));
        if (setup.contains(QStringLiteral("pending-request")))
            addRequest(id, QStringLiteral("submitted"));
        if (setup.contains(QStringLiteral("granted-request")))
            addRequest(id, QStringLiteral("granted"));
        if (setup.contains(QStringLiteral("pending-notification")))
            addRequest(id, QStringLiteral("submitted"), false);
        if (setup.contains(QStringLiteral("agreement-condition"))) {
            QSqlQuery q(m_store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM agreements")) && q.next());
            const QVariant agreement = q.value(0);
            q.finish();
            addCondition(true, QVariant(), agreement);
        }

        ExperimentPipeline pipeline(m_store);
        const QStringList reasons = pipeline.obstacles(id, to, QDate(2026, 3, 1));
        if (refusal.isEmpty()) {
            QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(u'\n')));
            QVERIFY(pipeline.move(id, to, QDate(2026, 3, 1)));
            QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), to);
        } else {
            QVERIFY2(reasons.join(u'\n').contains(refusal), qPrintable(reasons.join(u'\n')));
            QVERIFY(!pipeline.move(id, to, QDate(2026, 3, 1)));
            QVERIFY(pipeline.errorString().contains(refusal));
            QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), from);
        }
    }

    void datesOfAMove()
    {
        const qint64 id = experimentIn(QStringLiteral("proposal"));
        ExperimentPipeline pipeline(m_store);
        QVERIFY(pipeline.obstacles(id, QStringLiteral("screening"), QDate::currentDate().addDays(3)).join(u' ').contains(QStringLiteral("future")));
        QVERIFY(pipeline.obstacles(id, QStringLiteral("screening"), QDate(2026, 1, 10)).join(u' ').contains(QStringLiteral("before the experiment entered")));
        QVERIFY(pipeline.obstacles(id, QStringLiteral("screening"), QDate(2026, 1, 15)).isEmpty());
    }

    void aMoveIsDatedAndLogged()
    {
        const qint64 id = experimentIn(QStringLiteral("proposal"));
        m_store.setUserName(QStringLiteral("chiara.gili"));
        ExperimentPipeline pipeline(m_store);
        QVERIFY(pipeline.move(id, QStringLiteral("screening"), QDate(2026, 2, 3), QStringLiteral("Ammissibile")));
        const QVariantMap experiment = m_store.record(QStringLiteral("experiments"), id);
        QCOMPARE(experiment.value(QStringLiteral("stage_since")).toString(), QStringLiteral("2026-02-03"));
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT from_stage, to_stage, on_date, by_user, note FROM stage_transitions WHERE experiment_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("proposal"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("screening"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2026-02-03"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("chiara.gili"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("Ammissibile"));
        q.prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE row_uuid = ? AND action = 'update'"));
        q.addBindValue(experiment.value(QStringLiteral("uuid")));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Undoing a move puts the experiment back only from where the move left it: a later
    // move by someone else is not silently reverted, and the step is dropped instead.
    void anUndoLeavesALaterMoveAlone()
    {
        const qint64 id = experimentIn(QStringLiteral("proposal"));
        QUndoStack undo;
        QString error;
        QVERIFY2(StageMove::move(m_store, undo, id, QStringLiteral("screening"), QDate(2026, 2, 3), &error), qPrintable(error));
        QVERIFY(!StageMove::move(m_store, undo, id, QStringLiteral("evaluated"), QDate(2026, 2, 4), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be skipped")), qPrintable(error));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), QStringLiteral("proposal"));
        undo.redo();
        QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), QStringLiteral("screening"));

        ExperimentPipeline other(m_store);   // another window rejects it meanwhile
        QVERIFY(other.move(id, QStringLiteral("rejected"), QDate(2026, 2, 5)));
        undo.undo();
        QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), QStringLiteral("rejected"));
        QCOMPARE(undo.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestExperimentPipeline)
#include "tst_experimentpipeline.moc"
