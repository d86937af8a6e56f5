## Messages of the JSON API (/api/v1) that the web pages do not use. The API also
## answers with the service's error messages (errors.ftl).

error-api-unauthorized = Жарактуу кирүү токени керек. Кайра кириңиз же токенди жаңыртыңыз.
error-api-invalid-refresh-token = Сеанс аяктады: жаңыртуу токени жараксыз, мөөнөтү өткөн же мурда колдонулган. Кайра кириңиз.
error-api-password-change-required = Бул эсепке бир жолку сырсөз коюлган. Аны сайтта өзгөртүп, андан кийин тиркемеге кириңиз.
error-api-no-such-endpoint = API боюнча мындай дарек жок.
error-api-method-not-allowed = Бул дарек үчүн мындай ыкма колдоого алынбайт.
error-api-invalid-json = Суроо-талаптын денеси керектүү түрдөгү JSON эмес.
error-api-unsupported-media-type = Суроо-талаптын денесин application/json түрүндө жөнөтүңүз.
error-api-too-large = Суроо-талаптын денеси өтө чоң.
error-api-invalid-language = Белгисиз тил. Мүмкүн болгон маанилер: ru, kk, ky, tg, tk, uz, az, en.
