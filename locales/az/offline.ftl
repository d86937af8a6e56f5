## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = İnternetsiz oxumaq
offline-title = İnternetsiz oxumaq
offline-lead = Modullarınızın dərsləri bu cihazda saxlanılır, onları bağlantı olmadan oxumaq olar. Bağlantısız bitirdiyiniz dərslər və test cavabları bağlantı bərpa olunanda göndərilir.
offline-needs-js = İnternetsiz oxumaq üçün JavaScript lazımdır, bu brauzerdə isə o söndürülüb. Saytın qalan hissəsi onsuz da işləyir.
offline-kept = cihazda saxlanılıb
offline-not-kept = hələ saxlanılmayıb
offline-pending = Göndərilməyi gözləyir: { $count }.
offline-storage = Cihazda tutulan yer: { $size }.
offline-keep = Dərsləri indi saxla
offline-kept-now = Cihazda saxlanılan səhifələr: { $count }.
offline-forget = Saxlanılanların hamısını sil
offline-forgotten = Silindi. «Dərsləri indi saxla» seçməyincə bu cihazda heç nə saxlanılmayacaq.
offline-empty = Siz hələ heç bir modula yazılmamısınız.
offline-you-are-offline = Bağlantı yoxdur. Bu cihazda saxlanılan dərsləri oxumaq olar.
offline-queued = Cihazda saxlanıldı. Bağlantı bərpa olunanda göndəriləcək.
offline-sent = Bağlantısız edilənlər göndərildi.
offline-submit-later = Bağlantı yoxdur: cavablarınız bu cihazda saxlanıldı. Bağlantı bərpa olunanda testi göndərin.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Modulu bir fayl kimi yüklə
download-size-kb = { $kb } KB
download-module-hint = Bütün dərslər şəkilləri ilə bir səhifədə; o, istənilən brauzerdə bağlantı olmadan açılır.
download-footer = Vətəndaş cəmiyyəti veb-akademiyasından yüklənib. Modul saytda:
