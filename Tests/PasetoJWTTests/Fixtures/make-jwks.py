"""Writes jwks.json (public JWKs of the PEM test keys, plus members this build must skip) and one JWK file per
key family, from the PEM files beside it. Test-only keys."""
import base64, json
from cryptography.hazmat.primitives.serialization import load_pem_private_key

def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
def big(n, size=None): return b64(n.to_bytes(size or (n.bit_length() + 7) // 8, "big"))
def private(name): return load_pem_private_key(open(name, "rb").read(), None)

rsa = private("rsa-private.pem").public_key().public_numbers()
rsa_jwk = {"kty": "RSA", "kid": "rsa-1", "use": "sig", "n": big(rsa.n), "e": big(rsa.e)}
ec = {}
for name, curve, size in [("p256", "P-256", 32), ("p384", "P-384", 48), ("p521", "P-521", 66)]:
    numbers = private(f"ec-{name}-private.pem").public_key().public_numbers()
    ec[name] = {"kty": "EC", "kid": f"ec-{name}", "crv": curve, "x": big(numbers.x, size), "y": big(numbers.y, size)}
ed = private("ed25519-private.pem").public_key().public_bytes_raw()
ed_jwk = {"kty": "OKP", "kid": "ed-1", "crv": "Ed25519", "x": b64(ed)}
skipped = [
    {"kty": "oct", "kid": "hmac-1", "k": b64(b"0" * 32)},
    dict(rsa_jwk, kid="rsa-enc", use="enc"),
    {"kty": "OKP", "kid": "x-1", "crv": "X25519", "x": b64(bytes(32))},
]
keys = [rsa_jwk, ec["p256"], ec["p384"], ec["p521"], ed_jwk] + skipped
json.dump({"keys": keys}, open("jwks.json", "w"), indent=1)
json.dump(dict(rsa_jwk, alg="PS256", kid="rsa-pss"), open("rsa-ps256.jwk.json", "w"), indent=1)
json.dump(ec["p384"], open("ec-p384.jwk.json", "w"), indent=1)
json.dump(ed_jwk, open("ed25519.jwk.json", "w"), indent=1)
