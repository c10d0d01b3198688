import Foundation

/// Labels of MFA methods: 1 to 64 printable characters.
enum MethodLabel {
    static func validated(_ text: String) throws -> String {
        let label = text.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, label.count <= 64,
              label.unicodeScalars.allSatisfy({ !$0.properties.generalCategory.isControlOrFormat })
        else { throw APIError(.validationFailed, "A label has 1 to 64 printable characters.") }
        return label
    }
}

extension Unicode.GeneralCategory {
    var isControlOrFormat: Bool {
        switch self {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: true
        default: false
        }
    }
}
