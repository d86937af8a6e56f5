## Вазъи система: саҳифаи маъмур.

ops-status-title = Вазъи система
ops-version = Версия
ops-database = Пойгоҳи додаҳо
ops-size-mb = { $size } МБ
ops-replica = Нусхаи иловагӣ барои хондан
ops-replica-none = танзим нашудааст
ops-migrations = Муҳоҷирати схема
ops-migrations-applied = Татбиқшуда: { $count }
ops-migrations-pending = Интизори татбиқ: { $count }
ops-migrations-current = Схемаи пойгоҳи додаҳо навтарин аст.
ops-outbox = Навбати мактубҳо
ops-outbox-pending = Интизори фиристодан
ops-outbox-failed = Фиристода нашуд
ops-outbox-last-error = Хатои охирин
ops-certificates-issued = Сертификатҳои додашуда
ops-backup = Нусхаи эҳтиётӣ
ops-backup-last = Нусхаи охирин
ops-backup-none = Ҳоло ягон нусхаи эҳтиётӣ гирифта нашудааст. Иҷрои мунтазами «academy backup»-ро танзим кунед.
ops-metrics-hint = Нишондиҳандаҳо барои Prometheus:
admin-status-link = Вазъи система
