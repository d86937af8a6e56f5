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
