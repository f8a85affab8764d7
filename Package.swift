// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The hot modules run optimized even in the default debug configuration:
/// a release build of swift-syntax takes over ten minutes on a 2-core machine,
/// so `swift run` and `swift test` stay in debug and these targets opt in to `-O`.
let optimized: [SwiftSetting] = [.unsafeFlags(["-O", "-enforce-exclusivity=unchecked"])]

/// The engine's kernels also use the CPU's vector units: on x86-64, AVX2 and
/// FMA (every such CPU since 2013); without them SIMD multiply-adds become
/// library calls. Other architectures get their baseline (NEON on arm64).
/// Dynamic exclusivity checks are off in the hot targets: tensors and a
/// session's frames are used from one thread at a time, and the checks cost a
/// tenth of a small model's step.
#if arch(x86_64)
let kernels: [SwiftSetting] = [.unsafeFlags(["-O", "-target-cpu", "haswell", "-enforce-exclusivity=unchecked"])]
#else
let kernels = optimized
#endif

let package = Package(
    name: "Lessons",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lessons", targets: ["lessons"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        .target(name: "CommonMark", dependencies: ["CCmark"], exclude: ["README.md"]),
        .target(name: "Tensors", exclude: ["README.md"], swiftSettings: kernels),
        .target(name: "Plots", exclude: ["README.md"], swiftSettings: optimized),
        .target(
            name: "LessonScript",
            dependencies: [
                "Tensors", "Plots",
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftOperators", package: "swift-syntax"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
                .product(name: "SwiftIDEUtils", package: "swift-syntax"),
            ],
            exclude: ["README.md"],
            swiftSettings: optimized
        ),
        .target(
            name: "LessonKit",
            dependencies: [
                "CommonMark", "LessonScript", "Plots",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "lessons",
            dependencies: [
                "LessonKit", "CExchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        /// The one system call that swaps two folders atomically, which Swift cannot see.
        .target(name: "CExchange"),
        .testTarget(name: "CourseTests", dependencies: ["LessonKit"]),
    ] + maintainerTargets.filter { FileManager.default.fileExists(atPath: Context.packageDirectory + "/" + ($0.path ?? "Tests/\($0.name)")) }
)

/// The benchmarks and the modules' own tests: a student's copy of the course
/// (`lessons release`) has neither, and builds without them.
var maintainerTargets: [Target] {
    [
        .target(name: "PeerWorkloads", dependencies: ["Tensors"], path: "Benchmarks/PeerWorkloads", swiftSettings: kernels),
        .executableTarget(name: "tensors-bench", dependencies: ["PeerWorkloads", "Tensors"], path: "Benchmarks/tensors-bench", swiftSettings: kernels),
        .executableTarget(name: "language-bench", dependencies: ["LessonScript"], path: "Benchmarks/language-bench", swiftSettings: optimized),
        .testTarget(name: "CommonMarkTests", dependencies: ["CommonMark"]),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors", "PeerWorkloads"]),
        .testTarget(name: "PlotsTests", dependencies: ["Plots", "TestSupport"], exclude: ["Golden"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LessonScriptTests", dependencies: ["LessonScript", "TestSupport"], exclude: ["Conformance"]),
        .testTarget(name: "LessonKitTests", dependencies: ["LessonKit", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "lessonsTests", dependencies: ["lessons", "TestSupport"], exclude: ["Fixtures"]),
    ]
}
