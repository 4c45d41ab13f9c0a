"""A certificate authority of the tests' own, the one shape the signing certificates, the TLS
server and the mail server's certificates start from."""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes

#: What a CA's key may do: sign certificates and revocation lists (and, here, signatures).
CA_KEY_USAGE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=False,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=True,
    crl_sign=True,
    encipher_only=False,
    decipher_only=False,
)


def ca_builder(
    name: x509.Name,
    public_key: CertificateIssuerPublicKeyTypes,
    *,
    days_before: int,
    days_after: int,
) -> x509.CertificateBuilder:
    """A self-signed CA's certificate, valid from ``days_before`` ago for ``days_after``
    days, ready for more extensions and the signature."""
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=days_before))
        .not_valid_after(now + dt.timedelta(days=days_after))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(CA_KEY_USAGE, critical=True)
    )
