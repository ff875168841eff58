// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zoneshape.h"

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace citylab {

// The facts of one zone beside its outline: name, the days it is active (either end may
// stay open), the circle's radius or the corridor's width, and the constraints the
// authorization sets (maximum height, hours, notes).
class ZoneFormDialog : public QDialog
{
    Q_OBJECT
public:
    ZoneFormDialog(ZoneShape::Kind kind, const QString &experiment, QWidget *parent = nullptr);

    // Fills the form from a zones row (name, active_from, active_to, max_height_m, hours, notes).
    void setValues(const QVariantMap &zone);
    // The same columns; dates as ISO text, empty fields as null.
    QVariantMap values() const;
    void setRadiusM(double radiusM);
    double radiusM() const;
    void setWidthM(double widthM);
    double widthM() const;

private:
    void check();

    ZoneShape::Kind m_kind;
    QLineEdit *m_name;
    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QCheckBox *m_hasTo;
    QDateEdit *m_to;
    QDoubleSpinBox *m_size;
    QDoubleSpinBox *m_height;
    QLineEdit *m_hours;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace citylab
