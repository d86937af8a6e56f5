## Offline learning: lessons kept on the device, progress sent when back online.

offline-link = Internetsiz okamak
offline-title = Internetsiz okamak
offline-lead = Modullaryňyzyň sapaklary şu enjamda saklanýar, olary aragatnaşyksyz okap bolýar. Aragatnaşyksyz tamamlan sapaklaryňyz we test jogaplaryňyz aragatnaşyk dikelende iberilýär.
offline-needs-js = Internetsiz okamak üçin JavaScript gerek, emma bu brauzerde ol öçürilen. Saýtyň galan bölegi onsuz hem işleýär.
offline-kept = enjamda saklandy
offline-not-kept = entek saklanmady
offline-pending = Iberilmegine garaşýar: { $count }.
offline-storage = Enjamda eýelenen ýer: { $size }.
offline-keep = Sapaklary häzir sakla
offline-kept-now = Enjamda saklanan sahypalar: { $count }.
offline-forget = Saklanan hemme zady aýyr
offline-forgotten = Aýryldy. «Sapaklary häzir sakla» düwmesini saýlaýançaňyz, bu enjamda hiç zat saklanmaz.
offline-empty = Siz entek hiç bir modula ýazylmadyňyz.
offline-you-are-offline = Aragatnaşyk ýok. Şu enjamda saklanan sapaklary okap bolýar.
offline-queued = Enjamda saklandy. Aragatnaşyk dikelende iberiler.
offline-sent = Aragatnaşyksyz edilenler iberildi.
offline-submit-later = Aragatnaşyk ýok: jogaplaryňyz şu enjamda saklandy. Aragatnaşyk dikelende testi iberiň.

## "Download module": one HTML file with every lesson, to read without a connection.
download-module = Moduly bir faýl edip ýükläp al
download-size-kb = { $kb } KB
download-module-hint = Ähli sapaklar suratlary bilen bir sahypada, ol islendik brauzerde aragatnaşyksyz açylýar.
download-footer = Raýat jemgyýeti web-akademiýasyndan ýüklendi. Modul saýtda:
