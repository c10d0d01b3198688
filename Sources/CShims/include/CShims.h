// Wrappers for the parts of ncurses and libcurl that Swift cannot import:
// function-like macros and variadic functions. Nothing else belongs here.
// Handles are passed as untyped pointers so this header needs neither library's headers.
#ifndef CSHIMS_H
#define CSHIMS_H

#include <stdint.h>
#include <stddef.h>

// ncurses: attribute and color macros.
uint32_t authterm_attr_bold(void);
uint32_t authterm_attr_underline(void);
uint32_t authterm_attr_reverse(void);
uint32_t authterm_attr_dim(void);
uint32_t authterm_color_pair(int pair);
// The column width of a character under the current thread's locale.
int authterm_wcwidth(uint32_t character);
// The mouse events that count as a button-1 click (the mmask_t bits).
uint32_t authterm_mouse_click_mask(void);

// libcurl: curl_easy_setopt / curl_easy_getinfo / curl_multi_setopt by argument type.
int authterm_curl_easy_setopt_long(void *easy, int option, long value);
int authterm_curl_easy_setopt_pointer(void *easy, int option, void *value);
int authterm_curl_easy_setopt_string(void *easy, int option, const char *value);
// For CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION, which share this callback type.
int authterm_curl_easy_setopt_data_callback(void *easy, int option,
                                            size_t (*callback)(char *, size_t, size_t, void *));
int authterm_curl_easy_setopt_offset(void *easy, int option, int64_t value);
int authterm_curl_easy_getinfo_long(void *easy, int info, long *value);
int authterm_curl_easy_getinfo_pointer(void *easy, int info, void **value);
int authterm_curl_multi_setopt_long(void *multi, int option, long value);

#endif
