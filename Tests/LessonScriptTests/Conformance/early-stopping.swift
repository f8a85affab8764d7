let losses = [0.9, 0.7, 0.55, 0.5, 0.52, 0.51, 0.53, 0.49, 0.6]
var best = Double.infinity
var bestEpoch = 0
var waited = 0
let patience = 2
for (epoch, loss) in losses.enumerated() {
    if loss < best {
        best = loss
        bestEpoch = epoch
        waited = 0
    } else {
        waited += 1
        if waited > patience {
            print("stop at", epoch)
            break
        }
    }
}
print(best, bestEpoch)
