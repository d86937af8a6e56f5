## Certificates: the dashboard list, the PDF, the public verification page.

certificates-heading = Certificates
certificate-kind-module = Module
certificate-kind-level = Level
certificate-download = Download PDF
certificate-verify-link = Verification page
certificate-pdf-heading = Certificate of completion
certificate-pdf-issued-by = Issued by
certificate-pdf-id = Certificate ID
certificate-pdf-verify-at = Verify at
verify-title = Certificate verification
verify-valid = This certificate is valid.
verify-revoked = This certificate was revoked on { $date }.
verify-unknown = No certificate with this number was found.
verify-holder = Issued to
verify-subject = For completing
verify-date = Completed on

## Learner's controls on the dashboard.
certificate-download-in = Print in
certificate-open-badge = Open Badge for a digital wallet (JSON)
certificate-hide = Hide from public lookup
certificate-show = Show in public lookup
certificate-hidden-badge = Hidden from public lookup
certificate-hidden-help = Nobody can look this certificate up by its number. Its QR code still proves it is genuine.
certificate-public-help = Anyone with the certificate number can see your printed name, the title and the date on the verification page.
certificate-hidden-flash = The certificate is now hidden from public lookup.
certificate-shown-flash = The certificate can now be looked up by its number.
certificate-revoked-on = Revoked on { $date }

## Verifying by the signed text of the QR code.
verify-valid-signature = Genuine: the signature of the CSO Web Academy matches, and the certificate has not been revoked.
verify-withdrawn = The signature is genuine, but the Academy no longer keeps this certificate: its holder withdrew it.
verify-revoked-reason = Reason
verify-payload-heading = Check the text of a QR code
verify-payload-help = Scan the QR code on the certificate with your phone, or paste the text it contains (it starts with CSOA1.) or the whole address.
verify-payload-label = QR code text
verify-payload-submit = Check
verify-offline-help = To check certificates without internet, download the Academy's public keys and the list of revoked certificates:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = issued in error
cert-revoked-superseded = replaced by a new certificate
cert-revoked-holder-request = withdrawn at the holder's request
cert-revoked-misconduct = withdrawn for a breach of the rules
cert-revoked-key-compromise = the signing key was compromised

## Why a pasted certificate text does not verify.
cert-bad-format = This is not the text of an Academy certificate, or part of it is missing. Copy the whole text of the QR code.
cert-unsupported-version = This certificate was made by a newer version of the Academy. Check it on the Academy's website.
cert-unknown-key = This certificate is signed with a key the Academy does not publish. It is not genuine.
cert-bad-signature = The signature does not match: the certificate was changed or was not issued by the Academy.

## Open Badges export: what the achievement is.
badge-description-module = Completion of the module «{ $title }» of the CSO Web Academy.
badge-description-level = Completion of the level «{ $title }» of the CSO Web Academy.
badge-criteria-module = Studied every lesson of the module and passed its final quiz.
badge-criteria-level = Completed every module of the level.

## Staff: certificates and revocation.
nav-certificates-admin = Certificates
admin-certificates-title = Issued certificates
admin-certificates-search = Certificate number or holder's name
admin-certificates-help = A revoked certificate shows as revoked, with the date and the reason, on its verification page and in the signed list for offline checkers.
admin-certificates-revoke = Revoke…
admin-certificates-reason = Reason (shown publicly)
admin-certificates-note = Note for the audit log (not public)
admin-certificates-note-help = Who asked, and why. Only staff can read it.
admin-certificates-revoke-submit = Revoke the certificate
admin-certificates-none = No certificates found.
certificate-revoke-choose-reason = Choose a reason for the revocation.
certificate-revoked-flash = The certificate is revoked.
