import FoundationEssentials

/// The OSC 52 escape sequence that asks the terminal to put `text` on the clipboard.
public enum Clipboard {
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }
}
