// swift-tools-version:6.0
// libFuzzer targets for lectern's parsers. Build and run with `make fuzz` from the package root.
import PackageDescription

let package = Package(
    name: "LecternFuzz",
    dependencies: [
        .package(name: "lectern", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "FuzzPageImporter",
            dependencies: [.product(name: "LecternCore", package: "lectern")]
        ),
        .executableTarget(
            name: "FuzzCorpusDecoder",
            dependencies: [.product(name: "LecternCore", package: "lectern")]
        ),
        // One harness for every reader's fuzzer: read, encode, decode back.
        .target(name: "FuzzReaderHarness", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzFrabXML", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzFrabJSON", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzICalendar", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzBibTeX", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzArxivAtom", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzOpenReview", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzArxivSnapshot", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzMiniConfPapers", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzMiniConfCalendar", dependencies: ["FuzzReaderHarness", .product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzSharedPlan", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzSearchIndexDecoder", dependencies: [.product(name: "LecternCore", package: "lectern")]),
    ],
    swiftLanguageModes: [.v6]
)
