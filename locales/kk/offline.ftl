## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = Интернетсіз оқу
offline-title = Интернетсіз оқу
offline-lead = Модульдеріңіздің сабақтары осы құрылғыда сақталады, оларды байланыссыз оқуға болады. Байланыссыз аяқталған сабақтар мен тест жауаптары байланыс қалпына келгенде жіберіледі.
offline-needs-js = Интернетсіз оқу үшін JavaScript қажет, ал бұл браузерде ол өшірулі. Сайттың қалған бөлігі онсыз да жұмыс істейді.
offline-kept = құрылғыда сақталған
offline-not-kept = әлі сақталмаған
offline-pending = Жіберуді күтуде: { $count }.
offline-storage = Құрылғыда алынған орын: { $size }.
offline-keep = Сабақтарды қазір сақтау
offline-kept-now = Құрылғыда сақталған беттер: { $count }.
offline-forget = Сақталғанның бәрін жою
offline-forgotten = Жойылды. «Сабақтарды қазір сақтау» батырмасын баспайынша, бұл құрылғыда ештеңе сақталмайды.
offline-empty = Сіз әлі ешбір модульге жазылмағансыз.
offline-you-are-offline = Байланыс жоқ. Осы құрылғыда сақталған сабақтарды оқуға болады.
offline-queued = Құрылғыда сақталды. Байланыс қалпына келгенде жіберіледі.
offline-sent = Байланыссыз жасалғандар жіберілді.
offline-submit-later = Байланыс жоқ: жауаптарыңыз осы құрылғыда сақталды. Байланыс қалпына келгенде тестті жіберіңіз.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Модульді бір файлмен жүктеп алу
download-size-kb = { $kb } КБ
download-module-hint = Барлық сабақ суреттерімен бір бетте, ол кез келген браузерде байланыссыз ашылады.
download-footer = Азаматтық қоғам веб-академиясынан жүктелді. Модуль сайтта:
