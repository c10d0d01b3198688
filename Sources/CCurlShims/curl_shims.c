#include <curl/curl.h>
#include <dlfcn.h>
#include "CCurlShims.h"

// libcurl's variadic functions, found by name where the library is: linked into the program (the
// server) or opened for the whole process (the client opens it when its first request needs it).
// A function not found means libcurl is not loaded: CURLE_FAILED_INIT.

typedef CURLcode (*easy_setopt_function)(CURL *, CURLoption, ...);
typedef CURLcode (*easy_getinfo_function)(CURL *, CURLINFO, ...);
typedef CURLMcode (*multi_setopt_function)(CURLM *, CURLMoption, ...);

static easy_setopt_function easy_setopt(void) {
    static easy_setopt_function function;
    if (!function) function = (easy_setopt_function)dlsym(RTLD_DEFAULT, "curl_easy_setopt");
    return function;
}

static easy_getinfo_function easy_getinfo(void) {
    static easy_getinfo_function function;
    if (!function) function = (easy_getinfo_function)dlsym(RTLD_DEFAULT, "curl_easy_getinfo");
    return function;
}

static multi_setopt_function multi_setopt(void) {
    static multi_setopt_function function;
    if (!function) function = (multi_setopt_function)dlsym(RTLD_DEFAULT, "curl_multi_setopt");
    return function;
}

int authterm_curl_easy_setopt_long(void *easy, int option, long value) {
    return easy_setopt() ? (int)easy_setopt()((CURL *)easy, (CURLoption)option, value) : CURLE_FAILED_INIT;
}

int authterm_curl_easy_setopt_pointer(void *easy, int option, void *value) {
    return easy_setopt() ? (int)easy_setopt()((CURL *)easy, (CURLoption)option, value) : CURLE_FAILED_INIT;
}

int authterm_curl_easy_setopt_string(void *easy, int option, const char *value) {
    return easy_setopt() ? (int)easy_setopt()((CURL *)easy, (CURLoption)option, value) : CURLE_FAILED_INIT;
}

int authterm_curl_easy_setopt_data_callback(void *easy, int option,
                                            size_t (*callback)(char *, size_t, size_t, void *)) {
    return easy_setopt() ? (int)easy_setopt()((CURL *)easy, (CURLoption)option, callback) : CURLE_FAILED_INIT;
}

int authterm_curl_easy_setopt_offset(void *easy, int option, int64_t value) {
    return easy_setopt() ? (int)easy_setopt()((CURL *)easy, (CURLoption)option, (curl_off_t)value) : CURLE_FAILED_INIT;
}

int authterm_curl_easy_getinfo_long(void *easy, int info, long *value) {
    return easy_getinfo() ? (int)easy_getinfo()((CURL *)easy, (CURLINFO)info, value) : CURLE_FAILED_INIT;
}

int authterm_curl_easy_getinfo_pointer(void *easy, int info, void **value) {
    return easy_getinfo() ? (int)easy_getinfo()((CURL *)easy, (CURLINFO)info, value) : CURLE_FAILED_INIT;
}

int authterm_curl_multi_setopt_long(void *multi, int option, long value) {
    return multi_setopt() ? (int)multi_setopt()((CURLM *)multi, (CURLMoption)option, value) : CURLM_INTERNAL_ERROR;
}
