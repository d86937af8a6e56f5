## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = Чтение без интернета
offline-title = Чтение без интернета
offline-lead = Уроки ваших модулей хранятся на этом устройстве, и их можно читать без связи. Пройденные без связи уроки и ответы на тесты отправятся, когда связь появится.
offline-needs-js = Для чтения без интернета нужен JavaScript, а в этом браузере он выключен. Всё остальное на сайте работает и без него.
offline-kept = сохранён на устройстве
offline-not-kept = ещё не сохранён
offline-pending = Ждут отправки: { $count }.
offline-storage = Занято на устройстве: { $size }.
offline-keep = Сохранить уроки сейчас
offline-kept-now = Сохранено страниц на устройстве: { $count }.
offline-forget = Удалить всё сохранённое
offline-forgotten = Удалено. Больше ничего не сохраняется на этом устройстве, пока вы не нажмёте «Сохранить уроки сейчас».
offline-empty = Вы пока не записаны ни на один модуль.
offline-you-are-offline = Нет связи. Уроки, сохранённые на этом устройстве, можно читать.
offline-queued = Сохранено на устройстве. Отправится, когда появится связь.
offline-sent = Сделанное без связи отправлено.
offline-submit-later = Нет связи: ваши ответы сохранены на этом устройстве. Отправьте тест, когда связь появится.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Скачать модуль одним файлом
download-size-kb = { $kb } КБ
download-module-hint = Все уроки с картинками на одной странице, которая открывается в любом браузере без связи.
download-footer = Скачано с Веб-академии ОГО. Модуль на сайте:
