"""Checks the Academy's access tokens with an independent JWT implementation (PyJWT).

Run by tests/api.rs with the interpreter from tools/test-python.sh. Reads one JSON object
on stdin and prints one JSON object on stdout; any failure exits non-zero with the
reason on stderr.

verify: {"mode": "verify", "token", "jwks_url", "issuer", "audience"}
    Fetches the JWKS the way a client would, picks the key by the token's `kid`, checks
    the EdDSA signature and exp/nbf/iat/aud/iss (all required). Prints the header and
    claims.

forge: {"mode": "forge", "seed_hex", "kid", "issuer", "audience", "sub", "x"}
    Makes tokens that must be refused (RFC 8725), signed for real where a signature is
    part of the attack, plus one that must be accepted (proving the forger signs the way
    the server does). Prints {name: token}.
"""

import base64
import json
import sys
import time

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def verify(req: dict) -> dict:
    token = req["token"]
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "EdDSA":
        raise SystemExit(f"alg is {header.get('alg')!r}, not EdDSA")
    if not header.get("kid"):
        raise SystemExit("no kid in the header")
    client = jwt.PyJWKClient(req["jwks_url"], cache_keys=False)
    key = client.get_signing_key_from_jwt(token)
    if key.key_id != header["kid"]:
        raise SystemExit(f"JWKS returned {key.key_id!r} for kid {header['kid']!r}")
    claims = jwt.decode(
        token,
        key.key,
        algorithms=["EdDSA"],
        audience=req["audience"],
        issuer=req["issuer"],
        options={"require": ["exp", "iat", "nbf", "aud", "iss", "sub"]},
    )
    now = time.time()
    if not claims["iat"] <= now + 30 or not claims["exp"] > now:
        raise SystemExit(f"times do not fit now={now}: {claims}")
    if claims["exp"] - claims["iat"] != 900:
        raise SystemExit(f"lifetime is not 15 minutes: {claims}")
    # Tampering must break the signature for PyJWT too.
    head, payload, sig = token.split(".")
    forged = dict(claims, sub="1")
    tampered = ".".join([head, b64url(json.dumps(forged).encode()), sig])
    try:
        jwt.decode(tampered, key.key, algorithms=["EdDSA"], audience=req["audience"])
    except jwt.InvalidSignatureError:
        pass
    else:
        raise SystemExit("a tampered token verified")
    return {"header": header, "claims": claims}


def forge(req: dict) -> dict:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(req["seed_hex"]))
    now = int(time.time())
    base = {
        "sub": req["sub"],
        "iat": now,
        "nbf": now,
        "exp": now + 900,
        "aud": req["audience"],
        "iss": req["issuer"],
    }
    header = {"kid": req["kid"], "typ": "at+jwt"}

    def ed(claims, hdr=header, signing_key=key):
        return jwt.encode(claims, signing_key, algorithm="EdDSA", headers=hdr)

    public_raw = base64.urlsafe_b64decode(req["x"] + "=" * (-len(req["x"]) % 4))
    out = {
        "valid": ed(base),
        "expired": ed(dict(base, iat=now - 3600, nbf=now - 3600, exp=now - 2700)),
        "nbf_future": ed(dict(base, iat=now + 600, nbf=now + 600, exp=now + 1500)),
        "wrong_aud": ed(dict(base, aud="another-api")),
        "wrong_iss": ed(dict(base, iss="https://evil.example")),
        "unknown_kid": ed(base, hdr={"kid": "g999-000000000000", "typ": "at+jwt"}),
        "foreign_key": ed(base, signing_key=Ed25519PrivateKey.generate()),
        "hs256_public_key": jwt.encode(base, public_raw, algorithm="HS256", headers=header),
        "hs256_public_x": jwt.encode(
            base, req["x"].encode(), algorithm="HS256", headers=header
        ),
        "alg_none": ".".join(
            [
                b64url(json.dumps(dict(header, alg="none")).encode()),
                b64url(json.dumps(base).encode()),
                "",
            ]
        ),
    }
    valid = out["valid"].split(".")
    out["tampered"] = ".".join(
        [valid[0], b64url(json.dumps(dict(base, sub="1")).encode()), valid[2]]
    )
    return out


def main() -> None:
    req = json.load(sys.stdin)
    mode = req.pop("mode")
    result = {"verify": verify, "forge": forge}[mode](req)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
