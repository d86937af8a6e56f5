## Сертификаттар: жеке кабинеттегі тізім, PDF, жария тексеру беті.

certificates-heading = Сертификаттар
certificate-kind-module = Модуль
certificate-kind-level = Деңгей
certificate-download = PDF жүктеу
certificate-verify-link = Тексеру беті
certificate-pdf-heading = Оқуды аяқтағаны туралы сертификат
certificate-pdf-issued-by = Берген
certificate-pdf-id = Сертификат нөмірі
certificate-pdf-verify-at = Түпнұсқалығын тексеру
verify-title = Сертификаттың түпнұсқалығын тексеру
verify-valid = Сертификат жарамды.
verify-revoked = Сертификат { $date } күні кері қайтарылды.
verify-unknown = Бұл нөмірмен сертификат табылмады.
verify-holder = Кімге берілді
verify-subject = Оқып шыққаны үшін
verify-date = Аяқталған күні
