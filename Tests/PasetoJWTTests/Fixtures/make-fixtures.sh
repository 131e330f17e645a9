#!/bin/sh
# Regenerates the PEM test keys in this folder (test-only keys, never used anywhere else), then the JWKS and
# the legacy tokens signed with them.
# Run from this folder: sh make-fixtures.sh   (needs openssl 3 and python3 with the `cryptography` package)
set -eu
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa-private.pem
openssl pkey -in rsa-private.pem -pubout -out rsa-public.pem
openssl rsa -in rsa-private.pem -traditional -out rsa-private-pkcs1.pem 2>/dev/null
openssl req -new -x509 -key rsa-private.pem -subj /CN=paseto-jwt-test-rsa -days 36500 -out rsa-cert.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 | openssl pkey -pubout -out rsa1024-public.pem
for curve in P-256 P-384 P-521; do
    name=$(echo "$curve" | tr 'A-Z' 'a-z' | tr -d -)
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:$curve -out ec-$name-private.pem
    openssl pkey -in ec-$name-private.pem -pubout -out ec-$name-public.pem
    openssl ec -in ec-$name-private.pem -out ec-$name-sec1.pem 2>/dev/null
    openssl req -new -x509 -key ec-$name-private.pem -subj /CN=paseto-jwt-test-$name -days 36500 -out ec-$name-cert.pem
done
openssl genpkey -algorithm ED25519 -out ed25519-private.pem
openssl pkey -in ed25519-private.pem -pubout -out ed25519-public.pem
openssl req -new -x509 -key ed25519-private.pem -subj /CN=paseto-jwt-test-ed25519 -days 36500 -out ed25519-cert.pem
# An Ed448 certificate, to be refused (jwt-kit and PasetoJWT verify no Ed448); its private key is thrown away.
openssl req -x509 -newkey ed448 -nodes -keyout /dev/null -subj /CN=paseto-jwt-test-ed448 -days 36500 -out ed448-cert.pem
python3 make-jwks.py
python3 make-legacy-tokens.py
