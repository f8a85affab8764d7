struct Sample {
    var features: [Double]
    var label: Int
}
var samples = [
    Sample(features: [0.1, 0.9], label: 1),
    Sample(features: [0.8, 0.2], label: 0),
    Sample(features: [0.7, 0.6], label: 1),
]
samples[1].label = 1
samples[2].features[0] += 0.25
let positives = samples.filter { $0.label == 1 }
print(positives.count)
let sorted = samples.sorted { $0.features[0] < $1.features[0] }
print(sorted.map { $0.features[0] })
var total = [0.0, 0.0]
for s in samples {
    for i in 0..<2 { total[i] += s.features[i] }
}
print(total)
print(samples.first?.features ?? [], samples.last!.label)
