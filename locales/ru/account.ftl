## Sign-up, sign-in, passwords, profile.

nav-admin = Пользователи
form-has-errors = Проверьте выделенные поля: что-то заполнено неверно. Всё остальное, что вы ввели, сохранено в форме.
choose-option = — выберите —
not-answered = Не указывать
notice-title = Обратите внимание

field-email = Электронная почта
field-password = Пароль
field-new-password = Новый пароль
field-current-password = Текущий пароль
field-new-email = Новый адрес электронной почты
field-display-name = Имя
field-certificate-name = Имя для сертификата
field-country = Страна
field-language = Язык обучения
field-gender = Пол
field-org-type = Тип организации
field-org-name = Название организации
field-accommodations = Мне нужны особые условия обучения (например, из-за инвалидности)
field-consent = Я согласен(на) с тем, что мои данные хранятся в Академии только для обучения и обезличенной статистики и не передаются третьим лицам.
hint-password = Не короче 10 символов. Удобно использовать фразу из нескольких слов.
hint-certificate-name = Так имя будет напечатано в сертификате. Можно указать псевдоним. Если оставить пустым, используем имя выше.
profile-optional-legend = Необязательные сведения
profile-optional-hint = Эти ответы используются только в обобщённых отчётах для доноров; по ним нельзя узнать конкретного человека.

country-az = Азербайджан
country-kz = Казахстан
country-kg = Кыргызстан
country-tj = Таджикистан
country-tm = Туркменистан
country-uz = Узбекистан
country-other = Другая страна
gender-female = Женский
gender-male = Мужской
gender-other = Другое
gender-undisclosed = Предпочитаю не указывать
org-type-cso = ОГО / НКО
org-type-initiative = Инициативная группа
org-type-academia = Академическая среда
org-type-youth = Молодёжная организация
org-type-volunteer = Волонтёр
org-type-social-enterprise = Социальное предпринимательство
org-type-government = Государственный орган
org-type-international = Международная организация
org-type-other = Другое
role-learner = Слушатель
role-translator = Переводчик
role-instructor = Преподаватель
role-staff = Сотрудник
role-admin = Администратор

sign-up-title = Регистрация
sign-up-lead = Обучение бесплатное. Мы спрашиваем только то, что нужно для обучения и сертификата.
sign-up-submit = Зарегистрироваться
sign-up-have-account = Уже есть учётная запись?
sign-in-title = Вход
sign-in-submit = Войти
sign-in-forgot = Забыли пароль?
sign-in-no-account = Ещё нет учётной записи?
check-inbox-title = Проверьте почту
check-inbox-sign-up = Мы отправили письмо на адрес { $email }. Откройте ссылку из письма, чтобы подтвердить адрес и начать обучение.
check-inbox-reset = Если для адреса { $email } есть учётная запись, мы отправили на него ссылку для смены пароля. Ссылка действует один час.
check-inbox-spam = Письма нет? Подождите несколько минут и проверьте папку «Спам».
forgot-title = Смена пароля
forgot-lead = Укажите адрес электронной почты, с которым вы регистрировались. Мы пришлём ссылку для смены пароля.
forgot-submit = Отправить ссылку
reset-title = Новый пароль
reset-submit = Сохранить пароль
banner-verify-email = Подтвердите адрес электронной почты: без этого мы не сможем выдать сертификат.
banner-verify-resend = Отправить письмо ещё раз

profile-title = Профиль
profile-details = Личные данные
profile-save = Сохранить
profile-password = Пароль
profile-change-password = Сменить пароль
profile-email = Электронная почта
profile-current-email = Сейчас: { $email }
profile-change-email = Сменить адрес

admin-users-title = Пользователи и роли
admin-users-search = Поиск по имени или адресу
admin-users-search-button = Найти
admin-users-total = { $count ->
    [one] Найден { $count } пользователь
    [few] Найдено { $count } пользователя
   *[many] Найдено { $count } пользователей
}
admin-users-created = Зарегистрирован
admin-users-role = Роль
admin-users-save = Сохранить
admin-users-unverified = адрес не подтверждён

flash-email-verified = Адрес подтверждён. Добро пожаловать!
flash-verification-sent = Мы отправили новое письмо для подтверждения адреса.
flash-password-changed = Пароль изменён. На других устройствах нужно будет войти заново.
flash-change-one-time-password = Вы вошли с одноразовым паролем. Задайте свой пароль.
flash-profile-saved = Профиль сохранён.
flash-email-change-sent = Мы отправили ссылку на новый адрес. Адрес сменится, когда вы откроете её.
flash-email-changed = Адрес электронной почты изменён.
flash-role-changed = Роль изменена.
