// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace citylab {

// Lays widgets out left to right and wraps them onto more lines when the width runs out,
// after Qt's Flow Layout example. A page's actions use it: a tool bar outside a main window
// hid the actions that did not fit behind a "»" that did nothing.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacingBetween() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace citylab
