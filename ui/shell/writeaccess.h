// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QWidget;

namespace citylab {

class Store;

// What would change records is greyed while the store takes no changes (the window of a
// viewer of a team server), and comes back when it does again: the window shows what the
// user may do, rather than refusing it afterwards.
namespace WriteAccess {

void follow(const Store &store, QAction *action);
void follow(const Store &store, QWidget *widget);

} // namespace WriteAccess

} // namespace citylab
