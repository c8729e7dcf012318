// swift-tools-version:6.0
import PackageDescription

// Linux only: the journal calls Glibc (fdatasync) and reads /proc, the terminal needs
// <ncursesw/curses.h>. The benchmark is a package of its own, in Benchmarks/.
let package = Package(
    name: "assist",
    products: [
        .executable(name: "assist", targets: ["assist"]),
        .library(name: "AssistanceCore", targets: ["AssistanceCore"]),
        // For the benchmark's own package (Benchmarks/): the screens and the store session it
        // times, and the helpers its tests share with these (running a built executable,
        // temporary directories).
        .library(name: "AssistanceTUI", targets: ["AssistanceTUI"]),
        .library(name: "AssistanceRuntime", targets: ["AssistanceRuntime"]),
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
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
    ],
    swiftLanguageModes: [.v6]
)
