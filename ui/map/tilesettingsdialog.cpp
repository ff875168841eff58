// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilesettingsdialog.h"
#include "shell/helpbrowser.h"
#include "geo/tileprefetch.h"
#include "shell/filechooser.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace citylab {

TileSettingsDialog::TileSettingsDialog(const TileSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_sources(new QButtonGroup(this))
    , m_url(new QLineEdit(settings.customUrl, this))
    , m_folder(new QLineEdit(settings.offlineFolder, this))
    , m_error(new QLabel(this))
    , m_downloadBox(new QWidget(this))
    , m_downloadUrl(new QLineEdit(this))
    , m_deepestZoom(new QSpinBox(this))
    , m_downloadSize(new QLabel(this))
    , m_download(new QPushButton(this))
    , m_downloadResult(new QLabel(this))
{
    setObjectName(QStringLiteral("tileSettingsDialog"));
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
    m_url->setAccessibleName(tr("Address of the custom tile server"));
    m_folder->setAccessibleName(tr("Tile folder on this computer"));
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

    // Download the area on screen into the tile folder: what `citylab tiles prefetch` does.
    m_downloadBox->setObjectName(QStringLiteral("tileDownload"));
    m_downloadBox->hide();   // until the map says what it shows
    auto *downloadTitle = new QLabel(tr("<b>Download the area on screen for offline use</b>"), m_downloadBox);
    auto *fromLabel = new QLabel(tr("&From:"), m_downloadBox);
    fromLabel->setBuddy(m_downloadUrl);
    m_downloadUrl->setObjectName(QStringLiteral("downloadUrl"));
    m_downloadUrl->setText(settings.source == TileSettings::CustomUrl ? settings.customUrl
                                                                      : QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    auto *zoomLabel = new QLabel(tr("&Down to zoom:"), m_downloadBox);
    zoomLabel->setBuddy(m_deepestZoom);
    m_deepestZoom->setObjectName(QStringLiteral("downloadDeepestZoom"));
    m_deepestZoom->setRange(0, 19);
    m_download->setObjectName(QStringLiteral("downloadTiles"));
    m_download->setText(tr("Download into the tile folder"));
    m_downloadSize->setObjectName(QStringLiteral("downloadSize"));
    m_downloadResult->setObjectName(QStringLiteral("downloadResult"));
    m_downloadResult->setWordWrap(true);
    auto *downloadGrid = new QGridLayout(m_downloadBox);
    downloadGrid->setContentsMargins(0, 12, 0, 0);
    downloadGrid->addWidget(downloadTitle, 0, 0, 1, 3);
    downloadGrid->addWidget(fromLabel, 1, 0);
    downloadGrid->addWidget(m_downloadUrl, 1, 1, 1, 2);
    downloadGrid->addWidget(zoomLabel, 2, 0);
    downloadGrid->addWidget(m_deepestZoom, 2, 1);
    downloadGrid->addWidget(m_downloadSize, 2, 2);
    downloadGrid->addWidget(m_download, 3, 1, 1, 2, Qt::AlignLeft);
    downloadGrid->addWidget(m_downloadResult, 4, 0, 1, 3);
    downloadGrid->setColumnStretch(2, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    HelpBrowser::addHelpButton(buttons, QStringLiteral("map.html#tiles"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addWidget(m_downloadBox);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    connect(buttons, &QDialogButtonBox::accepted, this, &TileSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TileSettingsDialog::reject);
    connect(m_sources, &QButtonGroup::idClicked, this, &TileSettingsDialog::updateEnabled);
    connect(m_deepestZoom, &QSpinBox::valueChanged, this, &TileSettingsDialog::updateDownloadSize);
    connect(m_folder, &QLineEdit::textChanged, this, &TileSettingsDialog::updateDownloadSize);
    connect(m_downloadUrl, &QLineEdit::textChanged, this, &TileSettingsDialog::updateDownloadSize);
    connect(m_download, &QPushButton::clicked, this, &TileSettingsDialog::download);
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
    updateDownloadSize();
}

void TileSettingsDialog::setVisibleArea(const QRectF &area, int zoom)
{
    m_area = area.normalized();
    m_zoom = qBound(0, zoom, 19);
    m_deepestZoom->setMinimum(m_zoom);
    m_deepestZoom->setValue(qMin(19, m_zoom + 2));
    m_downloadBox->setVisible(m_area.isValid());
    updateDownloadSize();
}

QString TileSettingsDialog::downloadTemplate() const
{
    return m_downloadUrl->text().trimmed();
}

void TileSettingsDialog::updateDownloadSize()
{
    const qint64 count = TilePrefetch::countFor(m_area, m_zoom, m_deepestZoom->value());
    QString problem;
    if (count > TilePrefetch::defaultTileLimit)
        problem = tr("more than %1: zoom in on the map or choose a lower zoom").arg(TilePrefetch::defaultTileLimit);
    else if (TileSettings::prefixOfTemplate(downloadTemplate()).isEmpty())
        problem = tr("the address must end in {z}/{x}/{y}.png");
    else if (m_sources->checkedId() != TileSettings::OfflineFolder || m_folder->text().trimmed().isEmpty())
        problem = tr("choose the tile folder above first");
    m_downloadSize->setText(problem.isEmpty() ? tr("%n tile(s)", nullptr, int(count))
                                              : tr("%n tile(s): %1", nullptr, int(count)).arg(problem));
    m_download->setEnabled(problem.isEmpty() && m_area.isValid());
}

void TileSettingsDialog::download()
{
    const QString folder = m_folder->text().trimmed();
    if (!QDir().mkpath(folder)) {
        m_downloadResult->setText(tr("The folder \"%1\" cannot be made.").arg(folder));
        return;
    }
    const QList<TilePrefetch::Tile> tiles = TilePrefetch::tilesFor(m_area, m_zoom, m_deepestZoom->value());
    TilePrefetch prefetch;
    QProgressDialog progress(tr("Downloading map tiles…"), tr("Cancel"), 0, int(tiles.size()), this);
    progress.setObjectName(QStringLiteral("tileDownloadProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QString error;
    bool done = false;
    connect(&prefetch, &TilePrefetch::progressed, &progress, [&progress](int count) { progress.setValue(count); });
    connect(&prefetch, &TilePrefetch::finished, this, [&](const QString &problem) {
        error = problem;
        done = true;
    });
    connect(&progress, &QProgressDialog::canceled, &prefetch, &TilePrefetch::cancel);
    prefetch.start(downloadTemplate(), tiles, folder);
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    progress.reset();
    const QString counts = tr("%1 tiles downloaded, %2 were already there.").arg(prefetch.fetched()).arg(prefetch.kept());
    m_downloadResult->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
    m_downloadResult->setText(error.isEmpty() ? counts : tr("Stopped: %1. %2").arg(error, counts));
}

} // namespace citylab
