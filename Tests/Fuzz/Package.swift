// swift-tools-version:6.0
// A libFuzzer target over Annals' extraction stage, kept in its own package so that the main
// build never sees the sanitizer flags. Built and run by `make fuzz` (see the Makefile):
//   swift build -c debug --package-path Tests/Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
import PackageDescription

let package = Package(
    name: "AnnalsFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Annals", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "AnnalsFuzz",
            dependencies: [.product(name: "AnnalsCore", package: "Annals")]
        ),
    ]
)
