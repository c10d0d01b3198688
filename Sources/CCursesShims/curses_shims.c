#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <wchar.h>
#include <ncursesw/curses.h>
#include "CCursesShims.h"

uint32_t authterm_attr_bold(void) { return (uint32_t)A_BOLD; }
uint32_t authterm_attr_underline(void) { return (uint32_t)A_UNDERLINE; }
uint32_t authterm_attr_reverse(void) { return (uint32_t)A_REVERSE; }
uint32_t authterm_attr_dim(void) { return (uint32_t)A_DIM; }
uint32_t authterm_color_pair(int pair) { return (uint32_t)COLOR_PAIR(pair); }

// wcwidth is hidden from Swift's Glibc module by feature-test macros.
int authterm_wcwidth(uint32_t character) { return wcwidth((wchar_t)character); }
