/// DEFLATE decompression (RFC 1951) of a zlib stream (RFC 1950), enough to
/// read the PNG screenshots a browser writes, so a test can look at pixels.
public enum Inflate {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The data a zlib stream holds.
    public static func zlib(_ stream: [UInt8]) throws -> [UInt8] {
        guard stream.count > 6, stream[0] & 0x0F == 8 else { throw Failure(description: "not a zlib stream of DEFLATE data") }
        var reader = BitReader(bytes: stream, position: 2)
        var output: [UInt8] = []
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStored(&reader, &output)
            case 1: try inflateBlock(&reader, &output, literals: fixedLiterals, distances: fixedDistances)
            case 2:
                let (literals, distances) = try dynamicTables(&reader)
                try inflateBlock(&reader, &output, literals: literals, distances: distances)
            default: throw Failure(description: "a block of the reserved type 3")
            }
        }
        return output
    }

    private static func copyStored(_ reader: inout BitReader, _ output: inout [UInt8]) throws {
        reader.alignToByte()
        let length = try reader.bits(16)
        _ = try reader.bits(16)
        for _ in 0..<length { output.append(UInt8(try reader.bits(8))) }
    }

    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                        4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func inflateBlock(_ reader: inout BitReader, _ output: inout [UInt8], literals: Huffman, distances: Huffman) throws {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < lengthBases.count else { throw Failure(description: "a length symbol out of range") }
                let length = lengthBases[index] + (try reader.bits(lengthExtra[index]))
                let code = try distances.decode(&reader)
                guard code < distanceBases.count else { throw Failure(description: "a distance symbol out of range") }
                let distance = distanceBases[code] + (try reader.bits(distanceExtra[code]))
                guard distance <= output.count else { throw Failure(description: "a distance before the start") }
                let start = output.count - distance
                for offset in 0..<length { output.append(output[start + offset]) }
            }
        }
    }

    private static let fixedLiterals = Huffman(lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112)
        + Array(repeating: 7, count: 24) + Array(repeating: 8, count: 8))
    private static let fixedDistances = Huffman(lengths: Array(repeating: 5, count: 30))

    private static func dynamicTables(_ reader: inout BitReader) throws -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257, distanceCount = try reader.bits(5) + 1, codeCount = try reader.bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = Array(repeating: 0, count: 19)
        for index in 0..<codeCount { codeLengths[order[index]] = try reader.bits(3) }
        let codes = Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try codes.decode(&reader)
            switch symbol {
            case 0...15: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Failure(description: "a repeat with nothing before it") }
                lengths += Array(repeating: previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += Array(repeating: 0, count: 3 + (try reader.bits(3)))
            default: lengths += Array(repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        return (Huffman(lengths: Array(lengths[..<literalCount])), Huffman(lengths: Array(lengths[literalCount..<(literalCount + distanceCount)])))
    }
}

/// Reads bits least significant first, as DEFLATE packs them.
struct BitReader {
    let bytes: [UInt8]
    var position: Int
    private var buffer = 0
    private var count = 0

    init(bytes: [UInt8], position: Int) {
        self.bytes = bytes
        self.position = position
    }

    mutating func bits(_ wanted: Int) throws -> Int {
        while count < wanted {
            guard position < bytes.count else { throw Inflate.Failure(description: "the stream ends early") }
            buffer |= Int(bytes[position]) << count
            position += 1
            count += 8
        }
        let value = buffer & ((1 << wanted) - 1)
        buffer >>= wanted
        count -= wanted
        return value
    }

    mutating func alignToByte() {
        buffer = 0
        count = 0
    }
}

/// A canonical Huffman code, decoded one bit at a time.
struct Huffman {
    /// How many codes have each length, and the symbols in code order.
    private var counts = Array(repeating: 0, count: 16)
    private var symbols: [Int] = []

    init(lengths: [Int]) {
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        for length in 1..<16 {
            for (symbol, symbolLength) in lengths.enumerated() where symbolLength == length { symbols.append(symbol) }
        }
    }

    func decode(_ reader: inout BitReader) throws -> Int {
        var code = 0, first = 0, index = 0
        for length in 1..<16 {
            code |= try reader.bits(1)
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw Inflate.Failure(description: "a code that is not in the table")
    }
}
