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
        .executableTarget(name: "FuzzFrabXML", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzFrabJSON", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzICalendar", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzBibTeX", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzArxivAtom", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzOpenReview", dependencies: [.product(name: "LecternCore", package: "lectern")]),
        .executableTarget(name: "FuzzArxivSnapshot", dependencies: [.product(name: "LecternCore", package: "lectern")]),
    ],
    swiftLanguageModes: [.v6]
)
