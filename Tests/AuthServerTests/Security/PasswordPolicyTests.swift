import Testing

@testable import AuthServer

@Suite struct PasswordPolicyTests {
    let policy: PasswordPolicy

    init() throws {
        policy = try PasswordPolicy.standard()
    }

    @Test func theShippedListIsLoaded() {
        #expect(policy.commonPasswords.count > 10_000)
        #expect(policy.commonPasswords.contains("password"))
        #expect(!policy.commonPasswords.contains { $0.hasPrefix("#") })
    }

    @Test(arguments: ["Tr0ub4dor&3-staple", "correct horse battery staple", "ünïcødé pässwörd 🙂"])
    func goodPasswordsPass(password: String) {
        #expect(policy.violation(of: password, email: "ann@example.com") == nil)
    }

    @Test func lengthIsCountedInCharacters() {
        #expect(policy.violation(of: "short pw", email: "ann@example.com") != nil)
        #expect(policy.violation(of: "🙂🙃😀😁😂🤣😃😄😅😆😉😊", email: "ann@example.com") == nil)
        #expect(policy.violation(of: "🙂🙃😀😁😂🤣😃😄😅😆😉", email: "ann@example.com") != nil)
        let tooLong = String(repeating: "ab", count: 65)
        #expect(policy.violation(of: tooLong, email: "ann@example.com")?.contains("at most 128") == true)
    }

    @Test(arguments: ["QWERTY123456", "LeaveMeAlone", "PASSWORD1234", "password1234!!", "iloveyou2024"])
    func commonPasswordsAreRefused(password: String) {
        #expect(policy.violation(of: password, email: "ann@example.com")?.contains("common") == true)
    }

    @Test func theEmailLocalPartIsRefused() {
        #expect(policy.violation(of: "Annabelle-Smith!", email: "annabelle.smith@example.com") == nil)
        #expect(policy.violation(of: "my annabelle.smith pw", email: "Annabelle.Smith@example.com")?
            .contains("e-mail") == true)
        #expect(policy.violation(of: "annabelle.smith", email: "annabelle.smith@example.com") != nil)
    }

    @Test func oneRepeatedCharacterIsRefused() {
        #expect(policy.violation(of: String(repeating: "x", count: 20), email: "ann@example.com") != nil)
        #expect(policy.violation(of: String(repeating: "🙂", count: 20), email: "ann@example.com") != nil)
    }

    @Test func customLengthsApply() throws {
        let strict = try PasswordPolicy.standard(minLength: 16, maxLength: 20)
        #expect(strict.violation(of: "fifteen chars!!", email: "a@b.c")?.contains("at least 16") == true)
        #expect(strict.violation(of: "a reasonable passphrase", email: "a@b.c")?.contains("at most 20") == true)
    }
}
