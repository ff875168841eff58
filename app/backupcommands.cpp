// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "commandline.h"
#include "i18n/dateformat.h"
#include "store/automaticbackups.h"
#include "store/store.h"
#include "store/storebackup.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace citylab {

int BackupCommands::backup(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a CityLab database through SQLite's online backup, consistent even while other programs write "
           "to it, and checks the copy's integrity before putting it in place. --list shows the automatic daily "
           "backups CityLab keeps of it."));
    CommandLine::addCommonOptions(parser);
    parser.addOption({QStringLiteral("out"), tr("The copy to write."), tr("COPY")});
    parser.addOption({QStringLiteral("list"), tr("List the automatic backups of the database instead.")});
    QString path;
    if (const auto status = cli.parseVerb(parser, QStringLiteral("backup"), &path))
        return *status;
    const QLocale locale;
    if (parser.isSet(QStringLiteral("list"))) {
        const QList<AutomaticBackups::Backup> backups = AutomaticBackups::list(path);
        if (backups.isEmpty())
            cli.out() << tr("No automatic backups of %1 in %2.").arg(path, AutomaticBackups::folderOf(path)) << '\n';
        for (const AutomaticBackups::Backup &b : backups)
            cli.out() << DateFormat::shortDate(b.madeAt.date()) << ' ' << locale.toString(b.madeAt.time(), QLocale::ShortFormat)
                      << "  " << locale.formattedDataSize(b.size) << "  " << QDir::toNativeSeparators(b.path) << '\n';
        return CommandLine::Ok;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(tr("backup: --out COPY (or --list) is required"));
    QString error;
    if (!StoreBackup::copy(path, out, &error)) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    cli.out() << tr("%1 copied to %2 (%3), integrity checked.")
                     .arg(path, out, locale.formattedDataSize(QFileInfo(out).size()))
              << '\n';
    return CommandLine::Ok;
}

int BackupCommands::restore(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Puts a backup's content back into a CityLab database. What the database held before is kept as a backup "
           "too (or, when it cannot be opened at all, renamed beside it), so a restore can be undone."));
    CommandLine::addCommonOptions(parser);
    parser.addOption({QStringLiteral("from"), tr("The backup to restore."), tr("BACKUP")});
    QString path;
    if (const auto status = cli.parseVerb(parser, QStringLiteral("restore"), &path))
        return *status;
    const QString backup = parser.value(QStringLiteral("from"));
    if (backup.isEmpty())
        return cli.usage(tr("restore: --from BACKUP is required"));
    QString error;
    if (StoreBackup::verify(backup, &error) < 0) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    const QDateTime now = QDateTime::currentDateTime();
    Store store;
    if (QFileInfo::exists(path) && cli.openForWriting(store, path)) {
        // Beside the store, where whoever ran the command will look for it.
        const QString kept = path + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool restored = StoreBackup::restoreInto(store, backup, kept, &error);
        store.close();
        // Opening it again upgrades a backup made by an older CityLab.
        if (!restored || !store.open(path, Store::OpenMode::OpenExisting)) {
            cli.err() << "citylab: " << (restored ? store.errorString() : error) << '\n';
            return CommandLine::BadData;
        }
        cli.out() << tr("%1 restored from %2; what it held before is kept in %3.").arg(path, backup, kept) << '\n';
        return CommandLine::Ok;
    }
    // Not openable at all (its header is damaged, say): the file itself is replaced.
    const QString kept = path + QStringLiteral(".damaged-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!StoreBackup::replaceFile(path, backup, kept, &error)) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    cli.out() << (QFileInfo::exists(kept) ? tr("%1 restored from %2; the damaged file is kept as %3.").arg(path, backup, kept)
                                          : tr("%1 restored from %2.").arg(path, backup))
              << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
