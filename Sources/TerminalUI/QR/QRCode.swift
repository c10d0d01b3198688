import CQRencode

/// Text that could not be made into a QR code (too long, or libqrencode failed).
public struct QRCodeError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

/// A QR code as a square of modules, encoded by libqrencode in the smallest version that holds
/// the text at the chosen error-correction level.
public struct QRCode: Equatable, Sendable {
    /// How much of the code may be damaged and still read: more recovery makes a larger code.
    /// A code on a screen is not smudged or torn, so `.low` suits it when space is short.
    public enum ErrorCorrection: Sendable {
        /// About 7% of the code may be lost.
        case low
        /// About 15%.
        case medium

        var level: QRecLevel { self == .low ? QR_ECLEVEL_L : QR_ECLEVEL_M }
    }

    /// Modules per side (without quiet zone): 17 + 4 × version.
    public let width: Int
    /// The symbol version, 1 to 40.
    public let version: Int
    private let modules: [Bool]

    public init(encoding text: String, correction: ErrorCorrection = .medium) throws(QRCodeError) {
        guard let code = QRcode_encodeString(text, 0, correction.level, QR_MODE_8, 1) else {
            throw QRCodeError(description: "cannot encode \(text.utf8.count) bytes as a QR code")
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        self.width = width
        self.version = Int(code.pointee.version)
        self.modules = (0..<width * width).map { data[$0] & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark; positions outside the code are light
    /// (the quiet zone).
    public func isDark(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < width && modules[y * width + x]
    }
}
