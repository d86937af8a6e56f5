## Emails. Each kind has a subject, a body and, where there is a link, its label.

email-greeting = Hormatly { $name }!
email-ignore = Eger Siz beýle haýyş etmedik bolsaňyz, bu hata üns bermäň.
email-verify-email-subject = Elektron poçta salgyňyzy tassyklaň
email-verify-email-body = Raýat jemgyýeti web-akademiýasynda hasaba duranyňyz üçin sag boluň. Salgyny tassyklamak we okuwa başlamak üçin aşakdaky salgylanmany açyň. Salgylanma 7 gün hereket edýär.
email-verify-email-action = Salgyny tassyklamak
email-already-registered-subject = Siziň salgyňyz bilen hasaba durmak synanyşygy
email-already-registered-body = Kimdir biri (belki, Siz) Akademiýada şu salgy bilen hasaba durmaga synanyşdy, emma bu salgy bilen hasap eýýäm bar. Açar sözüňizi ýatdan çykaran bolsaňyz, ony çalşyp bilersiňiz.
email-already-registered-action = Açar sözi çalyşmak
email-reset-password-subject = Açar sözi çalyşmak
email-reset-password-body = Açar sözi çalyşmak barada haýyş aldyk. Täze açar söz bellemek üçin aşakdaky salgylanmany açyň. Salgylanma bir sagat hereket edýär.
email-reset-password-action = Täze açar söz bellemek
email-confirm-email-change-subject = Täze salgyny tassyklaň
email-confirm-email-change-body = Siz Akademiýadaky elektron poçta salgyňyzy şu salga çalyşmagy haýyş etdiňiz. Çalyşmagy tassyklamak üçin salgylanmany açyň. Salgylanma 24 sagat hereket edýär.
email-confirm-email-change-action = Täze salgyny tassyklamak
email-email-change-requested-subject = Elektron poçta salgysyny çalyşmak soraldy
email-email-change-requested-body = Hasabyňyzda elektron poçta salgysyny çalyşmak soraldy. Eger muny Siz etmedik bolsaňyz, profilde açar sözüňizi çalyşyň.
email-email-change-requested-action = Profili açmak
email-certificate-issued-subject = Raýat jemgyýeti web-akademiýasyndan sertifikatyňyz
email-certificate-issued-body = Gutlaýarys! Siz “{ $title }” kursuny tamamladyňyz. Sertifikatyňyz hata PDF görnüşinde goşuldy; ony şahsy otagyňyzdan Akademiýanyň islendik dilinde hem ýükläp alyp bilersiňiz.
email-certificate-issued-action = Sertifikatlarymy açmak
