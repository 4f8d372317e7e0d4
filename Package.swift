// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lectern",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "lectern", targets: ["lectern"]),
        .library(name: "LecternCore", targets: ["LecternCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The explorer's signal handlers, in C (async-signal-safe); the crash handler calls endwin.
        .target(name: "CLecternSignals", dependencies: ["CNcursesw"], path: "Sources/CLecternSignals"),
        // The bundled corpus and themes, embedded in the binary with C23 #embed.
        .target(
            name: "CLecternData",
            path: "Sources/CLecternData",
            exclude: ["data"]
        ),
        .target(name: "LecternCore", dependencies: ["CLecternData"]),
        // The edge that touches files: atomic writes, the bookmark store, export files, the tz database.
        .target(name: "LecternStorage", dependencies: ["LecternCore"]),
        .target(name: "LecternRender", dependencies: ["LecternCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "LecternTerminal", dependencies: ["LecternRender", "LecternCore", "CNcursesw", "CLecternSignals"]),
        .executableTarget(
            name: "lectern",
            dependencies: [
                "LecternCore", "LecternStorage", "LecternRender", "LecternTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // `make bench`: seeded corpora and a side-by-side search benchmark (SQLite FTS5, fzf).
        .executableTarget(name: "lectern-bench", dependencies: ["LecternCore", "LecternStorage", "LecternRender"]),
        // What the test targets share: the seeded random generator.
        .target(name: "LecternTestSupport", path: "Tests/LecternTestSupport"),
        .testTarget(name: "LecternCoreTests", dependencies: ["LecternCore", "LecternStorage", "LecternTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "LecternRenderTests", dependencies: ["LecternRender", "LecternCore", "LecternStorage", "LecternTestSupport"],
                    exclude: ["Goldens"]),
        .testTarget(name: "LecternTerminalTests", dependencies: ["LecternTerminal", "LecternRender", "LecternCore"]),
        .testTarget(name: "LecternCLITests", dependencies: ["LecternCore", "LecternStorage", "LecternTestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6],
    cLanguageStandard: .gnu2x
)
