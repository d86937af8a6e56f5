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

## Learner's controls on the dashboard.
certificate-download-in = Напечатать на языке
certificate-open-badge = Open Badge для цифрового кошелька (JSON)
certificate-hide = Скрыть из открытой проверки
certificate-show = Показывать при открытой проверке
certificate-hidden-badge = Скрыт из открытой проверки
certificate-hidden-help = Никто не сможет найти этот сертификат по номеру. QR-код на нём по-прежнему подтверждает его подлинность.
certificate-public-help = Любой, кто знает номер сертификата, увидит на странице проверки ваше имя для печати, название и дату.
certificate-hidden-flash = Сертификат скрыт из открытой проверки.
certificate-shown-flash = Сертификат снова можно найти по номеру.
certificate-revoked-on = Отозван { $date }

## Verifying by the signed text of the QR code.
verify-valid-signature = Подлинный: подпись Веб-академии ОГО совпадает, сертификат не отозван.
verify-withdrawn = Подпись подлинная, но Академия больше не хранит этот сертификат: его владелец отказался от него.
verify-revoked-reason = Причина
verify-payload-heading = Проверить текст QR-кода
verify-payload-help = Отсканируйте QR-код на сертификате телефоном или вставьте текст, который он содержит (начинается с CSOA1.), или весь адрес.
verify-payload-label = Текст QR-кода
verify-payload-submit = Проверить
verify-offline-help = Чтобы проверять сертификаты без интернета, скачайте открытые ключи Академии и список отозванных сертификатов:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = выдан по ошибке
cert-revoked-superseded = заменён новым сертификатом
cert-revoked-holder-request = отозван по просьбе владельца
cert-revoked-misconduct = отозван за нарушение правил
cert-revoked-key-compromise = ключ подписи был скомпрометирован

## Why a pasted certificate text does not verify.
cert-bad-format = Это не текст сертификата Академии или его часть потеряна. Скопируйте весь текст QR-кода.
cert-unsupported-version = Сертификат создан более новой версией Академии. Проверьте его на сайте Академии.
cert-unknown-key = Сертификат подписан ключом, которого Академия не публикует. Он не подлинный.
cert-bad-signature = Подпись не совпадает: сертификат изменён или выдан не Академией.

## Open Badges export: what the achievement is.
badge-description-module = Завершение модуля «{ $title }» Веб-академии ОГО.
badge-description-level = Завершение уровня «{ $title }» Веб-академии ОГО.
badge-criteria-module = Изучены все уроки модуля и сдан итоговый тест.
badge-criteria-level = Завершены все модули уровня.

## Staff: certificates and revocation.
nav-certificates-admin = Сертификаты
admin-certificates-title = Выданные сертификаты
admin-certificates-search = Номер сертификата или имя владельца
admin-certificates-help = Отозванный сертификат отображается как отозванный — с датой и причиной — на странице проверки и в подписанном списке для проверки без интернета.
admin-certificates-revoke = Отозвать…
admin-certificates-reason = Причина (видна всем)
admin-certificates-note = Заметка для журнала действий (не публикуется)
admin-certificates-note-help = Кто попросил и почему. Видят только сотрудники.
admin-certificates-revoke-submit = Отозвать сертификат
admin-certificates-none = Сертификаты не найдены.
certificate-revoke-choose-reason = Выберите причину отзыва.
certificate-revoked-flash = Сертификат отозван.
