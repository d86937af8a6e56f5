## Sign-up, sign-in, passwords, profile.

nav-admin = Колдонуучулар
form-has-errors = Белгиленген талааларды текшериңиз: бир нерсе туура эмес толтурулган. Калган киргизгендериңиздин баары формада сакталды.
choose-option = — тандаңыз —
not-answered = Көрсөтпөйм
notice-title = Көңүл буруңуз

field-email = Электрондук почта
field-password = Сырсөз
field-new-password = Жаңы сырсөз
field-current-password = Учурдагы сырсөз
field-new-email = Жаңы электрондук почта дареги
field-display-name = Аты
field-certificate-name = Сертификаттагы аты
field-country = Өлкө
field-language = Окутуу тили
field-gender = Жынысы
field-org-type = Уюмдун түрү
field-org-name = Уюмдун аталышы
field-accommodations = Мага окуу үчүн атайын шарттар керек (мисалы, майыптыкка байланыштуу)
field-consent = Менин маалыматтарым Академияда окуу жана жекелештирилбеген статистика үчүн гана сакталарына жана үчүнчү жактарга берилбей турганына макулмун.
hint-password = Кеминде 10 белги. Бир нече сөздөн турган сөз айкашын колдонуу ыңгайлуу.
hint-certificate-name = Атыңыз сертификатта ушундай басылат. Лакап ат көрсөтсөңүз да болот. Бош калтырсаңыз, жогорудагы атты колдонобуз.
profile-optional-legend = Милдеттүү эмес маалыматтар
profile-optional-hint = Бул жооптор донорлорго арналган жалпыланган отчеттордо гана колдонулат; алар боюнча конкреттүү адамды аныктоого болбойт.

country-az = Азербайжан
country-kz = Казакстан
country-kg = Кыргызстан
country-tj = Тажикстан
country-tm = Түркмөнстан
country-uz = Өзбекстан
country-other = Башка өлкө
gender-female = Аял
gender-male = Эркек
gender-other = Башка
gender-undisclosed = Көрсөтпөөнү туура көрөм
org-type-cso = ӨЭУ / КЭУ
org-type-initiative = Демилгелүү топ
org-type-academia = Академиялык чөйрө
org-type-youth = Жаштар уюму
org-type-volunteer = Ыктыярчы
org-type-social-enterprise = Социалдык ишкердик
org-type-government = Мамлекеттик орган
org-type-international = Эл аралык уюм
org-type-other = Башка
role-learner = Угуучу
role-translator = Котормочу
role-instructor = Окутуучу
role-staff = Кызматкер
role-admin = Администратор

sign-up-title = Катталуу
sign-up-lead = Окуу акысыз. Биз окууга жана сертификатка керектүү маалыматтарды гана сурайбыз.
sign-up-submit = Катталуу
sign-up-have-account = Эсебиңиз барбы?
sign-in-title = Кирүү
sign-in-submit = Кирүү
sign-in-forgot = Сырсөздү унуттуңузбу?
sign-in-no-account = Азырынча эсебиңиз жокпу?
check-inbox-title = Почтаңызды текшериңиз
check-inbox-sign-up = Биз { $email } дарегине кат жөнөттүк. Даректи ырастап, окууну баштоо үчүн каттагы шилтемени ачыңыз.
check-inbox-reset = Эгер { $email } дареги менен катталган эсеп болсо, биз ага сырсөздү өзгөртүү үчүн шилтеме жөнөттүк. Шилтеме бир саат жарактуу.
check-inbox-spam = Кат келген жокпу? Бир нече мүнөт күтүп, «Спам» папкасын текшериңиз.
forgot-title = Сырсөздү өзгөртүү
forgot-lead = Катталганда көрсөткөн электрондук почтаңыздын дарегин жазыңыз. Биз сырсөздү өзгөртүү үчүн шилтеме жөнөтөбүз.
forgot-submit = Шилтеме жөнөтүү
reset-title = Жаңы сырсөз
reset-submit = Сырсөздү сактоо
banner-verify-email = Электрондук почтаңыздын дарегин ырастаңыз: ансыз биз сертификат бере албайбыз.
banner-verify-resend = Катты кайра жөнөтүү

profile-title = Профиль
profile-details = Жеке маалыматтар
profile-save = Сактоо
profile-password = Сырсөз
profile-change-password = Сырсөздү өзгөртүү
profile-email = Электрондук почта
profile-current-email = Учурдагы дарек: { $email }
profile-change-email = Даректи өзгөртүү

admin-users-title = Колдонуучулар жана ролдор
admin-users-search = Аты же дареги боюнча издөө
admin-users-search-button = Издөө
admin-users-total = { $count ->
    [one] { $count } колдонуучу табылды
   *[other] { $count } колдонуучу табылды
}
admin-users-created = Катталган күнү
admin-users-role = Ролу
admin-users-save = Сактоо
admin-users-unverified = дарек ырасталган эмес

flash-email-verified = Дарек ырасталды. Кош келиңиз!
flash-verification-sent = Даректи ырастоо үчүн жаңы кат жөнөттүк.
flash-password-changed = Сырсөз өзгөртүлдү. Башка түзмөктөрдө кайра кирүү керек болот.
flash-change-one-time-password = Сиз бир жолку сырсөз менен кирдиңиз. Өз сырсөзүңүздү коюңуз.
flash-profile-saved = Профиль сакталды.
flash-email-change-sent = Жаңы дарекке шилтеме жөнөттүк. Аны ачканыңызда дарек өзгөрөт.
flash-email-changed = Электрондук почтанын дареги өзгөртүлдү.
flash-role-changed = Ролу өзгөртүлдү.
