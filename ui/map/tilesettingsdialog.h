// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilesettings.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;

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

private:
    void updateEnabled();

    QButtonGroup *m_sources;
    QLineEdit *m_url;
    QLineEdit *m_folder;
    QLabel *m_error;
};

} // namespace citylab
