#!/usr/bin/env bash
# Sign Briefer.app for the hardened runtime, then notarize and staple the disk image.
#
#   packaging/macos/sign_and_notarize.sh sign      packaging/dist/Briefer.app
#   packaging/macos/sign_and_notarize.sh notarize  packaging/dist/Briefer-0.1.0-macos.dmg [Briefer.app]
#
# Secrets (environment; the release workflow passes them from GitHub secrets):
#   MACOS_SIGN_IDENTITY          "Developer ID Application: Name (TEAMID)"
#   MACOS_CERTIFICATE_P12        base64 of the .p12 holding that identity (CI only; optional
#   MACOS_CERTIFICATE_PASSWORD   when the identity is already in the login keychain)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarytool credentials (app-specific password)
# Without them each step says what it skipped and exits 0, so unsigned test builds still work
# (Gatekeeper will then ask users to right-click → Open).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ENTITLEMENTS=$HERE/entitlements.plist

say() { echo "sign_and_notarize: $*"; }
fail() { echo "sign_and_notarize: $*" >&2; exit 1; }

[ "$(uname -s)" = Darwin ] || fail "codesign and notarytool exist on macOS only."

import_certificate() {
  # CI: a throw-away keychain holding the Developer ID certificate from the secret.
  [ -n "${MACOS_CERTIFICATE_P12:-}" ] || return 0
  [ -n "${MACOS_CERTIFICATE_PASSWORD:-}" ] || fail "MACOS_CERTIFICATE_P12 is set but MACOS_CERTIFICATE_PASSWORD is not."
  local keychain=${RUNNER_TEMP:-/tmp}/briefer-signing.keychain-db
  local keychain_password
  keychain_password=$(uuidgen)
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  echo "$MACOS_CERTIFICATE_P12" | base64 --decode >"${RUNNER_TEMP:-/tmp}/briefer-cert.p12"
  security import "${RUNNER_TEMP:-/tmp}/briefer-cert.p12" -k "$keychain" \
    -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
  rm -f "${RUNNER_TEMP:-/tmp}/briefer-cert.p12"
  security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$keychain_password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
}

sign_app() {
  local app=$1
  [ -d "$app/Contents/MacOS" ] || fail "$app is not an application bundle."
  if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    say "MACOS_SIGN_IDENTITY is not set: $app stays ad-hoc signed (skipped)."
    return 0
  fi
  import_certificate
  local sign=(codesign --force --timestamp --options runtime --sign "$MACOS_SIGN_IDENTITY")
  # Inside out: every Mach-O file, then the frameworks (deepest first: find -depth), then the
  # app itself with the entitlements. --deep is not used: it signs in the wrong order.
  local count=0
  while IFS= read -r -d '' file; do
    if file -b "$file" | grep -q "Mach-O"; then
      "${sign[@]}" "$file"
      count=$((count + 1))
    fi
  done < <(find "$app/Contents/Frameworks" "$app/Contents/Resources" "$app/Contents/MacOS" \
    -type f -print0 2>/dev/null)
  while IFS= read -r -d '' framework; do
    "${sign[@]}" "$framework"
  done < <(find "$app/Contents" -depth -type d -name "*.framework" -print0)
  "${sign[@]}" --entitlements "$ENTITLEMENTS" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  say "signed $count binaries and $app with $MACOS_SIGN_IDENTITY (hardened runtime)."
}

notarize() {
  local dmg=$1 app=${2:-}
  [ -f "$dmg" ] || fail "$dmg does not exist."
  if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    say "MACOS_SIGN_IDENTITY is not set: $dmg is not signed or notarized (skipped)."
    return 0
  fi
  import_certificate
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
    say "APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD are not all set: $dmg is signed but not notarized (skipped)."
    return 0
  fi
  say "submitting $dmg to Apple's notary service (waits for the verdict)…"
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --timeout 30m --output-format json \
    | tee "${RUNNER_TEMP:-/tmp}/briefer-notary.json"
  grep -q '"status" *: *"Accepted"' "${RUNNER_TEMP:-/tmp}/briefer-notary.json" \
    || fail "notarization was not accepted (xcrun notarytool log <id> tells why)."
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  if [ -n "$app" ] && [ -d "$app" ]; then
    xcrun stapler staple "$app"  # the ticket covers the app inside the image too
  fi
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg" || true
  say "notarized and stapled $dmg."
}

case "${1:-}" in
  sign) [ $# -eq 2 ] || fail "usage: $0 sign APP"; sign_app "$2" ;;
  notarize) [ $# -ge 2 ] || fail "usage: $0 notarize DMG [APP]"; notarize "$2" "${3:-}" ;;
  *) fail "usage: $0 sign APP | notarize DMG [APP]" ;;
esac
