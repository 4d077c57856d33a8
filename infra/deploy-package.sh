#!/usr/bin/env bash
# Deploys the app to an Elastic Premium (EP1) Function App, the plan used where Flex Consumption is not
# offered (Azure China). Such an app has no Azure Files share (a share needs a storage key), so it runs
# a package blob that it reads with its managed identity: this script publishes the app, uploads the
# zip to that blob with your Entra sign-in (`az login`), syncs the triggers and restarts the app.
# On Flex Consumption it does nothing: `azd deploy` deploys there.
#
# azd runs it after `azd provision` (hook in azure.yaml), with the deployment's outputs in the
# environment; run by hand, it takes them from `azd env get-value`.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

value() {
  local name="$1" found="${!1:-}"
  if [[ -z "$found" ]] && command -v azd >/dev/null; then
    found="$(azd env get-value "$name" 2>/dev/null || true)"
  fi
  if [[ -z "$found" ]]; then
    echo "deploy-package.sh: $name is not set; run \`azd provision\` first (or export it)" >&2
    exit 2
  fi
  printf '%s' "$found"
}

plan="$(value AZURE_HOSTING_PLAN)"
if [[ "$plan" != "elasticPremium" ]]; then
  echo "deploy-package.sh: hosting plan is $plan; azd deploy publishes the app there"
  exit 0
fi

group="$(value AZURE_RESOURCE_GROUP)"
app="$(value AZURE_FUNCTION_APP_NAME)"
account="$(value AZURE_STORAGE_ACCOUNT_NAME)"
container="$(value AZURE_PACKAGE_CONTAINER)"
blob="$(value AZURE_PACKAGE_BLOB)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish "$repo/src/ReportFunctions/ReportFunctions.csproj" -c Release -o "$work/app" --nologo
if command -v zip >/dev/null; then
  (cd "$work/app" && zip -qr "$work/package.zip" .)
else
  python3 -c 'import shutil, sys; shutil.make_archive(sys.argv[1], "zip", sys.argv[2])' "$work/package" "$work/app"
fi

# The role assignment that allows this upload can take a few minutes to apply after the first provision.
for attempt in 1 2 3 4 5 6; do
  if az storage blob upload --auth-mode login --account-name "$account" --container-name "$container" \
    --name "$blob" --file "$work/package.zip" --overwrite --only-show-errors >/dev/null; then
    break
  fi
  if [[ "$attempt" -eq 6 ]]; then
    echo "deploy-package.sh: could not upload the package to $account/$container/$blob" >&2
    exit 1
  fi
  echo "deploy-package.sh: upload refused; retrying in 30 s (role assignments may still be applying)"
  sleep 30
done

az resource invoke-action --resource-group "$group" --resource-type Microsoft.Web/sites --name "$app" \
  --action syncfunctiontriggers --only-show-errors >/dev/null
az functionapp restart --resource-group "$group" --name "$app" --only-show-errors
echo "deploy-package.sh: deployed $blob to $app"
