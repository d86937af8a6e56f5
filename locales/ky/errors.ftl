## Error pages and the messages behind the service's error keys.

error-page-title = Бир нерсе туура эмес болуп калды
error-back-home = Башкы бетке
error-not-found-title = Барак табылган жок
error-not-found = Мындай барак жок. Шилтеме эскирген же даректе ката кеткен болушу мүмкүн.
error-forbidden-title = Уруксат жок
error-forbidden = Бул баракты көрүүгө Сизде укук жок.
error-bad-request-title = Туура эмес суроо-талап
error-bad-request = Суроо-талапты иштетүү мүмкүн болгон жок. Киргизген маалыматтарыңызды текшерип, кайра аракет кылыңыз.
error-internal-title = Сервердеги ката
error-internal = Серверде ката кетти. Маалыматтарыңыз сакталды; бир аздан кийин кайра аракет кылыңыз.
error-unavailable-title = Кызмат убактылуу жеткиликсиз
error-unavailable = Академия азыр жеткиликсиз. Бир нече мүнөттөн кийин кайра аракет кылыңыз.
error-invalid-email = Электрондук почтанын дарегин аты@домен.kg түрүндө киргизиңиз.
error-email-taken = Бул дарек менен катталган эсеп мурунтан эле бар.
error-weak-password = Сырсөз 10 белгиден 256 белгиге чейин болушу керек.
error-invalid-name = Атыңызды киргизиңиз (120 белгиге чейин).
error-unknown-role = Белгисиз роль.
