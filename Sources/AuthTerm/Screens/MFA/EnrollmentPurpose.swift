import AuthModel

/// Why a method is being registered; it decides what follows the verified code.
public enum EnrollmentPurpose: Equatable, Sendable {
    /// Another method, from the Multifactor Authentication screen.
    case add
    /// A new smartphone: the old method is removed once the new one is verified.
    case replace(MFAMethod)
    /// MFA is on but a password reset cleared the methods: nothing else works until one is registered.
    case forced
}
