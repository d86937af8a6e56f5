## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Мәтін өлшемі және контраст
display-title = Мәтін өлшемі және контраст
display-lead = Осы құрылғыда беттерді оқуды жеңілдетіңіз. Таңдау осы браузерде сақталады, тіркелгі қажет емес.
display-legend = Көрініс
display-large-text = Ірі мәтін
display-large-text-hint = Барлық мәтін төрттен бір есе үлкенірек.
display-high-contrast = Жоғары контраст
display-high-contrast-hint = Ақ фондағы қара мәтін, қоюырақ сілтемелер мен жиектер.
display-save = Сақтау
display-saved = Көрініс баптаулары сақталды.
