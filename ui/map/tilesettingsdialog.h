// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilesettings.h"

#include <QDialog>
#include <QRectF>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace citylab {

// Chooses where the map's tiles come from: OpenStreetMap, a custom server, a folder on
// disk or none. Refuses a template or folder it cannot use, saying why.
class TileSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TileSettingsDialog(const TileSettings &settings, QWidget *parent = nullptr);

    TileSettings settings() const;
    void accept() override;

    // The area the map shows (x = longitude, y = latitude) and its zoom, offered for download
    // into the tile folder, so the map works there without a connection.
    void setVisibleArea(const QRectF &area, int zoom);
    void download();

private:
    void updateEnabled();
    void updateDownloadSize();
    QString downloadTemplate() const;

    QButtonGroup *m_sources;
    QLineEdit *m_url;
    QLineEdit *m_folder;
    QLabel *m_error;
    QRectF m_area;
    int m_zoom = 12;
    QWidget *m_downloadBox;
    QLineEdit *m_downloadUrl;
    QSpinBox *m_deepestZoom;
    QLabel *m_downloadSize;
    QPushButton *m_download;
    QLabel *m_downloadResult;
};

} // namespace citylab
