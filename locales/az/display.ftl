## Display preferences: larger text, high contrast (kept in a cookie, no account needed).

display-link = Mətn ölçüsü və kontrast
display-title = Mətn ölçüsü və kontrast
display-lead = Bu cihazda səhifələri oxumağı asanlaşdırın. Seçim bu brauzerdə saxlanılır, hesab lazım deyil.
display-legend = Görünüş
display-large-text = Böyük mətn
display-large-text-hint = Bütün mətn dörddə bir böyük.
display-high-contrast = Yüksək kontrast
display-high-contrast-hint = Ağ fonda qara mətn, daha tünd keçidlər və çərçivələr.
display-save = Yadda saxla
display-saved = Görünüş ayarları yadda saxlanıldı.
