// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/experimentdetailpanel.h"
#include "cases/scoresheetdialog.h"
#include "domain/admissibility.h"
#include "domain/calldefaults.h"
#include "domain/committeeevaluation.h"
#include "domain/experimentpipeline.h"
#include "domain/scoresheet.h"
#include "domain/stagemove.h"
#include "drafting/scoringsheet.h"
#include "geo/zone.h"
#include "geo/zonegeometry.h"
#include "privacy/personaldataexport.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QUndoStack>
#include <QUrl>

using namespace citylab;

// A proposal from arrival to approval: registered, checked for admissibility, scored by the
// committee (conflicts of interest left out, weights applied, ties ranked alike), approved by
// a dated act — each step refused, with its reason, until what it needs is there.
class TestEvaluation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;
    QUndoStack m_undo;
    qint64 m_call = -1;
    QList<qint64> m_members;
    QList<qint64> m_criteria;
    QList<qint64> m_items;
    int m_serial = 0;

    qint64 proposal(const QString &stage = QStringLiteral("proposal"), bool registered = true)
    {
        ++m_serial;
        return m_store.insert(QStringLiteral("experiments"),
                              {{QStringLiteral("code"), QStringLiteral("TCL-2026-%1").arg(m_serial, 3, 10, QLatin1Char('0'))},
                               {QStringLiteral("title"), QStringLiteral("Robot per le consegne")},
                               {QStringLiteral("domain"), QStringLiteral("robotics")}, {QStringLiteral("stage"), stage},
                               {QStringLiteral("stage_since"), QStringLiteral("2026-02-01")},
                               {QStringLiteral("call_id"), m_call},
                               {QStringLiteral("protocol_number"), registered ? QVariant(QStringLiteral("%1/2026").arg(500 + m_serial)) : QVariant()},
                               {QStringLiteral("proposed_on"), QStringLiteral("2026-01-20")}});
    }

    void checkAll(qint64 experiment, const QString &outcome = QStringLiteral("met"))
    {
        for (const qint64 item : std::as_const(m_items))
            QVERIFY(m_store.insert(QStringLiteral("admissibility_checks"), {{QStringLiteral("experiment_id"), experiment},
                                                                            {QStringLiteral("item_id"), item},
                                                                            {QStringLiteral("outcome"), outcome}}) > 0);
    }

    // Every member scores every criterion `value`, through the score sheet.
    void scoreAll(qint64 experiment, double value, int members = -1)
    {
        for (int m = 0; m < (members < 0 ? m_members.size() : members); ++m) {
            QList<ScoreSheet::Entry> entries;
            for (const qint64 criterion : std::as_const(m_criteria))
                entries.append({criterion, value, {}});
            QVERIFY(ScoreSheet::save(m_store, m_undo, experiment, m_members.at(m), false, {}, entries));
        }
    }

    QString obstacles(qint64 experiment, const QString &to)
    {
        return ExperimentPipeline(m_store).obstacles(experiment, to, QDate(2026, 3, 1)).join(u'\n');
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("evaluation.citylab"))));
        m_call = CallDefaults::create(m_store, QStringLiteral("Call aperta"), QDate(2025, 1, 1));
        QVERIFY(m_call > 0);
        const qint64 city = m_store.insert(QStringLiteral("organizations"), {{QStringLiteral("name"), QStringLiteral("Città di Torino")},
                                                                             {QStringLiteral("kind"), QStringLiteral("public_body")}});
        for (const QString &name : {QStringLiteral("Anna Rossi"), QStringLiteral("Bruno Bianchi"), QStringLiteral("Carla Verdi")}) {
            const qint64 person = m_store.insert(QStringLiteral("people"), {{QStringLiteral("full_name"), name},
                                                                            {QStringLiteral("organization_id"), city}});
            m_members << m_store.insert(QStringLiteral("committee_members"), {{QStringLiteral("call_id"), m_call},
                                                                              {QStringLiteral("person_id"), person}});
        }
        QVERIFY(!m_members.contains(-1));
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM call_criteria ORDER BY position")));
        while (q.next())
            m_criteria << q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM call_checklist_items ORDER BY position")));
        while (q.next())
            m_items << q.value(0).toLongLong();
        QCOMPARE(m_criteria.size(), CallDefaults::criteria().size());
        QCOMPARE(m_items.size(), CallDefaults::checklist().size());
    }

    void weightedTotals_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QList<QList<double>>>("scores");   // per member, per criterion; -1 not scored
        QTest::addColumn<QList<bool>>("conflicts");
        QTest::addColumn<double>("total");                  // -1: not complete

        QTest::newRow("weights count") << QList<double>{2, 1} << QList<QList<double>>{{9, 6}, {6, 9}} << QList<bool>{false, false} << 7.5;
        QTest::newRow("equal weights are the mean") << QList<double>{1, 1} << QList<QList<double>>{{9, 6}, {6, 9}} << QList<bool>{false, false} << 7.5;
        QTest::newRow("a conflict is left out") << QList<double>{2, 1} << QList<QList<double>>{{9, 6}, {0, 0}} << QList<bool>{false, true} << 8.0;
        QTest::newRow("a conflicted member need not score") << QList<double>{2, 1} << QList<QList<double>>{{9, 6}, {-1, -1}} << QList<bool>{false, true} << 8.0;
        QTest::newRow("one score missing") << QList<double>{2, 1} << QList<QList<double>>{{9, 6}, {6, -1}} << QList<bool>{false, false} << -1.0;
        QTest::newRow("everyone in conflict") << QList<double>{1} << QList<QList<double>>{{5}, {5}} << QList<bool>{true, true} << -1.0;
        QTest::newRow("zero is a score") << QList<double>{1, 3} << QList<QList<double>>{{0, 10}, {10, 0}} << QList<bool>{false, false} << 5.0;
    }

    void weightedTotals()
    {
        QFETCH(QList<double>, weights);
        QFETCH(QList<QList<double>>, scores);
        QFETCH(QList<bool>, conflicts);
        QFETCH(double, total);
        CommitteeEvaluation e;
        e.callId = 1;
        e.callName = QStringLiteral("Call");
        for (int c = 0; c < weights.size(); ++c)
            e.criteria.append({c + 1, QStringLiteral("C%1").arg(c + 1), weights.at(c)});
        for (int m = 0; m < scores.size(); ++m) {
            e.members.append({m + 1, QStringLiteral("M%1").arg(m + 1), {}, conflicts.at(m), {}});
            for (int c = 0; c < weights.size(); ++c)
                if (scores.at(m).at(c) >= 0)
                    e.scores.insert({m + 1, c + 1}, {scores.at(m).at(c), {}});
        }
        if (total < 0) {
            QVERIFY(!e.isComplete());
            QVERIFY(!e.total());
            QVERIFY(!e.missing().isEmpty());
        } else {
            QVERIFY2(e.isComplete(), qPrintable(e.missing().join(u' ')));
            QCOMPARE(*e.total(), total);
        }
    }

    void tiesShareARank()
    {
        QList<CommitteeEvaluation::Ranked> entries = {
            {1, QStringLiteral("TCL-C"), {}, {}, 7.5, 0}, {2, QStringLiteral("TCL-A"), {}, {}, 8.0, 0},
            {3, QStringLiteral("TCL-B"), {}, {}, 7.5, 0}, {4, QStringLiteral("TCL-D"), {}, {}, std::nullopt, 0},
            {5, QStringLiteral("TCL-E"), {}, {}, 6.0, 0}};
        CommitteeEvaluation::rank(entries);
        QStringList got;
        for (const auto &r : entries)
            got << QStringLiteral("%1:%2").arg(r.code).arg(r.rank);
        QCOMPARE(got, QStringList({QStringLiteral("TCL-A:1"), QStringLiteral("TCL-B:2"), QStringLiteral("TCL-C:2"),
                                   QStringLiteral("TCL-E:4"), QStringLiteral("TCL-D:0")}));
    }

    // The call's ranking reads the committee once for all proposals: each proposal's total
    // is the one its own evaluation gives (a member's conflict of interest, a missing score
    // and another proposal's scores each count for that proposal only).
    void rankingAgreesWithEachEvaluation()
    {
        const qint64 high = proposal(), conflicted = proposal(), unfinished = proposal(QStringLiteral("screening"));
        scoreAll(high, 9);
        scoreAll(conflicted, 6, 2);
        QVERIFY(ScoreSheet::save(m_store, m_undo, conflicted, m_members.at(2), true, QStringLiteral("Consulente dell'azienda"), {}));
        scoreAll(unfinished, 7, 1);
        QString error;
        const auto ranking = CommitteeEvaluation::ranking(m_store, m_call, &error);
        QVERIFY2(ranking, qPrintable(error));
        QHash<qint64, CommitteeEvaluation::Ranked> byId;
        for (const CommitteeEvaluation::Ranked &r : *ranking) {
            byId.insert(r.experimentId, r);
            const auto own = CommitteeEvaluation::load(m_store, r.experimentId, &error);
            QVERIFY2(own, qPrintable(error));
            QCOMPARE(r.total.has_value(), own->total().has_value());
            if (r.total)
                QCOMPARE(*r.total, *own->total());
        }
        QCOMPARE(byId.value(high).total.value_or(-1), 9.0);
        QCOMPARE(byId.value(conflicted).total.value_or(-1), 6.0);
        QVERIFY(!byId.value(unfinished).total);
        QVERIFY(byId.value(high).rank > 0 && byId.value(high).rank < byId.value(conflicted).rank);
        QCOMPARE(byId.value(unfinished).rank, 0);
    }

    // The page's rank follows the call: a proposal scored higher elsewhere in the call moves
    // this one down, after an unrelated change has drawn the page again (from the ranking
    // the page keeps, which the scores must then make it forget).
    void thePageRankFollowsTheCall()
    {
        const qint64 first = proposal();
        scoreAll(first, 9.5);
        ExperimentDetailPanel page(m_store, &m_undo);
        page.show();   // a page draws a change while on screen
        page.showRecord(first);
        QVERIFY2(page.toPlainText().contains(QStringLiteral("rank 1 of")), qPrintable(page.toPlainText()));
        // an unrelated change draws the page again
        QVERIFY(m_store.insert(QStringLiteral("interactions"), {{QStringLiteral("experiment_id"), first},
                                                                {QStringLiteral("kind"), QStringLiteral("call")},
                                                                {QStringLiteral("occurred_on"), QStringLiteral("2026-02-02")},
                                                                {QStringLiteral("summary"), QStringLiteral("Telefonata")}}) > 0);
        QVERIFY(page.toPlainText().contains(QStringLiteral("Telefonata")));
        QVERIFY(page.toPlainText().contains(QStringLiteral("rank 1 of")));
        const qint64 better = proposal();
        scoreAll(better, 10);
        QVERIFY2(page.toPlainText().contains(QStringLiteral("rank 2 of")), qPrintable(page.toPlainText()));
    }

    // A change to something the page shows that leaves its text as it was (another
    // experiment's zone) does not lay the page out again: the reader keeps their place.
    void aPageDrawnAgainUnchangedKeepsItsPlace()
    {
        const qint64 shown = proposal(), other = proposal();
        scoreAll(shown, 8);
        ExperimentDetailPanel page(m_store, &m_undo);
        page.resize(420, 260);
        page.showRecord(shown);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QScrollBar *bar = page.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const int place = bar->value();
        QVariantMap zone = Zone::geometryColumns(ZoneGeometry::circle(QPointF(7.68, 45.07), 40));
        zone.insert({{QStringLiteral("experiment_id"), other}, {QStringLiteral("name"), QStringLiteral("Piazzale")}});
        QVERIFY2(m_store.insert(QStringLiteral("zones"), zone) > 0, qPrintable(m_store.errorString()));
        QCOMPARE(bar->value(), place);
        // a change to the page's text is shown
        QVERIFY(m_store.update(QStringLiteral("experiments"), shown, {{QStringLiteral("title"), QStringLiteral("Robot per i mercati")}}));
        QVERIFY(page.toPlainText().contains(QStringLiteral("Robot per i mercati")));
    }

    void intakeAndAdmissibilityHoldAProposal()
    {
        const qint64 unregistered = proposal(QStringLiteral("proposal"), false);
        QVERIFY(obstacles(unregistered, QStringLiteral("screening")).contains(QStringLiteral("not registered")));
        const qint64 id = proposal();
        QVERIFY2(obstacles(id, QStringLiteral("screening")).contains(QStringLiteral("admissibility check is not finished: 6 item")),
                 qPrintable(obstacles(id, QStringLiteral("screening"))));
        checkAll(id);
        QCOMPARE(obstacles(id, QStringLiteral("screening")), QString());
        // one item found wanting: inadmissible, to be closed with its reason
        const qint64 wanting = proposal();
        checkAll(wanting);
        QSqlQuery q(m_store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM admissibility_checks WHERE experiment_id = %1 ORDER BY id LIMIT 1").arg(wanting)) && q.next());
        const qint64 check = q.value(0).toLongLong();
        q.finish();
        QVERIFY(m_store.update(QStringLiteral("admissibility_checks"), check, {{QStringLiteral("outcome"), QStringLiteral("not_met")}}));
        QVERIFY(obstacles(wanting, QStringLiteral("screening")).contains(QStringLiteral("Inadmissible")));
        QString error;
        QVERIFY2(StageMove::move(m_store, m_undo, wanting, QStringLiteral("rejected"), QDate(2026, 3, 1), &error,
                                 QStringLiteral("Manca la dichiarazione di copertura assicurativa.")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT note FROM stage_transitions WHERE experiment_id = %1 AND to_stage = 'rejected'").arg(wanting)) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Manca la dichiarazione di copertura assicurativa."));
    }

    void approvalNeedsACompleteEvaluationAndADatedAct()
    {
        const qint64 id = proposal(QStringLiteral("screening"));
        QVERIFY(m_store.update(QStringLiteral("experiments"), id, {{QStringLiteral("determina_number"), QStringLiteral("DD 77/2026")},
                                                                   {QStringLiteral("approved_on"), QStringLiteral("2026-02-20")}}));
        QString refused = obstacles(id, QStringLiteral("agreement"));
        QVERIFY2(refused.contains(QStringLiteral("Anna Rossi has not scored the proposal yet.")), qPrintable(refused));
        scoreAll(id, 7, 2);
        refused = obstacles(id, QStringLiteral("agreement"));
        QVERIFY2(refused.contains(QStringLiteral("Carla Verdi has not scored")), qPrintable(refused));
        // the third member declares a conflict instead of scoring: the evaluation is complete
        QVERIFY(ScoreSheet::save(m_store, m_undo, id, m_members.at(2), true, QStringLiteral("Consulente del proponente"), {}));
        QCOMPARE(obstacles(id, QStringLiteral("agreement")), QString());
        QCOMPARE(*CommitteeEvaluation::load(m_store, id)->total(), 7.0);
        // Ctrl+Z takes the declaration back, and the move is refused again
        m_undo.undo();
        QVERIFY(obstacles(id, QStringLiteral("agreement")).contains(QStringLiteral("Carla Verdi")));
        m_undo.redo();
        QCOMPARE(obstacles(id, QStringLiteral("agreement")), QString());
    }

    // A member's access request gets their seat, their scores and comments, and the
    // conflicts they declared (GDPR art. 15): the committee's work is about them too.
    void aMembersPersonalDataIncludeTheirCommitteeWork()
    {
        // a proposal of its own: Anna scores it, Carla declares a conflict
        const qint64 id = proposal(QStringLiteral("screening"));
        scoreAll(id, 6, 1);
        QVERIFY(ScoreSheet::save(m_store, m_undo, id, m_members.at(2), true, QStringLiteral("Consulente del proponente"), {}));
        const qint64 carla = m_store.record(QStringLiteral("committee_members"), m_members.at(2)).value(QStringLiteral("person_id")).toLongLong();
        const qint64 anna = m_store.record(QStringLiteral("committee_members"), m_members.at(0)).value(QStringLiteral("person_id")).toLongLong();
        QString error;
        const std::optional<QJsonObject> carlaData = PersonalDataExport::collect(m_store, carla, &error);
        QVERIFY2(carlaData, qPrintable(error));
        QCOMPARE(carlaData->value(QStringLiteral("committee_seats")).toArray().size(), 1);
        const QString code = m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("code")).toString();
        bool declared = false;
        for (const QJsonValue &conflict : carlaData->value(QStringLiteral("conflicts_of_interest")).toArray())
            declared = declared || (conflict.toObject().value(QStringLiteral("experiment")).toString() == code
                                    && conflict.toObject().value(QStringLiteral("note")).toString() == QStringLiteral("Consulente del proponente"));
        QVERIFY(declared);
        const std::optional<QJsonObject> annaData = PersonalDataExport::collect(m_store, anna, &error);
        QVERIFY2(annaData, qPrintable(error));
        int scoresOnIt = 0;
        for (const QJsonValue &score : annaData->value(QStringLiteral("committee_scores")).toArray())
            scoresOnIt += score.toObject().value(QStringLiteral("experiment")).toString() == code;
        QCOMPARE(scoresOnIt, m_criteria.size());
    }

    // Rescoring is one step: Ctrl+Z puts back the scores and comments the member gave before,
    // a sheet naming only some criteria leaves the others alone, and the declared conflict's
    // note survives saving the sheet again.
    void rescoringIsUndoneAsOneStep()
    {
        const qint64 id = proposal(QStringLiteral("screening"));
        QList<ScoreSheet::Entry> first, second;
        for (const qint64 criterion : std::as_const(m_criteria)) {
            first.append({criterion, 5.0, QStringLiteral("prima")});
            second.append({criterion, 9.0, QStringLiteral("dopo")});
        }
        QVERIFY(ScoreSheet::save(m_store, m_undo, id, m_members.at(0), false, {}, first));
        QVERIFY(ScoreSheet::save(m_store, m_undo, id, m_members.at(0), false, {}, second.mid(0, 2)));
        CommitteeEvaluation e = *CommitteeEvaluation::load(m_store, id);
        QCOMPARE(e.score(m_members.at(0), m_criteria.at(0))->value, 9.0);
        QCOMPARE(e.score(m_members.at(0), m_criteria.at(3))->value, 5.0);   // not on the second sheet: kept
        m_undo.undo();
        e = *CommitteeEvaluation::load(m_store, id);
        QCOMPARE(e.score(m_members.at(0), m_criteria.at(0))->value, 5.0);
        QCOMPARE(e.score(m_members.at(0), m_criteria.at(0))->comment, QStringLiteral("prima"));
        QVERIFY(ScoreSheet::save(m_store, m_undo, id, m_members.at(1), true, QStringLiteral("Socio del proponente"), {}));
        ScoreSheetDialog dialog(m_store, m_undo, id, m_members.at(1));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("conflictNote"))->text(), QStringLiteral("Socio del proponente"));
        dialog.accept();
        e = *CommitteeEvaluation::load(m_store, id);
        QCOMPARE(e.members.at(1).conflictNote, QStringLiteral("Socio del proponente"));
    }

    // The schema keeps a case together, whoever writes: a score by a member of another call,
    // or a proposal moved to another call once scored, is refused with the reason.
    void aCaseStaysTogether()
    {
        qint64 other = CallDefaults::create(m_store, QStringLiteral("Call droni 2026"), QDate(2026, 1, 1), &m_undo);
        QVERIFY(other > 0);
        // the new call is one step: Ctrl+Z takes it away, Ctrl+Shift+Z brings it back as it was
        const QString uuid = m_store.record(QStringLiteral("calls"), other).value(QStringLiteral("uuid")).toString();
        QSqlQuery q(m_store.database());
        m_undo.undo();
        QVERIFY(m_store.record(QStringLiteral("calls"), other).isEmpty());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM call_criteria WHERE call_id = %1").arg(other)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        m_undo.redo();
        QVERIFY(q.exec(QStringLiteral("SELECT c.id, (SELECT count(*) FROM call_criteria k WHERE k.call_id = c.id) FROM calls c WHERE c.uuid = '%1'").arg(uuid)) && q.next());
        QCOMPARE(q.value(1).toInt(), CallDefaults::criteria().size());
        other = q.value(0).toLongLong();
        q.finish();

        const qint64 id = proposal(QStringLiteral("screening"));
        scoreAll(id, 7, 1);
        QVERIFY(!m_store.update(QStringLiteral("experiments"), id, {{QStringLiteral("call_id"), other}}));
        QVERIFY2(m_store.errorString().contains(QStringLiteral("keeps that call")), qPrintable(m_store.errorString()));
        QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("call_id")).toLongLong(), m_call);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM call_criteria WHERE call_id = %1 LIMIT 1").arg(other)) && q.next());
        const qint64 foreignCriterion = q.value(0).toLongLong();
        q.finish();
        QVERIFY(m_store.insert(QStringLiteral("scores"), {{QStringLiteral("experiment_id"), id}, {QStringLiteral("member_id"), m_members.at(1)},
                                                          {QStringLiteral("criterion_id"), foreignCriterion}, {QStringLiteral("score"), 5}}) < 0);
        QVERIFY2(m_store.errorString().contains(QStringLiteral("member of the proposal's call")), qPrintable(m_store.errorString()));
    }

    void aScoreOutsideZeroToTenIsRefusedAndNothingSaved()
    {
        const qint64 id = proposal(QStringLiteral("screening"));
        QSqlQuery q(m_store.database());
        const auto count = [&] {
            const int n = q.exec(QStringLiteral("SELECT count(*) FROM scores WHERE experiment_id = %1").arg(id)) && q.next() ? q.value(0).toInt() : -1;
            q.finish();   // the read ends before the next write begins
            return n;
        };
        QList<ScoreSheet::Entry> entries = {{m_criteria.at(0), 8.0, {}}, {m_criteria.at(1), 11.0, {}}};
        QVERIFY(!ScoreSheet::save(m_store, m_undo, id, m_members.at(0), false, {}, entries));
        QVERIFY2(m_store.errorString().contains(QStringLiteral("0 to 10")), qPrintable(m_store.errorString()));
        QCOMPARE(count(), 0);
        // the schema refuses it too, whoever writes
        QVERIFY(m_store.insert(QStringLiteral("scores"), {{QStringLiteral("experiment_id"), id}, {QStringLiteral("member_id"), m_members.at(0)},
                                                          {QStringLiteral("criterion_id"), m_criteria.at(0)}, {QStringLiteral("score"), -1}}) < 0);
        QCOMPARE(count(), 0);
    }

    // In the window: the member's score sheet refuses 12 under its field, takes "7,5", and
    // the proposal, evaluated and approved, moves to agreement; the scoring sheet is a PDF
    // with the scores in it.
    void scoreAProposalInTheWindowAndMoveIt()
    {
        const qint64 id = proposal(QStringLiteral("screening"));
        QVERIFY(m_store.update(QStringLiteral("experiments"), id, {{QStringLiteral("determina_number"), QStringLiteral("DD 78/2026")},
                                                                   {QStringLiteral("approved_on"), QStringLiteral("2026-02-21")}}));
        scoreAll(id, 8, 2);
        ScoreSheetDialog dialog(m_store, m_undo, id, m_members.at(2));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("score_%1").arg(m_criteria.at(0)));
        QVERIFY(first);
        for (const qint64 criterion : std::as_const(m_criteria)) {
            auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("score_%1").arg(criterion));
            edit->setFocus();
            QTest::keyClicks(edit, criterion == m_criteria.at(0) ? QStringLiteral("12") : QStringLiteral("6"));
        }
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("scoreError_%1").arg(m_criteria.at(0)));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("0 to 10")), qPrintable(error->text()));
        QVERIFY(!CommitteeEvaluation::load(m_store, id)->isComplete());
        first->clear();
        QTest::keyClicks(first, QStringLiteral("7,5"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        const CommitteeEvaluation evaluation = *CommitteeEvaluation::load(m_store, id);
        QVERIFY(evaluation.isComplete());
        QCOMPARE(evaluation.score(m_members.at(2), m_criteria.at(0))->value, 7.5);

        QString error2;
        QVERIFY2(StageMove::move(m_store, m_undo, id, QStringLiteral("agreement"), QDate(2026, 3, 1), &error2), qPrintable(error2));
        QCOMPARE(m_store.record(QStringLiteral("experiments"), id).value(QStringLiteral("stage")).toString(), QStringLiteral("agreement"));

        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        QString error3;
        QVERIFY2(ScoringSheet::writePdf(m_store, id, pdf, QStringLiteral("it"), &error3), qPrintable(error3));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!text.waitForFinished(30000) || text.exitCode() != 0)
            QSKIP("pdftotext is not installed here");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Scheda di valutazione del comitato")), qPrintable(words.left(400)));
        QVERIFY2(words.contains(QStringLiteral("Carla Verdi")), qPrintable(words.left(400)));
        QVERIFY2(words.contains(QStringLiteral("7,5")), qPrintable(words.left(800)));
    }

    // The demo shows every part of the process on an experiment's page: the call, the
    // admissibility checklist, the committee's means and total, the conditions and the acts.
    void theDemoShowsTheProcessOnAnExperimentsPage()
    {
        Store demo;
        QVERIFY(demo.open(testsupport::makeDemo(m_dir)));
        QSqlQuery q(demo.database());
        QVERIFY(q.exec(QStringLiteral("SELECT e.id FROM experiments e WHERE e.stage = 'authorization' AND EXISTS"
                                      " (SELECT 1 FROM conditions c WHERE c.experiment_id = e.id AND c.met_on IS NULL) ORDER BY e.code LIMIT 1")));
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        QUndoStack undo;
        ExperimentDetailPanel page(demo, &undo);
        page.resize(640, 900);
        page.show();
        page.showRecord(id);
        const QString text = page.toPlainText();
        for (const QString &expected : {QStringLiteral("Call and evaluation"), QStringLiteral("Admissibility: 6 of 6 items met."),
                                        QStringLiteral("Total: "), QStringLiteral("Conditions"), QStringLiteral("not met, blocks the next stage"),
                                        QStringLiteral("Acts"), QStringLiteral("Committee minutes"), QStringLiteral("DD ")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text.left(3000)));
        if (const QString folder = qEnvironmentVariable("CITYLAB_SCREENSHOTS"); !folder.isEmpty()) {
            page.resize(640, int(page.document()->size().height()) + 20);
            page.grab().save(QDir(folder).filePath(QStringLiteral("experiment-page.png")));
            // a screening proposal's scoring sheet, one member in conflict, as the minutes get it
            QVERIFY(q.exec(QStringLiteral("SELECT experiment_id FROM conflicts_of_interest LIMIT 1")) && q.next());
            const qint64 screened = q.value(0).toLongLong();
            q.finish();
            QString error;
            for (const QString &language : {QStringLiteral("it"), QStringLiteral("en")})
                QVERIFY2(ScoringSheet::writePdf(demo, screened, QDir(folder).filePath(QStringLiteral("scoring-sheet-%1.pdf").arg(language)),
                                                language, &error), qPrintable(error));
        }
    }
};

QTEST_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
