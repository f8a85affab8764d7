import Foundation

/// The pixels of a PNG file: 8-bit greyscale, RGB or RGBA, not interlaced,
/// as browsers write screenshots. Enough for a test to tell a rendered page
/// from a blank one.
public struct PNGImage {
    public let width: Int
    public let height: Int
    /// Red, green and blue of each pixel, row by row.
    public let pixels: [(red: UInt8, green: UInt8, blue: UInt8)]

    public init(contentsOf url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        guard bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { throw Inflate.Failure(description: "not a PNG file") }
        var position = 8, header: [UInt8] = [], data: [UInt8] = []
        while position + 8 <= bytes.count {
            let length = bytes[position..<position + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
            let body = Array(bytes[(position + 8)..<min(position + 8 + length, bytes.count)])
            if type == "IHDR" { header = body }
            if type == "IDAT" { data += body }
            position += 12 + length
        }
        guard header.count == 13 else { throw Inflate.Failure(description: "a PNG file without its header") }
        let number = { (offset: Int) in header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = number(0)
        height = number(4)
        let channels = [0: 1, 2: 3, 6: 4][Int(header[9])]
        guard header[8] == 8, let channels, header[12] == 0 else {
            throw Inflate.Failure(description: "a PNG kind this reader does not know (depth \(header[8]), colour type \(header[9]), interlace \(header[12]))")
        }
        let raw = try Inflate.zlib(data)
        let stride = width * channels
        guard raw.count >= height * (stride + 1) else { throw Inflate.Failure(description: "less image data than the header says") }
        var rows: [UInt8] = Array(repeating: 0, count: height * stride)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            for column in 0..<stride {
                let value = raw[row * (stride + 1) + 1 + column]
                let left = column >= channels ? Int(rows[row * stride + column - channels]) : 0
                let up = row > 0 ? Int(rows[(row - 1) * stride + column]) : 0
                let upLeft = row > 0 && column >= channels ? Int(rows[(row - 1) * stride + column - channels]) : 0
                let predicted: Int = switch filter {
                case 1: left
                case 2: up
                case 3: (left + up) / 2
                case 4: Self.paeth(left, up, upLeft)
                default: 0
                }
                rows[row * stride + column] = UInt8(truncatingIfNeeded: Int(value) + predicted)
            }
        }
        pixels = (0..<(width * height)).map { index in
            let start = index * channels
            return channels == 1 ? (rows[start], rows[start], rows[start]) : (rows[start], rows[start + 1], rows[start + 2])
        }
    }

    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
    }

    /// The share of pixels that differ from the most common colour (the background).
    public var inkFraction: Double {
        var counts: [UInt32: Int] = [:]
        for pixel in pixels { counts[UInt32(pixel.red) << 16 | UInt32(pixel.green) << 8 | UInt32(pixel.blue), default: 0] += 1 }
        let background = counts.values.max() ?? 0
        return pixels.isEmpty ? 0 : Double(pixels.count - background) / Double(pixels.count)
    }

    /// How many different colours the image has.
    public var colourCount: Int {
        Set(pixels.map { UInt32($0.red) << 16 | UInt32($0.green) << 8 | UInt32($0.blue) }).count
    }
}
