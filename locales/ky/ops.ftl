## Системанын абалы: администратордун барагы.

ops-status-title = Системанын абалы
ops-version = Версия
ops-database = Маалымат базасы
ops-size-mb = { $size } МБ
ops-replica = Окуу үчүн реплика
ops-replica-none = жөндөлгөн эмес
ops-migrations = Схема миграциялары
ops-migrations-applied = Колдонулду: { $count }
ops-migrations-pending = Колдонулушун күтүүдө: { $count }
ops-migrations-current = Маалымат базасынын схемасы актуалдуу.
ops-outbox = Каттардын кезеги
ops-outbox-pending = Жөнөтүлүүнү күтүүдө
ops-outbox-failed = Жөнөтүлгөн жок
ops-outbox-last-error = Акыркы ката
ops-certificates-issued = Берилген сертификаттар
ops-backup = Камдык көчүрмө
ops-backup-last = Акыркы көчүрмө
ops-backup-none = Камдык көчүрмө азырынча жасала элек. «academy backup» буйругун үзгүлтүксүз иштетүүнү жөндөңүз.
ops-metrics-hint = Prometheus үчүн көрсөткүчтөр:
admin-status-link = Системанын абалы
