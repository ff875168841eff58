// SPDX-License-Identifier: GPL-3.0-or-later
#include "freedmemory.h"

#include <cstdlib>   // defines __GLIBC__ where it is glibc

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace citylab {

void FreedMemory::giveBack()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace citylab
