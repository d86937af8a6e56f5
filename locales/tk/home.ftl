## The home page.

home-title = Raýat jemgyýetiniň guramasyny dolandyrmagy öwreniň
home-lead = Dört dereje we kyrkdan gowrak modul: jemgyýetçilik guramasynyň işiniň esaslaryndan bähbitleri goramaga we döwlet bilen dialoga çenli. Mugt, öz diliňizde, telefondan, hatda hemişelik internet bolmasa-da.
home-cta-catalogue = Kurslara seretmek
home-cta-sign-up = Hasaba durmak
home-why-heading = Näme üçin Akademiýa
home-why-language-title = Sekiz dilde
home-why-language = Rus, gazak, gyrgyz, täjik, türkmen, özbek, azerbaýjan we iňlis dillerinde.
home-why-light-title = Haýal internet üçin
home-why-light = Ýeňil sahypalar; sapaklary saklap, internetsiz okap bolýar.
home-why-certificate-title = Barlap bolýan sertifikatlar
home-why-certificate = Iş beriji ýa-da donor sertifikaty onlaýn ýa-da QR-kod arkaly barlap biler.
home-why-privacy-title = Maglumatlaryňyz goralýar
home-why-privacy = Hiç hili mahabat we daşky yzarlaýjylar ýok; maglumatlar üçünji taraplara berilmeýär.
