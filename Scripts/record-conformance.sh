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

if [ $# -gt 0 ]; then programs=("${@/%/.swift}"); else programs=(*.swift); fi
for program in "${programs[@]}"; do
  name="${program%.swift}"
  # Lesson code needs no imports; a Swift program needs Foundation for the math functions.
  { echo "import Foundation"; cat "$program"; } > "$work/main.swift"
  swiftc -suppress-warnings -o "$work/program" "$work/main.swift"
  "$work/program" > "$name.expected"
  echo "recorded $name"
done
