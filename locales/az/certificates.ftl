## Sertifikatlar: şəxsi kabinetdəki siyahı, PDF, açıq yoxlama səhifəsi.

certificates-heading = Sertifikatlar
certificate-kind-module = Modul
certificate-kind-level = Səviyyə
certificate-download = PDF-i yüklə
certificate-verify-link = Yoxlama səhifəsi
certificate-pdf-heading = Təhsili bitirmə sertifikatı
certificate-pdf-issued-by = Verən
certificate-pdf-id = Sertifikat nömrəsi
certificate-pdf-verify-at = Həqiqiliyinin yoxlanılması
verify-title = Sertifikatın həqiqiliyinin yoxlanılması
verify-valid = Sertifikat etibarlıdır.
verify-revoked = Sertifikat { $date } tarixində ləğv edilib.
verify-unknown = Bu nömrəli sertifikat tapılmadı.
verify-holder = Kimə verilib
verify-subject = Bitirdiyi üçün
verify-date = Bitirmə tarixi
