## Sign-up, sign-in, passwords, profile.

nav-admin = Корбарон
form-has-errors = Майдонҳои ҷудокардашударо санҷед: чизе нодуруст пур карда шудааст. Дигар маълумоти воридкардаи Шумо дар шакл нигоҳ дошта шудааст.
choose-option = — интихоб кунед —
not-answered = Нишон намедиҳам
notice-title = Диққат кунед

field-email = Почтаи электронӣ
field-password = Рамз
field-new-password = Рамзи нав
field-current-password = Рамзи ҷорӣ
field-new-email = Суроғаи нави почтаи электронӣ
field-display-name = Ном
field-certificate-name = Ном дар сертификат
field-country = Кишвар
field-language = Забони таҳсил
field-gender = Ҷинс
field-org-type = Навъи ташкилот
field-org-name = Номи ташкилот
field-accommodations = Барои таҳсил ба ман шароити махсус лозим аст (масалан, бо сабаби маъюбӣ)
field-consent = Ман розӣ ҳастам, ки маълумоти ман дар Академия танҳо барои таҳсил ва омори беном нигоҳ дошта мешавад ва ба шахсони сеюм дода намешавад.
hint-password = На камтар аз 10 аломат. Истифодаи ибораи иборат аз якчанд калима қулай аст.
hint-certificate-name = Номи Шумо дар сертификат ҳамин тавр чоп мешавад. Тахаллус низ мумкин аст. Агар холӣ гузоред, номи болоиро истифода мебарем.
profile-optional-legend = Маълумоти ихтиёрӣ
profile-optional-hint = Ин ҷавобҳо танҳо дар ҳисоботҳои умумӣ барои донорҳо истифода мешаванд; аз рӯи онҳо шахси мушаххасро муайян кардан ғайриимкон аст.

country-az = Озарбойҷон
country-kz = Қазоқистон
country-kg = Қирғизистон
country-tj = Тоҷикистон
country-tm = Туркманистон
country-uz = Ӯзбекистон
country-other = Кишвари дигар
gender-female = Зан
gender-male = Мард
gender-other = Дигар
gender-undisclosed = Афзалтар медонам, ки нишон надиҳам
org-type-cso = ТҒД / ташкилоти ғайритиҷоратӣ
org-type-initiative = Гурӯҳи ташаббускор
org-type-academia = Муҳити илмӣ
org-type-youth = Ташкилоти ҷавонон
org-type-volunteer = Ихтиёрӣ (волонтёр)
org-type-social-enterprise = Соҳибкории иҷтимоӣ
org-type-government = Мақоми давлатӣ
org-type-international = Ташкилоти байналмилалӣ
org-type-other = Дигар
role-learner = Шунаванда
role-translator = Тарҷумон
role-instructor = Омӯзгор
role-staff = Корманд
role-admin = Маъмур

sign-up-title = Сабти ном
sign-up-lead = Таҳсил ройгон аст. Мо танҳо он чиро мепурсем, ки барои таҳсил ва сертификат лозим аст.
sign-up-submit = Сабти ном шудан
sign-up-have-account = Аллакай ҳисоб доред?
sign-in-title = Воридшавӣ
sign-in-submit = Ворид шудан
sign-in-forgot = Рамзро фаромӯш кардед?
sign-in-no-account = Ҳоло ҳисоб надоред?
check-inbox-title = Почтаи худро санҷед
check-inbox-sign-up = Мо ба суроғаи { $email } мактуб фиристодем. Барои тасдиқи суроға ва оғози таҳсил пайвандеро, ки дар мактуб аст, кушоед.
check-inbox-reset = Агар барои суроғаи { $email } ҳисоб мавҷуд бошад, мо ба он пайванди иваз кардани рамзро фиристодем. Пайванд як соат эътибор дорад.
check-inbox-spam = Мактуб нарасид? Чанд дақиқа интизор шавед ва ҷузвдони «Спам»-ро санҷед.
forgot-title = Иваз кардани рамз
forgot-lead = Суроғаи почтаи электрониеро, ки ҳангоми сабти ном истифода бурдед, нишон диҳед. Мо пайванди иваз кардани рамзро мефиристем.
forgot-submit = Фиристодани пайванд
reset-title = Рамзи нав
reset-submit = Нигоҳ доштани рамз
banner-verify-email = Суроғаи почтаи электронии худро тасдиқ кунед: бе ин мо сертификат дода наметавонем.
banner-verify-resend = Мактубро боз фиристодан

profile-title = Профил
profile-details = Маълумоти шахсӣ
profile-save = Нигоҳ доштан
profile-password = Рамз
profile-change-password = Иваз кардани рамз
profile-email = Почтаи электронӣ
profile-current-email = Суроғаи ҳозира: { $email }
profile-change-email = Иваз кардани суроға

admin-users-title = Корбарон ва нақшҳо
admin-users-search = Ҷустуҷӯ аз рӯи ном ё суроға
admin-users-search-button = Ҷустуҷӯ
admin-users-total = { $count ->
    [one] { $count } корбар ёфт шуд
   *[other] { $count } корбар ёфт шуд
}
admin-users-created = Санаи сабти ном
admin-users-role = Нақш
admin-users-save = Нигоҳ доштан
admin-users-unverified = суроға тасдиқ нашудааст

flash-email-verified = Суроға тасдиқ шуд. Хуш омадед!
flash-verification-sent = Мо барои тасдиқи суроға мактуби нав фиристодем.
flash-password-changed = Рамз иваз карда шуд. Дар дастгоҳҳои дигар бояд аз нав ворид шавед.
flash-change-one-time-password = Шумо бо рамзи якдафъаина ворид шудед. Рамзи худро муқаррар кунед.
flash-profile-saved = Профил нигоҳ дошта шуд.
flash-email-change-sent = Мо ба суроғаи нав пайванд фиристодем. Суроға вақте иваз мешавад, ки Шумо онро кушоед.
flash-email-changed = Суроғаи почтаи электронӣ иваз карда шуд.
flash-role-changed = Нақш иваз карда шуд.
