## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = Интернетсиз окуу
offline-title = Интернетсиз окуу
offline-lead = Модулдарыңыздын сабактары ушул түзмөктө сакталат, аларды байланышсыз окууга болот. Байланышсыз бүткөн сабактар жана тесттин жооптору байланыш калыбына келгенде жөнөтүлөт.
offline-needs-js = Интернетсиз окуу үчүн JavaScript керек, бирок бул браузерде ал өчүрүлгөн. Сайттын калган бөлүгү ансыз деле иштейт.
offline-kept = түзмөктө сакталган
offline-not-kept = азырынча сакталган эмес
offline-pending = Жөнөтүүнү күтүүдө: { $count }.
offline-storage = Түзмөктө ээлеген орун: { $size }.
offline-keep = Сабактарды азыр сактоо
offline-kept-now = Түзмөктө сакталган барактар: { $count }.
offline-forget = Сакталгандын баарын өчүрүү
offline-forgotten = Өчүрүлдү. «Сабактарды азыр сактоо» баскычын баспасаңыз, бул түзмөктө эч нерсе сакталбайт.
offline-empty = Сиз азырынча эч бир модулга катталган жоксуз.
offline-you-are-offline = Байланыш жок. Ушул түзмөктө сакталган сабактарды окууга болот.
offline-queued = Түзмөктө сакталды. Байланыш калыбына келгенде жөнөтүлөт.
offline-sent = Байланышсыз жасалгандар жөнөтүлдү.
offline-submit-later = Байланыш жок: жоопторуңуз ушул түзмөктө сакталды. Байланыш калыбына келгенде тестти жөнөтүңүз.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Модулду бир файл менен жүктөп алуу
download-size-kb = { $kb } КБ
download-module-hint = Бардык сабактар сүрөттөрү менен бир баракта, ал каалаган браузерде байланышсыз ачылат.
download-footer = Жарандык коом веб-академиясынан жүктөлдү. Модуль сайтта:
