// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace citylab {

// What a letter's placeholders are filled with: one text per name, or a list of lines
// (partners, zones). A name that is absent or empty is "missing".
struct PlaceholderValues
{
    QHash<QString, QString> text;
    QHash<QString, QStringList> lists;

    bool has(const QString &name) const;
};

// One problem found in a template: the placeholder as written, where it is (1-based line and
// column of the text) and why it is refused.
struct PlaceholderProblem
{
    QString placeholder;
    int line = 0;
    int column = 0;
    QString reason;

    QString toString() const;
};

// The {{name}} placeholders of letter templates: which names exist, checking a template
// before it is saved, and merging a record's values into the HTML of a letter. A value the
// record lacks is never left as raw {{...}}: it becomes a visible marker that names it.
class PlaceholderMerge
{
    Q_DECLARE_TR_FUNCTIONS(citylab::PlaceholderMerge)
public:
    enum class Mode {
        Export,     // missing values become "[missing: …]" in plain text
        Highlight,  // missing values become a highlighted marker, for the editor's preview
    };

    static QStringList knownNames();
    static QString description(const QString &name);

    // Unknown names, unclosed "{{", empty "{{}}" and names split by markup, in text order.
    static QList<PlaceholderProblem> check(const QString &text);

    // Replaces every known placeholder of `html` (values are HTML-escaped; lists become
    // lines). Names without a value are appended to *missing once each, in order.
    static QString merge(const QString &html, const PlaceholderValues &values, Mode mode, QStringList *missing = nullptr);

    static QString missingMarker(const QString &name);
};

} // namespace citylab
