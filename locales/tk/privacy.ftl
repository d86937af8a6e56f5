## The learner's own data: the JSON download and deleting the account.

privacy-title = Siziň maglumatlaryňyz
privacy-intro = Akademiýanyň siz barada saklaýan ähli maglumatlaryny bir JSON faýly görnüşinde ýükläp alyp bilersiňiz: profil, modullara ýazylmalar, öňegidişlik, jogaplaryňyz bilen test synanyşyklary, sertifikatlar, siz baradaky žurnal ýazgylary we enjamlardan girişler.
privacy-download = Maglumatlarymy ýükläp almak (JSON)
privacy-delete-link = Hasabymy pozmak
delete-title = Hasaby pozmak
delete-intro = Pozmagy yzyna gaýtaryp bolmaýar. Ilki bilen maglumatlaryňyzy ýükläp alyp bilersiňiz.
delete-erases = Profiliňiz, e-poçta salgyňyz, modullara ýazylmalaryňyz, öňegidişligiňiz, jogaplaryňyz bilen test synanyşyklary we enjamlardan girişler pozular.
delete-certificates = Sertifikatlaryňyzy açyk galdyrmasaňyz, olar mundan beýläk barlagdan geçmez.
delete-reports = Akademiýanyň hasabatlarynda siziň işleriňiz mundan beýläk hasaba alynmaz.
delete-keep-public = Açyk sertifikatlarymy barlanyp bolýan ýagdaýda galdyrmak
delete-keep-public-hint = Iş beriji sertifikaty QR-kody arkaly henizem barlap biler: sertifikatdaky adyňyz, sertifikatyň ady we senesi galar. Gizlin sertifikatlar her halda pozulýar.
delete-confirm = Hasaby düýbünden pozmak
delete-cancel = Ýatyr we profile gaýt
account-deleted = Hasabyňyz we ähli maglumatlaryňyz pozuldy.
account-deleted-kept = Hasabyňyz we ähli maglumatlaryňyz pozuldy. Açyk sertifikatlaryňyz barlanyp bolýan ýagdaýda galýar.
