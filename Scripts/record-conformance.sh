#!/usr/bin/env bash
# Records what the real Swift compiler prints for every program of the
# language's conformance corpus: Tests/LessonScriptTests/Conformance/NAME.swift
# gets NAME.expected beside it. The tests only compare; run this after adding
# or changing a program, and review the diff.
# Usage: Scripts/record-conformance.sh [NAME…]
set -euo pipefail
cd "$(dirname "$0")/../Tests/LessonScriptTests/Conformance"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

engine=(../../../Sources/Tensors)
if [ $# -gt 0 ]; then programs=("${@/%/.swift}"); else programs=(*.swift); fi
for program in "${programs[@]}"; do
  name="${program%.swift}"
  # Lesson code needs no imports; a Swift program needs Foundation for the math functions.
  { echo "import Foundation"; cat "$program"; } > "$work/main.swift"
  # Programs that use the engine are compiled with its sources, in one module,
  # as lesson code sees the engine: with no import. Lesson code's module is "Lesson".
  sources=("$work/main.swift")
  if grep -qE 'Tensor|Module|Linear' "$program"; then
    while IFS= read -r file; do sources+=("$file"); done < <(find "${engine[@]}" -name '*.swift' | sort)
  fi
  swiftc -suppress-warnings -module-name Lesson -o "$work/program" "${sources[@]}"
  "$work/program" > "$name.expected"
  echo "recorded $name"
done
