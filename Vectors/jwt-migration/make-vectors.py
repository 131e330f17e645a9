"""Produces jwt-migration.json: legacy JWTs signed here with python `cryptography` (independently of jwt-kit),
and the PASETO payload each must migrate to, computed here from the mapping rules with exact decimal
arithmetic (independently of PasetoJWT). Every key in this file is a test key, made for these vectors only.

Run from this folder: python3 make-vectors.py   (python3 with the `cryptography` package)
"""
import base64, hashlib, hmac, json
from decimal import Decimal, ROUND_CEILING, ROUND_FLOOR
from datetime import datetime, timezone
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

def b64(data): return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
def pem(key): return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()

# Deterministic test keys: derived from fixed seeds so the file is reproducible byte for byte where the
# algorithm is deterministic (HMAC, RS256, EdDSA). ECDSA and PSS signatures are randomised, so those tokens
# change on every run; the expected claims never do.
SECRET = b"jwt-migration-vectors-hs-secret-0123456789abcdef"            # 48 bytes: HS256 and HS384
ed_key = ed25519.Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"jwt-migration ed25519").digest())
ec256 = ec.derive_private_key(int.from_bytes(hashlib.sha256(b"jwt-migration p256").digest(), "big"), ec.SECP256R1())
ec384 = ec.derive_private_key(int.from_bytes(hashlib.sha384(b"jwt-migration p384").digest(), "big"), ec.SECP384R1())
rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # fresh each run; its public PEM is stored

local_key = bytes(range(0x70, 0x90))                                     # k4.local target
target_seed = hashlib.sha256(b"jwt-migration k4.secret").digest()
target = ed25519.Ed25519PrivateKey.from_private_bytes(target_seed)
target_public = target.public_key().public_bytes_raw()
K4_LOCAL = "k4.local." + b64(local_key)
K4_SECRET = "k4.secret." + b64(target_seed + target_public)
K4_PUBLIC = "k4.public." + b64(target_public)

def sign(alg, data):
    if alg.startswith("HS"):
        return hmac.new(SECRET, data, {"HS256": hashlib.sha256, "HS384": hashlib.sha384}[alg]).digest()
    if alg == "RS256": return rsa_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    if alg == "PS256": return rsa_key.sign(data, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    if alg == "EdDSA": return ed_key.sign(data)
    key, digest, size = {"ES256": (ec256, hashes.SHA256(), 32), "ES384": (ec384, hashes.SHA384(), 48)}[alg]
    r, s = decode_dss_signature(key.sign(data, ec.ECDSA(digest)))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")

def verification_key(alg):
    if alg.startswith("HS"): return {"secret": SECRET.decode()}
    return {"pem": pem({"RS256": rsa_key, "PS256": rsa_key, "EdDSA": ed_key, "ES256": ec256, "ES384": ec384}[alg])}

def rfc3339(seconds): return datetime.fromtimestamp(int(seconds), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def expected(claims, now=None, lifetime=3600):
    """The mapping rules, restated: exp/iat round down, nbf rounds up, a one-element aud array becomes a
    string (an array of two or more stays as written), everything else is kept as written; a missing exp
    becomes now + lifetime."""
    out = []
    for name, text in claims:
        if name in ("exp", "iat", "nbf"):
            value = Decimal(text).to_integral_value(ROUND_CEILING if name == "nbf" else ROUND_FLOOR)
            out.append((name, json.dumps(rfc3339(value))))
        elif name == "aud" and text.startswith("["):
            members = json.loads(text)
            out.append((name, json.dumps(members[0]) if len(members) == 1 else text))
        else:
            out.append((name, text))
    if "exp" not in dict(claims): out.append(("exp", json.dumps(rfc3339(now + lifetime))))
    return "{" + ",".join(f'"{n}":{v}' for n, v in out) + "}"

def vector(name, alg, claims, target="local", header_extra="", now=None, expect_fail=None, separator=","):
    header = '{"alg":"%s","typ":"JWT"%s}' % (alg, header_extra)
    payload = "{" + separator.join(f'"{n}":{v}' for n, v in claims) + "}"
    signing_input = (b64(header.encode()) + "." + b64(payload.encode())).encode()
    token = signing_input.decode() + "." + b64(sign(alg, signing_input))
    case = {"name": name, "jwt": token, "verification-key": verification_key(alg),
            "target-key": K4_LOCAL if target == "local" else K4_SECRET}
    if target != "local": case["target-public-key"] = K4_PUBLIC
    if now is not None: case["now"] = now
    if expect_fail: case["expect-fail"] = expect_fail
    else: case["expected-payload"] = expected(claims, now)
    return case

FAR = "4102444800"   # 2100-01-01T00:00:00Z
cases = [
    vector("hs256-every-claim-type", "HS256", [("iss", '"https://auth.example"'), ("sub", '"user-42"'),
        ("aud", '"api"'), ("exp", FAR), ("nbf", "1700000000"), ("iat", "1700000000"), ("jti", '"a1b2"'),
        ("role", '"admin"'), ("scopes", '["read","write"]'), ("profile", '{"name":"Zoë","age":41}'),
        ("ratio", "1.50"), ("big", "12345678901234567890"), ("sci", "1e3"), ("flag", "true"), ("none", "null"),
        ("quote", '"a \\"b\\" \\\\ c"')], separator=", "),
    vector("hs256-aud-array-of-one", "HS256", [("sub", '"u"'), ("aud", '["api"]'), ("exp", FAR)]),
    vector("hs256-fractional-times", "HS256", [("exp", "4102444800.999"), ("nbf", "1700000000.001"),
        ("iat", "1700000000.9")]),
    vector("hs256-exponent-times", "HS256", [("exp", "4.1024448e9"), ("iat", "17e8")]),
    vector("hs384-no-exp", "HS384", [("sub", '"u"'), ("iat", "1700000000")], now=1800000000),
    vector("rs256-to-v4-public", "RS256", [("iss", '"legacy"'), ("exp", FAR)], target="public", header_extra=',"kid":"rsa-2024"'),
    vector("ps256-to-v4-local", "PS256", [("sub", '"p"'), ("exp", FAR)]),
    vector("es256-to-v4-local", "ES256", [("sub", '"e"'), ("exp", FAR)]),
    vector("es384-to-v4-public", "ES384", [("sub", '"e3"'), ("exp", FAR)], target="public"),
    vector("eddsa-to-v4-public", "EdDSA", [("sub", '"ed"'), ("exp", FAR)], target="public"),
    vector("aud-array-of-two-kept", "HS256", [("aud", '["a","b"]'), ("exp", FAR)]),
    vector("expired-refused", "HS256", [("sub", '"old"'), ("exp", "1700000000")], expect_fail="expired"),
    vector("string-exp-refused", "HS256", [("exp", '"2100-01-01T00:00:00Z"')], expect_fail="invalid-claim"),
]
json.dump({"name": "jwt-migration", "tests": cases}, open("jwt-migration.json", "w"), indent=1, ensure_ascii=False)
print(len(cases), "vectors")
