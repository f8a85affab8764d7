import Tensors

/// Workload (d): a GRU encoder–decoder learning to reverse sequences, with
/// teacher forcing; cross-entropy over all positions; Adam lr 0.01.
public final class Seq2SeqWorkload {
    static let (vocabulary, batch, length) = (12, 32, 8)
    let source: Tensor, decoderInput: Tensor, target: Tensor
    let encoderEmbedding: Embedding, decoderEmbedding: Embedding
    let encoder: GRU, decoder: GRU
    let output: Tensor, outputBias: Tensor
    let optimizer: Adam

    public init() throws {
        source = Tensor(try Fixtures.integers("s2s_src").map(Float.init)).reshaped(Self.batch, Self.length)
        decoderInput = Tensor(try Fixtures.integers("s2s_dec_in").map(Float.init)).reshaped(Self.batch, Self.length)
        target = Tensor(try Fixtures.integers("s2s_tgt").map(Float.init))
        func gru(_ prefix: String) throws -> GRU {
            GRU(weights: RecurrentWeights(
                inputWeight: try Fixtures.tensor(prefix + "_Wih", [96, 16], requiresGrad: true),
                hiddenWeight: try Fixtures.tensor(prefix + "_Whh", [96, 32], requiresGrad: true),
                inputBias: try Fixtures.tensor(prefix + "_bih", [96], requiresGrad: true),
                hiddenBias: try Fixtures.tensor(prefix + "_bhh", [96], requiresGrad: true)
            ))
        }
        encoderEmbedding = Embedding(weight: try Fixtures.tensor("s2s_enc_emb", [12, 16], requiresGrad: true))
        decoderEmbedding = Embedding(weight: try Fixtures.tensor("s2s_dec_emb", [12, 16], requiresGrad: true))
        encoder = try gru("s2s_enc")
        decoder = try gru("s2s_dec")
        output = try Fixtures.tensor("s2s_Wo", [12, 32], requiresGrad: true)
        outputBias = try Fixtures.tensor("s2s_bo", [12], requiresGrad: true)
        let parameters = encoderEmbedding.parameters + encoder.parameters + decoderEmbedding.parameters
            + decoder.parameters + [output, outputBias]
        optimizer = Adam(parameters, learningRate: 0.01)
    }

    @discardableResult
    public func step() throws -> Float {
        let encoded = encoder(encoderEmbedding(source), state: nil).state
        let decoded = decoder(decoderEmbedding(decoderInput), state: encoded).outputs
        let logits = decoded.reshaped(to: [-1, 32]).matmul(output.transposed) + outputBias
        let loss = try Tensor.crossEntropy(logits, target)
        optimizer.zeroGrad()
        loss.backward()
        optimizer.step()
        return try Tensor.item(loss)
    }
}
