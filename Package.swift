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
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
    ],
    targets: [
        // System libraries (Debian -dev packages) and the one C shim target for the
        // macros and variadic functions Swift cannot call.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CArgon2", pkgConfig: "libargon2", providers: [.apt(["libargon2-dev"])]),
        .target(name: "CShims", dependencies: ["CNcursesw", "CCurl"]),

        // The wire contract shared by client and server.
        .target(name: "AuthModel"),

        // Client side.
        .target(name: "AuthClient", dependencies: ["AuthModel", "CCurl", "CShims"]),
        .target(name: "TerminalUI", dependencies: ["CNcursesw", "CQRencode", "CShims"]),
        .executableTarget(name: "terminalui-demo", dependencies: ["TerminalUI"]),
        .executableTarget(name: "terminalui-benchmark", dependencies: ["TerminalUI"], path: "Benchmarks/TerminalUIBenchmark"),
        .target(name: "AuthTerm", dependencies: ["AuthModel", "AuthClient", "TerminalUI"]),
        .executableTarget(name: "authterm", dependencies: [
            "AuthTerm",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Server side.
        .target(name: "AuthServer", dependencies: [
            "AuthModel", "CArgon2", "CCurl", "CShims",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "NIOSSL", package: "swift-nio-ssl"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ], resources: [.copy("Resources/common-passwords.txt")]),
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
            "SSHDoor", "AuthTerm",
            .product(name: "NIOSSH", package: "swift-nio-ssh"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ], path: "Benchmarks/SSHDoorBenchmark"),

        // Helpers the test targets share: running programs, tmux sessions, built products.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AuthModelTests", dependencies: ["AuthModel", "Yams"]),
        .testTarget(name: "AuthClientTests", dependencies: ["AuthClient", "AuthTerm", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"]),
        .testTarget(name: "AuthTermTests", dependencies: ["AuthTerm", "TestSupport"]),
        .testTarget(name: "SSHDoorTests", dependencies: [
            "SSHDoor", "TestSupport",
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        .testTarget(name: "AuthServerTests", dependencies: [
            "AuthServer", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)
