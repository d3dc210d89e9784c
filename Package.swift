// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "qcloud-docgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qcloud-docgen", targets: ["qcloud-docgen"]),
        .executable(name: "vpc-example", targets: ["vpc-example"]),
        .library(name: "APISchema", targets: ["APISchema"]),
        .library(name: "DocParser", targets: ["DocParser"]),
        .library(name: "SwiftCodegen", targets: ["SwiftCodegen"]),
        .library(name: "QCloudRuntime", targets: ["QCloudRuntime"]),
        .library(name: "QCloudRuntimeTesting", targets: ["QCloudRuntimeTesting"]),
        .library(name: "DocgenPipeline", targets: ["DocgenPipeline"]),
        .library(name: "QCloudVPCSeed", targets: ["QCloudVPCSeed"]),
        .plugin(name: "DocgenBuildPlugin", targets: ["DocgenBuildPlugin"]),
        .plugin(name: "DocgenCommandPlugin", targets: ["DocgenCommandPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
        // ICU's regular expressions under stable names (libicu-dev, which libxml2-dev brings; where
        // ICU's headers are missing it reports so and patterns use NSRegularExpression).
        .target(name: "CICURegex", linkerSettings: [
            .linkedLibrary("icui18n", .when(platforms: [.linux])), .linkedLibrary("icuuc", .when(platforms: [.linux])),
        ]),
        // Text: regular expressions (ICU, with the text every match needs read from the
        // expression) and reading strings by their bytes.
        .target(name: "DocText", dependencies: ["CICURegex"]),
        // Markdown → Swift tree (the only code that touches C pointers).
        .target(name: "DocMarkdown", dependencies: ["CCmarkGFM", "CLibXML2", "DocText"]),
        // The IR: value types only.
        .target(name: "APISchema", dependencies: ["QCloudProtocol"]),
        // Each page dialect's vocabulary, as data (section titles, header words, type spellings, ...).
        .target(name: "DocDialects", dependencies: ["APISchema", "DocText"]),
        // Markdown tree → IR, one page at a time, in the page's dialect.
        .target(name: "DocParser", dependencies: ["DocMarkdown", "DocText", "DocDialects", "APISchema"]),
        // docgen.yaml, typed: module, error pages, errata.
        .target(name: "DocgenConfig", dependencies: ["APISchema", "DocDialects", .product(name: "Yams", package: "Yams")]),
        // The only cross-page stage: duplicates, example members, secrets, errata.
        .target(name: "DocResolver", dependencies: ["APISchema", "DocDialects", "DocParser", "DocgenConfig", "QCloudProtocol"]),
        // The stages as one value (find, classify, parse, resolve, render, write).
        .target(name: "DocgenFind", dependencies: ["APISchema", "DocgenConfig"]),
        .target(name: "DocgenPipeline", dependencies: [
            "APISchema", "DocDialects", "DocgenFind", "DocParser", "DocgenConfig", "DocResolver", "SwiftCodegen", "ParallelMap",
        ]),
        // A parallel map over all cores, for reading pages and rendering files.
        .target(name: "ParallelMap"),
        // Schema → classified API changes.
        .target(name: "SchemaDiff", dependencies: ["APISchema"]),
        // IR → Swift through Mustache templates.
        .target(
            name: "SwiftCodegen",
            dependencies: ["APISchema", "DocDialects", "DocgenFind", "QCloudProtocol", "ParallelMap", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]
        ),
        // Protocol facts the generator and the runtime share (the common error codes).
        .target(name: "QCloudProtocol"),
        // What generated code imports.
        .target(name: "QCloudRuntime", dependencies: [
            "QCloudProtocol", .product(name: "Crypto", package: "swift-crypto"), .product(name: "Logging", package: "swift-log"),
        ]),
        // What only tests of generated modules use (example replay).
        .target(name: "QCloudRuntimeTesting", dependencies: ["QCloudRuntime"]),
        // The committed output for specs/vpc.
        .target(name: "QCloudVPCSeed", dependencies: ["QCloudRuntime"], path: "Generated/QCloudVPCSeed", exclude: ["api-schema.json"]),
        // The command line.
        .executableTarget(
            name: "qcloud-docgen",
            dependencies: [
                "DocgenFind", "DocgenPipeline", "DocParser", "DocMarkdown", "APISchema", "SwiftCodegen", "SchemaDiff", "ParallelMap", "QCloudProtocol",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The build step: generates a target's Swift from its doc pages on `swift build`.
        .plugin(name: "DocgenBuildPlugin", capability: .buildTool(), dependencies: ["qcloud-docgen"]),
        // `swift package --allow-writing-to-package-directory regenerate-sdk`: rewrites Generated/.
        .plugin(
            name: "DocgenCommandPlugin",
            capability: .command(
                intent: .custom(verb: "regenerate-sdk", description: "Regenerate the committed SDK modules from specs/"),
                permissions: [.writeToPackageDirectory(reason: "qcloud-docgen writes the generated modules into Generated/")]),
            dependencies: ["qcloud-docgen"]),
        // A target whose Swift the build plugin generates from its own copy of the seed page.
        .target(
            name: "DocgenPluginDemo",
            dependencies: ["QCloudRuntime"],
            exclude: ["AddVpnConnEx.md", "docgen.yaml"],
            plugins: ["DocgenBuildPlugin"]),
        // The parser's fuzz target (Scripts/fuzz.sh); in a normal build it replays inputs.
        .executableTarget(name: "docgen-fuzz", dependencies: ["DocDialects", "DocParser", "DocResolver", "DocgenConfig"]),
        // The example that calls AddVpnConnEx.
        .executableTarget(
            name: "vpc-example",
            dependencies: [
                "QCloudVPCSeed", "QCloudRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The client's cost per call against the bare transport (Benchmarks/run.sh runs it).
        .executableTarget(
            name: "runtime-bench",
            dependencies: ["QCloudVPCSeed", "QCloudRuntime", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        // What the test targets share: generated texts from a fixed seed.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DocTextTests", dependencies: ["DocText", "TestSupport"]),
        .testTarget(name: "DocMarkdownTests", dependencies: ["DocMarkdown", "TestSupport"]),
        .testTarget(name: "DocParserTests", dependencies: ["DocParser", "DocDialects", "DocMarkdown", "DocgenFind", "DocgenPipeline", "APISchema", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SwiftCodegenTests", dependencies: ["SwiftCodegen", "DocgenFind", "DocParser", "DocDialects", "DocResolver", "APISchema", "TestSupport"]),
        .testTarget(name: "DocgenPipelineTests", dependencies: ["DocgenFind", "DocgenPipeline", "DocgenConfig", "DocResolver", "SchemaDiff", "APISchema", "TestSupport"]),
        .testTarget(
            name: "QCloudVPCTests",
            dependencies: [
                "QCloudVPCSeed", "QCloudRuntime", "QCloudRuntimeTesting",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "QCloudRuntimeTests", dependencies: ["QCloudRuntime"]),
        .testTarget(name: "DocgenPluginDemoTests", dependencies: ["DocgenPluginDemo", "QCloudRuntimeTesting"]),
        .testTarget(name: "SchemaDiffTests", dependencies: ["SchemaDiff", "DocParser", "APISchema", "TestSupport"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
