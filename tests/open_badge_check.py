"""Independent check of an Open Badges 3.0 credential exported by the Academy.

Usage: open_badge_check.py SCHEMA.json CREDENTIAL.json

1. Validates the credential against the published 1EdTech JSON Schema (draft 2019-09).
2. Verifies its `eddsa-jcs-2022` Data Integrity proof from first principles: JCS
   canonicalization (RFC 8785; json.dumps with sorted keys is exact for the strings,
   booleans and integers a credential holds), SHA-256 of the proof configuration and of
   the document, Ed25519 over both, the key taken from the issuer's did:key.

Prints "ok" and exits 0, or prints the failure and exits 1.
"""
import hashlib
import json
import sys

import jsonschema
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58decode(text):
    n = 0
    for c in text:
        n = n * 58 + B58.index(c)
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + raw


def jcs(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    credential = json.load(open(sys.argv[2], encoding="utf-8"))
    validator = jsonschema.Draft201909Validator(schema)
    errors = sorted(validator.iter_errors(credential), key=lambda e: list(e.path))
    if errors:
        for e in errors:
            print("schema:", "/".join(map(str, e.path)), e.message)
        return 1

    document = dict(credential)
    proof = document.pop("proof")
    if isinstance(proof, list):
        assert len(proof) == 1, "one proof"
        proof = proof[0]
    proof = dict(proof)
    assert proof["type"] == "DataIntegrityProof", proof
    assert proof["cryptosuite"] == "eddsa-jcs-2022", proof
    signature = b58decode(proof.pop("proofValue")[1:])
    did = proof["verificationMethod"].split("#")[0]
    if document["issuer"]["id"] != did:
        print("issuer is not the proof's key")
        return 1
    key_bytes = b58decode(did[len("did:key:z"):])
    assert key_bytes[:2] == b"\xed\x01", "an Ed25519 did:key"
    key = Ed25519PublicKey.from_public_bytes(key_bytes[2:])
    config = dict(proof)
    config["@context"] = document["@context"]
    data = hashlib.sha256(jcs(config).encode()).digest() + hashlib.sha256(jcs(document).encode()).digest()
    try:
        key.verify(signature, data)
    except Exception:
        print("bad signature")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
