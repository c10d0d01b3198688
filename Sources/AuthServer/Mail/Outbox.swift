import Foundation

/// A private folder of outgoing messages, one file each, whose names sort by time of writing:
/// `20261123T112921.123456Z-<random>.<kind>`.
struct Outbox: Sendable {
    let folder: String

    /// Writes `text` as a new file with the extension `kind` ("eml", "sms"); returns its path.
    @discardableResult
    func deliver(_ text: String, kind: String, at date: Date) throws -> String {
        let path = folder + "/" + UTCDateText.sortable(date) + "-" + SecureRandom.token(byteCount: 16) + "." + kind
        do {
            try PrivateFiles.makeFolder(folder)
            try PrivateFiles.create(path, contents: Array(text.utf8))
        } catch let error as PrivateFileError {
            throw MailError.outbox(error.description)
        }
        return path
    }
}
