/// Phone numbers in E.164 (`+81312345678`), and their masked form for display.
enum PhoneNumber {
    /// The number without spaces, or `validation_failed`.
    static func normalized(_ text: String) throws -> String {
        let phone = text.filter { $0 != " " && $0 != "-" }
        let digits = phone.dropFirst()
        guard phone.first == "+", (8...16).contains(phone.count), digits.first != "0",
              digits.allSatisfy(\.isASCIIDigit)
        else { throw APIError(.validationFailed, "Enter the phone number in international form, e.g. +81312345678.") }
        return phone
    }

    /// `+81 •••• ••42`: the country prefix and the last two digits.
    static func masked(_ phone: String) -> String {
        let digits = Array(phone.dropFirst())
        let prefix = String(digits.prefix(2))
        let hidden = max(0, digits.count - 4)
        let dots = String(repeating: "•", count: hidden)
        let grouped = stride(from: 0, to: dots.count, by: 4).map { start in
            String(dots.dropFirst(start).prefix(4))
        }.joined(separator: " ")
        return "+\(prefix) \(grouped)\(String(digits.suffix(2)))"
    }
}
