// SPDX-License-Identifier: GPL-3.0-or-later
#include "zoneformdialog.h"

#include "shell/helpbrowser.h"
#include "i18n/dateformat.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace citylab {

namespace {

QWidget *dateRow(QCheckBox *check, QDateEdit *date, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(date, 1);
    date->setCalendarPopup(true);
    date->setDisplayFormat(DateFormat::pattern());
    QObject::connect(check, &QCheckBox::toggled, date, &QWidget::setEnabled);
    date->setEnabled(false);
    return row;
}

QVariant textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

} // namespace

ZoneFormDialog::ZoneFormDialog(ZoneShape::Kind kind, const QString &experiment, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_name(new QLineEdit(this))
    , m_hasFrom(new QCheckBox(tr("from"), this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_hasTo(new QCheckBox(tr("until"), this))
    , m_to(new QDateEdit(QDate::currentDate().addMonths(3), this))
    , m_size(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_hours(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("zoneFormDialog"));
    setWindowTitle(tr("Zone"));
    m_name->setObjectName(QStringLiteral("zoneName"));
    m_hasFrom->setObjectName(QStringLiteral("zoneHasFrom"));
    m_from->setObjectName(QStringLiteral("zoneFrom"));
    m_hasTo->setObjectName(QStringLiteral("zoneHasTo"));
    m_to->setObjectName(QStringLiteral("zoneTo"));
    m_size->setObjectName(QStringLiteral("zoneSize"));
    m_height->setObjectName(QStringLiteral("zoneMaxHeight"));
    m_hours->setObjectName(QStringLiteral("zoneHours"));
    m_notes->setObjectName(QStringLiteral("zoneNotes"));
    m_from->setAccessibleName(tr("Active from"));
    m_to->setAccessibleName(tr("Active until"));

    // Wider than ZoneShape::MaxSizeM: a circle drawn too large shows its real radius and
    // check() says why it cannot be saved, instead of the box quietly shrinking it.
    m_size->setRange(1, 10 * ZoneShape::MaxSizeM);
    m_size->setDecimals(0);
    m_size->setSuffix(tr(" m"));
    // 0 stands for "no limit": a zone with a ceiling of 0 m would forbid everything.
    m_height->setRange(0, 10000);
    m_height->setDecimals(0);
    m_height->setSuffix(tr(" m"));
    m_height->setSpecialValueText(tr("no limit"));
    m_hours->setPlaceholderText(tr("e.g. 08:00-20:00, weekdays"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!experiment.isEmpty()) {
        auto *label = new QLabel(experiment, this);
        label->setWordWrap(true);
        form->addRow(tr("Experiment"), label);
    }
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Active"), dateRow(m_hasFrom, m_from, this));
    form->addRow(QString(), dateRow(m_hasTo, m_to, this));
    if (kind == ZoneShape::Kind::Circle)
        form->addRow(tr("Radius"), m_size);
    else if (kind == ZoneShape::Kind::Corridor)
        form->addRow(tr("Width"), m_size);
    else
        m_size->hide();
    form->addRow(tr("Maximum height"), m_height);
    form->addRow(tr("Hours"), m_hours);
    form->addRow(tr("Notes"), m_notes);

    auto *hint = new QLabel(tr("Leave a date unticked when the zone has no start or no end."), this);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("map.html"));
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &ZoneFormDialog::check);
    connect(m_hasFrom, &QCheckBox::toggled, this, &ZoneFormDialog::check);
    connect(m_hasTo, &QCheckBox::toggled, this, &ZoneFormDialog::check);
    connect(m_from, &QDateEdit::dateChanged, this, &ZoneFormDialog::check);
    connect(m_to, &QDateEdit::dateChanged, this, &ZoneFormDialog::check);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &ZoneFormDialog::check);
    check();
}

void ZoneFormDialog::setValues(const QVariantMap &zone)
{
    m_name->setText(zone.value(QStringLiteral("name")).toString());
    const QDate from = QDate::fromString(zone.value(QStringLiteral("active_from")).toString().left(10), Qt::ISODate);
    const QDate to = QDate::fromString(zone.value(QStringLiteral("active_to")).toString().left(10), Qt::ISODate);
    m_hasFrom->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_hasTo->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    m_height->setValue(zone.value(QStringLiteral("max_height_m")).toDouble());
    m_hours->setText(zone.value(QStringLiteral("hours")).toString());
    m_notes->setPlainText(zone.value(QStringLiteral("notes")).toString());
    check();
}

QVariantMap ZoneFormDialog::values() const
{
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("active_from"), m_hasFrom->isChecked() ? QVariant(m_from->date().toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("active_to"), m_hasTo->isChecked() ? QVariant(m_to->date().toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("max_height_m"), m_height->value() > 0 ? QVariant(m_height->value()) : QVariant()},
            {QStringLiteral("hours"), textOrNull(m_hours->text())},
            {QStringLiteral("notes"), textOrNull(m_notes->toPlainText())}};
}

void ZoneFormDialog::setRadiusM(double radiusM)
{
    if (m_kind == ZoneShape::Kind::Circle)
        m_size->setValue(radiusM);
}

double ZoneFormDialog::radiusM() const
{
    return m_kind == ZoneShape::Kind::Circle ? m_size->value() : 0;
}

void ZoneFormDialog::setWidthM(double widthM)
{
    if (m_kind == ZoneShape::Kind::Corridor)
        m_size->setValue(widthM);
}

double ZoneFormDialog::widthM() const
{
    return m_kind == ZoneShape::Kind::Corridor ? m_size->value() : 0;
}

void ZoneFormDialog::check()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("The zone needs a name.");
    else if (m_hasFrom->isChecked() && m_hasTo->isChecked() && m_to->date() < m_from->date())
        problem = tr("The zone cannot end (%1) before it starts (%2).")
                      .arg(DateFormat::shortDate(m_to->date()), DateFormat::shortDate(m_from->date()));
    else if (!ZoneShape::sizeProblem(m_kind, m_size->value()).isEmpty())
        problem = m_kind == ZoneShape::Kind::Circle
                      ? tr("The radius can be at most %1 m.")
                            .arg(QLocale().toString(ZoneShape::MaxSizeM, 'f', 0))
                      : tr("The width can be at most %1 m.")
                            .arg(QLocale().toString(ZoneShape::MaxSizeM, 'f', 0));
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty() && !m_name->text().isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

} // namespace citylab
