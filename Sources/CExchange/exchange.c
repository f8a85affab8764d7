// Swift sees neither renameat2 (it needs _GNU_SOURCE) nor renamex_np's flag,
// so the one call lives here.
#define _GNU_SOURCE
#include "exchange.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

int lessons_exchange_paths(const char *first, const char *second) {
#if defined(__linux__)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(first, second, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}
