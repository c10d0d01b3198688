// What the SSH door needs of the C library that Swift cannot import: glibc declares these only
// under feature-test macros (_XOPEN_SOURCE, _GNU_SOURCE), and some are function-like macros.
// Nothing else belongs here.
#ifndef CPSEUDOTERMINAL_H
#define CPSEUDOTERMINAL_H

#include <spawn.h>
#include <stddef.h>

// posix_openpt (read-write, close-on-exec, not this process's controlling terminal), grantpt and
// unlockpt; writes the slave's path into `slave_path`. The master descriptor, or -1 with errno.
int authterm_pty_open(char *slave_path, size_t length);

// posix_spawn's POSIX_SPAWN_SETSID flag.
short authterm_spawn_setsid_flag(void);
// posix_spawn_file_actions_addchdir_np and posix_spawn_file_actions_addclosefrom_np.
int authterm_spawn_add_chdir(posix_spawn_file_actions_t *actions, const char *path);
int authterm_spawn_add_closefrom(posix_spawn_file_actions_t *actions, int lowest);

// Whether the C library can load the locale `name` (newlocale with LC_ALL_MASK), and whether its
// character set is UTF-8.
int authterm_locale_is_utf8(const char *name);

#endif
