// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace citylab {

// A search of every zone's conflicts frees hundreds of MB of working set (geometries, GEOS
// objects, the map's previous drawing of them) that glibc's malloc keeps resident in its
// arenas: ~400 MB of a window's 1.3 GB with 100,000 zones. This gives it back to the system
// (malloc_trim; nothing elsewhere). It takes ~0.1 s there: for a worker, not the window's
// thread.
class FreedMemory
{
public:
    static void giveBack();
};

} // namespace citylab
