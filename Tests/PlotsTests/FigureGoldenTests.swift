import Foundation
import Plots
import TestSupport
import Testing

/// Each kind of figure against its golden SVG and terminal text
/// (`RECORD_SNAPSHOTS=1 swift test` rewrites them; review the diff).
struct FigureGoldenTests {
    static let figures: [(name: String, figure: Figure)] = [
        ("line", .line([[0.69, 0.52, 0.31, 0.2, 0.12, 0.09, 0.07], [0.7, 0.6, 0.55, 0.5, 0.48, 0.47, 0.46]],
                       names: ["train", "validation"], labels: Labels(title: "Loss", x: "epoch", y: "loss"))),
        ("line-x", .line([[-3, -2, -1, 0, 1, 2, 3].map { 1 / (1 + exp(-$0)) }], x: [-3, -2, -1, 0, 1, 2, 3], labels: Labels(title: "σ(z)", x: "z"))),
        ("scatter", .scatter([(0, 0), (0, 1), (1, 0), (1, 1), (0.5, 0.4)], classes: [0, 1, 1, 0, 2], labels: Labels(title: "XOR <and> more"))),
        ("heatmap", .heatmap([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6]], rowNames: ["a", "b", "c"], columnNames: ["x", "y", "z"],
                             labels: Labels(title: "Attention"))),
        // Too many rows and columns to name each: every other name is written.
        ("heatmap-wide", .heatmap((0..<16).map { row in (0..<40).map { column in Double((row * column) % 7) - 3.25 } },
                                  labels: Labels(title: "Glyphs"))),
        ("histogram", .histogram([1, 2, 2, 3, 3, 3, 4, 4, 5, 9], bins: 4, labels: Labels(title: "Weights", x: "value"))),
        ("regions", .decisionRegions(RegionGrid(covering: [(0, 0), (1, 1)], resolution: 4), regions: [0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1],
                                     points: [(0, 0), (1, 1)], classes: [0, 1], labels: Labels(title: "Boundary"))),
    ]

    @Test(arguments: figures.map(\.name))
    func figureMatchesItsGoldenFiles(name: String) throws {
        let figure = try #require(Self.figures.first { $0.name == name }?.figure)
        let folder = Golden.folder(beside: #filePath)
        #expect(figure.svg == (try Golden.expected(figure.svg, named: "\(name).svg", folder: folder)))
        #expect(figure.text == (try Golden.expected(figure.text, named: "\(name).txt", folder: folder)))
    }
}
