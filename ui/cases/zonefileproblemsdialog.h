// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/zonefilereader.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace citylab {

// Why a zone file was not imported: every bad feature with its number, name, place in the
// file and reason, so the whole file can be fixed in one go. The list can be copied to send
// back to whoever made the file.
class ZoneFileProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ZoneFileProblemsDialog(const QString &fileName, const QList<ZoneFileProblem> &problems, QWidget *parent = nullptr);

    QString problemsText() const;   // one line a problem, as the command line prints them

private:
    QString m_fileName;
    QList<ZoneFileProblem> m_problems;
    QTreeWidget *m_list;
};

} // namespace citylab
