#!/usr/bin/env bash
# Compiles and lints the Bicep templates and parameter files with the pinned Bicep CLI.
# Any warning fails the run: a template that only "works with warnings" in AzureCloud is
# exactly the kind that breaks in AzureChinaCloud (hard-coded endpoints, unused settings).
# Needs only the .NET SDK: the CLI comes from the NuGet package that carries the binary.
set -euo pipefail
shopt -s nullglob

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The pinned version, also read by the infrastructure tests (tests/ReportFunctions.Tests/Infra/BicepTemplate.cs).
version="$(tr -d '[:space:]' <"$repo/infra/bicep-version")"
package="Azure.Bicep.CommandLine.linux-x64"
packages="$repo/.tools/packages"
bicep="$packages/${package,,}/$version/tools/bicep"

if [[ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]]; then
  echo "lint.sh: the pinned Bicep CLI package ($package) runs on Linux x64 only" >&2
  exit 2
fi

if [[ ! -f "$bicep" ]]; then
  # A throwaway project outside the repository, so the repository's central package
  # management and build settings do not apply to it; PackageDownload fetches the
  # package without referencing it.
  restore_dir="$(mktemp -d)"
  trap 'rm -rf "$restore_dir"' EXIT
  cat >"$restore_dir/bicep-cli.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="$package" Version="[$version]" />
  </ItemGroup>
</Project>
PROJECT
  echo "lint.sh: restoring $package $version into .tools/packages"
  dotnet restore "$restore_dir/bicep-cli.csproj" --packages "$packages" --nologo --verbosity quiet
fi
# NuGet does not keep the executable bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"

out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir" ${restore_dir:+"$restore_dir"}' EXIT
failed=0

# Runs one Bicep command; fails on a non-zero exit or on any diagnostic at all.
check() {
  local label="$1"
  shift
  local log="$out_dir/log.txt"
  if ! "$bicep" "$@" >"$log" 2>&1; then
    echo "FAIL $label"
    cat "$log"
    failed=1
  elif grep -Eq ': (Warning|Error|Info) ' "$log"; then
    echo "FAIL $label (diagnostics are errors here)"
    cat "$log"
    failed=1
  else
    echo "ok   $label"
  fi
}

cd "$repo/infra"
echo "Bicep CLI: $("$bicep" --version)"
check "build main.bicep" build main.bicep --outfile "$out_dir/main.json"
for file in main.bicep modules/*.bicep; do
  check "lint $file" lint "$file"
done
for file in *.bicepparam; do
  check "build-params $file" build-params "$file" --outfile "$out_dir/${file%.bicepparam}.parameters.json"
  check "lint $file" lint "$file"
done

if [[ "$failed" -ne 0 ]]; then
  echo "lint.sh: the templates have errors or warnings" >&2
  exit 1
fi
echo "lint.sh: templates compile and lint clean"
