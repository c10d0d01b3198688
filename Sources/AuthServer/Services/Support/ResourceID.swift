/// Ids that clients send back (of flows, setups, methods, sessions): the server made them as
/// base64url tokens, so anything else is refused before it is looked up, logged or stored.
enum ResourceID {
    static func isValid(_ text: String) -> Bool {
        (1...128).contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5a).contains(byte) || (0x61...0x7a).contains(byte)
                    || byte == 0x2d || byte == 0x5f
            }
    }
}
