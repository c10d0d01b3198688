/// Text from the database made safe to print to an operator's terminal: control and format
/// characters (escape sequences, bidirectional overrides, the tab that separates columns) are
/// written as `\u{1B}`, and a backslash as `\\`, so nothing stored can act on the terminal.
public enum TerminalSafeText {
    public static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\\" {
                result += "\\\\"
            } else if scalar.properties.generalCategory.isControlOrFormat {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
