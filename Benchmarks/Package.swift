// swift-tools-version:6.0
import PackageDescription

// The benchmark (issue 6) in a package of its own, as swift-nio keeps its benchmarks, so that
// only the benchmark needs the system's SQLite (libsqlite3-dev): assist builds and tests without
// it. It uses assist's own libraries from the package one folder up.
//
//     cd Benchmarks && swift run -c release assist-bench
let package = Package(
    name: "assist-benchmarks",
    dependencies: [
        .package(name: "assist", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .executableTarget(
            name: "assist-bench",
            dependencies: [
                .product(name: "AssistanceCore", package: "assist"),
                .product(name: "AssistanceTUI", package: "assist"),
                .product(name: "AssistanceRuntime", package: "assist"),
                "CSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AssistBenchTests",
            dependencies: ["assist-bench", .product(name: "TestSupport", package: "assist")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
