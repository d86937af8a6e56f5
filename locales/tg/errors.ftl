## Error pages and the messages behind the service's error keys.

error-page-title = Хатогӣ рух дод
error-back-home = Ба саҳифаи асосӣ
error-not-found-title = Саҳифа ёфт нашуд
error-not-found = Чунин саҳифа вуҷуд надорад. Шояд пайванд кӯҳна шуда бошад ё дар суроға хато рафта бошад.
error-forbidden-title = Дастрасӣ нест
error-forbidden = Шумо барои дидани ин саҳифа иҷозат надоред.
error-bad-request-title = Дархости нодуруст
error-bad-request = Дархостро коркард кардан муяссар нашуд. Маълумоти воридкардаатонро санҷед ва бори дигар кӯшиш кунед.
error-internal-title = Хатои сервер
error-internal = Дар сервер хатогӣ рух дод. Маълумоти Шумо ҳифз шудааст; каме дертар бори дигар кӯшиш кунед.
error-unavailable-title = Хидмат муваққатан дастнорас аст
error-unavailable = Академия ҳоло дастнорас аст. Пас аз чанд дақиқа бори дигар кӯшиш кунед.
error-invalid-email = Суроғаи почтаи электрониро дар шакли ном@домен.tj ворид кунед.
error-email-taken = Ҳисоб бо ин суроға аллакай мавҷуд аст.
error-weak-password = Рамз бояд аз 10 то 256 аломат дошта бошад.
error-invalid-name = Номро ворид кунед (то 120 аломат).
error-unknown-role = Нақши номаълум.
