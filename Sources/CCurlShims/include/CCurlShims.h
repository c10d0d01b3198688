// Wrappers for the variadic functions of libcurl that Swift cannot call, by argument type; they
// find the functions in the libcurl the process has loaded (CURLE_FAILED_INIT when none is).
// Nothing else belongs here. Handles are untyped pointers, so this header needs no curl header.
#ifndef CCURLSHIMS_H
#define CCURLSHIMS_H

#include <stdint.h>
#include <stddef.h>

// curl_easy_setopt / curl_easy_getinfo / curl_multi_setopt.
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
