// SPDX-License-Identifier: GPL-3.0-or-later
// The letter as sent: PDF through the CLI (read back with pdftotext), ODT (a zip with the
// text) and the .eml draft for the PEC client (read back with Python's email module).
#include "drafting/draftexporter.h"
#include "drafting/officesettings.h"
#include "drafting/requestchecklist.h"
#include "store/store.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <cmath>

using namespace citylab;

class TestDraftExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_id = -1;
    QString m_reference, m_protocol, m_subject, m_authority, m_pec;
    QStringList m_zones;

    static QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(program, arguments);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings();
        m_path = testsupport::makeDemo(m_dir);
        Store store;
        QVERIFY(store.open(m_path));
        OfficeSettings office;
        office.name = QStringLiteral("Città di Torino — Area Innovazione");
        office.address = QStringLiteral("Via Meucci 4, 10121 Torino");
        office.city = QStringLiteral("Torino");
        office.pec = QStringLiteral("innovazione@cert.comune.torino.it");
        office.signatoryName = QStringLiteral("Ing. Maria Bianchi");
        office.signatoryRole = QStringLiteral("La Dirigente");
        QVERIFY2(office.save(store), qPrintable(store.errorString()));
        // a request with zones, a protocol number and a PEC address
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT r.id, r.reference, r.protocol_number, r.subject, o.name, o.pec FROM regulatory_requests r"
            " JOIN organizations o ON o.id = r.authority_id WHERE r.protocol_number IS NOT NULL AND o.pec IS NOT NULL"
            " AND (SELECT count(*) FROM zones z WHERE z.experiment_id = r.experiment_id) >= 2 ORDER BY r.id LIMIT 1")));
        QVERIFY(q.next());
        m_id = q.value(0).toLongLong();
        m_reference = q.value(1).toString();
        m_protocol = q.value(2).toString();
        m_subject = q.value(3).toString();
        m_authority = q.value(4).toString();
        m_pec = q.value(5).toString();
        q.finish(); // reads end before a write, as in the application
        // no body: the default template of the kind is used
        QVERIFY(store.update(QStringLiteral("regulatory_requests"), m_id, {{QStringLiteral("body"), QVariant()}}));
        for (const DraftZone &z : DraftContext::load(store, m_id).zones)
            m_zones << z.name;
        QFile file(m_dir.filePath(QStringLiteral("polizza assicurativa.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 polizza\n");
        file.close();
        QString error;
        QVERIFY2(RequestChecklist::attach(store, m_id, QStringLiteral("insurance_policy"), file.fileName(), &error) > 0, qPrintable(error));
    }

    void pdfThroughCli()
    {
        const QString out = m_dir.filePath(QStringLiteral("letter.pdf"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_protocol, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                                                     QStringLiteral("--lang"), QStringLiteral("it")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).simplified();
        QVERIFY2(text.contains(m_authority.simplified().left(20)), qPrintable(text.left(2000)));
        QVERIFY(text.contains(m_subject.simplified().left(30)));
        QVERIFY(text.contains(m_protocol));
        for (const QString &zone : std::as_const(m_zones))
            QVERIFY2(text.contains(zone), qPrintable(zone));
        QVERIFY(!text.contains(QStringLiteral("{{")));
    }

    // The body's enclosures and the list at the foot are one list; zones name their district
    // once ("circoscrizione Circoscrizione 8" said it twice).
    void enclosuresAgreeAndDistrictsReadOnce()
    {
        const QString out = m_dir.filePath(QStringLiteral("enclosures.pdf"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("it")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}).simplified();
        QCOMPARE(text.count(QStringLiteral("polizza assicurativa.pdf")), 2);   // in the body and under Allegati
        QVERIFY(!text.contains(QStringLiteral("circoscrizione Circoscrizione"), Qt::CaseInsensitive));
    }

    // However long the text, the list of enclosures never stands alone on the letter's last
    // page: the signature goes over with it.
    void enclosuresNeverAloneOnAPage()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const QLocale english(QLocale::English, QLocale::UnitedKingdom);
        QString paragraphs;
        int alone = 0;
        for (int n = 0; n < 24; ++n) {
            paragraphs += QStringLiteral("<p>Paragrafo %1 della relazione tecnica, con le misure di sicurezza previste.</p>").arg(n);
            DraftExporter exporter(store, m_id, english);
            exporter.setBody(paragraphs);
            const QString path = m_dir.filePath(QStringLiteral("long-%1.pdf").arg(n));
            QString error;
            QVERIFY2(exporter.write(DraftExporter::Format::Pdf, path, &error), qPrintable(error));
            const QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).split(u'\f');
            for (const QString &page : pages) {
                // the list under the page's last line, or the list's title with nothing under it
                const QStringList lines = page.trimmed().split(u'\n');
                alone += lines.first().trimmed() == QLatin1String("Enclosures:") || lines.first().trimmed().startsWith(u'–')
                             || (lines.size() > 1 && lines.at(lines.size() - 2).trimmed() == QLatin1String("Enclosures:"))
                             || page.trimmed().startsWith(QStringLiteral("Enclosures:"));
            }
        }
        QCOMPARE(alone, 0);
    }

    // The text layer of a letter reads as its words: no ligature characters ("ﬁrmato",
    // "Oﬀicer" broke copying and searching archived letters).
    void pdfTextHasNoLigatures()
    {
        Store store;
        QVERIFY(store.open(m_path));
        QString paragraphs;
        for (int n = 0; n < 12; ++n)
            paragraphs += QStringLiteral("<p>Paragrafo %1: il firmatario ufficiale affida le verifiche all'officina.</p>").arg(n);
        DraftExporter exporter(store, m_id, QLocale(QLocale::English, QLocale::UnitedKingdom));
        exporter.setBody(paragraphs);
        const QString path = m_dir.filePath(QStringLiteral("ligatures.pdf"));
        QString error;
        QVERIFY2(exporter.write(DraftExporter::Format::Pdf, path, &error), qPrintable(error));
        const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature)
            QVERIFY2(!text.contains(QChar(ligature)), qPrintable(QStringLiteral("U+%1 in the text").arg(int(ligature), 4, 16)));
        QVERIFY(text.contains(QStringLiteral("Officer in charge")));
        QVERIFY(text.contains(QStringLiteral("firmatario ufficiale affida le verifiche all'officina")));
    }

    // For the archive of public acts: --format pdfa writes PDF/A-1b and says so in its XMP.
    void pdfaForTheArchive()
    {
        const QString out = m_dir.filePath(QStringLiteral("archive.pdf"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--format"), QStringLiteral("pdfa"), QStringLiteral("--out"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.contains("pdfaid:part>1<") || pdf.contains("pdfaid:part=\"1\""));
        QVERIFY(pdf.contains("pdfaid:conformance>B<") || pdf.contains("pdfaid:conformance=\"B\""));
        QVERIFY(pdf.contains("/OutputIntents"));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.contains(m_protocol));
    }

    // No line twice in a letter's text: a paragraph running over a page break had its first
    // lines drawn again, hidden, on the next page.
    void pdfTextHasEveryLineOnce()
    {
        Store store;
        QVERIFY(store.open(m_path));
        QString paragraphs;
        for (int n = 0; n < 48; ++n) {
            paragraphs += QStringLiteral("<p>Paragrafo %1: il firmatario affida le verifiche al laboratorio%2.</p>")
                              .arg(n)
                              .arg(n % 2 ? QStringLiteral(", che ne riferisce per iscritto entro trenta giorni dalla fine di "
                                                          "ogni fase della sperimentazione, con le misure prese e i dati raccolti "
                                                          "nelle zone autorizzate, secondo il piano di monitoraggio allegato")
                                         : QString());
            if (n < 12 || n % 2)
                continue;
            DraftExporter exporter(store, m_id, QLocale(QLocale::English, QLocale::UnitedKingdom));
            exporter.setBody(paragraphs);
            const QString path = m_dir.filePath(QStringLiteral("lines-%1.pdf").arg(n));
            QString error;
            QVERIFY2(exporter.write(DraftExporter::Format::Pdf, path, &error), qPrintable(error));
            const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
            for (int k = 0; k <= n; ++k)
                QVERIFY2(text.count(QStringLiteral("Paragrafo %1:").arg(k)) == 1, qPrintable(QStringLiteral("%1 of %2").arg(k).arg(n)));
            QCOMPARE(text.count(QStringLiteral("secondo il piano di")), n / 2);
        }
    }

    void missingValuesAreMarkedAndReported()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const QVariant legalBasis = store.record(QStringLiteral("regulatory_requests"), m_id).value(QStringLiteral("legal_basis"));
        QVERIFY(store.update(QStringLiteral("regulatory_requests"), m_id, {{QStringLiteral("legal_basis"), QVariant()}}));
        store.close();
        const auto restore = qScopeGuard([&] {
            Store again;
            QVERIFY(again.open(m_path));
            QVERIFY(again.update(QStringLiteral("regulatory_requests"), m_id, {{QStringLiteral("legal_basis"), legalBasis}}));
        });
        const QString out = m_dir.filePath(QStringLiteral("missing.pdf"));
        // not written unless asked: the letter is meant to be sent
        const auto refused = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                      m_reference, QStringLiteral("--out"), out});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("{{legal_basis}}")) && refused.err.contains(QStringLiteral("--allow-missing")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(out));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--out"), out, QStringLiteral("--allow-missing")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QStringLiteral("{{legal_basis}}")), qPrintable(result.err));
        const QString text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(!text.contains(QStringLiteral("{{")));
        QVERIFY2(text.contains(QStringLiteral("legal basis]")), qPrintable(text.left(3000)));
    }

    void badReferenceAndReadOnlyPath()
    {
        auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                               QStringLiteral("RR-1999-9999"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("RR-1999-9999")));
        result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"), m_reference,
                                          QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--out"), QStringLiteral("x")});
        QCOMPARE(result.exitCode, 2);
        // a path under a plain file cannot be written, even by root: the message names it
        const QString underFile = m_path + QStringLiteral("/letter.pdf");
        result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"), m_reference,
                                          QStringLiteral("--out"), underFile});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(underFile), qPrintable(result.err));
        // a folder that cannot be written: clear message, the old file untouched
        QDir(m_dir.path()).mkdir(QStringLiteral("locked"));
        const QString kept = m_dir.filePath(QStringLiteral("locked/letter.pdf"));
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old letter");
        old.close();
        QFile::setPermissions(m_dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::ExeOwner);
        result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"), m_reference,
                                          QStringLiteral("--out"), kept});
        QFile::setPermissions(m_dir.filePath(QStringLiteral("locked")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (result.exitCode == 0)
            QSKIP("running as root: the folder stays writable");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(kept), qPrintable(result.err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old letter"));
    }

    void odtIsZipWithSubject()
    {
        const QString out = m_dir.filePath(QStringLiteral("letter.odt"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        int code = -1;
        const QString xml = run(QStringLiteral("python3"),
                                {QStringLiteral("-c"), QStringLiteral("import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]);"
                                                                      " print(z.read('mimetype').decode()); print(z.read('content.xml').decode())"),
                                 out},
                                &code);
        QVERIFY2(code == 0, qPrintable(xml));
        QVERIFY(xml.startsWith(QStringLiteral("application/vnd.oasis.opendocument.text")));
        QVERIFY(xml.contains(m_subject.toHtmlEscaped().left(30)));
        QVERIFY(!xml.contains(QStringLiteral("{{")));
        // the zone map's frame keeps the picture's proportions (1860 x 1320): it was
        // 465 x 990 pt, and LibreOffice drew the map three times too tall
        const QRegularExpressionMatch frame = QRegularExpression(QStringLiteral(
            "<draw:frame draw:name=\"citylab-map:zones\" svg:width=\"([\\d.]+)pt\" svg:height=\"([\\d.]+)pt\"")).match(xml);
        QVERIFY2(frame.hasMatch(), qPrintable(xml.left(400)));
        const double ratio = frame.captured(1).toDouble() / frame.captured(2).toDouble();
        QVERIFY2(std::abs(ratio - 1860.0 / 1320.0) < 0.01, qPrintable(frame.captured(0)));
    }

    void emlForPecClient()
    {
        const QString out = m_dir.filePath(QStringLiteral("letter.eml"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--format"), QStringLiteral("eml"), QStringLiteral("--out"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        int code = -1;
        const QString parsed = run(QStringLiteral("python3"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("import sys, email, email.policy\n"
                                                   "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)\n"
                                                   "print('TO', m['To'].addresses[0].addr_spec)\n"
                                                   "print('FROM', m['From'].addresses[0].addr_spec)\n"
                                                   "print('SUBJECT', str(m['Subject']))\n"
                                                   "for p in m.iter_attachments(): print('ATT', p.get_content_type(), p.get_filename(), len(p.get_content()))\n"
                                                   "print('TEXT', m.get_body(('plain',)).get_content()[:200].replace('\\n', ' '))\n"),
                                    out},
                                   &code);
        QVERIFY2(code == 0, qPrintable(parsed));
        QVERIFY2(parsed.contains(QStringLiteral("TO ") + m_pec), qPrintable(parsed));
        QVERIFY(parsed.contains(QStringLiteral("FROM innovazione@cert.comune.torino.it")));
        QVERIFY2(parsed.contains(QStringLiteral("SUBJECT ") + m_subject), qPrintable(parsed));
        QVERIFY(parsed.contains(QStringLiteral("ATT application/pdf ") + m_reference + QStringLiteral(".pdf")));
        QVERIFY2(parsed.contains(QStringLiteral("polizza assicurativa.pdf 17")), qPrintable(parsed));
    }

    // An authority's name with a comma, quotes and accents, and a long subject: one
    // recipient with that name, the subject whole, a Message-ID and a Date, read by Python's
    // email parser in its strict policy; no header line longer than 78 characters.
    void emlHeadersAStrictParserAccepts()
    {
        const QString authority = QStringLiteral("Regione Piemonte, Direzione Trasporti \"Sud\" – Città di Novara, Settore "
                                                 "Infrastrutture, Mobilità sostenibile e Sicurezza stradale; Ufficio "
                                                 "autorizzazioni per sperimentazioni di veicoli a guida autonoma e droni");
        const QString subject = QStringLiteral("Richiesta di autorizzazione per la sperimentazione di droni sull'area di Porta Nuova, "
                                               "con deroga all'art. 36: sorvoli in orario notturno, quote fino a 120 m e "
                                               "consegne sanitarie tra la Città della Salute e l’ospedale Maria Vittoria – è urgente");
        QVERIFY(subject.size() > 200);
        QVERIFY(authority.size() >= 200);
        QString previousName, previousSubject;
        {
            Store store;
            QVERIFY(store.open(m_path));
            const QVariantMap request = store.record(QStringLiteral("regulatory_requests"), m_id);
            const qint64 authorityId = request.value(QStringLiteral("authority_id")).toLongLong();
            previousName = store.record(QStringLiteral("organizations"), authorityId).value(QStringLiteral("name")).toString();
            previousSubject = request.value(QStringLiteral("subject")).toString();
            QVERIFY(store.update(QStringLiteral("organizations"), authorityId, {{QStringLiteral("name"), authority}}));
            QVERIFY(store.update(QStringLiteral("regulatory_requests"), m_id, {{QStringLiteral("subject"), subject}}));
        }
        const auto restore = qScopeGuard([&] {
            Store store;
            QVERIFY(store.open(m_path));
            const qint64 authorityId = store.record(QStringLiteral("regulatory_requests"), m_id).value(QStringLiteral("authority_id")).toLongLong();
            QVERIFY(store.update(QStringLiteral("organizations"), authorityId, {{QStringLiteral("name"), previousName}}));
            QVERIFY(store.update(QStringLiteral("regulatory_requests"), m_id, {{QStringLiteral("subject"), previousSubject}}));
        });
        const QString out = m_dir.filePath(QStringLiteral("strict.eml"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--format"), QStringLiteral("eml"), QStringLiteral("--out"), out});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        int code = -1;
        const QString parsed = run(QStringLiteral("python3"),
                                   {QStringLiteral("-c"),
                                    QStringLiteral("import sys, json, email, email.policy\n"
                                                   "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.strict)\n"
                                                   "to = m['To'].addresses\n"
                                                   "print(json.dumps({'count': len(to), 'name': to[0].display_name, 'address': to[0].addr_spec,\n"
                                                   "  'subject': str(m['Subject']), 'id': str(m['Message-ID']), 'date': str(m['Date']),\n"
                                                   "  'defects': sum(len(m[h].defects) for h in ('To', 'From', 'Subject'))}))\n"),
                                    out},
                                   &code);
        QVERIFY2(code == 0, qPrintable(parsed));
        const QJsonObject headers = QJsonDocument::fromJson(parsed.toUtf8()).object();
        QCOMPARE(headers.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(headers.value(QLatin1String("name")).toString(), authority);
        QCOMPARE(headers.value(QLatin1String("address")).toString(), m_pec);
        QCOMPARE(headers.value(QLatin1String("subject")).toString(), subject);
        QVERIFY2(headers.value(QLatin1String("id")).toString().contains(QLatin1String("@cert.comune.torino.it>")), qPrintable(parsed));
        QVERIFY(!headers.value(QLatin1String("date")).toString().isEmpty());
        QCOMPARE(headers.value(QLatin1String("defects")).toInt(), 0);

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray message = file.readAll();
        const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n'))
            QVERIFY2(line.trimmed().size() <= 78, line.constData());
    }

    void missingLogoIsNamed()
    {
        Store store;
        QVERIFY(store.open(m_path));
        OfficeSettings office = OfficeSettings::load(store);
        office.logoPath = m_dir.filePath(QStringLiteral("stemma.png"));
        QVERIFY(office.save(store));
        DraftExporter exporter(store, m_id);
        QVERIFY(!exporter.pdf().isEmpty());
        QCOMPARE(exporter.warnings().size(), 1);
        QVERIFY(exporter.warnings().first().contains(office.logoPath));
    }
};

QTEST_MAIN(TestDraftExport)
#include "tst_draftexport.moc"
