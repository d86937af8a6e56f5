## Sign-up, sign-in, passwords, profile.

nav-admin = Пайдаланушылар
form-has-errors = Белгіленген өрістерді тексеріңіз: бірдеңе қате толтырылған. Енгізген қалған деректеріңіз формада сақталды.
choose-option = — таңдаңыз —
not-answered = Көрсетпеймін
notice-title = Назар аударыңыз

field-email = Электрондық пошта
field-password = Құпиясөз
field-new-password = Жаңа құпиясөз
field-current-password = Қазіргі құпиясөз
field-new-email = Жаңа электрондық пошта мекенжайы
field-display-name = Аты
field-certificate-name = Сертификаттағы аты
field-country = Ел
field-language = Оқу тілі
field-gender = Жынысы
field-org-type = Ұйым түрі
field-org-name = Ұйым атауы
field-accommodations = Маған оқу үшін арнайы жағдайлар қажет (мысалы, мүгедектікке байланысты)
field-consent = Деректерімнің Академияда тек оқу мен иесіздендірілген статистика үшін сақталатынына және үшінші тұлғаларға берілмейтініне келісемін.
hint-password = Кемінде 10 таңба. Бірнеше сөзден тұратын тіркесті қолдану ыңғайлы.
hint-certificate-name = Сертификатта атыңыз осылай басылады. Бүркеншік ат көрсетуге болады. Бос қалдырсаңыз, жоғарыдағы атты қолданамыз.
profile-optional-legend = Міндетті емес мәліметтер
profile-optional-hint = Бұл жауаптар донорларға арналған жинақталған есептерде ғана қолданылады; олар бойынша нақты адамды анықтау мүмкін емес.

country-az = Әзербайжан
country-kz = Қазақстан
country-kg = Қырғызстан
country-tj = Тәжікстан
country-tm = Түрікменстан
country-uz = Өзбекстан
country-other = Басқа ел
gender-female = Әйел
gender-male = Ер
gender-other = Басқа
gender-undisclosed = Көрсетпеуді жөн көремін
org-type-cso = ҮЕҰ / КЕҰ
org-type-initiative = Бастамашыл топ
org-type-academia = Академиялық орта
org-type-youth = Жастар ұйымы
org-type-volunteer = Ерікті
org-type-social-enterprise = Әлеуметтік кәсіпкерлік
org-type-government = Мемлекеттік орган
org-type-international = Халықаралық ұйым
org-type-other = Басқа
role-learner = Тыңдаушы
role-translator = Аудармашы
role-instructor = Оқытушы
role-staff = Қызметкер
role-admin = Әкімші

sign-up-title = Тіркелу
sign-up-lead = Оқу тегін. Біз оқуға және сертификатқа қажетті мәліметтерді ғана сұраймыз.
sign-up-submit = Тіркелу
sign-up-have-account = Есептік жазбаңыз бар ма?
sign-in-title = Кіру
sign-in-submit = Кіру
sign-in-forgot = Құпиясөзді ұмыттыңыз ба?
sign-in-no-account = Әлі есептік жазбаңыз жоқ па?
check-inbox-title = Поштаңызды тексеріңіз
check-inbox-sign-up = Біз { $email } мекенжайына хат жібердік. Мекенжайды растап, оқуды бастау үшін хаттағы сілтемені ашыңыз.
check-inbox-reset = Егер { $email } мекенжайына тіркелген есептік жазба болса, біз оған құпиясөзді өзгертуге арналған сілтеме жібердік. Сілтеме бір сағат жарамды.
check-inbox-spam = Хат келмеді ме? Бірнеше минут күтіп, «Спам» қалтасын тексеріңіз.
forgot-title = Құпиясөзді өзгерту
forgot-lead = Тіркелу кезінде көрсеткен электрондық пошта мекенжайыңызды енгізіңіз. Біз құпиясөзді өзгертуге арналған сілтеме жібереміз.
forgot-submit = Сілтеме жіберу
reset-title = Жаңа құпиясөз
reset-submit = Құпиясөзді сақтау
banner-verify-email = Электрондық пошта мекенжайыңызды растаңыз: онсыз біз сертификат бере алмаймыз.
banner-verify-resend = Хатты қайта жіберу

profile-title = Профиль
profile-details = Жеке деректер
profile-save = Сақтау
profile-password = Құпиясөз
profile-change-password = Құпиясөзді өзгерту
profile-email = Электрондық пошта
profile-current-email = Қазіргі мекенжай: { $email }
profile-change-email = Мекенжайды өзгерту

admin-users-title = Пайдаланушылар мен рөлдер
admin-users-search = Аты немесе мекенжайы бойынша іздеу
admin-users-search-button = Іздеу
admin-users-total = { $count ->
    [one] { $count } пайдаланушы табылды
   *[other] { $count } пайдаланушы табылды
}
admin-users-created = Тіркелген күні
admin-users-role = Рөл
admin-users-save = Сақтау
admin-users-unverified = мекенжай расталмаған

flash-email-verified = Мекенжай расталды. Қош келдіңіз!
flash-verification-sent = Мекенжайды растау үшін жаңа хат жібердік.
flash-password-changed = Құпиясөз өзгертілді. Басқа құрылғыларда қайта кіру қажет болады.
flash-change-one-time-password = Сіз бір реттік құпиясөзбен кірдіңіз. Өз құпиясөзіңізді орнатыңыз.
flash-profile-saved = Профиль сақталды.
flash-email-change-sent = Жаңа мекенжайға сілтеме жібердік. Сіз оны ашқанда мекенжай өзгереді.
flash-email-changed = Электрондық пошта мекенжайы өзгертілді.
flash-role-changed = Рөл өзгертілді.
