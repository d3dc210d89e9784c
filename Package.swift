// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "qcloud-docgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qcloud-docgen", targets: ["qcloud-docgen"]),
        .library(name: "APISchema", targets: ["APISchema"]),
        .library(name: "DocParser", targets: ["DocParser"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // System libraries: the only places that name a C header.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Markdown → Swift tree (the only code that touches C pointers).
        .target(name: "DocMarkdown", dependencies: ["CCmarkGFM", "CLibXML2"]),
        // The IR: value types only.
        .target(name: "APISchema"),
        // Markdown tree → IR.
        .target(name: "DocParser", dependencies: ["DocMarkdown", "APISchema"]),
        // The command line.
        .executableTarget(
            name: "qcloud-docgen",
            dependencies: [
                "DocParser", "APISchema",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DocMarkdownTests", dependencies: ["DocMarkdown"]),
        .testTarget(name: "DocParserTests", dependencies: ["DocParser", "APISchema"]),
    ],
    swiftLanguageModes: [.v6]
)
