import Foundation

/// A short-lived single-use code sent by SMS or mail, kept as a digest.
public struct OneTimeCodeRecord: Codable, Equatable, Sendable {
    public enum Purpose: String, Codable, Sendable {
        case signIn = "sign-in"
        case passwordReset = "password-reset"
    }

    public var purpose: Purpose
    /// What the code unlocks: a method id for sign-in, a user id for a reset.
    public var subject: String
    public var codeHash: String
    public var expiresAt: Date
    public var failedAttempts: Int
}
