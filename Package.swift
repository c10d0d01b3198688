// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "authterm",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "authterm", targets: ["authterm"]),
        .executable(name: "authterm-server", targets: ["authterm-server"]),
        .executable(name: "authterm-ssh", targets: ["authterm-ssh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // 4.x imports FoundationEssentials rather than the whole of Foundation, which the client avoids.
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", exact: "2.4.1"),
    ],
    targets: [
        // Files carried inside a module's code (Plugins/EmbedFiles): the themes, the common-password list.
        .executableTarget(name: "embed-files", path: "Plugins/EmbedFilesTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),

        // System libraries (Debian -dev packages) and the C shims for the macros and variadic
        // functions Swift cannot call, one target per library. libcurl is linked by the server
        // and opened by the client when its first request needs it (AuthClient's `Curl`).
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // No pkg-config: it would link libcurl into everything that imports these headers.
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CArgon2", pkgConfig: "libargon2", providers: [.apt(["libargon2-dev"])]),
        .target(name: "CCursesShims", dependencies: ["CNcursesw"]),
        .target(name: "CCurlShims", dependencies: ["CCurl"]),

        // The wire contract shared by client and server.
        .target(name: "AuthModel"),
        // One-time passwords (TOTP, Base32, the otpauth URI): the server's codes and the demo authenticator's.
        .target(name: "OTP", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),

        // Client side.
        .target(name: "AuthClient", dependencies: ["AuthModel", "CCurl", "CCurlShims"]),
        // The shipped themes are carried inside the code, so an installed binary needs no files beside it.
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CQRencode", "CCursesShims"], plugins: ["EmbedFiles"]),
        .executableTarget(name: "terminalui-demo", dependencies: ["TerminalUI"]),
        .executableTarget(name: "terminalui-benchmark", dependencies: ["TerminalUI"], path: "Benchmarks/TerminalUIBenchmark"),
        .target(name: "AuthTerm", dependencies: ["AuthModel", "AuthClient", "TerminalUI", "OTP"]),
        // `authterm demo` and the tests: an authterm-server child process with temporary data.
        .target(name: "AuthTermDemo", dependencies: ["AuthClient"]),
        // Release builds carry the Swift runtime inside: nothing to load from the toolchain at start.
        // Its own symbols are not exported (-static-stdlib would): at start the runtime finds itself
        // with dladdr, which reads through every exported symbol, and the loader binds past them.
        .executableTarget(name: "authterm", dependencies: ["AuthTerm", "AuthTermDemo", "TerminalUI"], linkerSettings: [
            .unsafeFlags(["-static-stdlib", "-Xlinker", "-l_FoundationCollections", "-Xlinker", "-l_FoundationCShims",
                          "-Xlinker", "--no-export-dynamic"], .when(configuration: .release)),
        ]),

        // Server side.
        .target(name: "AuthServer", dependencies: [
            "AuthModel", "OTP", "CArgon2", "CCurl", "CCurlShims",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "HummingbirdTLS", package: "hummingbird"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ], exclude: ["Resources"], linkerSettings: [.linkedLibrary("curl")], plugins: ["EmbedFiles"]),
        .executableTarget(name: "authterm-server", dependencies: [
            "AuthServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "server-benchmark", dependencies: ["AuthServer"],
                          path: "Benchmarks/ServerBenchmark", exclude: ["wrk"]),

        // The SSH door: authterm in a pseudo-terminal per SSH session. It runs the client as a
        // child process and links neither the app nor the server.
        .target(name: "CPseudoTerminal"),
        .target(name: "SSHDoor", dependencies: [
            "CPseudoTerminal",
            .product(name: "NIOSSH", package: "swift-nio-ssh"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "authterm-ssh", dependencies: [
            "SSHDoor",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "ssh-door-benchmark", dependencies: [
            "SSHDoor", "AuthTermDemo",
            .product(name: "NIOSSH", package: "swift-nio-ssh"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ], path: "Benchmarks/SSHDoorBenchmark"),

        // Helpers the test targets share: running programs, tmux sessions, built products.
        .target(name: "TestSupport", dependencies: ["AuthTermDemo", "TerminalUI"], path: "Tests/TestSupport"),
        .testTarget(name: "AuthModelTests", dependencies: ["AuthModel", "Yams"]),
        .testTarget(name: "OTPTests", dependencies: ["OTP", "TestSupport"]),
        .testTarget(name: "AuthClientTests", dependencies: ["AuthClient", "AuthTermDemo", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"]),
        .testTarget(name: "AuthTermTests", dependencies: ["AuthTerm", "AuthTermDemo", "OTP", "TestSupport"]),
        .testTarget(name: "SSHDoorTests", dependencies: [
            "SSHDoor", "TestSupport",
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        .testTarget(name: "AuthServerTests", dependencies: [
            "AuthServer", "OTP", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
