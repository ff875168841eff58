// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilesettingsdialog.h"
#include "shell/filechooser.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace citylab {

TileSettingsDialog::TileSettingsDialog(const TileSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_sources(new QButtonGroup(this))
    , m_url(new QLineEdit(settings.customUrl, this))
    , m_folder(new QLineEdit(settings.offlineFolder, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Map tiles"));
    auto *grid = new QGridLayout;
    const auto addSource = [this, grid](TileSettings::Source source, const QString &text, const QString &hint) {
        auto *button = new QRadioButton(text, this);
        m_sources->addButton(button, int(source));
        const int row = grid->rowCount();
        grid->addWidget(button, row, 0, 1, 3);
        auto *note = new QLabel(hint, this);
        note->setWordWrap(true);
        note->setContentsMargins(24, 0, 0, 4);
        note->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(note, row + 1, 0, 1, 3);
    };
    addSource(TileSettings::OpenStreetMap, tr("OpenStreetMap (online)"),
              tr("Tiles are kept on disk, so areas already seen show without a connection."));
    addSource(TileSettings::CustomUrl, tr("Custom tile server"), tr("A URL ending in {z}/{x}/{y}.png."));
    grid->addWidget(m_url, grid->rowCount(), 0, 1, 3);
    m_url->setPlaceholderText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    addSource(TileSettings::OfflineFolder, tr("Tile folder on this computer"),
              tr("A folder of {z}/{x}/{y}.png files, for example filled by \"citylab tiles prefetch\"."));
    const int folderRow = grid->rowCount();
    grid->addWidget(m_folder, folderRow, 0, 1, 2);
    auto *browse = new QPushButton(tr("Choose…"), this);
    grid->addWidget(browse, folderRow, 2);
    addSource(TileSettings::NoTiles, tr("No tiles"), tr("A plain background with the zones and a scale bar."));
    m_sources->button(int(settings.source))->setChecked(true);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(buttons, &QDialogButtonBox::accepted, this, &TileSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TileSettingsDialog::reject);
    connect(m_sources, &QButtonGroup::idClicked, this, &TileSettingsDialog::updateEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = FileChooser::folder(this, tr("Tile folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    updateEnabled();
}

TileSettings TileSettingsDialog::settings() const
{
    TileSettings settings;
    settings.source = TileSettings::Source(m_sources->checkedId());
    settings.customUrl = m_url->text().trimmed();
    settings.offlineFolder = m_folder->text().trimmed();
    return settings;
}

void TileSettingsDialog::accept()
{
    const TileSettings chosen = settings();
    QString error;
    if (chosen.source == TileSettings::CustomUrl && TileSettings::prefixOfTemplate(chosen.customUrl).isEmpty())
        error = tr("The tile URL must end in {z}/{x}/{y}.png.");
    else if (chosen.source == TileSettings::OfflineFolder && !QDir(chosen.offlineFolder).exists())
        error = tr("The folder \"%1\" does not exist.").arg(chosen.offlineFolder);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void TileSettingsDialog::updateEnabled()
{
    m_url->setEnabled(m_sources->checkedId() == TileSettings::CustomUrl);
    m_folder->setEnabled(m_sources->checkedId() == TileSettings::OfflineFolder);
}

} // namespace citylab
