// SwiftPM drops pkg-config's -D flags: ask for the wide-character API here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
// setupterm: what the terminfo database says of a terminal, without taking the screen.
#include <ncursesw/term.h>
