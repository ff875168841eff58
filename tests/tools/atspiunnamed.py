#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader finds unnamed: walks the AT-SPI tree of one running application
(by process id), as Orca would, and prints every object on screen that takes the keyboard
focus but has no accessible name, one per line with the path of roles and names above it.
Optionally only the top-level window with the given name.

    atspiunnamed.py PID [WINDOW-NAME]

Ends with "checked N" (focusable objects seen); exit 2 when the application is not on the
accessibility bus. Rows and cells of tables and lists are not walked: their names are their
text, and a table of 9,000 zones would take minutes over D-Bus; the table itself is checked."""

import sys
import time

import pyatspi

LEAF_CONTAINERS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
                   pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_MENU}


def find_application(pid):
    # The application joins the bus when the bus starts, which may be this very walk's doing.
    for attempt in range(100):
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.1)
    return None


def identifier(obj):
    # Qt gives each object an id made of the object names above it: the test names the widget.
    try:
        return obj.get_accessible_id() or ""
    except Exception:
        return ""


def main():
    pid = int(sys.argv[1])
    window = sys.argv[2] if len(sys.argv) > 2 else None
    app = find_application(pid)
    if app is None:
        print("no application with process id %d on the accessibility bus" % pid)
        return 2
    checked = 0
    unnamed = []
    errors = []   # objects that could not be read: their whole subtree went unchecked

    def walk(obj, path):
        nonlocal checked
        try:
            state = obj.getState()
            role = obj.getRole()
            name = obj.name or ""
        except Exception as e:
            errors.append("%s: %s" % (" > ".join(path[-3:]), e))
            return
        if not state.contains(pyatspi.STATE_SHOWING):
            return
        here = path + ["%s '%s'" % (obj.getRoleName(), name)]
        if state.contains(pyatspi.STATE_FOCUSABLE):
            checked += 1
            if not name.strip():
                unnamed.append(" > ".join(here[-3:]) + " [" + identifier(obj) + "]")
        if role in LEAF_CONTAINERS:
            return
        for i in range(obj.childCount):
            walk(obj.getChildAtIndex(i), here)

    windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
    if window is not None:
        windows = [w for w in windows if w is not None and w.name == window]
        if not windows:
            print("no window named '%s'" % window)
            return 2
    for w in windows:
        if w is not None:
            walk(w, [])
    for line in unnamed:
        print("unnamed: " + line)
    for line in errors:
        print("unreadable: " + line)
    print("checked %d" % checked)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
