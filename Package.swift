// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "assist",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "assist", targets: ["assist"]),
        .library(name: "AssistanceCore", targets: ["AssistanceCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(
            name: "AssistanceCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Screens, widgets and keys: pure values, no I/O (no files, no environment, no store).
        .target(name: "AssistanceTUI", dependencies: ["AssistanceCore"]),
        // The one place the UI's effects are carried out: the store session, saves, the editor.
        .target(name: "AssistanceRuntime", dependencies: ["AssistanceCore", "AssistanceTUI"]),
        .target(name: "AssistanceTerminal", dependencies: ["CNCurses", "AssistanceCore", "AssistanceTUI", "AssistanceRuntime"]),
        .executableTarget(
            name: "assist",
            dependencies: [
                "AssistanceCore", "AssistanceTUI", "AssistanceRuntime", "AssistanceTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "assist-bench",
            dependencies: [
                "AssistanceCore", "AssistanceTUI", "AssistanceRuntime", "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "journal-test-writer",
            dependencies: ["AssistanceCore"],
            path: "Tests/Support/JournalTestWriter"
        ),
        // Helpers every test target shares: temporary directories and running the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AssistanceCoreTests", dependencies: ["AssistanceCore", "TestSupport", "journal-test-writer"]),
        .testTarget(name: "AssistanceTUITests", dependencies: ["AssistanceTUI", "AssistanceRuntime", "TestSupport"]),
        .testTarget(name: "AssistanceRuntimeTests", dependencies: ["AssistanceRuntime", "AssistanceTUI", "TestSupport"]),
        .testTarget(name: "AssistanceTerminalTests", dependencies: ["AssistanceTerminal", "AssistanceRuntime", "AssistanceTUI", "TestSupport"]),
        .testTarget(name: "AssistCLITests", dependencies: ["assist", "TestSupport"]),
        .testTarget(name: "AssistEndToEndTests", dependencies: ["assist", "TestSupport"]),
        .testTarget(name: "AssistBenchTests", dependencies: ["assist-bench", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
