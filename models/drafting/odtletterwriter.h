// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QStringList>

class QTextDocument;
class QXmlStreamWriter;

namespace citylab {

// Writes a letter as an OpenDocument text that LibreOffice lays out like the PDF: an A4 page
// with the PDF's margins and a footer numbering the pages, a rule under the letterhead, the
// subject hanging after its label, a justified body, the signature on the right, and the
// zone map appendix at the picture's own proportions. Qt's ODF writer has no page setup nor
// named styles and gives tables a width of 100 pt, so the letter is written here, part by
// part, with styles a user can change afterwards in LibreOffice.
class OdtLetterWriter
{
public:
    explicit OdtLetterWriter(const QLocale &locale);

    void setTitle(const QString &title) { m_title = title; }
    // `pattern` holds %1 for the reference, %2 for the page and %3 for the number of pages.
    void setFooter(const QString &pattern, const QString &reference);

    void addLetterhead(const QString &name, const QStringList &details, const QImage &logo);
    void addDateLine(const QString &left, const QString &right);
    void addReference(const QString &text);
    void addAddressee(const QString &label, const QString &name, const QString &detail, bool detailIsMissing);
    void addSubject(const QString &label, const QString &subject);
    void addBody(const QTextDocument &body);
    void addSignature(const QString &role, const QString &name, const QString &note);
    void addNote(const QString &text);
    void addEnclosures(const QString &title, const QStringList &items);

    struct ZoneRow
    {
        QColor colour;
        QStringList cells;   // one per column after the number
    };
    void addAppendix(const QString &title, const QString &caption, const QImage &map, const QStringList &headers,
                     const QList<ZoneRow> &rows);

    QByteArray package() const;

    static constexpr double textWidthCm = 16.8;   // A4 less the PDF's 22 and 20 mm side margins

private:
    struct Span
    {
        bool bold = false, italic = false, underline = false;
        QColor colour;
        bool operator<(const Span &other) const;
    };
    QString spanStyle(const Span &span);
    QString addPicture(const QImage &image);
    void writeFrame(QXmlStreamWriter &xml, const QString &picture, double widthCm, double heightCm, const QString &name);
    QByteArray contentXml() const;
    QByteArray stylesXml() const;
    QByteArray metaXml() const;
    QByteArray manifestXml() const;

    QLocale m_locale;
    QString m_title;
    QString m_footerPattern, m_reference;
    QByteArray m_text;   // office:text's children
    QMap<Span, QString> m_spans;
    QList<std::pair<QString, QByteArray>> m_pictures;   // path in the package, PNG bytes
    QByteArray m_tableStyles;
};

} // namespace citylab
