## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Жарамды қолжетімділік токені қажет. Қайта кіріңіз немесе токенді жаңартыңыз.
error-api-invalid-refresh-token = Сеанс аяқталды: жаңарту токені жарамсыз, мерзімі өткен немесе бұрын пайдаланылған. Қайта кіріңіз.
error-api-password-change-required = Бұл есептік жазбаға бір реттік құпиясөз берілген. Оны сайтта өзгертіп, содан кейін қосымшаға кіріңіз.
error-api-no-such-endpoint = API құрамында мұндай мекенжай жоқ.
error-api-method-not-allowed = Бұл мекенжай үшін мұндай әдіс қолданылмайды.
error-api-invalid-json = Сұрау денесі қажетті түрдегі JSON емес.
error-api-unsupported-media-type = Сұрау денесін application/json түрінде жіберіңіз.
error-api-too-large = Сұрау денесі тым үлкен.
error-api-invalid-language = Белгісіз тіл. Мүмкін мәндер: ru, kk, ky, tg, tk, uz, az, en.
