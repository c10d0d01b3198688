/// Percent-encoding (RFC 3986): every byte of the UTF-8 text but the unreserved characters
/// (letters, digits, `-._~`) and `kept` becomes `%XX`. A value encoded so is safe inside one
/// path segment or query value.
public enum PercentEncoding {
    public static func encoded(_ text: String, keeping kept: String = "") -> String {
        let allowed = unreserved.union(kept.utf8)
        var encoded = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0xF, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
}
