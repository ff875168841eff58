// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtletterwriter.h"

#include "ziparchivewriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QXmlStreamWriter>

#include <tuple>

namespace citylab {

namespace {

const char *const officeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

QString cm(double value)
{
    return QString::number(value, 'f', 3) + QStringLiteral("cm");
}

// ODF collapses runs of spaces and ignores tabs and newlines in text: each has its element.
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            xml.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u' ' && (i == 0 || text.at(i - 1) == u' ')) {
            qsizetype n = 1;
            while (i + n < text.size() && text.at(i + n) == u' ')
                ++n;
            flush();
            xml.writeEmptyElement(QStringLiteral("text:s"));
            if (n > 1)
                xml.writeAttribute(QStringLiteral("text:c"), QString::number(n));
            i += n - 1;
        } else if (c == u'\t') {
            flush();
            xml.writeEmptyElement(QStringLiteral("text:tab"));
        } else if (c == QChar::LineSeparator || c == u'\n') {
            flush();
            xml.writeEmptyElement(QStringLiteral("text:line-break"));
        } else {
            run += c;
        }
    }
    flush();
}

void writeParagraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), style);
    writeText(xml, text);
    xml.writeEndElement();
}

// The XML of `write`'s elements, for a fragment of office:text.
template<typename Write>
QByteArray fragment(Write write)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    write(xml);
    return bytes;
}

void writeNamespaces(QXmlStreamWriter &xml)
{
    xml.writeAttribute(QStringLiteral("xmlns:office"), QLatin1String(officeNs));
    xml.writeAttribute(QStringLiteral("xmlns:style"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:table"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:draw"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:fo"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:svg"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:xlink"), QStringLiteral("http://www.w3.org/1999/xlink"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

// A named paragraph style: its properties as attribute pairs, paragraph's then text's.
struct ParagraphStyle
{
    const char *name;
    const char *displayName;
    QList<std::pair<QString, QString>> paragraph;
    QList<std::pair<QString, QString>> text;
    QList<std::pair<QString, QString>> tabStops;   // position and type
};

using Pairs = QList<std::pair<QString, QString>>;

// <style:style name family><style:PROPERTIES attributes/></style:style>: a table's, a
// column's, a cell's or a picture's style.
void writeStyle(QXmlStreamWriter &xml, const QString &name, const QString &family, const QString &properties,
                const Pairs &attributes)
{
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), name);
    xml.writeAttribute(QStringLiteral("style:family"), family);
    xml.writeEmptyElement(QStringLiteral("style:") + properties);
    for (const auto &[attribute, value] : attributes)
        xml.writeAttribute(attribute, value);
    xml.writeEndElement();
}

} // namespace

bool OdtLetterWriter::Span::operator<(const Span &other) const
{
    return std::make_tuple(bold, italic, underline, colour.rgba()) < std::make_tuple(other.bold, other.italic, other.underline, other.colour.rgba());
}

OdtLetterWriter::OdtLetterWriter(const QLocale &locale)
    : m_locale(locale)
{
}

void OdtLetterWriter::setFooter(const QString &pattern, const QString &reference)
{
    m_footerPattern = pattern;
    m_reference = reference;
}

QString OdtLetterWriter::spanStyle(const Span &span)
{
    auto it = m_spans.find(span);
    if (it == m_spans.end())
        it = m_spans.insert(span, QStringLiteral("T%1").arg(m_spans.size() + 1));
    return it.value();
}

QString OdtLetterWriter::addPicture(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString path = QStringLiteral("Pictures/image%1.png").arg(m_pictures.size() + 1);
    m_pictures.append({path, png});
    return path;
}

void OdtLetterWriter::writeFrame(QXmlStreamWriter &xml, const QString &picture, double widthCm, double heightCm, const QString &name)
{
    xml.writeStartElement(QStringLiteral("draw:frame"));
    xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("Picture"));
    xml.writeAttribute(QStringLiteral("draw:name"), name);
    xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
    xml.writeAttribute(QStringLiteral("svg:width"), cm(widthCm));
    xml.writeAttribute(QStringLiteral("svg:height"), cm(heightCm));
    xml.writeEmptyElement(QStringLiteral("draw:image"));
    xml.writeAttribute(QStringLiteral("xlink:href"), picture);
    xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
    xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
    xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
    xml.writeEndElement();
}

void OdtLetterWriter::addLetterhead(const QString &name, const QStringList &details, const QImage &logo)
{
    const double logoHeight = 1.7;
    const double logoWidth = logo.isNull() ? 0 : logoHeight * logo.width() / std::max(1, logo.height());
    const QString picture = logo.isNull() ? QString() : addPicture(logo);
    m_text += fragment([&](QXmlStreamWriter &xml) {
        if (!picture.isEmpty()) {
            // the logo on the left of the office's name, as in the PDF
            xml.writeStartElement(QStringLiteral("table:table"));
            xml.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Letterhead"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("LetterheadTable"));
            xml.writeEmptyElement(QStringLiteral("table:table-column"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("LetterheadTable.A"));
            xml.writeEmptyElement(QStringLiteral("table:table-column"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("LetterheadTable.B"));
            xml.writeStartElement(QStringLiteral("table:table-row"));
            xml.writeStartElement(QStringLiteral("table:table-cell"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("LetterheadTable.Cell"));
            xml.writeStartElement(QStringLiteral("text:p"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Letterhead"));
            writeFrame(xml, picture, logoWidth, logoHeight, QStringLiteral("Logo"));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("table:table-cell"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("LetterheadTable.Cell"));
        }
        writeParagraph(xml, QStringLiteral("Letterhead"), name);
        writeParagraph(xml, QStringLiteral("Letterhead_20_details"), details.join(QChar::LineSeparator));
        if (!picture.isEmpty()) {
            xml.writeEndElement();   // cell
            xml.writeEndElement();   // row
            xml.writeEndElement();   // table
        }
        writeParagraph(xml, QStringLiteral("Letterhead_20_rule"), QString());
    });
    if (!picture.isEmpty()) {
        const double first = logoWidth + 0.7;
        m_tableStyles += fragment([&](QXmlStreamWriter &xml) {
            writeStyle(xml, QStringLiteral("LetterheadTable"), QStringLiteral("table"), QStringLiteral("table-properties"),
                       {{QStringLiteral("style:width"), cm(textWidthCm)}, {QStringLiteral("table:align"), QStringLiteral("left")}});
            for (const auto &[column, width] : {std::pair{QStringLiteral("A"), first}, std::pair{QStringLiteral("B"), textWidthCm - first}})
                writeStyle(xml, QStringLiteral("LetterheadTable.") + column, QStringLiteral("table-column"),
                           QStringLiteral("table-column-properties"), {{QStringLiteral("style:column-width"), cm(width)}});
            writeStyle(xml, QStringLiteral("LetterheadTable.Cell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"),
                       {{QStringLiteral("style:vertical-align"), QStringLiteral("middle")}, {QStringLiteral("fo:padding"), QStringLiteral("0cm")},
                        {QStringLiteral("fo:border"), QStringLiteral("none")}});
        });
    }
}

void OdtLetterWriter::addDateLine(const QString &left, const QString &right)
{
    m_text += fragment([&](QXmlStreamWriter &xml) { writeParagraph(xml, QStringLiteral("Protocol"), left + u'\t' + right); });
}

void OdtLetterWriter::addReference(const QString &text)
{
    m_text += fragment([&](QXmlStreamWriter &xml) { writeParagraph(xml, QStringLiteral("Reference"), text); });
}

void OdtLetterWriter::addAddressee(const QString &label, const QString &name, const QString &detail, bool detailIsMissing)
{
    const QString bold = spanStyle(Span{true, false, false, QColor()});
    m_text += fragment([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Addressee"));
        writeText(xml, label);
        xml.writeEmptyElement(QStringLiteral("text:line-break"));
        xml.writeStartElement(QStringLiteral("text:span"));
        xml.writeAttribute(QStringLiteral("text:style-name"), bold);
        writeText(xml, name);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Addressee_20_detail"));
        if (detailIsMissing) {
            xml.writeStartElement(QStringLiteral("text:span"));
            xml.writeAttribute(QStringLiteral("text:style-name"), bold);
            writeText(xml, detail);
            xml.writeEndElement();
        } else {
            writeText(xml, detail);
        }
        xml.writeEndElement();
    });
}

void OdtLetterWriter::addSubject(const QString &label, const QString &subject)
{
    // "Oggetto:" then a tab to the indent, so that the subject's further lines start under
    // its first word
    m_text += fragment([&](QXmlStreamWriter &xml) { writeParagraph(xml, QStringLiteral("Subject"), label + u'\t' + subject); });
}

void OdtLetterWriter::addBody(const QTextDocument &body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    for (QTextBlock block = body.begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        // a heading the user wrote stays a heading, in LibreOffice's outline too
        const int level = std::clamp(block.blockFormat().headingLevel(), 0, 3);
        if (level > 0) {
            xml.writeStartElement(QStringLiteral("text:h"));
            xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Heading_20_%1").arg(level));
            xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        } else {
            xml.writeStartElement(QStringLiteral("text:p"));
            xml.writeAttribute(QStringLiteral("text:style-name"), list ? QStringLiteral("Body_20_list") : QStringLiteral("Text_20_body"));
        }
        if (list)
            writeText(xml, list->itemText(block) + u'\t');
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment part = it.fragment();
            const QTextCharFormat format = part.charFormat();
            Span span;
            span.bold = format.fontWeight() >= QFont::DemiBold;
            span.italic = format.fontItalic();
            span.underline = format.fontUnderline();
            if (format.hasProperty(QTextFormat::ForegroundBrush))
                span.colour = format.foreground().color();
            if (!span.bold && !span.italic && !span.underline && !span.colour.isValid()) {
                writeText(xml, part.text());
                continue;
            }
            xml.writeStartElement(QStringLiteral("text:span"));
            xml.writeAttribute(QStringLiteral("text:style-name"), spanStyle(span));
            writeText(xml, part.text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    m_text += bytes;
}

void OdtLetterWriter::addSignature(const QString &role, const QString &name, const QString &note)
{
    const QString bold = spanStyle(Span{true, false, false, QColor()});
    m_text += fragment([&](QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Signature"));
        writeText(xml, role);
        xml.writeEmptyElement(QStringLiteral("text:line-break"));
        xml.writeStartElement(QStringLiteral("text:span"));
        xml.writeAttribute(QStringLiteral("text:style-name"), bold);
        writeText(xml, name);
        xml.writeEndElement();
        xml.writeEndElement();
        writeParagraph(xml, QStringLiteral("Signature_20_note"), note);
    });
}

void OdtLetterWriter::addNote(const QString &text)
{
    m_text += fragment([&](QXmlStreamWriter &xml) { writeParagraph(xml, QStringLiteral("Note"), text); });
}

void OdtLetterWriter::addEnclosures(const QString &title, const QStringList &items)
{
    m_text += fragment([&](QXmlStreamWriter &xml) {
        writeParagraph(xml, QStringLiteral("Enclosures_20_heading"), title);
        for (const QString &item : items)
            writeParagraph(xml, QStringLiteral("Enclosure"), QStringLiteral("–\t") + item);
    });
}

void OdtLetterWriter::addAppendix(const QString &title, const QString &caption, const QImage &map, const QStringList &headers,
                                  const QList<ZoneRow> &rows)
{
    const QString picture = addPicture(map);
    // the columns' share of the text width: number, zone, district, area, active
    const QList<double> shares = {0.05, 0.25, 0.3, 0.14, 0.26};
    QMap<QRgb, QString> numberStyles;
    for (const ZoneRow &row : rows)
        if (!numberStyles.contains(row.colour.rgba()))
            numberStyles.insert(row.colour.rgba(), spanStyle(Span{true, false, false, row.colour}));
    m_text += fragment([&](QXmlStreamWriter &xml) {
        writeParagraph(xml, QStringLiteral("Appendix_20_heading"), title);
        writeParagraph(xml, QStringLiteral("Text_20_body"), caption);
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Figure"));
        writeFrame(xml, picture, textWidthCm, textWidthCm * map.height() / std::max(1, map.width()), QStringLiteral("Zone map"));
        xml.writeEndElement();

        xml.writeStartElement(QStringLiteral("table:table"));
        xml.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Zones"));
        xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Zones"));
        for (int c = 0; c < headers.size() && c < shares.size(); ++c) {
            xml.writeEmptyElement(QStringLiteral("table:table-column"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Zones.") + QChar(u'A' + c));
        }
        const auto cell = [&](const QString &style, const QString &text, const QString &span) {
            xml.writeStartElement(QStringLiteral("table:table-cell"));
            xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Zones.Cell"));
            xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            xml.writeStartElement(QStringLiteral("text:p"));
            xml.writeAttribute(QStringLiteral("text:style-name"), style);
            if (!span.isEmpty()) {
                xml.writeStartElement(QStringLiteral("text:span"));
                xml.writeAttribute(QStringLiteral("text:style-name"), span);
            }
            writeText(xml, text);
            if (!span.isEmpty())
                xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        };
        // the header repeats on every page the table runs over
        xml.writeStartElement(QStringLiteral("table:table-header-rows"));
        xml.writeStartElement(QStringLiteral("table:table-row"));
        for (int c = 0; c < headers.size() && c < shares.size(); ++c)
            cell(QStringLiteral("Table_20_Heading"), headers.at(c), QString());
        xml.writeEndElement();
        xml.writeEndElement();
        for (int r = 0; r < rows.size(); ++r) {
            xml.writeStartElement(QStringLiteral("table:table-row"));
            cell(QStringLiteral("Table_20_Contents_20_centred"), QString::number(r + 1), numberStyles.value(rows.at(r).colour.rgba()));
            for (int c = 0; c + 1 < headers.size() && c + 1 < shares.size(); ++c)
                cell(c == 2 ? QStringLiteral("Table_20_Contents_20_number") : QStringLiteral("Table_20_Contents"),
                     rows.at(r).cells.value(c), QString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
    m_tableStyles += fragment([&](QXmlStreamWriter &xml) {
        writeStyle(xml, QStringLiteral("Zones"), QStringLiteral("table"), QStringLiteral("table-properties"),
                   {{QStringLiteral("style:width"), cm(textWidthCm)}, {QStringLiteral("table:align"), QStringLiteral("left")},
                    {QStringLiteral("fo:margin-top"), QStringLiteral("0.3cm")}, {QStringLiteral("table:border-model"), QStringLiteral("collapsing")}});
        for (int c = 0; c < shares.size(); ++c)
            writeStyle(xml, QStringLiteral("Zones.") + QChar(u'A' + c), QStringLiteral("table-column"), QStringLiteral("table-column-properties"),
                       {{QStringLiteral("style:column-width"), cm(textWidthCm * shares.at(c))}});
        writeStyle(xml, QStringLiteral("Zones.Cell"), QStringLiteral("table-cell"), QStringLiteral("table-cell-properties"),
                   {{QStringLiteral("fo:padding"), QStringLiteral("0.08cm")}, {QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #999999")}});
    });
}

QByteArray OdtLetterWriter::contentXml() const
{
    // the fragments go in through the same device, after the writer closed the open tag
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&device);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-content"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
        Pairs text;
        if (it.key().bold)
            text.append({QStringLiteral("fo:font-weight"), QStringLiteral("bold")});
        if (it.key().italic)
            text.append({QStringLiteral("fo:font-style"), QStringLiteral("italic")});
        if (it.key().underline)
            text.append({{QStringLiteral("style:text-underline-style"), QStringLiteral("solid")},
                         {QStringLiteral("style:text-underline-width"), QStringLiteral("auto")},
                         {QStringLiteral("style:text-underline-color"), QStringLiteral("font-color")}});
        if (it.key().colour.isValid())
            text.append({QStringLiteral("fo:color"), it.key().colour.name()});
        writeStyle(xml, it.value(), QStringLiteral("text"), QStringLiteral("text-properties"), text);
    }
    xml.writeCharacters(QString());   // closes the open tag before the raw fragments
    device.write(m_tableStyles);
    xml.writeEndElement();   // automatic-styles
    xml.writeStartElement(QStringLiteral("office:body"));
    xml.writeStartElement(QStringLiteral("office:text"));
    xml.writeCharacters(QString());
    device.write(m_text);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtLetterWriter::stylesXml() const
{
    const QString language = QLocale::languageToCode(m_locale.language());
    const QString country = QLocale::territoryToCode(m_locale.territory());
    const double indent = 2.2;   // "Oggetto:" and its tab, before the subject
    const std::pair<QString, QString> bold{QStringLiteral("fo:font-weight"), QStringLiteral("bold")};
    const Pairs headingSpace = {{QStringLiteral("fo:margin-top"), QStringLiteral("0.2cm")},
                                {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")},
                                {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}};
    const QList<ParagraphStyle> styles = {
        {"Standard", "Default Paragraph Style", {}, {}, {}},
        {"Letterhead", "Letterhead", {{QStringLiteral("fo:margin-bottom"), QStringLiteral("0.05cm")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("14pt")}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}, {}},
        {"Letterhead_20_details", "Letterhead details", {},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}, {QStringLiteral("fo:color"), QStringLiteral("#444444")}}, {}},
        // the rule under the letterhead, as the PDF's
        {"Letterhead_20_rule", "Letterhead rule",
         {{QStringLiteral("fo:margin-top"), QStringLiteral("0.1cm")}, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.4cm")},
          {QStringLiteral("fo:border-bottom"), QStringLiteral("0.75pt solid #000000")}, {QStringLiteral("fo:padding"), QStringLiteral("0cm")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("2pt")}}, {}},
        {"Protocol", "Protocol and date", {}, {}, {{cm(textWidthCm), QStringLiteral("right")}}},
        {"Reference", "Reference", {{QStringLiteral("fo:margin-top"), QStringLiteral("0.4cm")}}, {}, {}},
        {"Addressee", "Addressee",
         {{QStringLiteral("fo:margin-left"), cm(textWidthCm * 0.45)}, {QStringLiteral("fo:margin-top"), QStringLiteral("0.3cm")},
          {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
         {}, {}},
        {"Addressee_20_detail", "Addressee detail", {{QStringLiteral("fo:margin-left"), cm(textWidthCm * 0.45)}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}, {}},
        {"Subject", "Subject",
         {{QStringLiteral("fo:margin-left"), cm(indent)}, {QStringLiteral("fo:text-indent"), cm(-indent)},
          {QStringLiteral("fo:margin-top"), QStringLiteral("0.6cm")}, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.4cm")},
          {QStringLiteral("fo:text-align"), QStringLiteral("start")}},
         {{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}, {{cm(0), QStringLiteral("left")}}},
        {"Text_20_body", "Text body",
         {{QStringLiteral("fo:margin-top"), QStringLiteral("0cm")}, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.32cm")},
          {QStringLiteral("fo:text-align"), QStringLiteral("justify")}, {QStringLiteral("fo:orphans"), QStringLiteral("2")},
          {QStringLiteral("fo:widows"), QStringLiteral("2")}},
         {}, {}},
        {"Body_20_list", "Body list",
         {{QStringLiteral("fo:margin-left"), QStringLiteral("0.8cm")}, {QStringLiteral("fo:text-indent"), QStringLiteral("-0.5cm")},
          {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.1cm")}, {QStringLiteral("fo:text-align"), QStringLiteral("justify")}},
         {}, {{cm(0), QStringLiteral("left")}}},
        {"Signature", "Signature",
         {{QStringLiteral("fo:margin-left"), cm(textWidthCm * 0.55)}, {QStringLiteral("fo:margin-top"), QStringLiteral("0.8cm")},
          {QStringLiteral("fo:text-align"), QStringLiteral("center")}, {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
         {}, {}},
        {"Signature_20_note", "Signature note",
         {{QStringLiteral("fo:margin-left"), cm(textWidthCm * 0.55)}, {QStringLiteral("fo:text-align"), QStringLiteral("center")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("8pt")}, {QStringLiteral("fo:color"), QStringLiteral("#555555")}}, {}},
        {"Note", "Note", {{QStringLiteral("fo:margin-top"), QStringLiteral("0.4cm")}}, {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}, {}},
        {"Enclosures_20_heading", "Enclosures heading",
         {{QStringLiteral("fo:margin-top"), QStringLiteral("0.4cm")}, {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}, {}},
        {"Enclosure", "Enclosure", {{QStringLiteral("fo:margin-left"), QStringLiteral("0.5cm")}, {QStringLiteral("fo:text-indent"), QStringLiteral("-0.5cm")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}, {{cm(0), QStringLiteral("left")}}},
        // the sizes QTextDocument gives <h1>, <h2> and <h3> in the PDF: 2, 1.5 and 1.2 times the body's
        {"Heading_20_1", "Heading 1", headingSpace, {{QStringLiteral("fo:font-size"), QStringLiteral("22pt")}, bold}, {}},
        {"Heading_20_2", "Heading 2", headingSpace, {{QStringLiteral("fo:font-size"), QStringLiteral("16.5pt")}, bold}, {}},
        {"Heading_20_3", "Heading 3", headingSpace, {{QStringLiteral("fo:font-size"), QStringLiteral("13pt")}, bold}, {}},
        {"Appendix_20_heading", "Appendix heading",
         {{QStringLiteral("fo:break-before"), QStringLiteral("page")}, {QStringLiteral("fo:margin-bottom"), QStringLiteral("0.3cm")},
          {QStringLiteral("fo:keep-with-next"), QStringLiteral("always")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("14pt")}, bold}, {}},
        {"Figure", "Figure", {{QStringLiteral("fo:text-align"), QStringLiteral("center")}, {QStringLiteral("fo:margin-top"), QStringLiteral("0.2cm")}}, {}, {}},
        {"Table_20_Contents", "Table Contents", {}, {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}, {}},
        {"Table_20_Contents_20_centred", "Table Contents centred", {{QStringLiteral("fo:text-align"), QStringLiteral("center")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}, {}},
        {"Table_20_Contents_20_number", "Table Contents number", {{QStringLiteral("fo:text-align"), QStringLiteral("end")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}}, {}},
        {"Table_20_Heading", "Table Heading", {{QStringLiteral("fo:text-align"), QStringLiteral("center")}},
         {{QStringLiteral("fo:font-size"), QStringLiteral("9pt")}, {QStringLiteral("fo:font-weight"), QStringLiteral("bold")}}, {}},
        {"Footer", "Footer", {{QStringLiteral("fo:text-align"), QStringLiteral("end")}},
         {{QStringLiteral("style:font-name"), QStringLiteral("DejaVu Sans")}, {QStringLiteral("fo:font-size"), QStringLiteral("8pt")},
          {QStringLiteral("fo:color"), QStringLiteral("#555555")}},
         {}},
    };

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    writeNamespaces(xml);

    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const auto &[family, generic] : {std::pair{QStringLiteral("DejaVu Serif"), QStringLiteral("roman")},
                                          std::pair{QStringLiteral("DejaVu Sans"), QStringLiteral("swiss")}}) {
        xml.writeEmptyElement(QStringLiteral("style:font-face"));
        xml.writeAttribute(QStringLiteral("style:name"), family);
        xml.writeAttribute(QStringLiteral("svg:font-family"), QLatin1Char('\'') + family + QLatin1Char('\''));
        xml.writeAttribute(QStringLiteral("style:font-family-generic"), generic);
        xml.writeAttribute(QStringLiteral("style:font-pitch"), QStringLiteral("variable"));
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("style:tab-stop-distance"), QStringLiteral("1.25cm"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("DejaVu Serif"));
    xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("11pt"));
    xml.writeAttribute(QStringLiteral("fo:language"), language);
    xml.writeAttribute(QStringLiteral("fo:country"), country);
    // a letter's words are not split at the line's end, as in the PDF
    xml.writeAttribute(QStringLiteral("fo:hyphenate"), QStringLiteral("false"));
    // ligatures off, as in the PDF, so that the text copies as it reads
    xml.writeAttribute(QStringLiteral("style:font-feature-settings"), QStringLiteral("liga=0,clig=0"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
    xml.writeEmptyElement(QStringLiteral("style:graphic-properties"));
    xml.writeAttribute(QStringLiteral("style:wrap"), QStringLiteral("none"));
    xml.writeEndElement();
    for (const ParagraphStyle &style : styles) {
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), QLatin1String(style.name));
        xml.writeAttribute(QStringLiteral("style:display-name"), QLatin1String(style.displayName));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        if (qstrcmp(style.name, "Standard") != 0)
            xml.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("Standard"));
        xml.writeAttribute(QStringLiteral("style:class"), QStringLiteral("text"));
        if (!style.paragraph.isEmpty() || !style.tabStops.isEmpty()) {
            xml.writeStartElement(QStringLiteral("style:paragraph-properties"));
            for (const auto &[name, value] : style.paragraph)
                xml.writeAttribute(name, value);
            if (!style.tabStops.isEmpty()) {
                xml.writeStartElement(QStringLiteral("style:tab-stops"));
                for (const auto &[position, type] : style.tabStops) {
                    xml.writeEmptyElement(QStringLiteral("style:tab-stop"));
                    xml.writeAttribute(QStringLiteral("style:position"), position);
                    xml.writeAttribute(QStringLiteral("style:type"), type);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (!style.text.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("style:text-properties"));
            for (const auto &[name, value] : style.text)
                xml.writeAttribute(name, value);
        }
        xml.writeEndElement();
    }
    writeStyle(xml, QStringLiteral("Picture"), QStringLiteral("graphic"), QStringLiteral("graphic-properties"),
               {{QStringLiteral("style:vertical-pos"), QStringLiteral("top")}, {QStringLiteral("style:vertical-rel"), QStringLiteral("baseline")},
                {QStringLiteral("fo:border"), QStringLiteral("none")}});
    xml.writeEndElement();   // office:styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("A4"));
    // the PDF's page: A4 with margins of 18 mm above and below, 22 mm left and 20 mm right
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), QStringLiteral("21cm"));
    xml.writeAttribute(QStringLiteral("fo:page-height"), QStringLiteral("29.7cm"));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("1.8cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("1.8cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), QStringLiteral("2.2cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), QStringLiteral("2cm"));
    xml.writeStartElement(QStringLiteral("style:footer-style"));
    xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
    xml.writeAttribute(QStringLiteral("fo:min-height"), QStringLiteral("0.4cm"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("0.5cm"));
    xml.writeEndElement();
    xml.writeEndElement();   // page-layout
    xml.writeEndElement();   // automatic-styles

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("A4"));
    if (!m_footerPattern.isEmpty()) {
        xml.writeStartElement(QStringLiteral("style:footer"));
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
        // the translated "%1 — page %2 of %3" with the page fields in place of %2 and %3
        const QString pattern = m_footerPattern;
        qsizetype from = 0;
        for (qsizetype i = 0; i + 1 < pattern.size(); ++i) {
            if (pattern.at(i) != u'%' || pattern.at(i + 1) < u'1' || pattern.at(i + 1) > u'3')
                continue;
            writeText(xml, pattern.mid(from, i - from));
            switch (pattern.at(i + 1).unicode()) {
            case u'1':
                writeText(xml, m_reference);
                break;
            case u'2':
                xml.writeStartElement(QStringLiteral("text:page-number"));
                xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
                xml.writeCharacters(QStringLiteral("1"));
                xml.writeEndElement();
                break;
            default:
                xml.writeStartElement(QStringLiteral("text:page-count"));
                xml.writeCharacters(QStringLiteral("1"));
                xml.writeEndElement();
            }
            from = i + 2;
            ++i;
        }
        writeText(xml, pattern.mid(from));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtLetterWriter::metaXml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("CityLab"));
    xml.writeTextElement(QStringLiteral("dc:title"), m_title);
    xml.writeTextElement(QStringLiteral("dc:language"), m_locale.bcp47Name());
    xml.writeTextElement(QStringLiteral("meta:creation-date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtLetterWriter::manifestXml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == u'/')
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    entry(QStringLiteral("content.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    entry(QStringLiteral("meta.xml"), QStringLiteral("text/xml"));
    for (const auto &[path, png] : m_pictures)
        entry(path, QStringLiteral("image/png"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray OdtLetterWriter::package() const
{
    ZipArchiveWriter zip;
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", ZipArchiveWriter::Method::Stored);
    zip.add(QStringLiteral("content.xml"), contentXml());
    zip.add(QStringLiteral("styles.xml"), stylesXml());
    zip.add(QStringLiteral("meta.xml"), metaXml());
    for (const auto &[path, png] : m_pictures)
        zip.add(path, png, ZipArchiveWriter::Method::Stored);   // already compressed
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    return zip.archive();
}

} // namespace citylab
