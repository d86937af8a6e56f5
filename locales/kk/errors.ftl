## Error pages and the messages behind the service's error keys.

error-page-title = Бірдеңе дұрыс болмады
error-back-home = Басты бетке
error-not-found-title = Бет табылмады
error-not-found = Мұндай бет жоқ. Сілтеме ескірген немесе мекенжайда қате кеткен болуы мүмкін.
error-forbidden-title = Қолжетімділік жоқ
error-forbidden = Бұл бетті көруге Сізде құқық жоқ.
error-bad-request-title = Қате сұрау
error-bad-request = Сұрауды өңдеу мүмкін болмады. Енгізген деректеріңізді тексеріп, қайталап көріңіз.
error-internal-title = Сервер қатесі
error-internal = Серверде қате орын алды. Деректеріңіз сақталды; сәл кейінірек қайталап көріңіз.
error-unavailable-title = Қызмет уақытша қолжетімсіз
error-unavailable = Академия қазір қолжетімсіз. Бірнеше минуттан кейін қайталап көріңіз.
error-invalid-email = Электрондық пошта мекенжайын аты@домен.kz түрінде енгізіңіз.
error-email-taken = Бұл мекенжаймен тіркелген есептік жазба бұрыннан бар.
error-weak-password = Құпиясөз 10-нан 256 таңбаға дейін болуы керек.
error-invalid-name = Атыңызды енгізіңіз (120 таңбаға дейін).
error-unknown-role = Белгісіз рөл.
