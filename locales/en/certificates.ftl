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
