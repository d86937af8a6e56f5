## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Здравствуйте, { $name }!
email-ignore = Если вы не делали этого запроса, просто проигнорируйте письмо.
email-verify-email-subject = Подтвердите адрес электронной почты
email-verify-email-body = Спасибо за регистрацию в Веб-академии ОГО. Чтобы подтвердить адрес и начать обучение, откройте ссылку ниже. Ссылка действует 7 дней.
email-verify-email-action = Подтвердить адрес
email-already-registered-subject = Попытка регистрации с вашим адресом
email-already-registered-body = Кто-то (возможно, вы) попытался зарегистрироваться в Академии с этим адресом, но учётная запись с ним уже есть. Если вы забыли пароль, его можно сменить.
email-already-registered-action = Сменить пароль
email-reset-password-subject = Смена пароля
email-reset-password-body = Мы получили запрос на смену пароля. Откройте ссылку ниже, чтобы задать новый пароль. Ссылка действует один час.
email-reset-password-action = Задать новый пароль
email-confirm-email-change-subject = Подтвердите новый адрес
email-confirm-email-change-body = Вы попросили сменить адрес электронной почты в Академии на этот. Откройте ссылку, чтобы подтвердить смену. Ссылка действует 24 часа.
email-confirm-email-change-action = Подтвердить новый адрес
email-email-change-requested-subject = Запрошена смена адреса электронной почты
email-email-change-requested-body = В вашей учётной записи запрошена смена адреса электронной почты. Если это были не вы, смените пароль в профиле.
email-email-change-requested-action = Открыть профиль
email-certificate-issued-subject = Ваш сертификат Веб-академии ОГО
email-certificate-issued-body = Поздравляем! Вы завершили «{ $title }». Сертификат приложен в формате PDF; в личном кабинете его можно скачать на любом языке Академии.
email-certificate-issued-action = Открыть мои сертификаты
