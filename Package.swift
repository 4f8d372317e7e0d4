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
        // The bundled corpus and themes, embedded in the binary with C23 #embed.
        .target(
            name: "CLecternData",
            path: "Sources/CLecternData",
            exclude: ["data"]
        ),
        .target(name: "LecternCore", dependencies: ["CLecternData"]),
        .target(name: "LecternRender", dependencies: ["LecternCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "LecternTerminal", dependencies: ["LecternRender", "LecternCore", "CNcursesw"]),
        .executableTarget(
            name: "lectern",
            dependencies: [
                "LecternCore", "LecternRender", "LecternTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // `make bench`: seeded corpora and a side-by-side search benchmark (SQLite FTS5, fzf).
        .executableTarget(name: "lectern-bench", dependencies: ["LecternCore", "LecternRender"]),
        .testTarget(name: "LecternCoreTests", dependencies: ["LecternCore"], exclude: ["Fixtures"]),
        .testTarget(name: "LecternRenderTests", dependencies: ["LecternRender", "LecternCore"], exclude: ["Goldens"]),
        .testTarget(name: "LecternTerminalTests", dependencies: ["LecternTerminal", "LecternRender", "LecternCore"]),
        .testTarget(name: "LecternCLITests", dependencies: ["LecternCore"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6],
    cLanguageStandard: .gnu2x
)
