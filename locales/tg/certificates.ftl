## Сертификатҳо: рӯйхат дар утоқи шахсӣ, PDF, саҳифаи ошкорои санҷиш.

certificates-heading = Сертификатҳо
certificate-kind-module = Модул
certificate-kind-level = Сатҳ
certificate-download = PDF-ро боргирӣ кунед
certificate-verify-link = Саҳифаи санҷиш
certificate-pdf-heading = Сертификати хатми таҳсил
certificate-pdf-issued-by = Аз ҷониби
certificate-pdf-id = Рақами сертификат
certificate-pdf-verify-at = Санҷиши эътибор
verify-title = Санҷиши эътибори сертификат
verify-valid = Сертификат эътибор дорад.
verify-revoked = Сертификат { $date } бекор карда шуд.
verify-unknown = Сертификат бо ин рақам ёфт нашуд.
verify-holder = Ба кӣ дода шудааст
verify-subject = Барои хатми
verify-date = Санаи хатм
