// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace citylab {

class Store;

// A letter body with {{placeholders}}, for one request kind and language, optionally for one
// authority. Shipped templates (id -1, builtIn) come from the resources and cannot be
// changed; the office's own live in request_templates.
struct LetterTemplate
{
    qint64 id = -1;
    QString key;         // shipped templates: the file's base name
    QString name, kind, language;
    qint64 authorityId = -1;
    QString body;        // HTML
    bool builtIn = false;
    bool isDefault = false;
};

class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(citylab::LetterTemplates)
public:
    // The kind of letters that suit every request, such as a reminder to a late authority.
    static inline const QString anyKind = QStringLiteral("any");

    static QList<LetterTemplate> shipped();
    static QList<LetterTemplate> all(const Store &store);   // the office's first, then shipped

    // The template a new letter starts from: the office's default for this authority, then
    // for the kind, then the first shipped one of the kind (in `language`, else Italian).
    static LetterTemplate defaultFor(const Store &store, const QString &kind, qint64 authorityId, const QString &language,
                                     const QString &experimentDomain = {});

    // Saves (inserts when id < 0) after checking every placeholder; returns the id or -1
    // with *error naming each bad placeholder and its place. The store is unchanged on error.
    static qint64 save(Store &store, const LetterTemplate &letter, QString *error);
    static bool remove(Store &store, qint64 id, QString *error);

    // The part inside <body> of a whole HTML document (QTextEdit::toHtml()): templates and
    // request bodies are fragments, set inside letters and pages.
    static QString bodyFragment(const QString &html);
};

} // namespace citylab
