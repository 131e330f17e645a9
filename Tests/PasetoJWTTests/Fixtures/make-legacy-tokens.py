"""Writes legacy-tokens.json: JWTs signed here with python `cryptography` and the standard library's HMAC,
independently of jwt-kit and PasetoJWT, for the cases the tests cannot sign with jwt-kit:

- `eddsa-cert`: EdDSA, signed by ed25519-private.pem, whose key ed25519-cert.pem (made by `openssl req -x509`,
  see make-fixtures.sh) carries; verified through that certificate (RFC 8410).
- `dash-secret`: HS256 with an HMAC secret that begins with "-" (as one random base64url secret in 64 does).
- `short-secret-hs256`, `short-secret-hs512`: HS256 and HS512 with a 16-byte secret, shorter than RFC 7518
  §3.2 allows; legacy tokens that --allow-short-secret still verifies.

Run from this folder: python3 make-legacy-tokens.py   (python3 with the `cryptography` package)
Every key and secret here is a test key. HMAC and Ed25519 signatures are deterministic, so rerunning
reproduces the file byte for byte.
"""
import base64, hashlib, hmac, json
from cryptography.hazmat.primitives.serialization import load_pem_private_key

def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

def token(alg, payload, sign):
    header = '{"alg":"%s","typ":"JWT"}' % alg
    signing_input = (b64(header.encode()) + "." + b64(payload.encode())).encode()
    return signing_input.decode() + "." + b64(sign(signing_input))

ed_key = load_pem_private_key(open("ed25519-private.pem", "rb").read(), None)
DASH_SECRET = "-3q2-7wX9kLmN0pQrStUvWxYz_AbCdEfGhIjKlMnOpQ"    # 44 bytes, base64url, starts with "-"
SHORT_SECRET = "legacy-16-bytes!"                               # 16 bytes
payload = '{"iss":"https://legacy.example","sub":"alice","exp":4102444800}'
tokens = {
    "payload": payload,
    "dash-secret": DASH_SECRET,
    "short-secret": SHORT_SECRET,
    "eddsa-cert": token("EdDSA", payload, ed_key.sign),
    "dash-secret-hs256": token("HS256", payload, lambda d: hmac.new(DASH_SECRET.encode(), d, hashlib.sha256).digest()),
    "short-secret-hs256": token("HS256", payload, lambda d: hmac.new(SHORT_SECRET.encode(), d, hashlib.sha256).digest()),
    "short-secret-hs512": token("HS512", payload, lambda d: hmac.new(SHORT_SECRET.encode(), d, hashlib.sha512).digest()),
}
json.dump(tokens, open("legacy-tokens.json", "w"), indent=1)
print(len(tokens), "entries")
