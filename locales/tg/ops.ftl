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

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Идоракунӣ
manage-title = Идораи Академия
manage-intro = Абзорҳое, ки нақши шумо медиҳад.
manage-reports = Сабти ном, анҷомдиҳӣ ва сертификатҳо аз рӯи кишварҳо, ҷинс, ташкилотҳо ва давраҳо барои донорҳо; боргирӣ дар шакли CSV ва Excel.
manage-certificates = Ёфтани сертификати додашуда, бекор кардани он бо нишон додани сабаб.
manage-author = Навиштан, тарҷума ва нашр кардани модулҳо ва тестҳо.
manage-users = Ҳисобҳо ва нақшҳо.
manage-status = Версия, пойгоҳи додаҳо, навбати мактубҳо ва нусхаи эҳтиётии охирин.
