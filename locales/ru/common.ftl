## The application shell: every page has these.

site-name = Веб-академия ОГО
site-tagline = Бесплатное дистанционное обучение для организаций гражданского общества Центральной Азии и Азербайджана
skip-to-content = Перейти к содержанию
nav-main = Основная навигация
nav-home = Главная
nav-catalogue = Каталог курсов
nav-dashboard = Моё обучение
nav-sign-in = Войти
nav-sign-up = Регистрация
nav-sign-out = Выйти
nav-profile = Профиль
lang-switcher-label = Язык сайта
footer-operator = Академию поддерживает ARGO. Обучение бесплатное.
footer-privacy = Мы собираем минимум данных и никому их не передаём.
learners-count = { $count ->
    [one] { $count } слушатель
    [few] { $count } слушателя
    [many] { $count } слушателей
   *[other] { $count } слушателя
}
