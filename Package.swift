// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Annals",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "annals", targets: ["annals"]),
        .library(name: "AnnalsCore", targets: ["AnnalsCore"]),
        .library(name: "AnnalsRender", targets: ["AnnalsRender"]),
        .library(name: "AnnalsReport", targets: ["AnnalsReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // SQLite (the system library, libsqlite3-dev) for the per-document extraction cache.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Cairo, Pango and PangoCairo through pkg-config; named apart from other packages' Cairo modules.
        .systemLibrary(
            name: "CAnnalsCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // libqpdf's C API: rewrites the PDFs cairo 1.16 writes with a damaged cross-reference table
        // once a page carries a link.
        .systemLibrary(
            name: "CAnnalsQPDF",
            pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]
        ),
        // Corpus → Extraction → Aggregation: the data module. Knows nothing of Cairo.
        .target(
            name: "AnnalsCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")]
        ),
        // Rendering: charts and pages drawn with Cairo, text through Pango. Knows nothing of articles.
        .target(
            name: "AnnalsRender",
            dependencies: ["CAnnalsCairo", "CAnnalsQPDF"]
        ),
        // Maps an aggregated digest onto charts and a report document.
        .target(
            name: "AnnalsReport",
            dependencies: ["AnnalsCore", "AnnalsRender"]
        ),
        .executableTarget(
            name: "annals",
            dependencies: [
                "AnnalsCore", "AnnalsRender", "AnnalsReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AnnalsCoreTests", dependencies: [
            "AnnalsCore",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "AnnalsRenderTests", dependencies: ["AnnalsRender"], resources: [.copy("Golden")]),
        .testTarget(name: "AnnalsReportTests", dependencies: ["AnnalsReport", "AnnalsCore", "AnnalsRender"]),
        .testTarget(name: "AnnalsEndToEndTests", dependencies: ["annals"]),
    ]
)
