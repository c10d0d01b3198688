/// The file name of a server's remembered session: a readable host part and a hash of the whole URL,
/// e.g. `auth.example.com_8443-6f1c0a2b9d3e4f51.json`. Only `[a-z0-9._-]`, never a path.
enum SessionFileName {
    static func forServer(_ serverURL: String) -> String {
        let host = Self.host(of: serverURL) ?? "server"
        let readable = String(host.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") ? $0 : "_" })
        // Never a hidden file or `..`: a leading dot becomes `_`.
        let visible = readable.hasPrefix(".") ? "_" + readable.dropFirst() : readable
        return "\(visible.prefix(64))-\(fnv1a64Hex(normalized(serverURL))).json"
    }

    /// The host of `scheme://[user@]host[:port][/...]`, for the readable part of the name only (the
    /// hash tells servers apart), read without libcurl so that starting does not load it.
    static func host(of serverURL: String) -> String? {
        guard let schemeEnd = serverURL.firstRange(of: "://") else { return nil }
        let authority = serverURL[schemeEnd.upperBound...].prefix { !"/?#".contains($0) }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = hostAndPort.hasPrefix("[")
            ? hostAndPort.prefix { $0 != "]" } + "]"
            : hostAndPort.prefix { $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    /// The URL as a key: case-insensitive, without trailing slashes.
    static func normalized(_ serverURL: String) -> String {
        AuthAPI(server: serverURL).server.lowercased()
    }

    /// FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`). Not a secret;
    /// the file also names its server, which `read` checks.
    private static func fnv1a64Hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
