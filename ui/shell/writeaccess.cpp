// SPDX-License-Identifier: GPL-3.0-or-later
#include "writeaccess.h"

#include "store/store.h"

#include <QAction>
#include <QWidget>

namespace citylab::WriteAccess {

namespace {

template<typename Target>
void followStore(const Store &store, Target *target)
{
    target->setEnabled(!store.isReadOnly());
    QObject::connect(&store, &Store::readOnlyChanged, target, [target](bool readOnly) { target->setEnabled(!readOnly); });
}

} // namespace

void follow(const Store &store, QAction *action)
{
    followStore(store, action);
}

void follow(const Store &store, QWidget *widget)
{
    followStore(store, widget);
}

} // namespace citylab::WriteAccess
