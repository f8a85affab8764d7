#ifndef LESSONS_EXCHANGE_H
#define LESSONS_EXCHANGE_H

/// Swaps two paths in one atomic step (Linux renameat2 RENAME_EXCHANGE,
/// macOS renamex_np RENAME_SWAP). Returns 0, or -1 with errno set
/// (ENOSYS where the system has no such call).
int lessons_exchange_paths(const char *first, const char *second);

#endif
