#!/usr/bin/env bash
# Runs every test: installs Azurite (npm), smtp4dev (dotnet tool) and the Bicep CLI locally first; the test fixtures start the services.
set -euo pipefail
cd "$(dirname "$0")"

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
dotnet tool restore >/dev/null
# The infrastructure tests read the ARM JSON the pinned Bicep CLI compiles; infra/lint.sh restores it.
[ -x ".tools/packages/azure.bicep.commandline.linux-x64/$(cat infra/bicep-version)/tools/bicep" ] || bash infra/lint.sh >/dev/null

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ReportFunctions.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
awk '/(Passed!|Failed!) +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
