// SPDX-License-Identifier: GPL-3.0-or-later
#include "zonecoordinatesdialog.h"

#include "geo/coordinatetext.h"
#include "shell/helpbrowser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace citylab {

ZoneCoordinatesDialog::ZoneCoordinatesDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_corners(new QPlainTextEdit(this))
    , m_centre(new QLineEdit(this))
    , m_radius(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("zoneCoordinatesDialog"));
    setWindowTitle(tr("Zone by Coordinates"));
    m_kind->setObjectName(QStringLiteral("coordinatesKind"));
    m_corners->setObjectName(QStringLiteral("coordinatesCorners"));
    m_centre->setObjectName(QStringLiteral("coordinatesCentre"));
    m_radius->setObjectName(QStringLiteral("coordinatesRadius"));
    m_kind->addItem(tr("Polygon"), int(ZoneShape::Kind::Polygon));
    m_kind->addItem(tr("Circle"), int(ZoneShape::Kind::Circle));

    // Polygon: its corners, as typed or pasted from a map site or a spreadsheet.
    auto *polygonPage = new QWidget(m_pages);
    auto *polygonLayout = new QVBoxLayout(polygonPage);
    polygonLayout->setContentsMargins(0, 0, 0, 0);
    auto *cornersLabel = new QLabel(tr("&Corners, one per line (latitude, longitude):"), polygonPage);
    cornersLabel->setBuddy(m_corners);
    m_corners->setTabChangesFocus(true);
    m_corners->setPlaceholderText(QStringLiteral("45.0703, 7.6869\n45.0712, 7.6891\n45.0695, 7.6902"));
    m_corners->setMinimumHeight(120);
    m_corners->setAccessibleDescription(tr("One corner per line: latitude, then longitude, separated by a comma, a semicolon or a space"));
    polygonLayout->addWidget(cornersLabel);
    polygonLayout->addWidget(m_corners, 1);

    // Circle: the centre and the radius.
    auto *circlePage = new QWidget(m_pages);
    auto *circleForm = new QFormLayout(circlePage);
    circleForm->setContentsMargins(0, 0, 0, 0);
    circleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_centre->setPlaceholderText(QStringLiteral("45.0703, 7.6869"));
    m_centre->setAccessibleDescription(tr("Latitude, then longitude"));
    m_radius->setRange(1, ZoneShape::MaxSizeM);
    m_radius->setDecimals(0);
    m_radius->setValue(100);
    m_radius->setSuffix(tr(" m"));
    circleForm->addRow(tr("C&entre (latitude, longitude)"), m_centre);
    circleForm->addRow(tr("&Radius"), m_radius);

    m_pages->addWidget(polygonPage);
    m_pages->addWidget(circlePage);
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_error->setObjectName(QStringLiteral("coordinatesError"));
    m_error->setStyleSheet(QStringLiteral("color: #a40000"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *kindForm = new QFormLayout;
    kindForm->addRow(tr("&Shape"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("first-start.html#keyboard"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ZoneCoordinatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindForm);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

QList<QPointF> ZoneCoordinatesDialog::checkOrder(const QList<QPointF> &points)
{
    if (!m_hasReference || !CoordinateText::looksSwapped(points, m_reference))
        return points;
    const QLocale locale;
    const QPointF first = points.constFirst();
    const auto answer = QMessageBox::question(
        this, tr("Latitude and longitude"),
        tr("Read as latitude %1, longitude %2 the zone lies %3 km from the area on the map; the other way round it "
           "lies there. Were they written longitude first? Yes swaps them.")
            .arg(locale.toString(first.y(), 'f', 4), locale.toString(first.x(), 'f', 4),
                 locale.toString(CoordinateText::distanceKm(first, m_reference), 'f', 0)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes ? CoordinateText::swapped(points) : points;
}

void ZoneCoordinatesDialog::accept()
{
    QString error;
    if (m_kind->currentData().toInt() == int(ZoneShape::Kind::Circle)) {
        const std::optional<QPointF> centre = CoordinateText::parsePoint(m_centre->text(), &error);
        if (centre) {
            m_shape = ZoneShape::circle(checkOrder({*centre}).constFirst(), m_radius->value());
            QDialog::accept();
            return;
        }
        error = tr("Centre: %1").arg(error);
        m_centre->setFocus();
    } else {
        const std::optional<QList<QPointF>> corners = CoordinateText::parseCorners(m_corners->toPlainText(), &error);
        if (corners) {
            m_shape = ZoneShape::polygon(checkOrder(*corners));
            QDialog::accept();
            return;
        }
        m_corners->setFocus();
    }
    m_error->setText(error);
    m_error->show();
}

} // namespace citylab
