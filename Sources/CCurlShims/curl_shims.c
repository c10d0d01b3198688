#include <curl/curl.h>
#include "CCurlShims.h"

int authterm_curl_easy_setopt_long(void *easy, int option, long value) {
    return (int)curl_easy_setopt((CURL *)easy, (CURLoption)option, value);
}

int authterm_curl_easy_setopt_pointer(void *easy, int option, void *value) {
    return (int)curl_easy_setopt((CURL *)easy, (CURLoption)option, value);
}

int authterm_curl_easy_setopt_string(void *easy, int option, const char *value) {
    return (int)curl_easy_setopt((CURL *)easy, (CURLoption)option, value);
}

int authterm_curl_easy_setopt_data_callback(void *easy, int option,
                                            size_t (*callback)(char *, size_t, size_t, void *)) {
    return (int)curl_easy_setopt((CURL *)easy, (CURLoption)option, callback);
}

int authterm_curl_easy_setopt_offset(void *easy, int option, int64_t value) {
    return (int)curl_easy_setopt((CURL *)easy, (CURLoption)option, (curl_off_t)value);
}

int authterm_curl_easy_getinfo_long(void *easy, int info, long *value) {
    return (int)curl_easy_getinfo((CURL *)easy, (CURLINFO)info, value);
}

int authterm_curl_easy_getinfo_pointer(void *easy, int info, void **value) {
    return (int)curl_easy_getinfo((CURL *)easy, (CURLINFO)info, value);
}

int authterm_curl_multi_setopt_long(void *multi, int option, long value) {
    return (int)curl_multi_setopt((CURLM *)multi, (CURLMoption)option, value);
}
