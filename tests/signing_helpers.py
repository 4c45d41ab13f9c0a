"""A throw-away certification authority and signer certificates, for the signing tests.

Made with ``cryptography`` at test time, so that no key ever lives in the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from io import BytesIO
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from ca_helpers import ca_builder
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus
from pyhanko_certvalidator import ValidationContext

PASSWORD = b"segreta \xc3\xa8 1"  # UTF-8, with a space: passwords are bytes, taken as they are
SIGNER_NAME = "Maria Rossi"


@dataclass(frozen=True)
class SigningCA:
    """A root certificate and its key."""

    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @property
    def asn1(self) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(self.cert.public_bytes(serialization.Encoding.DER))


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Comune di Prova"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


@cache
def _rsa_key(label: str) -> rsa.RSAPrivateKey:
    """RSA 2048 keys are slow to make: one per role for the whole test run."""
    del label
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@cache
def make_ca() -> SigningCA:
    key = _rsa_key("ca")
    cert = ca_builder(_name("CA di prova"), key.public_key(), days_before=30, days_after=3650).sign(
        key, hashes.SHA256()
    )
    return SigningCA(cert, key)


def signer_certificate(
    ca: SigningCA, *, name: str = SIGNER_NAME, valid_from_days: int = -1, valid_for_days: int = 365
) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    """A certificate for signing documents (digitalSignature, nonRepudiation) issued by ``ca``."""
    key = _rsa_key("signer")
    start = datetime.now(timezone.utc) + timedelta(days=valid_from_days)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_for_days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca.key, hashes.SHA256())
    )
    return cert, key


def write_p12(
    path: Path,
    ca: SigningCA,
    *,
    password: bytes = PASSWORD,
    with_key: bool = True,
    **certificate: int,
) -> Path:
    """A .p12 with the signer's key, certificate and the CA, as a CA hands it out."""
    cert, key = signer_certificate(ca, **certificate)
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"firma",
            key if with_key else None,
            cert,
            [ca.cert],
            serialization.BestAvailableEncryption(password),
        )
    )
    return path


def validate(pdf: bytes, ca: SigningCA) -> PdfSignatureStatus:
    """The status of the (one) signature of ``pdf``, trusting only ``ca``."""
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    (signature,) = reader.embedded_signatures
    context = ValidationContext(trust_roots=[ca.asn1], allow_fetching=False)
    return validate_pdf_signature(signature, context)
