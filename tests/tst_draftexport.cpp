// SPDX-License-Identifier: GPL-3.0-or-later
// The letter as sent: PDF through the CLI (read back with pdftotext), ODT (a zip with the
// text) and the .eml draft for the PEC client (read back with Python's email module).
#include "drafting/draftexporter.h"
#include "drafting/officesettings.h"
#include "drafting/requestchecklist.h"
#include "store/store.h"
#include "testsupport.h"

#include <QImage>
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

    // What tests/tools/odtfacts.py reads of an ODT: the package, the page, the styles the
    // paragraphs use, the frames and the tables, one fact per line.
    static QStringList odtFacts(const QString &path)
    {
        int code = -1;
        const QString facts = run(QStringLiteral("python3"), {QStringLiteral(CITYLAB_SOURCE_DIR "/tests/tools/odtfacts.py"), path}, &code);
        if (code != 0)
            qWarning().noquote() << facts;
        return code == 0 ? facts.split(u'\n', Qt::SkipEmptyParts) : QStringList();
    }

    static QString fact(const QStringList &facts, const QString &prefix)
    {
        for (const QString &f : facts)
            if (f.startsWith(prefix))
                return f;
        return QString();
    }

    void odtThroughCli()
    {
        const QString out = m_dir.filePath(QStringLiteral("letter.odt"));
        const auto result = testsupport::runCitylab({QStringLiteral("draft"), QStringLiteral("--db"), m_path, QStringLiteral("--request"),
                                                     m_reference, QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"), out,
                                                     QStringLiteral("--lang"), QStringLiteral("it")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList facts = odtFacts(out);
        QVERIFY(!facts.isEmpty());
        QCOMPARE(fact(facts, QStringLiteral("TEXT Subject")), QStringLiteral("TEXT Subject Oggetto:\t") + m_subject);
        QVERIFY2(fact(facts, QStringLiteral("TEXT Protocol")).startsWith(QStringLiteral("TEXT Protocol Prot. n. ") + m_protocol + u'\t'),
                 qPrintable(facts.join(u'\n')));
        QCOMPARE(fact(facts, QStringLiteral("TABLE Zones")), QStringLiteral("TABLE Zones width 16.80 columns 16.80 rows %1").arg(m_zones.size() + 1));
    }

    // The ODT, opened in LibreOffice, is laid out like the PDF: A4 with the PDF's margins and
    // its footer, a rule under the letterhead, the subject hanging after "Subject:", a
    // justified body keeping its headings and lists, the logo and the zone map at their own
    // proportions. Qt's ODF writer gave none of it (tables 100 pt wide, no page setup).
    void odtLaidOutLikeThePdf()
    {
        Store store;
        QVERIFY(store.open(m_path));
        const OfficeSettings saved = OfficeSettings::load(store);
        const auto restore = qScopeGuard([&] { QVERIFY(saved.save(store)); });
        OfficeSettings office = saved;
        office.logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QImage logo(300, 200, QImage::Format_RGB32);
        logo.fill(Qt::darkRed);
        QVERIFY(logo.save(office.logoPath));
        QVERIFY(office.save(store));

        DraftExporter exporter(store, m_id, QLocale(QLocale::English, QLocale::UnitedKingdom));
        exporter.setBody(QStringLiteral("<h2>Request</h2><p>First   paragraph with <b>bold</b> and <i>italic</i> words.</p>"
                                        "<ol><li>first point</li><li>second point</li></ol><p>Last paragraph.</p>"));
        const QString path = m_dir.filePath(QStringLiteral("laid-out.odt"));
        QString error;
        QVERIFY2(exporter.write(DraftExporter::Format::Odt, path, &error), qPrintable(error));
        QVERIFY(exporter.warnings().isEmpty());
        const QStringList facts = odtFacts(path);
        const QString all = facts.join(u'\n');
        QVERIFY2(!facts.isEmpty(), "odtfacts.py could not read the file");

        // a package every ODF reader opens: "mimetype" first, stored, no extra field
        QCOMPARE(fact(facts, QStringLiteral("FIRST")), QStringLiteral("FIRST mimetype stored 0"));
        QCOMPARE(fact(facts, QStringLiteral("BADCRC")), QStringLiteral("BADCRC None"));
        QCOMPARE(fact(facts, QStringLiteral("MANIFEST")), QStringLiteral("MANIFEST ok"));
        QVERIFY2(!all.contains(QStringLiteral("undefined")), qPrintable(all));
        // the PDF's page, and its footer with the page's number and the number of pages
        QCOMPARE(fact(facts, QStringLiteral("PAGE")), QStringLiteral("PAGE 21.0 29.7 margins 1.8 2.0 1.8 2.2"));
        QVERIFY2(fact(facts, QStringLiteral("FOOTER")).startsWith(QStringLiteral("FOOTER page-number page-count ") + m_reference + QStringLiteral(" — page")),
                 qPrintable(all));
        // the letterhead's rule, the date at the right margin, the subject hanging
        QVERIFY2(fact(facts, QStringLiteral("STYLE Letterhead_20_rule")).contains(QStringLiteral("border-bottom=0.75pt solid")), qPrintable(all));
        QVERIFY2(fact(facts, QStringLiteral("STYLE Protocol")).contains(QStringLiteral("tabs=right@16.80")), qPrintable(all));
        const QRegularExpressionMatch subject = QRegularExpression(QStringLiteral("margin-left=([\\d.]+)cm .*text-indent=-([\\d.]+)cm"))
                                                    .match(fact(facts, QStringLiteral("STYLE Subject")));
        QVERIFY2(subject.hasMatch() && subject.captured(1) == subject.captured(2), qPrintable(all));
        QCOMPARE(fact(facts, QStringLiteral("TEXT Subject")), QStringLiteral("TEXT Subject Subject:\t") + m_subject);
        // a justified body that keeps what the user wrote
        QVERIFY2(fact(facts, QStringLiteral("STYLE Text_20_body")).contains(QStringLiteral("text-align=justify")), qPrintable(all));
        QVERIFY2(fact(facts, QStringLiteral("STYLE Heading_20_2 paragraphs 1 ")).contains(QStringLiteral("font-weight=bold")), qPrintable(all));
        QVERIFY2(fact(facts, QStringLiteral("STYLE Body_20_list paragraphs 2 ")).contains(QStringLiteral("text-align=justify")), qPrintable(all));
        // the pictures at their own proportions: the logo 1.7 cm high, the map as wide as the text
        const auto frame = [&](const QString &name) {
            const QStringList parts = fact(facts, QStringLiteral("FRAME ") + name + u' ').split(u' ');
            return parts.size() >= 4 ? QSizeF(parts.at(parts.size() - 3).toDouble(), parts.at(parts.size() - 2).toDouble()) : QSizeF();
        };
        QCOMPARE(frame(QStringLiteral("Logo")), QSizeF(2.55, 1.70));
        const QSizeF map = frame(QStringLiteral("Zone map"));
        QCOMPARE(map.width(), 16.8);
        QVERIFY2(std::abs(map.width() / map.height() - 1860.0 / 1320.0) < 0.01, qPrintable(all));
        QCOMPARE(fact(facts, QStringLiteral("TABLE Letterhead")).left(39), QStringLiteral("TABLE Letterhead width 16.80 columns 16"));
        QVERIFY2(fact(facts, QStringLiteral("TABLE Letterhead")).contains(QStringLiteral("columns 16.80")), qPrintable(all));
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
