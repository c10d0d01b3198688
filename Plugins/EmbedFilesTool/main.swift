import Foundation

/// `embed-files OUTPUT FILE...`: writes a Swift file declaring `EmbeddedFiles.contents`, each
/// file's text by its name (the EmbedFiles plugin runs it at build time).
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-files OUTPUT FILE...\n".utf8))
    exit(64)
}

/// `text` as a one-line Swift string literal.
func literal(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            result += "\\u{" + String(scalar.value, radix: 16) + "}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

var source = "// Generated at build time by the EmbedFiles plugin: do not edit.\n\n"
source += "/// The files this module carries inside it, each one's text by its file name.\n"
source += "enum EmbeddedFiles {\n    static let contents: [String: String] = [\n"
if arguments.count == 1 { source += "        :\n" }
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("embed-files: \(path) cannot be read as UTF-8\n".utf8))
        exit(1)
    }
    source += "        \(literal(URL(fileURLWithPath: path).lastPathComponent)): \(literal(text)),\n"
}
source += "    ]\n}\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("embed-files: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
