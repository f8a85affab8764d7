import Tensors

/// Lesson values read as what a figure draws: numbers, series, a matrix,
/// points in the plane, class labels. Each refusal names the figure and
/// what it wanted.
enum FigureData {
    /// The most cells a heatmap draws and points a scatter plot draws: past
    /// them a page would carry megabytes of SVG no reader can see.
    static let maximumCells = 10_000
    static let maximumPoints = 20_000

    /// A tensor's scalars, or an array's numbers; never empty.
    static func numbers(_ value: Value, _ name: String) throws(Builtin.Failure) -> [Double] {
        let numbers: [Double] = switch value {
        case .tensor(let reference): reference.tensor.scalars.map(Double.init)
        default: value.array.map(number)
        }
        guard !numbers.isEmpty else { throw Builtin.Failure(message: Message.emptyFigure(name)) }
        return numbers
    }

    private static func number(_ value: Value) -> Double {
        switch value {
        case .int(let number): Double(number)
        case .float(let number): Double(number)
        default: value.double
        }
    }

    /// Several series, as an array of arrays or of tensors.
    static func series(_ value: Value) throws(Builtin.Failure) -> [[Double]] {
        var series: [[Double]] = []
        for element in value.array { series.append(try numbers(element, "plot")) }
        guard !series.isEmpty else { throw Builtin.Failure(message: Message.emptyFigure("plot")) }
        return series
    }

    /// A matrix: a tensor of two axes (one axis is one row), or rows of numbers.
    static func matrix(_ value: Value, _ name: String) throws(Builtin.Failure) -> [[Double]] {
        let rows: [[Double]]
        if case .tensor(let reference) = value {
            let tensor = reference.tensor
            guard tensor.rank == 1 || tensor.rank == 2 else { throw Builtin.Failure(message: Message.notAMatrix(name, tensor.shape)) }
            let columns = tensor.shape.last ?? 0
            rows = columns == 0 ? [] : stride(from: 0, to: tensor.count, by: columns).map { start in
                tensor.scalars[start..<start + columns].map(Double.init)
            }
        } else {
            rows = value.array.map { $0.array.map(number) }
        }
        guard rows.contains(where: { !$0.isEmpty }) else { throw Builtin.Failure(message: Message.emptyFigure(name)) }
        let cells = rows.reduce(0) { $0 + $1.count }
        guard cells <= maximumCells else { throw Builtin.Failure(message: Message.figureTooLarge(name, cells, maximumCells, "cells")) }
        return rows
    }

    /// Points as a tensor of shape [n, 2] or as pairs `[x, y]`.
    static func points(_ value: Value, _ name: String) throws(Builtin.Failure) -> [(x: Double, y: Double)] {
        let pairs: [[Double]]
        if case .tensor(let reference) = value {
            let tensor = reference.tensor
            guard tensor.rank == 2, tensor.shape[1] == 2 else { throw Builtin.Failure(message: Message.notPoints(name, tensor.shape)) }
            pairs = stride(from: 0, to: tensor.count, by: 2).map { [Double(tensor.scalars[$0]), Double(tensor.scalars[$0 + 1])] }
        } else {
            pairs = value.array.map { $0.array.map(number) }
            if let index = pairs.firstIndex(where: { $0.count != 2 }) {
                throw Builtin.Failure(message: Message.notAPoint(name, index, pairs[index].count))
            }
        }
        guard !pairs.isEmpty else { throw Builtin.Failure(message: Message.emptyFigure(name)) }
        guard pairs.count <= maximumPoints else { throw Builtin.Failure(message: Message.figureTooLarge(name, pairs.count, maximumPoints, "points")) }
        return pairs.map { (x: $0[0], y: $0[1]) }
    }

    /// One class per point: whole numbers, a tensor of them ([n] or [n, 1]),
    /// or one-hot rows ([n, k]), whose class is the column of the greatest
    /// value. No labels at all is no classes.
    static func classes(_ value: Value, count: Int, _ name: String) throws(Builtin.Failure) -> [Int] {
        let classes: [Int]
        if case .tensor(let reference) = value {
            let tensor = reference.tensor
            if tensor.rank == 2, tensor.shape[1] > 1 {
                classes = stride(from: 0, to: tensor.count, by: tensor.shape[1]).map { start in
                    let row = tensor.scalars[start..<start + tensor.shape[1]]
                    return row.indices.max { row[$0] < row[$1] }.map { $0 - start } ?? 0
                }
            } else {
                classes = tensor.scalars.map { $0.isFinite ? Int($0.rounded()) : -1 }
            }
        } else {
            classes = value.array.map(\.int)
        }
        guard classes.isEmpty || classes.count == count else {
            throw Builtin.Failure(message: Message.labelCount(name, labels: classes.count, points: count))
        }
        return classes
    }
}
