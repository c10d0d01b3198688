import AuthModel
import Foundation
import Testing

@testable import AuthTerm

/// The whole catalog: both languages complete (no text left empty, none left in the other language),
/// every key used by the client, and every placeholder in both languages.
@Suite struct CatalogTests {
    /// Texts that read the same in both languages: a kind's name, names of languages, layouts of values.
    static let sameInBothLanguages: Set<TextKey> = [
        .kindSMS, .languageEnglish, .languageJapanese, .sessionAt, .methodWithNumber, .methodListName, .numberedApp,
        .linkLine,
    ]

    @Test(arguments: TextKey.allCases)
    func bothLanguagesHaveTheirOwnWords(key: TextKey) {
        let english = Catalog(.en).template(key), japanese = Catalog(.ja).template(key)
        #expect(!english.isEmpty && !japanese.isEmpty, "an empty text for \(key)")
        if Self.sameInBothLanguages.contains(key) {
            #expect(english == japanese)
        } else {
            #expect(english != japanese, "\(key) is not translated")
            #expect(japanese.unicodeScalars.contains(where: Self.isJapanese), "\(key) is not in Japanese: \(japanese)")
            #expect(!english.unicodeScalars.contains(where: Self.isJapanese) || key == .switchLanguage,
                    "\(key) is not in English: \(english)")
        }
    }

    @Test(arguments: TextKey.allCases)
    func everyPlaceholderIsInBothLanguages(key: TextKey) throws {
        let english = try Self.placeholders(Catalog(.en).template(key))
        let japanese = try Self.placeholders(Catalog(.ja).template(key))
        #expect(english == japanese, "\(key): \(english.sorted()) in English, \(japanese.sorted()) in Japanese")
    }

    @Test func everyKeyIsUsed() throws {
        let sources = try Self.clientSources()
        let unused = TextKey.allCases.map { "\($0)" }.filter { name in
            sources.range(of: "\\.\(name)(?![A-Za-z0-9_])", options: .regularExpression) == nil
        }
        #expect(unused.isEmpty, "keys no screen uses: \(unused)")
    }

    @Test func placeholdersAreFilledAndUnknownOnesKept() {
        let text = Catalog(.ja)
        #expect(text(.homeWelcome, ["name": "山田 太郎"]) == "ようこそ、山田 太郎 さん。")
        #expect(Catalog(.en)(.homeWelcome, ["name": "Ada"]) == "Welcome, Ada.")
        #expect(text(.homeWelcome) == "ようこそ、{name} さん。", "a text without values stays as written")
        #expect(text(.sessionAt, ["session": "{place}", "place": "x"]) == "{place} · x", "values are not read again")
    }

    /// Noon UTC is the same day in every time zone a test machine has.
    @Test func daysAndTimesInEachLanguage() {
        let date = Date(timeIntervalSince1970: 1_794_052_800)  // 2026-11-07 12:00 UTC
        #expect(Catalog(.en).day(date) == "2026-11-07")
        #expect(Catalog(.ja).day(date) == "2026年11月7日")
        #expect(Catalog(.en).dayAndTime(date).wholeMatch(of: /2026-11-07 [0-2][0-9]:[0-5][0-9]/) != nil)
        #expect(Catalog(.ja).dayAndTime(date).wholeMatch(of: /2026年11月7日 [0-2][0-9]:[0-5][0-9]/) != nil)
    }

    /// Hiragana, katakana, kanji and the full-width forms Japanese text is written with.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        [0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF].contains { $0.contains(Int(scalar.value)) }
    }

    struct BrokenPlaceholder: Error, CustomStringConvertible {
        let text: String
        var description: String { "a { without its } in: \(text)" }
    }

    /// The names of the `{placeholders}` in a text.
    static func placeholders(_ text: String) throws -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { throw BrokenPlaceholder(text: text) }
            let name = rest[rest.index(after: open)..<close]
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter }) else { throw BrokenPlaceholder(text: text) }
            names.insert(String(name))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Every Swift source of the client's modules but the catalog itself.
    static func clientSources() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var text = ""
        for module in ["AuthTerm", "authterm"] {
            let folder = root.appendingPathComponent("Sources/\(module)")
            let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
                .compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "swift" {
                let name = file.lastPathComponent
                if name.hasPrefix("Catalog+") || name == "TextKey.swift" { continue }
                text += try String(contentsOf: file, encoding: .utf8)
            }
        }
        return text
    }
}
