import Testing
import Tensors

struct DatasetTests {
    @Test func logicGatesFollowTheirTruthTables() {
        #expect(Datasets.logicGate(.and).targets.scalars == [0, 0, 0, 1])
        #expect(Datasets.logicGate(.or).targets.scalars == [0, 1, 1, 1])
        #expect(Datasets.logicGate(.xor).targets.scalars == [0, 1, 1, 0])
        #expect(Datasets.logicGate(.nand).targets.scalars == [1, 1, 1, 0])
        #expect(Datasets.logicGate(.xor).inputs.shape == [4, 2])
    }

    @Test func pointSetsHaveTheirShapesAndBalancedLabels() {
        for (x, labels) in [Datasets.blobs(count: 30, classes: 3), Datasets.twoMoons(count: 30), Datasets.spirals(count: 30, classes: 3)] {
            #expect(x.shape == [30, 2])
            #expect(labels.shape == [30])
            let classes = Set(labels.scalars)
            #expect(classes.allSatisfy { c in labels.scalars.filter { $0 == c }.count >= 10 })
        }
    }

    @Test func theSameSeedGivesTheSameData() {
        let first = RandomSource.$current.withValue(RandomSource(seed: 5)) { Datasets.twoMoons(count: 10).inputs.scalars }
        let second = RandomSource.$current.withValue(RandomSource(seed: 5)) { Datasets.twoMoons(count: 10).inputs.scalars }
        let other = RandomSource.$current.withValue(RandomSource(seed: 6)) { Datasets.twoMoons(count: 10).inputs.scalars }
        #expect(first == second)
        #expect(first != other)
    }

    @Test func glyphsAreNoisyDigitsInOrder() {
        let (images, labels) = Datasets.digitGlyphs(count: 20, noise: 0)
        #expect(images.shape == [20, 1, 8, 8])
        #expect(Array(labels.scalars.prefix(10)) == (0..<10).map(Float.init))
        // The digit 1 has 10 marked pixels in its 5×7 glyph, wherever it is placed.
        #expect(images.scalars[64..<128].reduce(0, +) == 10)
    }

    @Test func sequenceTasksTransformTheSource() {
        let (source, target, decoderInput) = Datasets.sequences(.reverse, count: 3, length: 5, vocabulary: 12)
        #expect(source.shape == [3, 5])
        #expect(Array(target.scalars[0..<5]) == Array(source.scalars[0..<5].reversed()))
        #expect(Array(decoderInput.scalars[0..<5]) == [0] + Array(target.scalars[0..<4]))
        #expect(source.scalars.allSatisfy { $0 >= 2 && $0 < 12 })
        let sorted = Datasets.sequences(.sort, count: 2, length: 6)
        #expect(Array(sorted.target.scalars[0..<6]) == Array(sorted.source.scalars[0..<6]).sorted())
    }
}
