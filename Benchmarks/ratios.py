"""Prints the engine's benchmark beside numpy's, from one results folder:
engine.json (tensors-bench --json) and the peer benchmark's *_numpy_1t.json files."""
import json, os, sys

folder = sys.argv[1]
engine = json.load(open(os.path.join(folder, "engine.json")))


def numpy_rows(bench):
    return json.load(open(os.path.join(folder, f"{bench}_numpy_1t.json")))["rows"]


print(f"{'workload':<16}{'engine':>14}{'numpy':>14}{'engine/numpy':>16}")
for row in numpy_rows("matmul"):
    n = str(row["n"])
    ours, theirs = engine["matmul_gflops"][n], row["gflops_median"]
    print(f"{'matmul n=' + n:<16}{ours:>9.1f} GF/s{theirs:>9.1f} GF/s{ours / theirs:>15.2f}x  (higher is better)")
for bench, key, scale, unit in [("xor", "xor_step_us", 1e6, "µs"), ("conv", "conv_step_ms", 1e3, "ms"),
                                ("seq2seq", "seq2seq_step_ms", 1e3, "ms")]:
    theirs = numpy_rows(bench)[0]["median"] * scale
    ours = engine[key]
    print(f"{bench + ' step':<16}{ours:>11.2f} {unit}{theirs:>11.2f} {unit}{ours / theirs:>15.2f}x  (lower is better)")
print("final losses:", ", ".join(f"{k} {v:.7f}" for k, v in engine["final_loss"].items()))
