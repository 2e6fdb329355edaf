// swift-tools-version: 6.0
import PackageDescription

/// Frontline: a terminal map of territorial control in Iraq and Syria, 2014-2019.
///
/// Layers, imports going downwards only:
/// FrontlineCore (data, no UI) <- FrontlineRender (pure frames) <- FrontlineApp (state, actions, reduce)
/// <- FrontlineTerminal (ncursesw backend, via the CNcursesw shim and the CTerminalSignals C target, which holds
/// all mutable C state) <- frontline (argument-parser commands).
let package = Package(
    name: "Frontline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "frontline", targets: ["frontline"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(name: "FrontlineCore"),
        .target(name: "FrontlineRender", dependencies: ["FrontlineCore"]),
        .target(name: "FrontlineApp", dependencies: ["FrontlineCore", "FrontlineRender"]),
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(
            name: "FrontlineTerminal",
            dependencies: ["CNcursesw", "CTerminalSignals", "FrontlineRender", "FrontlineApp"]),
        .executableTarget(
            name: "frontline",
            dependencies: [
                "FrontlineCore", "FrontlineRender", "FrontlineApp", "FrontlineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .executableTarget(
            name: "frontline-bench",
            dependencies: ["FrontlineCore", "FrontlineRender", "FrontlineApp"],
            path: "Benchmarks/frontline-bench"
        ),
        .testTarget(name: "FrontlineCoreTests", dependencies: ["FrontlineCore"]),
        .testTarget(name: "FrontlineRenderTests", dependencies: ["FrontlineCore", "FrontlineRender"]),
        .testTarget(name: "FrontlineAppTests", dependencies: ["FrontlineCore", "FrontlineRender", "FrontlineApp"]),
        .testTarget(name: "FrontlineCorpusTests", dependencies: ["FrontlineCore"]),
        .testTarget(name: "FrontlineEndToEndTests", dependencies: ["FrontlineCore"])
    ]
)
