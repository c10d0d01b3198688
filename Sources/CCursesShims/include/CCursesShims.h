// Wrappers for the parts of ncurses that Swift cannot import: function-like macros, and the
// wcwidth that feature-test macros hide. Nothing else belongs here.
#ifndef CCURSESSHIMS_H
#define CCURSESSHIMS_H

#include <stdint.h>

// Attribute and color macros.
uint32_t authterm_attr_bold(void);
uint32_t authterm_attr_underline(void);
uint32_t authterm_attr_reverse(void);
uint32_t authterm_attr_dim(void);
uint32_t authterm_color_pair(int pair);
// The column width of a character under the current thread's locale.
int authterm_wcwidth(uint32_t character);

#endif
