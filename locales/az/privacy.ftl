## The learner's own data: the JSON download and deleting the account.

privacy-title = Məlumatlarınız
privacy-intro = Akademiyanın sizin haqqınızda saxladığı bütün məlumatları bir JSON faylı kimi yükləyə bilərsiniz: profil, modullara yazılmalar, irəliləyiş, cavablarınızla test cəhdləri, sertifikatlar, sizin haqqınızda jurnal qeydləri və cihazlardan girişlər.
privacy-download = Məlumatlarımı yüklə (JSON)
privacy-delete-link = Hesabımı sil
delete-title = Hesabın silinməsi
delete-intro = Silinməni geri qaytarmaq mümkün deyil. Əvvəlcə məlumatlarınızı yükləyə bilərsiniz.
delete-erases = Profiliniz, e-poçt ünvanınız, modullara yazılmalarınız, irəliləyişiniz, cavablarınızla test cəhdləri və cihazlardan girişlər silinəcək.
delete-certificates = Sertifikatlarınızı açıq saxlamasanız, onlar artıq yoxlamadan keçməyəcək.
delete-reports = Akademiyanın hesabatlarında fəaliyyətiniz bundan sonra nəzərə alınmayacaq.
delete-keep-public = Açıq sertifikatlarımı yoxlanıla bilən saxla
delete-keep-public-hint = İşəgötürən sertifikatı QR-kod vasitəsilə yenə də yoxlaya bilər: sertifikatdakı ad, onun başlığı və tarixi qalır. Gizli sertifikatlar hər halda silinir.
delete-confirm = Hesabı birdəfəlik sil
delete-cancel = Ləğv et, profilə qayıt
account-deleted = Hesabınız və bütün məlumatlarınız silindi.
account-deleted-kept = Hesabınız və bütün məlumatlarınız silindi. Açıq sertifikatlarınız yoxlanıla bilən qalır.
