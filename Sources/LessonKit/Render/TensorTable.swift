import LessonScript

/// A displayed tensor as a table with its shape: a vector as one row, a
/// matrix as rows and columns. Past `limit` rows or columns the middle ones
/// are elided, keeping `edge` at each end, as numpy prints large arrays.
/// Other ranks keep their text form (`text`), with the shape as caption.
enum TensorTable {
    static let limit = 12
    static let edge = 5

    static func html(_ tensor: DisplayedTensor, text: String) -> String {
        let shape = "[" + tensor.shape.map(String.init).joined(separator: ", ") + "]"
        let caption = "<figcaption>shape \(shape)</figcaption>"
        let rows: Int, columns: Int
        switch tensor.shape.count {
        case 1: (rows, columns) = (1, tensor.shape[0])
        case 2: (rows, columns) = (tensor.shape[0], tensor.shape[1])
        default: return "<figure class=\"tensor\"><pre class=\"value\">\(escapeHTML(text))</pre>\(caption)</figure>"
        }
        let rowIndices = kept(rows), columnIndices = kept(columns)
        var body = ""
        for row in rowIndices {
            body += "<tr>"
            for column in columnIndices {
                guard let row, let column else {
                    body += "<td class=\"elided\">\(row == nil ? "⋮" : "…")</td>"
                    continue
                }
                body += "<td>\(tensor.scalars[row * columns + column].description)</td>"
            }
            body += "</tr>\n"
        }
        return "<figure class=\"tensor\"><table>\n\(body)</table>\(caption)</figure>"
    }

    /// The indices shown along an axis, nil standing for the elided middle.
    private static func kept(_ count: Int) -> [Int?] {
        guard count > limit else { return Array(0..<count) }
        return Array(0..<edge) + [nil] + Array(count - edge..<count)
    }
}
