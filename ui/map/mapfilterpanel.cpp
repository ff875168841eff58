// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapfilterpanel.h"

#include "domain/vocabulary.h"
#include "shell/recordcolours.h"
#include "zonelayer.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace citylab {

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString legendRow(const QColor &colour, const QString &text)
{
    return QStringLiteral("<tr><td><span style=\"background-color:%1; color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                          "</td><td>&nbsp;%2</td></tr>")
        .arg(colour.name(), text.toHtmlEscaped());
}

} // namespace

MapFilterPanel::MapFilterPanel(QWidget *parent)
    : QWidget(parent)
    , m_colourBy(new QComboBox(this))
    , m_domain(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_organization(new QComboBox(this))
    , m_experiment(new QComboBox(this))
    , m_filtersTitle(sectionTitle(this))
    , m_legendTitle(sectionTitle(this))
    , m_legend(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_colourBy->setObjectName(QStringLiteral("mapColourBy"));
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_domain->setObjectName(QStringLiteral("mapDomain"));
    m_stage->setObjectName(QStringLiteral("mapStage"));
    m_organization->setObjectName(QStringLiteral("mapOrganization"));
    m_experiment->setObjectName(QStringLiteral("mapExperiment"));
    m_count->setObjectName(QStringLiteral("mapCount"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QComboBox *combo : {m_colourBy, m_domain, m_stage, m_organization, m_experiment}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        m_formLabels << label;
        form->addRow(label, combo);
    }
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_count->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filtersTitle);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_legendTitle);
    layout->addWidget(m_legend);
    layout->addWidget(m_count);

    retranslate();
    setZones({});
    for (QComboBox *combo : {m_domain, m_stage, m_organization, m_experiment})
        connect(combo, &QComboBox::currentIndexChanged, this, &MapFilterPanel::filtersChanged);
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this] {
        updateLegend();
        emit colouringChanged();
    });
}

void MapFilterPanel::setZones(const QList<MapZone> &zones)
{
    const auto refill = [](QComboBox *combo, const QString &all, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all);
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        const int index = combo->findData(current);
        combo->setCurrentIndex(qMax(0, index));
    };
    QList<std::pair<QString, QVariant>> domains, stages, organizations, experiments;
    for (const QString &key : Vocabulary::keys(Vocabulary::Domain))
        domains.append({Vocabulary::label(Vocabulary::Domain, key), key});
    for (const QString &key : Vocabulary::keys(Vocabulary::Stage))
        stages.append({Vocabulary::label(Vocabulary::Stage, key), key});
    QSet<qint64> seen, seenOrganizations;
    for (const MapZone &zone : zones) {
        if (zone.organizationId >= 0 && !seenOrganizations.contains(zone.organizationId)) {
            seenOrganizations.insert(zone.organizationId);
            organizations.append({zone.organization, zone.organizationId});
        }
        if (!seen.contains(zone.experimentId)) {
            seen.insert(zone.experimentId);
            experiments.append({zone.code % QStringLiteral(" – ") % zone.title, zone.experimentId});
        }
    }
    const auto byText = [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; };
    std::sort(organizations.begin(), organizations.end(), byText);
    std::sort(experiments.begin(), experiments.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    refill(m_domain, tr("All domains"), domains);
    refill(m_stage, tr("All stages"), stages);
    refill(m_organization, tr("All organizations"), organizations);
    refill(m_experiment, tr("All experiments"), experiments);
}

bool MapFilterPanel::passes(const MapZone &zone) const
{
    const QString domain = m_domain->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    const QVariant organization = m_organization->currentData();
    const QVariant experiment = m_experiment->currentData();
    return (domain.isEmpty() || zone.domain == domain) && (stage.isEmpty() || zone.stage == stage)
        && (!organization.isValid() || zone.organizationId == organization.toLongLong())
        && (!experiment.isValid() || zone.experimentId == experiment.toLongLong());
}

QColor MapFilterPanel::colourOf(const MapZone &zone) const
{
    return m_colourBy->currentIndex() == 1 ? RecordColours::stage(zone.stage) : RecordColours::domain(zone.domain);
}

void MapFilterPanel::setLegendExtras(bool tracks, bool events)
{
    m_tracks = tracks;
    m_events = events;
    updateLegend();
}

QString MapFilterPanel::legendText() const
{
    return m_legend->text();
}

void MapFilterPanel::setCountText(const QString &text)
{
    m_count->setText(text);
}

void MapFilterPanel::updateLegend()
{
    const bool byStage = m_colourBy->currentIndex() == 1;
    const Vocabulary::Field field = byStage ? Vocabulary::Stage : Vocabulary::Domain;
    QString html = QStringLiteral("<table cellspacing=2>");
    for (const QString &key : Vocabulary::keys(field))
        html += legendRow(byStage ? RecordColours::stage(key) : RecordColours::domain(key), Vocabulary::label(field, key));
    if (m_tracks) {
        html += legendRow(ZoneLayer::trackColour(), tr("where the tests ran (recorded tracks)"));
        html += legendRow(ZoneLayer::excursionColour(), tr("outside what was authorized (thick line)"));
    }
    if (m_events)
        html += legendRow(ZoneLayer::eventColour(), tr("city events, no tests there (grey hatching)"));
    html += QStringLiteral("</table>");
    m_legend->setText(html);
}

void MapFilterPanel::retranslate()
{
    m_filtersTitle->setText(tr("Show"));
    m_legendTitle->setText(tr("Legend"));
    const QStringList labels = {tr("Colour by"), tr("Domain"), tr("Stage"), tr("Organization"), tr("Experiment")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    {
        const QSignalBlocker blocker(m_colourBy);
        const int index = qMax(0, m_colourBy->currentIndex());
        m_colourBy->clear();
        m_colourBy->addItems({tr("Domain"), tr("Stage")});
        m_colourBy->setCurrentIndex(index);
    }
    updateLegend();
}

void MapFilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace citylab
