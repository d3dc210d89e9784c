// swift-tools-version:6.1
// A user's package: it depends on qcloud-docgen by path, imports the committed QCloudVPCSeed
// module, and has the build plugin generate a module from its own doc pages (WidgetAPI).
import PackageDescription

let package = Package(
    name: "VPCApp",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "qcloud-docgen", path: "../.."),
        // Dev-time only: `swift package generate-documentation` (Scripts/check-docc.sh). Neither
        // the runtime nor the generated modules depend on it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "WidgetAPI",
            dependencies: [.product(name: "QCloudRuntime", package: "qcloud-docgen")],
            // The pages are inputs of the plugin, not sources: a group folder, an English twin
            // and an overview page, as a docs tree has them.
            exclude: ["CreateWidget.md", "docgen.yaml", "简介.md", "小部件组"],
            plugins: [.plugin(name: "DocgenBuildPlugin", package: "qcloud-docgen")]
        ),
        .executableTarget(
            name: "VPCApp",
            dependencies: ["WidgetAPI", .product(name: "QCloudVPCSeed", package: "qcloud-docgen")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
