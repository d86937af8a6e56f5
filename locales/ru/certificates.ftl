## Сертификаты: список в личном кабинете, PDF, публичная страница проверки.

certificates-heading = Сертификаты
certificate-kind-module = Модуль
certificate-kind-level = Уровень
certificate-download = Скачать PDF
certificate-verify-link = Страница проверки
certificate-pdf-heading = Сертификат об окончании
certificate-pdf-issued-by = Выдан
certificate-pdf-id = Номер сертификата
certificate-pdf-verify-at = Проверка подлинности
verify-title = Проверка подлинности сертификата
verify-valid = Сертификат действителен.
verify-revoked = Сертификат отозван { $date }.
verify-unknown = Сертификат с таким номером не найден.
verify-holder = Кому выдан
verify-subject = За прохождение
verify-date = Дата окончания
