@preconcurrency import CCurl
import Glibc

/// libcurl, opened when the first request (or URL check) needs it rather than when the program
/// starts: with its own libraries (TLS, HTTP/2, LDAP, Kerberos ...) it is most of what a start
/// would load, and the first frame does not need it. Its functions are found by name; the
/// variadic ones go through `CCurlShims`, which finds them in the library opened here.
struct Curl: Sendable {
    let version: @convention(c) () -> UnsafeMutablePointer<CChar>?
    let easyInit: @convention(c) () -> UnsafeMutableRawPointer?
    let easyCleanup: @convention(c) (UnsafeMutableRawPointer?) -> Void
    let easyStrerror: @convention(c) (CURLcode) -> UnsafePointer<CChar>?
    let slistAppend: @convention(c) (UnsafeMutablePointer<curl_slist>?, UnsafePointer<CChar>?)
        -> UnsafeMutablePointer<curl_slist>?
    let slistFreeAll: @convention(c) (UnsafeMutablePointer<curl_slist>?) -> Void
    let multiInit: @convention(c) () -> UnsafeMutableRawPointer?
    let multiCleanup: @convention(c) (UnsafeMutableRawPointer?) -> CURLMcode
    let multiAddHandle: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> CURLMcode
    let multiRemoveHandle: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> CURLMcode
    let multiPerform: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<Int32>?) -> CURLMcode
    let multiPoll: @convention(c) (
        UnsafeMutableRawPointer?, UnsafeMutablePointer<curl_waitfd>?, UInt32, Int32, UnsafeMutablePointer<Int32>?
    ) -> CURLMcode
    let multiWakeup: @convention(c) (UnsafeMutableRawPointer?) -> CURLMcode
    let multiInfoRead: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutablePointer<Int32>?)
        -> UnsafeMutablePointer<CURLMsg>?
    let multiStrerror: @convention(c) (CURLMcode) -> UnsafePointer<CChar>?
    let url: @convention(c) () -> OpaquePointer?
    let urlCleanup: @convention(c) (OpaquePointer?) -> Void
    let urlSet: @convention(c) (OpaquePointer?, CURLUPart, UnsafePointer<CChar>?, UInt32) -> CURLUcode
    let urlGet: @convention(c) (OpaquePointer?, CURLUPart, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UInt32)
        -> CURLUcode
    let free: @convention(c) (UnsafeMutableRawPointer?) -> Void

    /// The library, opened and set up once (Swift runs `static let` once, thread-safely).
    static func library() throws(ClientError) -> Curl {
        try loaded.get()
    }

    private static let loaded = Result { () throws(ClientError) in try open() }

    /// Opens libcurl for the whole process (the shims look its variadic functions up there),
    /// finds every function, and runs its process-wide setup.
    private static func open() throws(ClientError) -> Curl {
        guard let handle = dlopen(soname, RTLD_NOW | RTLD_GLOBAL) else {
            throw .transport(code: Int(CURLE_FAILED_INIT.rawValue),
                             message: "libcurl could not be loaded: \(dlerror().map { String(cString: $0) } ?? soname)")
        }
        func find<Function>(_ name: String) throws(ClientError) -> Function {
            guard let symbol = dlsym(handle, name) else {
                throw .transport(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl has no \(name)")
            }
            return unsafeBitCast(symbol, to: Function.self)
        }
        let globalInit: @convention(c) (Int) -> CURLcode = try find("curl_global_init")
        let initialized = globalInit(Int(CURL_GLOBAL_DEFAULT))
        guard initialized == CURLE_OK else {
            throw .transport(code: Int(initialized.rawValue), message: "libcurl could not be initialized")
        }
        return Curl(
            version: try find("curl_version"), easyInit: try find("curl_easy_init"),
            easyCleanup: try find("curl_easy_cleanup"), easyStrerror: try find("curl_easy_strerror"),
            slistAppend: try find("curl_slist_append"), slistFreeAll: try find("curl_slist_free_all"),
            multiInit: try find("curl_multi_init"), multiCleanup: try find("curl_multi_cleanup"),
            multiAddHandle: try find("curl_multi_add_handle"), multiRemoveHandle: try find("curl_multi_remove_handle"),
            multiPerform: try find("curl_multi_perform"), multiPoll: try find("curl_multi_poll"),
            multiWakeup: try find("curl_multi_wakeup"), multiInfoRead: try find("curl_multi_info_read"),
            multiStrerror: try find("curl_multi_strerror"), url: try find("curl_url"),
            urlCleanup: try find("curl_url_cleanup"), urlSet: try find("curl_url_set"), urlGet: try find("curl_url_get"),
            free: try find("curl_free"))
    }

    /// The library Debian's libcurl4-openssl-dev links against.
    private static let soname = "libcurl.so.4"
}
