## Ulgamyň ýagdaýy: administratoryň sahypasy.

ops-status-title = Ulgamyň ýagdaýy
ops-version = Wersiýa
ops-database = Maglumatlar binýady
ops-size-mb = { $size } MB
ops-replica = Okamak üçin replika
ops-replica-none = sazlanmadyk
ops-migrations = Shemanyň migrasiýalary
ops-migrations-applied = Ulanyldy: { $count }
ops-migrations-pending = Ulanylmagyna garaşýar: { $count }
ops-migrations-current = Maglumatlar binýadynyň shemasy täzelenen.
ops-outbox = Hatlaryň nobaty
ops-outbox-pending = Iberilmegine garaşýar
ops-outbox-failed = Iberip bolmady
ops-outbox-last-error = Soňky ýalňyşlyk
ops-certificates-issued = Berlen sertifikatlar
ops-backup = Ätiýaçlyk nusgalary
ops-backup-last = Soňky nusga
ops-backup-none = Entek hiç hili ätiýaçlyk nusga alynmady. «academy backup» buýrugynyň yzygiderli işledilmegini sazlaň.
ops-metrics-hint = Prometheus üçin görkezijiler:
admin-status-link = Ulgamyň ýagdaýy

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Dolandyryş
manage-title = Akademiýany dolandyrmak
manage-intro = Siziň rolyňyza elýeterli gurallar.
manage-reports = Ýazylmalar, tamamlamalar we sertifikatlar — ýurtlar, jyns, guramalar we döwürler boýunça, donorlar üçin; CSV we Excel görnüşinde ýükläp almak.
manage-certificates = Berlen sertifikaty tapmak, sebäbini görkezip, ony ýatyrmak.
manage-author = Modullary we testleri ýazmak, terjime etmek we neşir etmek.
manage-users = Hasaplar we rollar.
manage-status = Wersiýa, maglumatlar bazasy, hatlaryň nobaty we soňky ätiýaçlyk nusga.
