struct Layer { var name: String; var units: Int }
struct Network { var layers: [Layer] }
let net = Network(layers: [Layer(name: "hidden", units: 4), Layer(name: "out", units: 1)])
print(net.layers.first?.name ?? "none", net.layers.last?.units ?? 0)
let empty = Network(layers: [])
print(empty.layers.first?.name ?? "none", empty.layers.first?.units == nil)
let lookup: [String: Layer] = ["h": net.layers[0]]
print(lookup["h"]?.units ?? 0, lookup["x"]?.units ?? 0)
print(lookup["h"]?.name.uppercased() ?? "")
