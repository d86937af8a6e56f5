## Sertifikatlar: şahsy otagdaky sanaw, PDF, açyk barlag sahypasy.

certificates-heading = Sertifikatlar
certificate-kind-module = Modul
certificate-kind-level = Dereje
certificate-download = PDF ýükläp al
certificate-verify-link = Barlag sahypasy
certificate-pdf-heading = Okuwy tamamlandygy barada sertifikat
certificate-pdf-issued-by = Beren
certificate-pdf-id = Sertifikatyň belgisi
certificate-pdf-verify-at = Hakykylygyny barlamak
verify-title = Sertifikatyň hakykylygyny barlamak
verify-valid = Sertifikat hakyky.
verify-revoked = Sertifikat { $date } senesinde ýatyryldy.
verify-unknown = Bu belgili sertifikat tapylmady.
verify-holder = Kime berildi
verify-subject = Tamamlandygy üçin
verify-date = Tamamlanan senesi
