// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"
#include "optionaldateedit.h"

#include "domain/fieldlabels.h"
#include "i18n/dateformat.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace citylab {

namespace {

// A number as the locale writes it. Qt refuses thousands separators in some locales
// ("1.250,75" in Italian), so well-formed groups of three are accepted here; "12.5" is not
// (in Italian that is no number at all, not 12,5 nor 125).
bool parseNumber(const QString &text, double *number)
{
    const QLocale locale;
    bool ok = false;
    *number = locale.toDouble(text, &ok);
    if (ok)
        return true;
    const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(%1\\d{3})+(%2\\d+)?$")
                                         .arg(QRegularExpression::escape(locale.groupSeparator()),
                                              QRegularExpression::escape(locale.decimalPoint())));
    if (!grouped.match(text).hasMatch())
        return false;
    *number = locale.toDouble(QString(text).remove(locale.groupSeparator()), &ok);
    return ok;
}

} // namespace

RecordForm::RecordForm(const Store &store, const FormSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_spec(spec)
{
    auto *form = new QFormLayout(this);
    // no side margins: the labels line up with the dialog's edge and the fields end where the
    // Save and Cancel buttons end (a 16-pixel right margin left them sticking out past the fields)
    form->setContentsMargins(0, 4, 0, 4);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const FieldSpec &field : spec) {
        QString problem;
        QWidget *editor = createEditor(field, &problem);
        editor->setObjectName(QStringLiteral("field_") + field.column);
        auto *error = new QLabel(this);
        error->setObjectName(QStringLiteral("error_") + field.column);
        error->setStyleSheet(QStringLiteral("color: #a40000"));
        error->setWordWrap(true);
        // a list that could not be read says so under its field, rather than offer nothing
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        auto *cell = new QWidget(this);
        // a cell keeps its own height: spare room in a tall dialog stays below the last field
        // instead of opening gaps around the multi-line fields
        cell->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        column->addWidget(error);
        auto *label = new QLabel(FieldLabels::label(field.column) + (field.required ? QStringLiteral(" *") : QString()), this);
        label->setBuddy(editor);
        // Qt names a field after a label among its siblings only: the cell hides this one
        editor->setAccessibleName(FieldLabels::label(field.column));
        if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit())
            combo->lineEdit()->setAccessibleName(FieldLabels::label(field.column));
        form->addRow(label, cell);
        m_editors.insert(field.column, editor);
        m_errors.insert(field.column, error);
    }
    // A narrowed list follows the field that narrows it (a person: the organization chosen).
    for (const FieldSpec &field : spec) {
        auto *master = qobject_cast<QComboBox *>(m_editors.value(field.narrowedBy));
        if (field.kind != FieldSpec::Reference || !master)
            continue;
        connect(master, &QComboBox::currentIndexChanged, this, [this, field, master] {
            auto *combo = static_cast<QComboBox *>(m_editors.value(field.column));
            fillReference(field, combo, master->currentData(), combo->currentData());
        });
    }
}

void RecordForm::fillReference(const FieldSpec &spec, QComboBox *combo, const QVariant &group, const QVariant &keep)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!spec.required)
        combo->addItem(QStringLiteral("—"), QVariant());
    for (const Choice &choice : m_choices.value(spec.column))
        if (group.isNull() || choice.group == group || (!keep.isNull() && choice.value == keep))
            combo->addItem(choice.label, choice.value);
    const int index = keep.isNull() ? -1 : combo->findData(keep);
    combo->setCurrentIndex(index >= 0 ? index : spec.required ? -1 : 0);
}

QString RecordForm::unmatchedText(const FieldSpec &spec) const
{
    // typed into a searchable list without choosing one of its entries
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(spec.column));
    if (spec.kind != FieldSpec::Reference || !combo)
        return {};
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty() || combo->findText(typed, Qt::MatchFixedString) >= 0)
        return {};
    return typed;
}

QWidget *RecordForm::createEditor(const FieldSpec &spec, QString *problem)
{
    switch (spec.kind) {
    case FieldSpec::MultiLine: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        edit->setFixedHeight(fontMetrics().height() * 4);
        return edit;
    }
    case FieldSpec::Date:
        return new OptionalDateEdit(this);
    case FieldSpec::Integer: {
        auto *edit = new QLineEdit(this);
        if (spec.maximum > spec.minimum)
            edit->setValidator(new QIntValidator(spec.minimum, spec.maximum, edit));
        return edit;
    }
    case FieldSpec::Choice: {
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        for (const QString &key : Vocabulary::keys(spec.vocabulary))
            combo->addItem(Vocabulary::label(spec.vocabulary, key), key);
        combo->setCurrentIndex(-1);
        combo->setPlaceholderText(tr("Choose…"));
        return combo;
    }
    case FieldSpec::Reference: {
        // long names (ministries, foundations) must not widen the form past the dialog
        auto *combo = new QComboBox(this);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        // typing part of a name anywhere in it finds the record, in lists of hundreds
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_choices.insert(spec.column, ChoiceLists::load(m_store, spec.choices, problem).value_or(QList<Choice>()));
        fillReference(spec, combo, QVariant(), {});
        return combo;
    }
    case FieldSpec::Boolean:
        return new QCheckBox(this);
    case FieldSpec::Number: {
        // typed as the locale writes numbers ("12,5" in Italian), checked on saving
        auto *edit = new QLineEdit(this);
        edit->setAlignment(Qt::AlignRight);
        edit->setPlaceholderText(QLocale().toString(12.5));
        return edit;
    }
    case FieldSpec::Text:
        break;
    }
    return new QLineEdit(this);
}

QWidget *RecordForm::editor(const QString &column) const
{
    return m_editors.value(column);
}

void RecordForm::setValues(const QVariantMap &values)
{
    for (const FieldSpec &spec : std::as_const(m_spec)) {
        const QVariant value = values.value(spec.column);
        QWidget *editor = m_editors.value(spec.column);
        switch (spec.kind) {
        case FieldSpec::MultiLine:
            static_cast<QPlainTextEdit *>(editor)->setPlainText(value.toString());
            break;
        case FieldSpec::Date: {
            static_cast<OptionalDateEdit *>(editor)->setValue(QDate::fromString(value.toString(), Qt::ISODate));
            break;
        }
        case FieldSpec::Choice:
        case FieldSpec::Reference: {
            auto *combo = static_cast<QComboBox *>(editor);
            if (spec.kind == FieldSpec::Reference && !spec.narrowedBy.isEmpty())
                fillReference(spec, combo, values.value(spec.narrowedBy), value);
            const int index = value.isNull() ? -1 : combo->findData(value);
            if (index >= 0 || spec.kind == FieldSpec::Choice)
                combo->setCurrentIndex(index);   // a choice with no value stays unchosen: no silent first item
            else
                combo->setCurrentIndex(spec.required ? -1 : 0);
            // the chosen record's whole name shows ("TCL-2024-001 — Segnalazioni civiche…" was
            // cut mid-word), up to a bound so that a very long one cannot widen the dialog past the screen
            if (spec.kind == FieldSpec::Reference) {
                // counted in the 'x' widths the combo box measures with
                const QFontMetrics metrics = combo->fontMetrics();
                const int length = metrics.horizontalAdvance(combo->currentText()) / qMax(1, metrics.horizontalAdvance(u'x')) + 2;
                combo->setMinimumContentsLength(qBound(24, length, 80));
            }
            break;
        }
        case FieldSpec::Boolean:
            static_cast<QCheckBox *>(editor)->setChecked(value.toBool());
            break;
        case FieldSpec::Integer:
        case FieldSpec::Text:
            static_cast<QLineEdit *>(editor)->setText(value.toString());
            break;
        case FieldSpec::Number:
            static_cast<QLineEdit *>(editor)->setText(
                value.isNull() ? QString() : QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest));
            break;
        }
    }
}

QVariant RecordForm::value(const FieldSpec &spec) const
{
    QWidget *editor = m_editors.value(spec.column);
    const auto textOrNull = [](const QString &text) {
        const QString trimmed = text.trimmed();
        return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
    };
    switch (spec.kind) {
    case FieldSpec::MultiLine:
        return textOrNull(static_cast<QPlainTextEdit *>(editor)->toPlainText());
    case FieldSpec::Date: {
        const QDate date = static_cast<OptionalDateEdit *>(editor)->value();
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    }
    case FieldSpec::Integer: {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        return text.isEmpty() ? QVariant() : QVariant(text.toInt());
    }
    case FieldSpec::Choice:
        return static_cast<QComboBox *>(editor)->currentData();
    case FieldSpec::Reference: {
        // the entry whose name is typed (or chosen); none for a name that is not in the list
        auto *combo = static_cast<QComboBox *>(editor);
        const int current = combo->currentIndex();
        if (current >= 0 && combo->itemText(current) == combo->currentText())
            return combo->itemData(current);   // two entries may read alike: the one chosen
        const int index = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
        return index >= 0 ? combo->itemData(index) : QVariant();
    }
    case FieldSpec::Boolean:
        return int(static_cast<QCheckBox *>(editor)->isChecked());
    case FieldSpec::Number: {
        // text that is not a number stays text, so that validate() can say so
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        double number = 0;
        return text.isEmpty() ? QVariant() : parseNumber(text, &number) ? QVariant(number) : QVariant(text);
    }
    case FieldSpec::Text:
        break;
    }
    return textOrNull(static_cast<QLineEdit *>(editor)->text());
}

QVariantMap RecordForm::values() const
{
    QVariantMap map;
    for (const FieldSpec &spec : m_spec)
        map.insert(spec.column, value(spec));
    return map;
}

void RecordForm::clearErrors()
{
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
}

void RecordForm::showError(const QString &column, const QString &message)
{
    QLabel *error = m_errors.value(column);
    if (!error)
        return;
    error->setText(message);
    error->show();
    if (QWidget *editor = m_editors.value(column))
        editor->setFocus();
}

bool RecordForm::validate()
{
    clearErrors();
    const QVariantMap current = values();
    QString first;
    const auto problem = [&](const QString &column, const QString &message) {
        QLabel *error = m_errors.value(column);
        error->setText(message);
        error->show();
        if (first.isEmpty())
            first = column;
    };
    for (const FieldSpec &spec : std::as_const(m_spec)) {
        const QVariant value = current.value(spec.column);
        if (const QString typed = unmatchedText(spec); !typed.isEmpty()) {
            problem(spec.column, tr("Nothing in the list is called “%1”: choose one of its entries.").arg(typed));
            continue;
        }
        if (spec.required && value.isNull()) {
            problem(spec.column, tr("%1 is required.").arg(FieldLabels::label(spec.column)));
            continue;
        }
        if (spec.kind == FieldSpec::Integer && !value.isNull() && spec.maximum > spec.minimum
            && !static_cast<QLineEdit *>(m_editors.value(spec.column))->hasAcceptableInput())
            problem(spec.column, tr("Enter a whole number from %1 to %2.").arg(spec.minimum).arg(spec.maximum));
        if (spec.kind == FieldSpec::Number && !value.isNull() && value.typeId() != QMetaType::Double) {
            problem(spec.column, tr("“%1” is not a number; write it like %2.").arg(value.toString(), QLocale().toString(12.5)));
            continue;
        }
        if (spec.check && !value.isNull())
            if (const QString message = spec.check(value, current); !message.isEmpty())
                problem(spec.column, message);
        if (!spec.notBefore.isEmpty() && !value.isNull() && !current.value(spec.notBefore).isNull()
            && value.toString() < current.value(spec.notBefore).toString())
            problem(spec.column, tr("%1 is before %2.").arg(FieldLabels::label(spec.column),
                                                           FieldLabels::label(spec.notBefore).toLower()));
    }
    if (!first.isEmpty())
        m_editors.value(first)->setFocus();
    return first.isEmpty();
}

} // namespace citylab
