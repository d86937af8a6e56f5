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

## Learner's controls on the dashboard.
certificate-download-in = Забони чоп
certificate-open-badge = Open Badge барои ҳамёни рақамӣ (JSON)
certificate-hide = Аз санҷиши ошкоро пинҳон кардан
certificate-show = Дар санҷиши ошкоро нишон додан
certificate-hidden-badge = Аз санҷиши ошкоро пинҳон аст
certificate-hidden-help = Ҳеҷ кас ин сертификатро аз рӯи рақамаш ёфта наметавонад. Рамзи QR дар сертификат ҳамчунон аслӣ будани онро тасдиқ мекунад.
certificate-public-help = Ҳар касе, ки рақами сертификатро медонад, дар саҳифаи санҷиш номи Шуморо, ки дар сертификат чоп мешавад, инчунин номи курс ва санаи хатмро дида метавонад.
certificate-hidden-flash = Сертификат аз санҷиши ошкоро пинҳон карда шуд.
certificate-shown-flash = Акнун сертификатро аз рӯи рақамаш ёфтан мумкин аст.
certificate-revoked-on = { $date } бекор карда шуд

## Verifying by the signed text of the QR code.
verify-valid-signature = Аслӣ: имзои Веб-академияи ҷомеаи шаҳрвандӣ мувофиқат мекунад ва сертификат бекор карда нашудааст.
verify-withdrawn = Имзо аслӣ аст, аммо Академия дигар ин сертификатро нигоҳ намедорад: соҳибаш аз он даст кашид.
verify-revoked-reason = Сабаб
verify-payload-heading = Санҷиши матни рамзи QR
verify-payload-help = Рамзи QR-ро дар сертификат бо телефон скан кунед ё матни онро (бо CSOA1. оғоз мешавад) ё суроғаи пурраро гузоред.
verify-payload-label = Матни рамзи QR
verify-payload-submit = Санҷидан
verify-offline-help = Барои санҷидани сертификатҳо бе интернет калидҳои кушодаи Академия ва рӯйхати сертификатҳои бекоркардашударо боргирӣ кунед:

## Why a certificate was revoked (shown publicly).
cert-revoked-issued-in-error = бо хато дода шудааст
cert-revoked-superseded = бо сертификати нав иваз карда шудааст
cert-revoked-holder-request = бо хоҳиши соҳибаш бекор карда шудааст
cert-revoked-misconduct = барои вайрон кардани қоидаҳо бекор карда шудааст
cert-revoked-key-compromise = махфияти калиди имзо вайрон шудааст

## Why a pasted certificate text does not verify.
cert-bad-format = Ин матни сертификати Академия нест ё қисме аз он намерасад. Тамоми матни рамзи QR-ро нусха бардоред.
cert-unsupported-version = Ин сертификатро версияи навтари Академия сохтааст. Онро дар сомонаи Академия санҷед.
cert-unknown-key = Ин сертификат бо калиде имзо шудааст, ки Академия онро нашр намекунад. Он аслӣ нест.
cert-bad-signature = Имзо мувофиқат намекунад: сертификат тағйир дода шудааст ё онро Академия надодааст.

## Open Badges export: what the achievement is.
badge-description-module = Хатми модули «{ $title }» дар Веб-академияи ҷомеаи шаҳрвандӣ.
badge-description-level = Хатми сатҳи «{ $title }» дар Веб-академияи ҷомеаи шаҳрвандӣ.
badge-criteria-module = Ҳамаи дарсҳои модул омӯхта шуда, тести ниҳоии он супорида шуд.
badge-criteria-level = Ҳамаи модулҳои сатҳ хатм карда шуданд.

## Staff: certificates and revocation.
nav-certificates-admin = Сертификатҳо
admin-certificates-title = Сертификатҳои додашуда
admin-certificates-search = Рақами сертификат ё номи соҳиби он
admin-certificates-help = Сертификати бекоркардашуда дар саҳифаи санҷиш ва дар рӯйхати имзошуда барои санҷиш бе интернет ҳамчун бекоркардашуда, бо сана ва сабаб, нишон дода мешавад.
admin-certificates-revoke = Бекор кардан…
admin-certificates-reason = Сабаб (ба ҳама намоён аст)
admin-certificates-note = Қайд барои дафтари амалҳо (нашр намешавад)
admin-certificates-note-help = Кӣ хоҳиш кард ва чаро. Инро танҳо кормандон мебинанд.
admin-certificates-revoke-submit = Бекор кардани сертификат
admin-certificates-none = Ягон сертификат ёфт нашуд.
certificate-revoke-choose-reason = Сабаби бекор карданро интихоб кунед.
certificate-revoked-flash = Сертификат бекор карда шуд.
