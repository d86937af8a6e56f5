## Sistemin vəziyyəti: administratorun səhifəsi.

ops-status-title = Sistemin vəziyyəti
ops-version = Versiya
ops-database = Verilənlər bazası
ops-size-mb = { $size } MB
ops-replica = Oxumaq üçün replika
ops-replica-none = tənzimlənməyib
ops-migrations = Sxem miqrasiyaları
ops-migrations-applied = Tətbiq olunub: { $count }
ops-migrations-pending = Tətbiqi gözləyir: { $count }
ops-migrations-current = Verilənlər bazasının sxemi aktualdır.
ops-outbox = Məktub növbəsi
ops-outbox-pending = Göndərilməyi gözləyir
ops-outbox-failed = Göndərilə bilmədi
ops-outbox-last-error = Son xəta
ops-certificates-issued = Verilmiş sertifikatlar
ops-backup = Ehtiyat nüsxələr
ops-backup-last = Son nüsxə
ops-backup-none = Hələ heç bir ehtiyat nüsxə götürülməyib. «academy backup» əmrinin müntəzəm işə salınmasını tənzimləyin.
ops-metrics-hint = Prometheus üçün göstəricilər:
admin-status-link = Sistemin vəziyyəti

## The staff's start page (/manage): one header link for all their tools.
nav-manage = İdarəetmə
manage-title = Akademiyanın idarə edilməsi
manage-intro = Rolunuzun verdiyi alətlər.
manage-reports = Qeydiyyatlar, tamamlamalar və sertifikatlar — ölkələr, cins, təşkilatlar və dövrlər üzrə, donorlar üçün; CSV və Excel formatında yükləmə.
manage-certificates = Verilmiş sertifikatı tapmaq, səbəbini göstərərək onu ləğv etmək.
manage-author = Modulları və testləri yazmaq, tərcümə etmək və dərc etmək.
manage-users = Hesablar və rollar.
manage-status = Versiya, verilənlər bazası, məktub növbəsi və son ehtiyat nüsxə.
