// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldspec.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace citylab {

class Store;

// A form for one record, built from its FieldSpecs: an editor per field, and under each a
// place for what is wrong with it, so errors show where they are, not in a pop-up.
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    RecordForm(const Store &store, const FormSpec &spec, QWidget *parent = nullptr);

    void setValues(const QVariantMap &values);
    QVariantMap values() const;   // every field; empty ones are null

    // Checks required fields and date order; shows each problem under its field.
    bool validate();
    void showError(const QString &column, const QString &message);
    void clearErrors();
    QWidget *editor(const QString &column) const;

private:
    QWidget *createEditor(const FieldSpec &spec, QString *problem);
    QVariant value(const FieldSpec &spec) const;
    // A reference's list, only the entries of `group` when not null, `keep` always.
    void fillReference(const FieldSpec &spec, QComboBox *combo, const QVariant &group, const QVariant &keep);
    QString unmatchedText(const FieldSpec &spec) const;

    const Store &m_store;
    FormSpec m_spec;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QList<Choice>> m_choices;   // each reference's whole list
};

} // namespace citylab
