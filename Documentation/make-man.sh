#!/bin/sh
# Fills in lectern.1.in: the version and the key bindings come from the binary itself,
# so the man page cannot drift from the code.
# usage: make-man.sh BIN TEMPLATE OUTPUT [PREFIX]
set -eu
bin=$1 template=$2 output=$3 prefix=${4:-/usr/local}
version=$("$bin" --version | sed -n '1s/^lectern //p')
keys=$(mktemp)
trap 'rm -f "$keys" "$output.tmp"' EXIT
"$bin" keys --mdoc >"$keys"
mkdir -p "$(dirname "$output")"
awk -v keys="$keys" -v version="$version" -v prefix="$prefix" '
    $0 == "@KEYS@" { while ((getline line < keys) > 0) print line; next }
    { gsub(/@VERSION@/, version); gsub(/@PREFIX@/, prefix); print }
' "$template" >"$output.tmp"
mv "$output.tmp" "$output"
