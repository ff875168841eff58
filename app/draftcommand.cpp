// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcommand.h"

#include "commandline.h"
#include "drafting/draftexporter.h"
#include "drafting/placeholdermerge.h"
#include "store/store.h"

#include <QCommandLineParser>

namespace citylab {

int DraftCommand::run(CommandLine &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a regulatory request as the letter to send: PDF with letterhead and zone map, "
                                        "ODT for further editing, or an .eml draft for the PEC client. A request with no "
                                        "text yet uses the default template of its kind."));
    CommandLine::addCommonOptions(parser);
    parser.addOption({QStringLiteral("request"), tr("The request: its protocol number, uuid or reference (RR-YYYY-NNNN)."), tr("REFERENCE")});
    parser.addOption({QStringLiteral("format"), tr("pdf, pdfa (PDF/A-1b, for the archive), odt or eml."), tr("FORMAT"), QStringLiteral("pdf")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), tr("FILE")});
    parser.addOption({QStringLiteral("allow-missing"),
                      tr("Write the letter even if the records cannot fill some of its places (they are marked in it).")});
    QString path;
    if (const auto status = cli.parseVerb(parser, QStringLiteral("draft"), &path))
        return *status;
    const QString reference = parser.value(QStringLiteral("request"));
    if (reference.isEmpty())
        return cli.usage(tr("draft: --request REFERENCE is required"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(tr("draft: --out FILE is required"));
    const QString format = parser.value(QStringLiteral("format"));
    DraftExporter::Format kind;
    if (format == QLatin1String("pdf") || format == QLatin1String("pdfa"))
        kind = DraftExporter::Format::Pdf;
    else if (format == QLatin1String("odt"))
        kind = DraftExporter::Format::Odt;
    else if (format == QLatin1String("eml"))
        kind = DraftExporter::Format::Eml;
    else
        return cli.usage(tr("draft: --format must be pdf, pdfa, odt or eml, not '%1'").arg(format));

    // Opened for upgrade, not inspection: an older file gains the checklist columns.
    Store store;
    if (!store.open(path, Store::OpenMode::OpenExisting)) {
        cli.err() << "citylab: " << store.errorString() << '\n';
        return CommandLine::BadData;
    }
    const qint64 id = DraftContext::findRequest(store, reference);
    if (id < 0) {
        cli.err() << "citylab: " << tr("%1: no request has the protocol number, uuid or reference '%2'.").arg(path, reference) << '\n';
        return CommandLine::BadData;
    }
    DraftExporter exporter(store, id);
    exporter.setArchival(format == QLatin1String("pdfa"));
    // A letter with unfilled places is not written unless asked: it is meant to be sent.
    if (const QStringList unfilled = exporter.unfilled(); !unfilled.isEmpty() && !parser.isSet(QStringLiteral("allow-missing"))) {
        QStringList names;
        for (const QString &name : unfilled)
            names << QStringLiteral("{{%1}} (%2)").arg(name, PlaceholderMerge::description(name));
        cli.err() << "citylab: "
                  << tr("%1 was not written: the records cannot fill %2. Fill them, or add --allow-missing to write the "
                        "letter with these places marked.")
                         .arg(out, names.join(QStringLiteral(", ")))
                  << '\n';
        return CommandLine::BadData;
    }
    QString error;
    if (!exporter.write(kind, out, &error)) {
        cli.err() << "citylab: " << error << '\n';
        return CommandLine::BadData;
    }
    for (const QString &warning : exporter.warnings())
        cli.err() << tr("warning: %1").arg(warning) << '\n';
    if (!exporter.missing().isEmpty()) {
        QStringList names;
        for (const QString &name : exporter.missing())
            names << QStringLiteral("{{%1}} (%2)").arg(name, PlaceholderMerge::description(name));
        cli.err() << tr("warning: %n placeholder(s) could not be filled and are marked in the letter: %1", nullptr, int(names.size()))
                         .arg(names.join(QStringLiteral(", ")))
                  << '\n';
    }
    cli.out() << tr("Wrote %1").arg(out) << '\n';
    return CommandLine::Ok;
}

} // namespace citylab
