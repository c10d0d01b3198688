import Foundation

/// The session a request is made with, and its account.
public struct AuthenticatedSession: Sendable {
    public var session: SessionRecord
    public var user: UserRecord
    /// The account's MFA methods and recovery codes, read with the session.
    public var mfa: MFARecords

    /// Until when the session counts as recently authenticated, if it still does.
    func reauthenticatedUntil(window: Int, now: Date) -> Date? {
        guard let at = session.authenticatedAt else { return nil }
        let until = at.addingTimeInterval(TimeInterval(window))
        return until > now ? until : nil
    }
}
