## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Нужен действующий токен доступа. Войдите снова или обновите токен.
error-api-invalid-refresh-token = Сеанс завершён: токен обновления недействителен, устарел или уже использован. Войдите снова.
error-api-password-change-required = Для этой учётной записи задан одноразовый пароль. Смените его на сайте, затем войдите в приложении.
error-api-no-such-endpoint = Такого адреса в API нет.
error-api-method-not-allowed = Этот метод для данного адреса не поддерживается.
error-api-invalid-json = Тело запроса — не JSON нужного вида.
error-api-unsupported-media-type = Тело запроса нужно отправлять как application/json.
error-api-too-large = Тело запроса слишком большое.
error-api-invalid-language = Неизвестный язык. Возможные значения: ru, kk, ky, tg, tk, uz, az, en.
