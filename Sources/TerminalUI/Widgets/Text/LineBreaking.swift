/// Where a line of text may break, for Latin and East Asian text alike. Spaces separate words, and
/// a line may break at any of them. Japanese and Chinese are written without spaces, so a line may
/// also break next to a wide (full-width) character, except where the rules of Japanese line
/// breaking (kinsoku) forbid it: never before closing punctuation, small kana or the long vowel
/// mark (、。」ー ...), never after an opening bracket (「（ ...).
enum LineBreaking {
    /// A piece of a line that is never broken unless it is longer than a whole line.
    struct Piece: Equatable {
        var text: Substring
        /// A space came before it: when it continues a line, one space goes between.
        var afterSpace: Bool
    }

    /// The pieces of `line`, which holds no line break; runs of spaces fall between pieces.
    static func pieces(of line: Substring) -> [Piece] {
        var pieces: [Piece] = []
        for word in line.split(separator: " ") {
            var start = word.startIndex
            var index = word.startIndex
            while index < word.endIndex {
                let next = word.index(after: index)
                if next < word.endIndex, mayBreak(between: word[index], and: word[next]) {
                    pieces.append(Piece(text: word[start..<next], afterSpace: start == word.startIndex))
                    start = next
                }
                index = next
            }
            pieces.append(Piece(text: word[start...], afterSpace: start == word.startIndex))
        }
        return pieces
    }

    /// Whether a line may break between two graphemes that no space separates.
    static func mayBreak(between before: Character, and after: Character) -> Bool {
        guard isWide(before) || isWide(after) else { return false }
        return !closing.contains(after) && !opening.contains(before)
    }

    private static func isWide(_ grapheme: Character) -> Bool { DisplayWidth.of(grapheme) == 2 }

    /// What may not start a line: closing brackets and quotes, punctuation, iteration marks, the
    /// long vowel mark and small kana (JIS X 4051's strict set), in full and half width.
    private static let closing: Set<Character> = Set(
        "、。，．・：；？！）」』】〕〉》｝］〙〗〟’”｠»‐゠–〜ゝゞヽヾ々〻ー…‥"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
            + ")]},.:;?!%")

    /// What may not end a line: opening brackets and quotes.
    private static let opening: Set<Character> = Set("（「『【〔〈《｛［〘〖〝‘“｟«([{")
}
