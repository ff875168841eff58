// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/attachments.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace citylab;

// Files kept in the database come back byte for byte, and damage is caught.
class TestAttachments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void keepsAndReturnsTheFile()
    {
        Store store;
        QVERIFY(store.open(testsupport::makeDemo(m_dir)));
        const QString path = m_dir.filePath(QStringLiteral("Accordo firmato.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray content("%PDF-1.7\n");
        content += QByteArray(50000, 'x');
        file.write(content);
        file.close();

        QString error;
        const qint64 id = Attachments::add(store, 1, path, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QVariantMap row = store.record(QStringLiteral("attachments"), id);
        QCOMPARE(row.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(row.value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(row.value(QStringLiteral("size")).toLongLong(), qint64(content.size()));

        const QString out = Attachments::extract(store, id, m_dir.filePath(QStringLiteral("out")), &error);
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        QVERIFY(out.endsWith(QStringLiteral("/Accordo firmato.pdf")));
        QCOMPARE(testsupport::fileHash(out), testsupport::fileHash(path));

        // the change log names the file without copying its bytes
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT after_json FROM change_log WHERE table_name = 'attachments' ORDER BY id DESC LIMIT 1"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("bytes")));
        QVERIFY(q.value(0).toString().size() < 1000);

        // damage is caught rather than handed to the viewer
        QVERIFY(q.exec(QStringLiteral("UPDATE attachments SET data = x'00' WHERE id = %1").arg(id)));
        QVERIFY(Attachments::extract(store, id, m_dir.filePath(QStringLiteral("out2")), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }

    void refusesAFileItCannotRead()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("empty.citylab"))));
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("nowhere.pdf"));
        QCOMPARE(Attachments::add(store, 1, missing, &error), qint64(-1));
        QVERIFY2(error.contains(missing), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "tst_attachments.moc"
