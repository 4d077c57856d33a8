#!/usr/bin/env bash
# The long fuzz run of intake + validation + rendering (tests/ReportFunctions.Core.Tests/Fuzzing): as many mutated
# reports as fit in the given seconds (default 1800), then one line of counts per outcome. Results: docs/reliability.md.
# Usage: ./fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-1800}"
FUZZ_SECONDS="$seconds" dotnet test tests/ReportFunctions.Core.Tests -c Release --nologo \
  --filter "FullyQualifiedName~PipelineFuzzTests" --logger "console;verbosity=detailed" 2>&1 | grep -E "^fuzz:|Passed!|Failed!|Error Message|Fuzz case" || true
