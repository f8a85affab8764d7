#!/usr/bin/env bash
# Runs the engine's benchmark and the numpy reference implementations in the
# same run, single threaded, and prints engine/numpy ratios.
# Usage: Benchmarks/compare-with-numpy.sh [PEERBENCH_DIR]   (default: ../shared/peerbench)
set -euo pipefail
cd "$(dirname "$0")/.."
peer="${1:-../shared/peerbench}"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

swift build --product tensors-bench >/dev/null
for bench in matmul xor conv seq2seq; do
  PEER_PY="${PEER_PY:-python3}" PEER_RESULTS="$results" bash "$peer/run.sh" "$bench" 1 numpy >/dev/null
done
taskset -c 0 .build/debug/tensors-bench --json > "$results/engine.json" 2>/dev/null \
  || .build/debug/tensors-bench --json > "$results/engine.json"
python3 Benchmarks/ratios.py "$results"
