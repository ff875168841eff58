// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace citylab {

// What the window shows when no database is open: why, and the ways to get one.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setMessage(const QString &message);   // e.g. why the last database could not be opened

signals:
    void openRequested();
    void newRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillRecent();

    QLabel *m_title;
    QLabel *m_about;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_new;
    QPushButton *m_demo;
    QLabel *m_recentTitle;
    QVBoxLayout *m_recent;
};

} // namespace citylab
