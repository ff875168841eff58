// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftexporter.h"

#include "mailheaders.h"

#include "store/opendatabases.h"
#include "lettertemplates.h"
#include "odtletterwriter.h"
#include "zonemappainter.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>
#include <QTimeZone>

namespace citylab {

namespace {

// A letter's fonts draw "fi", "ff" and "ffi" as separate letters: ligature glyphs went into
// the PDF's text layer as U+FB00-U+FB06, so copying the text or searching the archived
// letter for "firmato" or "Officer" failed.
QFont letterFont(const QString &family, double points)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setFeature(QFont::Tag("liga"), 0);
    font.setFeature(QFont::Tag("clig"), 0);
    return font;
}


const QSize mapImageSize(1860, 1320);   // the zone map appendix's picture, in pixels
const QUrl logoUrl(QStringLiteral("citylab-logo:office"));
const QUrl mapUrl(QStringLiteral("citylab-map:zones"));

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray filenameParameter(const QString &name)
{
    // RFC 2231 for names with accents; plain quoted names otherwise
    bool ascii = true;
    for (QChar c : name)
        ascii = ascii && c.unicode() < 128 && c != u'"';
    if (ascii)
        return "filename=\"" + name.toLatin1() + '"';
    return "filename*=UTF-8''" + name.toUtf8().toPercentEncoding();
}

} // namespace

DraftExporter::DraftExporter(const Store &store, qint64 requestId, const QLocale &locale, const QDate &today)
    : m_store(store)
    , m_locale(locale)
    , m_context(DraftContext::load(store, requestId, locale, today))
{
}

QString DraftExporter::body() const
{
    if (!m_body.isEmpty())
        return m_body;
    if (!m_context.body.trimmed().isEmpty())
        return m_context.body;
    const QString language = m_locale.language() == QLocale::Italian ? QStringLiteral("it") : QStringLiteral("en");
    return LetterTemplates::defaultFor(m_store, m_context.kind, m_context.authorityId, language, m_context.experimentDomain).body;
}

QStringList DraftExporter::unfilled()
{
    letterHtml(false);
    return m_missing;
}

QString DraftExporter::mergedBody()
{
    m_missing.clear();
    return PlaceholderMerge::merge(body(), m_context.values, PlaceholderMerge::Mode::Export, &m_missing);
}

QList<QStringList> DraftExporter::zoneRows() const
{
    QList<QStringList> rows;
    for (const DraftZone &z : m_context.zones) {
        const QString window = z.activeFrom.isValid() && z.activeTo.isValid()
                                   ? tr("%1 – %2").arg(DraftContext::longDate(z.activeFrom, m_locale), DraftContext::longDate(z.activeTo, m_locale))
                                   : QString();
        rows.append({z.name, z.district, z.areaM2 > 0 ? tr("%1 m²").arg(m_locale.toString(qRound64(z.areaM2))) : QString(), window});
    }
    return rows;
}

QStringList DraftExporter::zoneHeaders()
{
    return {QStringLiteral("#"), tr("Zone"), tr("District"), tr("Area"), tr("Active")};
}

QString DraftExporter::zoneListHtml() const
{
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=3 border=1 style=\"border-collapse:collapse; border-color:#999\" width=\"100%\"><tr>");
    for (const QString &header : zoneHeaders())
        html += QStringLiteral("<th>") + esc(header) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    const QList<QStringList> rows = zoneRows();
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        html += QStringLiteral("<tr><td align=center><b><span style=\"color:%1\">%2</span></b></td><td>%3</td><td>%4</td><td align=right>%5</td><td>%6</td></tr>")
                    .arg(ZoneMapPainter::colour(i).name())
                    .arg(i + 1)
                    .arg(esc(row.at(0)), esc(row.at(1)), esc(row.at(2)), esc(row.at(3)));
    }
    return html + QStringLiteral("</table>");
}

QImage DraftExporter::readLogo()
{
    const QString path = m_context.office.logoPath;
    if (path.isEmpty())
        return {};
    // the store itself is never read as a picture: its locks would go (DESIGN.md)
    const QImage image = OpenDatabases::contains(path) ? QImage() : QImageReader(path).read();
    if (image.isNull())
        m_warnings << tr("The logo file %1 cannot be read (%2): the letter has no logo.")
                          .arg(QDir::toNativeSeparators(path), QFileInfo::exists(path) ? tr("not an image") : tr("no such file"));
    return image;
}

QString DraftExporter::officeName() const
{
    const QString name = m_context.office.name;
    return name.isEmpty() ? PlaceholderMerge::missingMarker(QStringLiteral("office.name")) : name;
}

QString DraftExporter::protocolText() const
{
    return m_context.protocolNumber.isEmpty() ? tr("Prot. n. ________") : tr("Prot. n. %1").arg(m_context.protocolNumber);
}

QString DraftExporter::placeAndDate() const
{
    const QString place = m_context.office.city.isEmpty() ? QString() : m_context.office.city + QStringLiteral(", ");
    // a submitted letter keeps the date it was sent; a draft carries today's
    const QString submitted = m_context.values.text.value(QStringLiteral("submitted_on"));
    return place + (submitted.isEmpty() ? m_context.values.text.value(QStringLiteral("today")) : submitted);
}

QString DraftExporter::addresseeDetail()
{
    if (!m_context.authorityPec.isEmpty())
        return tr("by PEC: %1").arg(m_context.authorityPec);
    if (!m_missing.contains(QStringLiteral("authority.pec")))
        m_missing << QStringLiteral("authority.pec");
    return PlaceholderMerge::missingMarker(QStringLiteral("authority.pec"));
}

QString DraftExporter::signatoryRole() const
{
    return m_context.office.signatoryRole.isEmpty() ? tr("The Head of Office") : m_context.office.signatoryRole;
}

QString DraftExporter::signatoryName() const
{
    const QString officer = m_context.values.text.value(QStringLiteral("officer"));
    const QString name = m_context.office.signatoryName.isEmpty() ? officer : m_context.office.signatoryName;
    return name.isEmpty() ? PlaceholderMerge::missingMarker(QStringLiteral("signatory.name")) : name;
}

QString DraftExporter::officerLine() const
{
    const QString officer = m_context.values.text.value(QStringLiteral("officer"));
    return officer.isEmpty() || officer == signatoryName() ? QString() : tr("Officer in charge: %1").arg(officer);
}

QString DraftExporter::appendixCaption() const
{
    return tr("Experiment %1: %n zone(s).", nullptr, int(m_context.zones.size())).arg(m_context.values.text.value(QStringLiteral("experiment.code")));
}

QString DraftExporter::letterHtml(bool withMapImage)
{
    const QString merged = mergedBody();
    const OfficeSettings &office = m_context.office;
    m_warnings.clear();
    m_logo = readLogo();
    QString html = QStringLiteral("<html><body style=\"font-size:11pt\">");
    // letterhead
    html += QStringLiteral("<table width=\"100%\" cellspacing=0 cellpadding=0><tr>");
    if (!m_logo.isNull())
        html += QStringLiteral("<td width=\"80\" valign=middle><img src=\"%1\" height=\"64\"></td>").arg(logoUrl.toString());
    html += QStringLiteral("<td valign=middle><span style=\"font-size:14pt\"><b>%1</b></span><br/>"
                           "<span style=\"font-size:9pt; color:#444\">%2%3</span></td></tr></table>")
                .arg(esc(officeName()), esc(office.address),
                     office.pec.isEmpty() ? QString() : QStringLiteral("<br/>PEC: ") + esc(office.pec));
    html += QStringLiteral("<hr/>");
    // protocol on the left, place and date on the right
    html += QStringLiteral("<table width=\"100%\" cellspacing=0 cellpadding=0><tr><td>%1</td><td align=right>%2</td></tr></table>")
                .arg(esc(protocolText()), esc(placeAndDate()));
    html += QStringLiteral("<p style=\"margin-top:12pt\">%1</p>").arg(esc(tr("Ref. %1").arg(m_context.reference)));
    // addressee, on the right as Italian letters place it
    const bool pecMissing = m_context.authorityPec.isEmpty();
    const QString detail = esc(addresseeDetail());
    html += QStringLiteral("<table width=\"100%\" cellspacing=0 cellpadding=0 style=\"margin-top:6pt\"><tr><td width=\"45%\"></td><td>"
                           "%1<br/><b>%2</b><br/><span style=\"font-size:9pt; white-space:nowrap\">%3</span></td></tr></table>")
                .arg(esc(tr("To")), esc(m_context.authorityName), pecMissing ? QStringLiteral("<b>%1</b>").arg(detail) : detail);
    // the subject hangs after its label, as on Italian letters
    html += QStringLiteral("<table width=\"100%\" cellspacing=0 cellpadding=0 style=\"margin-top:18pt\"><tr><td width=\"80\" align=left nowrap><b>%1</b></td>"
                           "<td align=left><b>%2</b></td></tr></table>")
                .arg(esc(tr("Subject:")), esc(m_context.subject));
    html += QStringLiteral("<div style=\"margin-top:12pt\">") + merged + QStringLiteral("</div>");
    // signature block; QTextDocument ignores a table's margins: an empty paragraph keeps the
    // signature off the body
    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\"><tr><td width=\"55%\"></td><td align=center>"
                           "%1<br/><b>%2</b><br/><span style=\"font-size:8pt; color:#555\">%3</span></td></tr></table>")
                .arg(esc(signatoryRole()), esc(signatoryName()), esc(signatureNote()));
    if (const QString officer = officerLine(); !officer.isEmpty())
        html += QStringLiteral("<p style=\"font-size:9pt\">%1</p>").arg(esc(officer));
    // enclosures
    const QStringList enclosures = m_context.values.lists.value(QStringLiteral("enclosures"));
    if (!enclosures.isEmpty()) {
        html += QStringLiteral("<p style=\"font-size:9pt; margin-top:12pt\"><b>%1</b><br/>").arg(esc(tr("Enclosures:")));
        for (const QString &e : enclosures)
            html += QStringLiteral("– ") + esc(e) + QStringLiteral("<br/>");
        html += QStringLiteral("</p>");
    }
    if (withMapImage && !m_context.zones.isEmpty()) {
        html += QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Appendix — Zone map")));
        html += QStringLiteral("<p>%1</p>").arg(esc(appendixCaption()));
        html += QStringLiteral("<p align=center><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                    .arg(mapUrl.toString())
                    .arg(mapImageSize.width() / 3)
                    .arg(mapImageSize.height() / 3);
        html += zoneListHtml();
    }
    return html + QStringLiteral("</body></html>");
}

QString DraftExporter::signatureNote()
{
    return tr("Document signed digitally under Legislative Decree 82/2005");
}

void DraftExporter::prepare(QTextDocument &document, bool withMapImage)
{
    document.setDefaultFont(letterFont(QStringLiteral("DejaVu Serif"), 11));
    const QString html = letterHtml(withMapImage);
    if (!m_logo.isNull())
        document.addResource(QTextDocument::ImageResource, logoUrl, m_logo);
    if (withMapImage && !m_context.zones.isEmpty())
        document.addResource(QTextDocument::ImageResource, mapUrl, ZoneMapPainter(m_context.zones).image(mapImageSize));
    document.setHtml(html);
    // Italian administrative letters are justified; cells that say otherwise keep their alignment
    QTextOption option = document.defaultTextOption();
    option.setAlignment(Qt::AlignJustify);
    document.setDefaultTextOption(option);
    // ...but a justified heading of two lines opens wide gaps between its few words
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && !block.blockFormat().hasProperty(QTextFormat::BlockAlignment)) {
            QTextBlockFormat format;
            format.setAlignment(Qt::AlignLeft);
            QTextCursor(block).mergeBlockFormat(format);
        }
    }
}

void DraftExporter::splitParagraphsAtPageBreaks(QTextDocument &document)
{
    // QTextDocument hands a paragraph that runs over a page break whole to both pages'
    // drawing, and the clip hides its lines from the other page only on screen: the PDF's
    // text layer had them twice. A paragraph is split where the page breaks, the second part
    // without space above, so that each lies on one page.
    const double height = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (int guard = 0; guard < 500; ++guard) {
        bool split = false;
        for (QTextBlock block = document.begin(); block.isValid() && !split; block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() < 2)
                continue;
            const double top = layout->blockBoundingRect(block).top();
            const int firstPage = int((top + lines->lineAt(0).rect().top()) / height);
            for (int k = 1; k < lines->lineCount() && !split; ++k) {
                if (int((top + lines->lineAt(k).rect().top()) / height) == firstPage)
                    continue;
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + lines->lineAt(k).textStart());
                // the space QTextLayout ended the line with goes, or the new paragraph starts with it
                if (cursor.position() > block.position() && document.characterAt(cursor.position() - 1).isSpace())
                    cursor.deletePreviousChar();
                cursor.insertBlock();
                QTextBlockFormat tight;
                tight.setTopMargin(0);
                cursor.mergeBlockFormat(tight);
                split = true;
            }
        }
        if (!split)
            return;
    }
}

void DraftExporter::keepEnclosuresWithSignature(QTextDocument &document) const
{
    // A last page holding only "Enclosures:" reads as if the letter went on: when the list
    // starts a page of its own, the signature goes over with it.
    const double height = document.pageSize().height();
    QTextBlock enclosures;
    for (QTextBlock block = document.lastBlock(); block.isValid() && !enclosures.isValid(); block = block.previous())
        if (block.text().startsWith(tr("Enclosures:")))
            enclosures = block;
    if (!enclosures.isValid() || height <= 0)
        return;
    // It starts a page of its own, or is cut by a page's end (the layout does not keep a
    // paragraph whole): either way "Enclosures:" ends up apart from the letter.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QRectF rect = layout->blockBoundingRect(enclosures);
    const int first = int(rect.top() / height), last = int((rect.bottom() - 1) / height);
    const QTextBlock before = enclosures.previous();
    const bool startsPage = first > 0 && before.isValid() && int(layout->blockBoundingRect(before).bottom() / height) < first;
    if (!startsPage && first == last)
        return;
    QTextTable *signature = nullptr;
    for (QTextFrame *frame : document.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame); table && table->lastPosition() < enclosures.position())
            signature = table;
    if (!signature)
        return;
    QTextTableFormat format = signature->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    signature->setFormat(format);
}

QByteArray DraftExporter::pdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    if (m_archival)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(22, 18, 20, 18), QPageLayout::Millimeter);
    writer.setTitle(m_context.subject);
    writer.setCreator(QStringLiteral("CityLab"));
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    prepare(document, false);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    const double footer = writer.resolution() * 0.35;
    document.setPageSize(QSizeF(page.width(), page.height() - footer));
    keepEnclosuresWithSignature(document);
    splitParagraphsAtPageBreaks(document);
    const int pages = document.pageCount();
    const bool appendix = !m_context.zones.isEmpty();
    const int total = pages + (appendix ? 1 : 0);
    QPainter painter(&writer);
    QFont small = letterFont(QStringLiteral("DejaVu Sans"), 8);
    const auto pageFooter = [&](int number) {
        painter.setFont(small);
        painter.setPen(QColor(0x555555));
        painter.drawText(QRectF(0, page.height() - footer * 0.8, page.width(), footer * 0.8), Qt::AlignRight | Qt::AlignBottom,
                         tr("%1 — page %2 of %3").arg(m_context.reference).arg(number).arg(total));
    };
    const double height = document.pageSize().height();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * height);
        document.drawContents(&painter, QRectF(0, i * height, page.width(), height));
        painter.restore();
        pageFooter(i + 1);
    }
    if (appendix) {
        writer.newPage();
        QFont title = letterFont(QStringLiteral("DejaVu Serif"), 14);
        title.setBold(true);
        painter.setFont(title);
        painter.setPen(Qt::black);
        const double line = writer.resolution() * 0.3;
        painter.drawText(QRectF(0, 0, page.width(), line * 1.4), Qt::AlignLeft | Qt::AlignVCenter, tr("Appendix — Zone map"));
        QFont body = letterFont(QStringLiteral("DejaVu Serif"), 10);
        painter.setFont(body);
        painter.drawText(QRectF(0, line * 1.4, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         appendixCaption());
        const QRectF mapArea(0, line * 2.7, page.width(), page.width() * 0.72);
        ZoneMapPainter(m_context.zones).paint(painter, mapArea);
        // the list of zones under the map, through a small document so that it wraps
        QTextDocument list;
        list.documentLayout()->setPaintDevice(&writer);
        QFont listFont = letterFont(QStringLiteral("DejaVu Serif"), 9);
        list.setDefaultFont(listFont);
        list.setHtml(zoneListHtml());
        list.setTextWidth(page.width());
        painter.save();
        painter.translate(0, mapArea.bottom() + line * 0.6);
        list.drawContents(&painter, QRectF(0, 0, page.width(), page.height() - footer - mapArea.bottom() - line * 0.6));
        painter.restore();
        pageFooter(total);
    }
    painter.end();
    return bytes;
}

QByteArray DraftExporter::odt()
{
    const QString merged = mergedBody();
    m_warnings.clear();
    const OfficeSettings &office = m_context.office;
    OdtLetterWriter writer(m_locale);
    writer.setTitle(m_context.subject);
    writer.setFooter(tr("%1 — page %2 of %3"), m_context.reference);
    QStringList details;
    if (!office.address.isEmpty())
        details << office.address;
    if (!office.pec.isEmpty())
        details << QStringLiteral("PEC: ") + office.pec;
    writer.addLetterhead(officeName(), details, readLogo());
    writer.addDateLine(protocolText(), placeAndDate());
    writer.addReference(tr("Ref. %1").arg(m_context.reference));
    const bool pecMissing = m_context.authorityPec.isEmpty();
    writer.addAddressee(tr("To"), m_context.authorityName, addresseeDetail(), pecMissing);
    writer.addSubject(tr("Subject:"), m_context.subject);
    QTextDocument body;
    body.setHtml(merged);
    writer.addBody(body);
    writer.addSignature(signatoryRole(), signatoryName(), signatureNote());
    if (const QString officer = officerLine(); !officer.isEmpty())
        writer.addNote(officer);
    const QStringList enclosures = m_context.values.lists.value(QStringLiteral("enclosures"));
    if (!enclosures.isEmpty())
        writer.addEnclosures(tr("Enclosures:"), enclosures);
    if (!m_context.zones.isEmpty()) {
        QList<OdtLetterWriter::ZoneRow> rows;
        const QList<QStringList> cells = zoneRows();
        for (int i = 0; i < cells.size(); ++i)
            rows.append({ZoneMapPainter::colour(i), cells.at(i)});
        writer.addAppendix(tr("Appendix — Zone map"), appendixCaption(), ZoneMapPainter(m_context.zones).image(mapImageSize),
                           zoneHeaders(), rows);
    }
    return writer.package();
}

QByteArray DraftExporter::eml(const QByteArray &pdf)
{
    QTextDocument document;
    document.setHtml(mergedBody());
    const QString boundary = QStringLiteral("citylab-") + Store::newUuid().remove(u'-').left(24);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray out;
    out += MailHeaders::mailbox("From", m_context.office.name, m_context.office.pec);
    out += MailHeaders::mailbox("To", m_context.authorityName, m_context.authorityPec);
    out += MailHeaders::text("Subject", m_context.subject);
    out += "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000\r\n";
    out += "Message-ID: " + MailHeaders::messageId(m_context.office.pec) + "\r\n";
    out += "X-Unsent: 1\r\n";   // opens as a draft to send, in Thunderbird and Outlook
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary.toLatin1() + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    const auto part = [&](const QByteArray &headers, const QByteArray &data) {
        out += "--" + boundary.toLatin1() + "\r\n" + headers + "Content-Transfer-Encoding: base64\r\n\r\n" + base64Lines(data);
    };
    QString text = tr("Subject: %1").arg(m_context.subject) + QStringLiteral("\n\n") + document.toPlainText()
                   + QStringLiteral("\n\n") + tr("The signed letter is attached as PDF.") + u'\n';
    text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    part("Content-Type: text/plain; charset=UTF-8\r\n", text.toUtf8());
    part("Content-Type: application/pdf; name=\"" + suggestedFileName(Format::Pdf).toLatin1() + "\"\r\n"
         "Content-Disposition: attachment; " + filenameParameter(suggestedFileName(Format::Pdf)) + "\r\n",
         pdf);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT file_name, mime_type, data FROM attachments WHERE request_id = :id AND checklist_item IS NOT NULL ORDER BY id"));
    q.bindValue(QStringLiteral(":id"), m_context.requestId);
    if (q.exec()) {
        while (q.next()) {
            const QByteArray mime = q.value(1).toString().isEmpty() ? QByteArray("application/octet-stream") : q.value(1).toString().toLatin1();
            part("Content-Type: " + mime + "\r\nContent-Disposition: attachment; " + filenameParameter(q.value(0).toString()) + "\r\n",
                 q.value(2).toByteArray());
        }
    }
    out += "--" + boundary.toLatin1() + "--\r\n";
    return out;
}

QString DraftExporter::suggestedFileName(Format format) const
{
    const QString base = (m_context.reference.isEmpty() ? QStringLiteral("request") : m_context.reference);
    switch (format) {
    case Format::Pdf: return base + QStringLiteral(".pdf");
    case Format::Odt: return base + QStringLiteral(".odt");
    case Format::Eml: return base + QStringLiteral(".eml");
    }
    return base;
}

bool DraftExporter::saveFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool DraftExporter::write(Format format, const QString &path, QString *error)
{
    if (!isValid()) {
        *error = tr("The request no longer exists.");
        return false;
    }
    QByteArray data;
    switch (format) {
    case Format::Pdf:
        data = pdf();
        break;
    case Format::Odt:
        data = odt();
        break;
    case Format::Eml:
        if (m_context.authorityPec.isEmpty()) {
            *error = tr("%1 has no PEC address: add it to the authority before preparing the PEC.").arg(m_context.authorityName);
            return false;
        }
        if (m_context.office.pec.isEmpty()) {
            *error = tr("The office's PEC address is not set: set it in Office settings before preparing the PEC.");
            return false;
        }
        data = eml(pdf());
        break;
    }
    if (data.isEmpty()) {
        *error = tr("The document for %1 could not be produced.").arg(m_context.reference);
        return false;
    }
    return saveFile(path, data, error);
}

} // namespace citylab
