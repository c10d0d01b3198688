import AuthModel
import Testing

@testable import AuthServer

/// The mails to an account holder, complete in both languages: each says what it should, with every
/// value it carries, in the account's language.
@Suite struct AccountMailTests {
    /// Every kind of mail, with the values it carries.
    static let mails: [(mail: AccountMail, values: [String])] = [
        (.resetCode("48210-93755", minutes: 15), ["48210-93755", "15"]),
        (.passwordChanged, []),
        (.passwordReset(methodsCleared: true), []),
        (.passwordReset(methodsCleared: false), []),
        (.methodAdded(label: "Pixel 8"), ["Pixel 8"]),
        (.methodRemoved(label: "iPhone"), ["iPhone"]),
        (.mfaEnabled, []),
        (.recoveryCodesGenerated, []),
        (.recoveryCodeUsed(left: 7), ["7"]),
        (.locked(.password, failures: 10, minutes: 2), ["10", "2"]),
        (.locked(.secondFactor, failures: 10, minutes: 4), ["10", "4"]),
        (.locked(.resetCode, failures: 10, minutes: 8), ["10", "8"]),
        (.mfaReset, []),
    ]

    static func user(_ language: Language) -> UserRecord {
        UserRecord(
            id: "u1", email: "yamada@example.ac.jp", displayName: "山田 太郎", passwordHash: "", createdAt: .now,
            passwordChangedAt: nil, mfaEnabled: true, language: language)
    }

    @Test(arguments: Language.allCases)
    func everyMailSaysItsValuesInTheAccountsLanguage(language: Language) {
        for (mail, values) in Self.mails {
            let message = mail.message(to: Self.user(language))
            #expect(message.to == "yamada@example.ac.jp")
            #expect(!message.subject.isEmpty)
            #expect(message.body.contains("山田 太郎"), "\(mail) greets its reader")
            for value in values { #expect(message.body.contains(value), "\(mail) in \(language) says \(value)") }
            let japanese = (message.subject + message.body).unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) }
            // The English mail holds Japanese only in the reader's name.
            let nameless = message.subject + message.body.replacingOccurrences(of: "山田 太郎", with: "")
            #expect(language == .ja ? japanese : !nameless.unicodeScalars.contains { (0x3040...0x9FFF).contains($0.value) },
                    "\(mail) is in \(language)")
        }
    }

    @Test(arguments: Language.allCases)
    func eachKindOfMailHasASubjectOfItsOwn(language: Language) {
        let subjects = Self.mails.map { $0.mail.message(to: Self.user(language)).subject }
        // The two outcomes of a reset share a subject, as do the three kinds of lockout.
        #expect(Set(subjects).count == Self.mails.count - 3)
    }

    @Test func theCodeMessageInBothLanguages() {
        #expect(CodeMessage.text("123456", minutes: 10, language: .en) == "Your verification code is 123456. It expires in 10 minutes.")
        #expect(CodeMessage.text("123456", minutes: 10, language: .ja) == "確認コードは 123456 です。有効期間は10分です。")
    }
}
