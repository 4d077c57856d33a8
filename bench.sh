#!/usr/bin/env bash
# Reproduces docs/benchmarks.md from a fresh clone: installs what the peers need (Debian chromium,
# libreoffice-writer with python3-uno, fonts-noto-cjk, poppler-utils) and Azurite (npm), builds the benchmark in
# Release, runs every benchmark (validation, rendering, in-process pipeline, a 1,000-submission burst over HTTP,
# Chromium and LibreOffice side by side) and writes docs/benchmarks.md with the machine, date, commit and command.
# Usage: ./bench.sh [--burst N] [--warm N]   (defaults 1000 submissions, 20 warm runs per engine and document)
set -euo pipefail
cd "$(dirname "$0")"

burst=1000
warm=20
while [ $# -gt 0 ]; do
  case "$1" in
    --burst) burst="${2:?--burst needs a number}"; shift 2 ;;
    --warm) warm="${2:?--warm needs a number}"; shift 2 ;;
    -h|--help) echo "usage: ./bench.sh [--burst N] [--warm N]"; exit 0 ;;
    *) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

started=$(date -u +%s)
packages=(chromium libreoffice-writer python3-uno fonts-noto-cjk poppler-utils)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench.sh: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund

dotnet build bench/ReportFunctions.Bench -c Release -nologo -v q
# The CLI and the local runner as deployed (ReadyToRun, linux-x64), published once for the cold-start and burst runs.
published=$(mktemp -d "${TMPDIR:-/tmp}/reportfunctions-bench-published.XXXXXX")
results=$(mktemp)
trap 'rm -rf "$results" "$published"' EXIT
for project in ReportFunctions.Cli ReportFunctions.LocalRunner; do
  dotnet publish "src/$project" -c Release -o "$published/$project" -nologo -v q
done
export REPORTFUNCTIONS_BENCH_PUBLISHED="$published"
bench=(dotnet bench/ReportFunctions.Bench/bin/Release/net10.0/ReportFunctions.Bench.dll)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for mode in validate anonymous render pipeline; do "${bench[@]}" "$mode" | tee -a "$results"; done
"${bench[@]}" burst "$burst" | tee -a "$results"
"${bench[@]}" peers "$warm" | tee -a "$results"
minutes=$(( ($(date -u +%s) - started + 59) / 60 ))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
git diff --quiet HEAD -- src bench 2>/dev/null || commit="$commit (with uncommitted changes)"
. /etc/os-release
{
  echo "# Benchmarks"
  echo
  echo "Written by \`./bench.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at commit $commit, in about $minutes minutes (install, build, publish and runs):"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo) GiB, $PRETTY_NAME, .NET SDK $(dotnet --version), Release build."
  echo "Load average $load_before before and $load_after after: **absolute times depend on what else the machine"
  echo "runs**; every ratio compares engines measured alternately in the same minutes. Reproduce with:"
  echo
  echo '```bash'
  echo "./bench.sh                 # installs chromium, libreoffice-writer, python3-uno, fonts-noto-cjk, poppler-utils and Azurite if missing"
  echo "dotnet run -c Release --project bench/ReportFunctions.Bench -- validate|render|pipeline|burst [N]|peers [warm-runs]   # one part"
  echo '```'
  echo
  cat bench/benchmarks-notes.md
  echo
  cat "$results"
} > docs/benchmarks.md
echo "bench.sh: wrote docs/benchmarks.md"
