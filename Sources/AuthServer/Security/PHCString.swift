/// The parts of an Argon2id hash in PHC string format:
/// `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (salt and hash in unpadded base64).
struct PHCString: Equatable {
    var parameters: Argon2Parameters
    var saltBase64: String
    var hashBase64: String

    /// The only Argon2 version this server reads and writes (0x13).
    static let version = 19

    /// Costs beyond these are refused before any hashing, so a forged record cannot exhaust memory or time.
    static let maximumMemoryKiB: UInt32 = 4 * 1024 * 1024
    static let maximumIterations: UInt32 = 64
    static let maximumParallelism: UInt32 = 64

    init(parameters: Argon2Parameters, saltBase64: String, hashBase64: String) {
        self.parameters = parameters
        self.saltBase64 = saltBase64
        self.hashBase64 = hashBase64
    }

    /// Parses an Argon2id PHC string; nil when it is anything else or its costs are out of bounds.
    init?(_ encoded: String) {
        let fields = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0].isEmpty, fields[1] == "argon2id",
              fields[2] == "v=\(Self.version)",
              let parameters = Self.parseCosts(fields[3]),
              Self.isBase64(fields[4]), Self.isBase64(fields[5])
        else { return nil }
        self.init(parameters: parameters, saltBase64: String(fields[4]), hashBase64: String(fields[5]))
    }

    var encoded: String {
        let p = parameters
        return "$argon2id$v=\(Self.version)$m=\(p.memoryKiB),t=\(p.iterations),p=\(p.parallelism)$\(saltBase64)$\(hashBase64)"
    }

    private static func parseCosts(_ field: Substring) -> Argon2Parameters? {
        let pairs = field.split(separator: ",")
        guard pairs.count == 3 else { return nil }
        var values: [UInt32] = []
        for (pair, key) in zip(pairs, ["m=", "t=", "p="]) {
            guard pair.hasPrefix(key), let value = UInt32(pair.dropFirst(2)) else { return nil }
            values.append(value)
        }
        let costs = Argon2Parameters(memoryKiB: values[0], iterations: values[1], parallelism: values[2])
        guard (1...maximumIterations).contains(costs.iterations),
              (1...maximumParallelism).contains(costs.parallelism),
              (8 * costs.parallelism...maximumMemoryKiB).contains(costs.memoryKiB)
        else { return nil }
        return costs
    }

    private static func isBase64(_ field: Substring) -> Bool {
        !field.isEmpty && field.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "/"): true
            default: false
            }
        }
    }
}
