// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "draftcontext.h"

#include <QCoreApplication>
#include <QImage>

class QTextDocument;

namespace citylab {

class Store;

// Turns a regulatory request into the letter the office sends: letterhead, protocol, place and
// date, addressee, subject, body with its placeholders filled, signature, and a "Zone map"
// appendix. Written as PDF (A4), ODT (for further editing) or an .eml draft for the PEC
// client, always through QSaveFile so a failed write leaves the old file as it was.
class DraftExporter
{
    Q_DECLARE_TR_FUNCTIONS(citylab::DraftExporter)
public:
    enum class Format { Pdf, Odt, Eml };

    DraftExporter(const Store &store, qint64 requestId, const QLocale &locale = QLocale(),
                  const QDate &today = QDate::currentDate());

    bool isValid() const { return m_context.isValid(); }
    const DraftContext &context() const { return m_context; }

    // The text to send: the given one (the editor's), else the request's body, else the
    // default template of its kind.
    void setBody(const QString &html) { m_body = html; }
    // PDFs as PDF/A-1b, for the archive of public acts: fonts embedded, metadata in XMP.
    void setArchival(bool archival) { m_archival = archival; }
    QString body() const;

    // Placeholders the record cannot fill (names), and other things the user should know
    // (an unreadable logo file), after the last export or letterHtml().
    QStringList missing() const { return m_missing; }
    QStringList warnings() const { return m_warnings; }

    // The placeholders the letter would leave unfilled, found without writing it.
    QStringList unfilled();
    QString mergedBody();
    QString letterHtml(bool withMapImage);
    QByteArray pdf();
    QByteArray odt();
    QByteArray eml(const QByteArray &pdf);

    bool write(Format format, const QString &path, QString *error);
    QString suggestedFileName(Format format) const;
    static bool saveFile(const QString &path, const QByteArray &data, QString *error);

private:
    void prepare(QTextDocument &document, bool withMapImage);
    void keepEnclosuresWithSignature(QTextDocument &document) const;
    static void splitParagraphsAtPageBreaks(QTextDocument &document);
    QString zoneListHtml() const;
    QList<QStringList> zoneRows() const;
    static QStringList zoneHeaders();
    QImage readLogo();
    QString officeName() const;
    QString protocolText() const;
    QString placeAndDate() const;
    QString addresseeDetail();
    QString signatoryRole() const;
    QString signatoryName() const;
    QString officerLine() const;
    static QString signatureNote();
    QString appendixCaption() const;

    const Store &m_store;
    QLocale m_locale;
    DraftContext m_context;
    QString m_body;
    QStringList m_missing;
    QStringList m_warnings;
    QImage m_logo;
    bool m_archival = false;
};

} // namespace citylab
