/// Digests of short codes (SMS, reset, recovery), bound to what they unlock so equal codes differ.
enum CodeDigest {
    static func of(_ code: String, for subject: String) -> String {
        TokenDigest.sha256Hex(subject + ":" + code)
    }

    /// The code as people type it: spaces and dashes dropped, letters lower-cased.
    static func normalized(_ code: String) -> String {
        String(code.unicodeScalars.filter { !" -\t".unicodeScalars.contains($0) }).lowercased()
    }
}
