import Foundation
import Tensors

/// The peer benchmark's fixtures: raw little-endian float32 (`.f32`) and
/// int32 (`.i32`) arrays in row-major order, copied from `shared/peerbench`.
public enum Fixtures {
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    public static func tensor(_ name: String, _ shape: [Int], requiresGrad: Bool = false) throws -> Tensor {
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".f32"))
        let scalars = data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        return try Tensor(shape: shape, scalars: scalars, requiresGrad: requiresGrad)
    }

    public static func integers(_ name: String) throws -> [Int] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".i32"))
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Int(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self))) }
        }
    }
}
