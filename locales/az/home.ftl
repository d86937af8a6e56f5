## The home page.

home-title = Vətəndaş cəmiyyəti təşkilatını idarə etməyi öyrənin
home-lead = Dörd səviyyə və qırxdan çox modul: QHT fəaliyyətinin əsaslarından vəkilliyə və dövlətlə dialoqa qədər. Pulsuz, öz dilinizdə, telefondan, hətta daimi internet olmadan da.
home-cta-catalogue = Kurslara baxın
home-cta-sign-up = Qeydiyyatdan keçin
home-why-heading = Niyə Akademiya
home-why-language-title = Səkkiz dildə
home-why-language = Rus, qazax, qırğız, tacik, türkmən, özbək, azərbaycan və ingilis dillərində.
home-why-light-title = Zəif internet üçün
home-why-light = Yüngül səhifələr; dərsləri yadda saxlayıb internetsiz oxumaq olar.
home-why-certificate-title = Yoxlanıla bilən sertifikatlar
home-why-certificate = İşəgötürən və ya donor sertifikatı onlayn və ya QR-kod vasitəsilə yoxlaya bilər.
home-why-privacy-title = Məlumatlarınız qorunur
home-why-privacy = Heç bir reklam və kənar izləyicilər yoxdur; məlumatlar üçüncü şəxslərə ötürülmür.
