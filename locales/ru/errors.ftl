## Error pages and the messages behind the service's error keys.

error-page-title = Что-то пошло не так
error-back-home = На главную
error-not-found-title = Страница не найдена
error-not-found = Такой страницы нет. Возможно, ссылка устарела или в адресе опечатка.
error-forbidden-title = Нет доступа
error-forbidden = У вас нет прав на эту страницу.
error-bad-request-title = Некорректный запрос
error-bad-request = Запрос не удалось обработать. Проверьте введённые данные и попробуйте ещё раз.
error-internal-title = Ошибка на сервере
error-internal = На сервере произошла ошибка. Ваши данные сохранены; попробуйте ещё раз чуть позже.
error-unavailable-title = Сервис временно недоступен
error-unavailable = Академия сейчас недоступна. Попробуйте ещё раз через несколько минут.
error-invalid-email = Введите адрес электронной почты в виде имя@домен.kz.
error-email-taken = Учётная запись с этим адресом уже существует.
error-weak-password = Пароль должен содержать от 10 до 256 символов.
error-invalid-name = Введите имя длиной до 120 символов.
error-unknown-role = Неизвестная роль.
