// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zoneshape.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace citylab {

// A zone's outline typed or pasted instead of drawn: a polygon's corners, one
// "latitude, longitude" per line, or a circle's centre and radius. For whoever works
// without a mouse, and for coordinates that come in an authorization's text.
class ZoneCoordinatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ZoneCoordinatesDialog(QWidget *parent = nullptr);

    // The shape typed; valid once the dialog is accepted.
    ZoneShape shape() const { return m_shape; }
    // Where the map looks (lon/lat): coordinates that land far from it but near it read the
    // other way round are questioned.
    void setReference(QPointF lonLat) { m_reference = lonLat; m_hasReference = true; }

    void accept() override;

private:
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_corners;
    QLineEdit *m_centre;
    QDoubleSpinBox *m_radius;
    QLabel *m_error;
    ZoneShape m_shape;
    QPointF m_reference;
    bool m_hasReference = false;

    // The points as typed, or swapped when the user agrees they were typed longitude first.
    QList<QPointF> checkOrder(const QList<QPointF> &points);
};

} // namespace citylab
