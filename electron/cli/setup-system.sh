#!/usr/bin/env bash
# `npm run setup:system`: the Debian packages the kiosk and its tests need, installed once.
# Idempotent: installs only what is missing. Run as root (or with sudo).
#   chromium        the browser kiosk and the end-to-end tests
#   fonts-noto-cjk  Chinese text
#   espeak-ng       offline speech
#   poppler-utils   pdftotext, for the end-to-end test that reads the printed A4 application form
#   openssl         npm run lan:certificate, the hall CA and the certificate LAN mode serves
set -euo pipefail
packages=(chromium fonts-noto-cjk espeak-ng poppler-utils openssl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup:system: ${packages[*]} already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup:system: installing ${missing[*]} needs root; run: sudo npm run setup:system" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup:system: installed ${missing[*]}"
