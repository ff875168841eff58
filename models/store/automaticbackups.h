// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace citylab {

// The daily copies CityLab makes of a store when it is opened for writing: one a day,
// the last keep() kept, in a folder of the user's data (one subfolder per store). A copy
// that fails its check never pushes a good one out.
class AutomaticBackups
{
    Q_DECLARE_TR_FUNCTIONS(citylab::AutomaticBackups)
public:
    static constexpr int defaultKeep = 7;

    struct Backup
    {
        QString path;
        QDateTime madeAt;   // local time
        qint64 size = 0;
        bool beforeRestore = false;   // what a restore replaced
    };

    // Where the backups of every store go: set in the settings, or the user's data folder.
    static QString rootFolder();
    static void setRootFolder(const QString &folder);   // empty: back to the default
    // How many daily copies are kept; 0 turns the daily copies off.
    static int keep();
    static void setKeep(int count);

    // This store's own folder inside rootFolder().
    static QString folderOf(const QString &storePath);
    // Newest first.
    static QList<Backup> list(const QString &storePath);

    // Makes the day's copy unless there is one, then removes the oldest past keep().
    // Returns the new copy's path; empty when none was due or on failure (*error set).
    static QString makeDaily(const QString &storePath, QString *error,
                             const QDateTime &now = QDateTime::currentDateTime());
    // A copy made now whatever the day (before a restore, say), kept like the others.
    static QString makeNow(const QString &storePath, QString *error, const QDateTime &now = QDateTime::currentDateTime());
    // The name a copy made at `when` gets, in folderOf(storePath).
    static QString pathFor(const QString &storePath, const QDateTime &when);
    // Where a restore keeps what it replaces: listed with the others, never mistaken for
    // the day's copy made in the same second.
    static QString pathBeforeRestore(const QString &storePath, const QDateTime &when);

private:
    static void prune(const QString &storePath);
};

} // namespace citylab
