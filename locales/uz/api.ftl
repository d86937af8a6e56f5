## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Amaldagi kirish tokeni kerak. Qaytadan kiring yoki tokenni yangilang.
error-api-invalid-refresh-token = Seans tugadi: yangilash tokeni yaroqsiz, muddati oʻtgan yoki allaqachon ishlatilgan. Qaytadan kiring.
error-api-password-change-required = Bu hisob uchun bir martalik parol oʻrnatilgan. Uni saytda almashtiring, soʻng ilovaga kiring.
error-api-no-such-endpoint = APIda bunday manzil yoʻq.
error-api-method-not-allowed = Bu manzil uchun bu usul qoʻllab-quvvatlanmaydi.
error-api-invalid-json = Soʻrov tanasi kerakli koʻrinishdagi JSON emas.
error-api-unsupported-media-type = Soʻrov tanasini application/json sifatida yuboring.
error-api-too-large = Soʻrov tanasi juda katta.
error-api-invalid-language = Nomaʼlum til. Mumkin boʻlgan qiymatlar: ru, kk, ky, tg, tk, uz, az, en.
