#!/usr/bin/env python3
"""Writes the libFuzzer seed corpora under Fuzz/corpus/<Target>/ from the official vectors and the project's own.

Each seed is one small file named after its source; no official file is copied whole. Run from the package
root: `python3 Fuzz/make-seeds.py [vectors-dir]` (default: $PASETO_VECTORS_DIR, else ../shared/vectors).
The fixed keys the harnesses use are those of the vectors (Sources/Fuzz*/): seeds that are valid tokens
authenticate and reach the claims code. JWT seeds are signed with FuzzJWT's fixed HS256 secret (0x00..0x1f).
Inputs kept from findings (Fuzz/findings/<Target>/<name>, Docs/Security.md) are copied as they are, as
finding-<name>.
"""
import base64, hashlib, hmac, json, os, shutil, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTORS = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "PASETO_VECTORS_DIR", os.path.join(ROOT, "..", "shared", "vectors"))
OUT = os.path.join(ROOT, "Fuzz", "corpus")
MAX_SEED = 4096


def load(*parts):
    with open(os.path.join(VECTORS, *parts)) as f:
        return json.load(f)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX_SEED:
        return
    folder = os.path.join(OUT, target)
    os.makedirs(folder, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    with open(os.path.join(folder, safe), "wb") as f:
        f.write(data)


def hs256(header, payload):
    signing = b64u(json.dumps(header, separators=(",", ":")).encode()) + "." + b64u(payload.encode())
    tag = hmac.new(bytes(range(32)), signing.encode(), hashlib.sha256).digest()
    return signing + "." + b64u(tag)


def tokens():
    for version in ("v1", "v2", "v3", "v4"):
        for test in load("paseto", version + ".json")["tests"]:
            seed = test["token"]
            if test.get("implicit-assertion"):
                seed += "\n" + test["implicit-assertion"]
            write("FuzzTokens", test["name"], seed)
    # Structural edge cases the vectors lack.
    for name, seed in [("empty-footer", "v4.local.AAAA."), ("five-segments", "v4.public.AAAA.AAAA.AAAA"),
                       ("header-only", "v4.local."), ("padding", "v2.local.AAAA=="), ("unknown", "v9.local.AAAA")]:
        write("FuzzTokens", "edge-" + name, seed)


def claims():
    seen = set()
    for version in ("v2", "v4"):
        for test in load("paseto", version + ".json")["tests"]:
            for field in ("payload", "footer"):
                text = test.get(field)
                if text and text not in seen:
                    seen.add(text)
                    write("FuzzClaims", "%s-%s" % (test["name"], field), text)
    extras = {
        "registered": '{"iss":"paragonie.com","aud":"https://example.com","sub":"u","jti":"1",'
                      '"exp":"2020-09-13T13:00:00+00:00","nbf":"2020-09-13T12:00:00Z","iat":"2020-09-13T12:00:00Z"}',
        "typed": '{"data":"x","count":3,"ratio":0.5,"flags":[true,false],"nested":{"a":1},"when":0}',
        "numbers": '{"a":1e400,"b":-0,"c":-0.0,"d":1E-400,"e":123456789012345678901234567890}',
        "escapes": '{"s":"\\u0000\\ud83d\\ude00\\"\\\\\\/\\b\\f\\n\\r\\t"}',
        "duplicate": '{"a":1,"a":2}',
        "deep": "[" * 40 + "]" * 40,
        "kid-footer": '{"kid":"k4.lid.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}',
        "key-footer": '{"kid":"k4.local.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}',
    }
    for name, text in extras.items():
        write("FuzzClaims", "edge-" + name, text)


def paserk():
    for name in sorted(os.listdir(os.path.join(VECTORS, "paserk"))):
        # The first good and the first failing case of each file.
        taken = set()
        for test in load("paserk", name)["tests"]:
            if isinstance(test.get("paserk"), str) and test["expect-fail"] not in taken:
                taken.add(test["expect-fail"])
                write("FuzzPASERK", test["name"], test["paserk"])


def jwt():
    seeds = []
    for test in json.load(open(os.path.join(ROOT, "Vectors", "jwt-migration", "jwt-migration.json")))["tests"]:
        if isinstance(test.get("jwt"), str):
            seeds.append((test["name"], test["jwt"]))
    payload = '{"iss":"https://auth.example","sub":"u","aud":"https://example.com","exp":1600000600,' \
              '"nbf":1599999000,"iat":1599999000,"jti":"x","n":1e400,"z":-0}'
    seeds += [
        ("hs256", hs256({"alg": "HS256", "typ": "JWT"}, payload)),
        ("hs256-kid", hs256({"alg": "HS256", "kid": "k"}, payload)),
        ("hs256-crit", hs256({"alg": "HS256", "crit": ["b64"], "b64": False}, payload)),
        ("none", b64u(b'{"alg":"none"}') + "." + b64u(payload.encode()) + "."),
    ]
    for path in ("jws/4_1.rsa_v15_signature.json", "jws/4_3.ecdsa_signature.json",
                 "jws/4_4.hmac-sha2_integrity_protection.json"):
        compact = load("jose", "cookbook", path).get("output", {}).get("compact")
        if compact:
            seeds.append(("cookbook-" + os.path.basename(path), compact))
    for name, token in seeds:
        write("FuzzJWT", "token-" + name, b"\x00" + token.encode())
    # Key files: PEM and JWK fixtures of the JWT tests, and the cookbook's JWKs, one per seed.
    fixtures = os.path.join(ROOT, "Tests", "PasetoJWTTests", "Fixtures")
    for name in sorted(os.listdir(fixtures)):
        if name.endswith((".pem", ".json")):
            with open(os.path.join(fixtures, name), "rb") as f:
                write("FuzzJWT", "key-" + name, b"\x01" + f.read())
    for name in sorted(os.listdir(os.path.join(VECTORS, "jose", "cookbook", "jwk"))):
        key = load("jose", "cookbook", "jwk", name)
        jwk = key.get("input", key) if isinstance(key, dict) else key
        write("FuzzJWT", "key-cookbook-" + name, b"\x01" + json.dumps(jwk).encode())


def findings():
    root = os.path.join(ROOT, "Fuzz", "findings")
    for target in sorted(os.listdir(root)) if os.path.isdir(root) else []:
        for name in sorted(os.listdir(os.path.join(root, target))):
            os.makedirs(os.path.join(OUT, target), exist_ok=True)
            shutil.copyfile(os.path.join(root, target, name), os.path.join(OUT, target, "finding-" + name))


if __name__ == "__main__":
    shutil.rmtree(OUT, ignore_errors=True)
    tokens(), claims(), paserk(), jwt(), findings()
    for target in sorted(os.listdir(OUT)):
        files = os.listdir(os.path.join(OUT, target))
        size = sum(os.path.getsize(os.path.join(OUT, target, f)) for f in files)
        print("%s: %d seeds, %d bytes" % (target, len(files), size))
