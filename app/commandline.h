// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

#include <optional>

namespace citylab {

class Store;

// The headless verbs of citylab. Each prints its result on stdout and its errors on
// stderr, translated, and returns the exit status: 0 ok, 1 bad input or data, 2 usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(citylab::CommandLine)
public:
    enum Status { Ok = 0, BadData = 1, Usage = 2 };

    // True when argv asks for a verb (or for help/version) rather than for the window.
    static bool isVerbInvocation(int argc, char *argv[]);
    static int run(int argc, char *argv[]);

    // What verb classes in their own files (one per verb group, e.g. ZoneCommands) use:
    // the arguments after the program name, the output streams and the shared parsing.
    const QStringList &arguments() const { return m_arguments; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Opens --db for reading; prints the reason and returns false when it cannot.
    bool openForReading(Store &store, const QString &path);
    // Opens --db to write into it: waits for other programs writing to it, saying so.
    bool openForWriting(Store &store, const QString &path);
    // True, with the reason printed, when SQLite found the store damaged while reading it:
    // what was read is incomplete and must not be printed or written anywhere.
    bool reportDamage(const Store &store);
    int usage(const QString &problem = {});
    static void addCommonOptions(QCommandLineParser &parser);
    // The parser's help with `command` ("citylab deadlines") in its usage line, where Qt
    // would name the executable's path.
    static QString helpText(const QCommandLineParser &parser, const QString &command);
    std::optional<int> parseVerb(QCommandLineParser &parser, const QString &verb, QString *path);
    // --format text|csv and --excel, for verbs that print a table.
    static void addCsvOptions(QCommandLineParser &parser);
    // A CSV table on standard output, lines ending in CRLF (RFC 4180): for scripts, ',' and a
    // decimal point; with --excel, what a spreadsheet in Italian (or any language with a
    // decimal comma) opens as columns: ';', decimal comma, UTF-8 with a byte order mark.
    // Numbers are given as doubles, the rest as text.
    int writeCsv(const QCommandLineParser &parser, const QStringList &header, const QList<QVariantList> &rows);

private:
    explicit CommandLine(const QStringList &arguments);
    int dispatch();
    int runVerb();
    int demo();
    int check();
    int deadlines();
    QString generalHelp() const;

    QStringList m_arguments;   // without the program name
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace citylab
