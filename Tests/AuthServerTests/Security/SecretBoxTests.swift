import Crypto
import Foundation
import Testing

@testable import AuthServer

@Suite struct SecretBoxTests {
    let box = SecretBox(key: SymmetricKey(size: .bits256))
    let owner = SecretBox.Owner.method(id: "m1", userID: "u1")

    @Test func sealedSecretsOpenAgain() throws {
        let secret = SecureRandom.bytes(20)
        let sealed = try box.seal(secret, for: owner)
        #expect(sealed.count == 12 + 20 + 16)
        #expect(try box.open(sealed, for: owner) == secret)
        #expect(try box.seal(secret, for: owner) != sealed, "each seal uses a fresh nonce")
    }

    @Test func tamperingIsDetected() throws {
        var sealed = try box.seal(SecureRandom.bytes(20), for: owner)
        for index in [0, 12, sealed.count - 1] {
            var altered = sealed
            altered[index] ^= 0x01
            #expect(throws: SecretBoxError.authenticationFailed) { try box.open(altered, for: owner) }
        }
        sealed.removeLast(20)
        #expect(throws: SecretBoxError.self) { try box.open(sealed, for: owner) }
        #expect(throws: SecretBoxError.malformed) { try box.open(Data([1, 2, 3]), for: owner) }
    }

    @Test func anotherKeyCannotOpen() throws {
        let sealed = try box.seal(Array("secret".utf8), for: owner)
        let other = SecretBox(key: SymmetricKey(size: .bits256))
        #expect(throws: SecretBoxError.authenticationFailed) { try other.open(sealed, for: owner) }
    }

    /// A sealed value copied into another row — another method, another account, a setup — does not open there.
    @Test func aSealedValueOpensOnlyForItsRow() throws {
        let sealed = try box.seal(Array("secret".utf8), for: owner)
        for other in [
            SecretBox.Owner.method(id: "m2", userID: "u1"), .method(id: "m1", userID: "u2"), .setup(id: "m1", userID: "u1"),
        ] {
            #expect(throws: SecretBoxError.authenticationFailed) { try box.open(sealed, for: other) }
        }
    }
}
