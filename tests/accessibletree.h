// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace testsupport {

// What a screen reader finds in this process's windows: tests/tools/atspiunnamed.py walks
// the AT-SPI tree over the session bus, as Orca does, while this process answers it (its
// event loop runs meanwhile). ctest runs such tests under dbus-run-session with Qt's bridge
// forced on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON); without a bus the walk fails, it is not
// skipped.
struct AccessibleTreeWalk
{
    QString error;        // the walk itself failed
    int checked = 0;      // focusable objects on screen
    QStringList unnamed;  // those without a name, with the roles and names above them
};

// The top-level windows whose accessible name (their title) is windowName; all when empty.
inline AccessibleTreeWalk walkAccessibleTree(const QString &windowName = {})
{
    AccessibleTreeWalk walk;
    QProcess walker;
    QStringList arguments = {QStringLiteral(CITYLAB_SOURCE_DIR "/tests/tools/atspiunnamed.py"),
                             QString::number(QCoreApplication::applicationPid())};
    if (!windowName.isEmpty())
        arguments << windowName;
    QEventLoop loop;
    QObject::connect(&walker, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&walker, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    walker.start(QStringLiteral("python3"), arguments);
    loop.exec();
    if (walker.state() != QProcess::NotRunning) {
        walker.kill();
        walker.waitForFinished();
        walk.error = QStringLiteral("the AT-SPI walk did not end in three minutes");
        return walk;
    }
    const QStringList lines = QString::fromUtf8(walker.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    if (walker.exitStatus() != QProcess::NormalExit || walker.exitCode() != 0) {
        walk.error = QStringLiteral("atspiunnamed.py failed (%1): %2 %3")
                         .arg(walker.exitCode())
                         .arg(lines.join(u' '), QString::fromUtf8(walker.readAllStandardError()).right(600));
        return walk;
    }
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("unnamed: ")))
            walk.unnamed << line.mid(9);
        else if (line.startsWith(QStringLiteral("checked ")))
            walk.checked = line.mid(8).toInt();
    }
    return walk;
}

} // namespace testsupport
