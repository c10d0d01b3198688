import CQRencode

/// Text that could not be made into a QR code (too long, or libqrencode failed).
public struct QRCodeError: Error, Equatable, CustomStringConvertible {
    public var description: String
}

/// A QR code as a square of modules, encoded by libqrencode at error-correction level M.
public struct QRCode: Equatable, Sendable {
    /// Modules per side (without quiet zone).
    public let width: Int
    private let modules: [Bool]

    public init(encoding text: String) throws(QRCodeError) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else {
            throw QRCodeError(description: "cannot encode \(text.utf8.count) bytes as a QR code")
        }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let data = code.pointee.data!
        self.width = width
        self.modules = (0..<width * width).map { data[$0] & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark; positions outside the code are light
    /// (the quiet zone).
    public func isDark(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < width && modules[y * width + x]
    }
}
