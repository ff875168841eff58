// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace testsupport {

// A throwaway PostgreSQL cluster for one test program: initdb and pg_ctl in a temporary
// folder, listening on 127.0.0.1 at a free port, passwords required (SCRAM). PostgreSQL
// refuses to run as root, so as root (CI, the build root) the server runs as nobody.
class PgTestServer
{
public:
    static constexpr const char *superuser = "postgres";
    static constexpr const char *superPassword = "citylab-test-super";

    ~PgTestServer() { stop(); }

    static QString binDir()
    {
        const QString given = qEnvironmentVariable("CITYLAB_PG_BINDIR");
        if (!given.isEmpty())
            return given;
        QDir versions(QStringLiteral("/usr/lib/postgresql"));
        QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : std::as_const(found))
            if (QFile::exists(versions.filePath(version + QStringLiteral("/bin/initdb"))))
                return versions.filePath(version + QStringLiteral("/bin"));
        return {};
    }

    bool start(QString *error)
    {
        const QString bin = binDir();
        if (bin.isEmpty()) {
            *error = QStringLiteral("PostgreSQL's initdb was not found (install postgresql-17)");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        QFile pw(m_dir.filePath(QStringLiteral("pw")));
        pw.open(QIODevice::WriteOnly);
        pw.write(superPassword);
        pw.close();
        if (::geteuid() == 0) {
            for (const QString &path : {m_dir.path(), pw.fileName()})
                if (::chown(QFile::encodeName(path).constData(), 65534, 65534) != 0) {
                    *error = QStringLiteral("cannot hand %1 to nobody").arg(path);
                    return false;
                }
        }
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QString::fromLatin1(superuser),
                  QStringLiteral("--pwfile"), pw.fileName(), QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
                  QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                 error))
            return false;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        m_bin = bin;
        return startCluster(error);
    }

    void stop()
    {
        if (!m_running)
            return;
        QString ignored;
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
        m_running = false;
    }

    bool restart(QString *error)
    {
        stop();
        return startCluster(error);
    }

    int port() const { return m_port; }
    QString folder() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    QString url(const QString &user = QString::fromLatin1(superuser), const QString &database = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }

    // Runs SQL as the superuser with psql; returns its output (or fails the test).
    QString psql(const QString &sql, const QString &database = QStringLiteral("postgres")) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(superPassword));
        process.setProcessEnvironment(env);
        process.start(m_bin + QStringLiteral("/psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url(QString::fromLatin1(superuser), database),
                       QStringLiteral("-c"), sql});
        process.waitForFinished(60000);
        if (process.exitCode() != 0)
            qWarning("psql failed: %s", process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private:
    // Starts the initialised cluster on 127.0.0.1:m_port, without fsync (throwaway data).
    bool startCluster(QString *error)
    {
        if (!run(m_bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"), QStringLiteral("-o"),
                  QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -F -c max_connections=80").arg(m_port).arg(m_dir.path()),
                  QStringLiteral("start")},
                 error))
            return false;
        m_running = true;
        return true;
    }

    bool run(const QString &program, QStringList arguments, QString *error) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QString command = program;
        if (::geteuid() == 0) {
            arguments.prepend(program);
            arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups")} + arguments;
            command = QStringLiteral("setpriv");
        }
        process.start(command, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_running = false;
};

} // namespace testsupport
