// SPDX-License-Identifier: GPL-3.0-or-later
// What the team-sync tests share: a throwaway PostgreSQL cluster, a database per test with the
// citylab schema and three people in it (alice and bruno editors, viola a viewer), and the
// `citylab` program run as a user would run it.
#pragma once

#include "pgtestserver.h"
#include "testsupport.h"

#include "store/store.h"
#include "sync/pgconnection.h"
#include "sync/synccontents.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace testsupport {

class TeamServerFixture
{
public:
    struct Cli
    {
        int status = -1;
        QString out, err;
    };

    QString dbUrl(const QString &user) const { return m_server.url(user, m_database); }

    Cli citylab(const QStringList &arguments, const QString &password = {}) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password.isEmpty() ? QString::fromLatin1(PgTestServer::superPassword) : password);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CITYLAB_BIN), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        process.waitForFinished(120000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString passwordFile(const QString &name, const QString &password)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".pw"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(password.toUtf8() + '\n');
        return path;
    }

    bool syncFile(const QString &path, const QString &user = QStringLiteral("alice"), QString *out = nullptr)
    {
        const Cli result = citylab({QStringLiteral("sync"), QStringLiteral("--db"), path, QStringLiteral("--pg"), dbUrl(user),
                                    QStringLiteral("--password-file"), m_dir.filePath(user + QStringLiteral(".pw"))});
        if (out)
            *out = result.out + result.err;
        if (result.status != 0)
            qWarning("sync of %s failed: %s%s", qPrintable(path), qPrintable(result.out), qPrintable(result.err));
        return result.status == 0;
    }

    citylab::SyncContents contents(const QString &path)
    {
        citylab::Store store;
        if (!store.open(path, citylab::Store::OpenMode::OpenExisting))
            qFatal("cannot open %s", qPrintable(path));
        QString error;
        const std::optional<citylab::SyncContents> found = citylab::SyncContentsReader::local(store, &error);
        if (!found)
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(error));
        return *found;
    }

    citylab::SyncContents serverContents(const QString &anyFile)
    {
        citylab::Store store;
        store.open(anyFile, citylab::Store::OpenMode::OpenExisting);
        citylab::PgConnection server;
        if (!server.open(dbUrl(QStringLiteral("alice")), QStringLiteral("alice-pw")))
            qFatal("cannot connect: %s", qPrintable(server.errorString()));
        QString error;
        const std::optional<citylab::SyncContents> found = citylab::SyncContentsReader::server(server, store, &error);
        if (!found)
            qFatal("cannot read the server: %s", qPrintable(error));
        return *found;
    }

    // Alice's demo file filling the server and Bruno's empty file taking it (empty on failure).
    std::pair<QString, QString> joinedPair()
    {
        const QString a = testsupport::makeDemo(m_dir, QStringLiteral("a.citylab"));
        const QString b = m_dir.filePath(QStringLiteral("b.citylab"));
        QFile::remove(b);
        {
            citylab::Store store;
            if (!store.open(b))
                return {};
        }
        if (!syncFile(a) || !syncFile(b, QStringLiteral("bruno")))
            return {};
        return {a, b};
    }

    static qint64 firstId(citylab::Store &store, const QString &table)
    {
        QSqlQuery query(store.database());
        // By uuid: the same record in every file (ids are each file's own).
        query.exec(QStringLiteral("SELECT id FROM \"%1\" ORDER BY uuid LIMIT 1").arg(table));
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    // For initTestCase: the cluster and the three people's password files.
    void startServer()
    {
        testsupport::isolateSettings();
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(error));
        passwordFile(QStringLiteral("alice"), QStringLiteral("alice-pw"));
        passwordFile(QStringLiteral("bruno"), QStringLiteral("bruno-pw"));
        passwordFile(QStringLiteral("viola"), QStringLiteral("viola-pw"));
    }

    void stopServer()
    {
        m_server.stop();
    }

    // For init: each test gets its own database with the schema and three people in it.
    void makeDatabase()
    {
        m_database = QStringLiteral("team%1").arg(++m_databases);
        m_server.psql(QStringLiteral("CREATE DATABASE %1").arg(m_database));
        const Cli made = citylab({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres"))});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        for (const auto &[user, role] : {std::pair{QStringLiteral("alice"), QStringLiteral("editor")},
                                         std::pair{QStringLiteral("bruno"), QStringLiteral("editor")},
                                         std::pair{QStringLiteral("viola"), QStringLiteral("viewer")}}) {
            const Cli added = citylab({QStringLiteral("server"), QStringLiteral("add-user"), user, QStringLiteral("--role"), role,
                                       QStringLiteral("--pg"), dbUrl(QStringLiteral("postgres")), QStringLiteral("--password-file"),
                                       m_dir.filePath(user + QStringLiteral(".pw"))});
            QVERIFY2(added.status == 0, qPrintable(added.err));
        }
        // The roles are the cluster's: each database lets them in.
        m_server.psql(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO citylab_viewer").arg(m_database));
    }

    // The bytes of the server's table files of the citylab schema (with their TOAST), after a checkpoint.
    QByteArray serverTableBytes()
    {
        m_server.psql(QStringLiteral("CHECKPOINT"), m_database);
        const QStringList files = m_server.psql(QStringLiteral(
            "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.relnamespace = 'citylab'::regnamespace AND c.relkind = 'r' "
            "UNION SELECT pg_relation_filepath(c.reltoastrelid) FROM pg_class c "
            "WHERE c.relnamespace = 'citylab'::regnamespace AND c.reltoastrelid <> 0"), m_database).split(u'\n');
        QByteArray bytes;
        for (const QString &file : files) {
            // a table over 1 GB goes on in .1, .2…
            for (int segment = 0;; ++segment) {
                QFile f(QDir(m_server.dataDir()).filePath(file + (segment ? QStringLiteral(".%1").arg(segment) : QString())));
                if (!f.open(QIODevice::ReadOnly))
                    break;
                bytes += f.readAll();
            }
        }
        return bytes;
    }

protected:
    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_database;
    int m_databases = 0;
};

} // namespace testsupport
