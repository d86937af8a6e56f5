## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Размер текста и контраст
display-title = Размер текста и контраст
display-lead = Сделайте страницы удобнее для чтения на этом устройстве. Выбор сохраняется в этом браузере, учётная запись не нужна.
display-legend = Отображение
display-large-text = Крупный текст
display-large-text-hint = Весь текст на четверть крупнее.
display-high-contrast = Высокий контраст
display-high-contrast-hint = Чёрный текст на белом, более тёмные ссылки и рамки.
display-save = Сохранить
display-saved = Настройки отображения сохранены.
