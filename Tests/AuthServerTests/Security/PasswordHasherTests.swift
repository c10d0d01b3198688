import Foundation
import Testing

@testable import AuthServer

@Suite struct PasswordHasherTests {
    /// Cheap costs for tests about correctness rather than strength.
    let fast = PasswordHasher(parameters: Argon2Parameters(memoryKiB: 64, iterations: 1, parallelism: 1))

    @Test func owaspHashVerifiesAndRefusesAnotherPassword() throws {
        let hasher = PasswordHasher()
        let encoded = try hasher.hash("correct horse battery staple")
        #expect(encoded.hasPrefix("$argon2id$v=19$m=19456,t=2,p=1$"))
        #expect(hasher.verify("correct horse battery staple", against: encoded))
        #expect(!hasher.verify("correct horse battery stapl", against: encoded))
    }

    @Test func saltsAreSixteenRandomBytes() throws {
        let first = try #require(PHCString(try fast.hash("same password")))
        let second = try #require(PHCString(try fast.hash("same password")))
        #expect(first.saltBase64 != second.saltBase64)
        let salt = try #require(Data(base64Encoded: first.saltBase64 + "=="))
        #expect(salt.count == 16)
        #expect(first.hashBase64.count == 43)  // 32 bytes
    }

    @Test func acceptsHashesFromTheArgon2CommandLineTool() throws {
        let password = SecureRandom.token(byteCount: 12)
        let encoded = try ExternalCommand.run(
            "argon2", ["saltsaltsalt", "-id", "-t", "2", "-m", "15", "-p", "1", "-e"], input: password)
        #expect(encoded.hasPrefix("$argon2id$v=19$m=32768,t=2,p=1$"))
        #expect(fast.verify(password, against: encoded))
        #expect(!fast.verify(password + "x", against: encoded))
    }

    @Test func unicodeIsNormalizedBeforeHashing() throws {
        let encoded = try fast.hash("caf\u{E9} au lait, s'il vous pla\u{EE}t")
        #expect(fast.verify("cafe\u{301} au lait, s'il vous plai\u{302}t", against: encoded))
    }

    @Test func malformedEncodingsAreRefusedWithoutTrapping() throws {
        let good = try fast.hash("a long enough password")
        let malformed = [
            "", "$", "argon2id", "$argon2id$", good + "$", String(good.dropLast(10)),
            good.replacingOccurrences(of: "$argon2id$", with: "$argon2i$"),
            good.replacingOccurrences(of: "v=19", with: "v=16"),
            good.replacingOccurrences(of: "m=64", with: "m=99999999"),
            good.replacingOccurrences(of: "t=1", with: "t=0"),
            good.replacingOccurrences(of: "p=1", with: "p=-1"),
            good.replacingOccurrences(of: "m=64,t=1,p=1", with: "t=1,m=64,p=1"),
            "$argon2id$v=19$m=64,t=1,p=1$!!!!$AAAA",
            "$argon2id$v=19$m=64,t=1,p=1$$",
        ]
        for encoded in malformed {
            #expect(!fast.verify("a long enough password", against: encoded), "accepted \(encoded)")
        }
    }

    @Test func weakerHashesNeedRehashing() throws {
        let owasp = PasswordHasher()
        let cheap = try fast.hash("a long enough password")
        #expect(owasp.needsRehash(cheap))
        #expect(!fast.needsRehash(cheap))
        #expect(owasp.needsRehash("not a hash"))
        let stronger = PasswordHasher(parameters: Argon2Parameters(memoryKiB: 128, iterations: 2, parallelism: 1))
        #expect(!fast.needsRehash(try stronger.hash("a long enough password")))
    }

    @Test func theDummyHashCostsWhatARealOneDoesAndMatchesNothing() throws {
        let owasp = PasswordHasher()
        let dummy = try #require(PHCString(owasp.dummyHash))
        #expect(dummy.parameters == .owasp)
        #expect(!owasp.verify("", against: owasp.dummyHash))
        #expect(!owasp.verify("any password at all", against: owasp.dummyHash))
    }
}
