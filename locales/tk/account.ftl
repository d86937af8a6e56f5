## Sign-up, sign-in, passwords, profile.

nav-admin = Ulanyjylar
form-has-errors = Bellenen meýdançalary barlaň: bir zat nädogry doldurylypdyr. Girizen beýleki maglumatlaryňyzyň hemmesi formada saklandy.
choose-option = — saýlaň —
not-answered = Görkezmek islemeýärin
notice-title = Üns beriň

field-email = Elektron poçta
field-password = Açar söz
field-new-password = Täze açar söz
field-current-password = Häzirki açar söz
field-new-email = Täze elektron poçta salgysy
field-display-name = At
field-certificate-name = Sertifikatdaky at
field-country = Ýurt
field-language = Okuw dili
field-gender = Jyns
field-org-type = Guramanyň görnüşi
field-org-name = Guramanyň ady
field-accommodations = Maňa okamak üçin aýratyn şertler gerek (meselem, maýyplyk sebäpli)
field-consent = Maglumatlarymyň Akademiýada diňe okuw we şahsyýeti açylmaýan statistika üçin saklanjagyna we üçünji taraplara berilmejegine razylyk berýärin.
hint-password = Azyndan 10 belgi. Birnäçe sözden ybarat sözlem ulanmak amatly.
hint-certificate-name = Adyňyz sertifikatda şeýle çap ediler. Lakam hem görkezip bilersiňiz. Boş goýsaňyz, ýokardaky ady ulanarys.
profile-optional-legend = Hökmany däl maglumatlar
profile-optional-hint = Bu jogaplar diňe donorlar üçin umumylaşdyrylan hasabatlarda ulanylýar; olar boýunça anyk adamy kesgitläp bolmaýar.

country-az = Azerbaýjan
country-kz = Gazagystan
country-kg = Gyrgyzystan
country-tj = Täjigistan
country-tm = Türkmenistan
country-uz = Özbegistan
country-other = Başga ýurt
gender-female = Aýal
gender-male = Erkek
gender-other = Başga
gender-undisclosed = Görkezmezligi makul bilýärin
org-type-cso = Jemgyýetçilik guramasy / täjirçilik däl gurama
org-type-initiative = Başlangyç topar
org-type-academia = Akademiki gurşaw
org-type-youth = Ýaşlar guramasy
org-type-volunteer = Meýletinçi
org-type-social-enterprise = Sosial telekeçilik
org-type-government = Döwlet edarasy
org-type-international = Halkara gurama
org-type-other = Başga
role-learner = Diňleýji
role-translator = Terjimeçi
role-instructor = Mugallym
role-staff = Işgär
role-admin = Administrator

sign-up-title = Hasaba durmak
sign-up-lead = Okuw mugt. Biz diňe okuw we sertifikat üçin gerek maglumatlary soraýarys.
sign-up-submit = Hasaba durmak
sign-up-have-account = Hasabyňyz barmy?
sign-in-title = Giriş
sign-in-submit = Girmek
sign-in-forgot = Açar sözüňizi ýatdan çykardyňyzmy?
sign-in-no-account = Entek hasabyňyz ýokmy?
check-inbox-title = Poçtaňyzy barlaň
check-inbox-sign-up = Biz { $email } salgysyna hat iberdik. Salgyny tassyklamak we okuwa başlamak üçin hatdaky salgylanmany açyň.
check-inbox-reset = Eger { $email } salgysy üçin hasap bar bolsa, biz oňa açar sözi çalyşmak üçin salgylanma iberdik. Salgylanma bir sagat hereket edýär.
check-inbox-spam = Hat gelmedimi? Birnäçe minut garaşyň we “Spam” bukjasyny barlaň.
forgot-title = Açar sözi çalyşmak
forgot-lead = Hasaba duranyňyzda görkezen elektron poçta salgyňyzy giriziň. Biz açar sözi çalyşmak üçin salgylanma ibereris.
forgot-submit = Salgylanma ibermek
reset-title = Täze açar söz
reset-submit = Açar sözi ýatda saklamak
banner-verify-email = Elektron poçta salgyňyzy tassyklaň: onsuz biz sertifikat berip bilmeris.
banner-verify-resend = Haty täzeden ibermek

profile-title = Profil
profile-details = Şahsy maglumatlar
profile-save = Ýatda saklamak
profile-password = Açar söz
profile-change-password = Açar sözi çalyşmak
profile-email = Elektron poçta
profile-current-email = Häzirki salgy: { $email }
profile-change-email = Salgyny çalyşmak

admin-users-title = Ulanyjylar we rollar
admin-users-search = At ýa-da salgy boýunça gözleg
admin-users-search-button = Gözlemek
admin-users-total = { $count ->
    [one] { $count } ulanyjy tapyldy
   *[other] { $count } ulanyjy tapyldy
}
admin-users-created = Hasaba alnan senesi
admin-users-role = Roly
admin-users-save = Ýatda saklamak
admin-users-unverified = salgy tassyklanmadyk

flash-email-verified = Salgy tassyklandy. Hoş geldiňiz!
flash-verification-sent = Salgyny tassyklamak üçin täze hat iberdik.
flash-password-changed = Açar söz çalşyldy. Beýleki enjamlarda täzeden girmeli bolarsyňyz.
flash-change-one-time-password = Siz birwagtlaýyn açar söz bilen girdiňiz. Öz açar sözüňizi belläň.
flash-profile-saved = Profil ýatda saklandy.
flash-email-change-sent = Täze salga salgylanma iberdik. Siz ony açanyňyzda salgy çalşylar.
flash-email-changed = Elektron poçta salgysy çalşyldy.
flash-role-changed = Rol çalşyldy.
