## Жүйе күйі: әкімшінің беті.

ops-status-title = Жүйе күйі
ops-version = Нұсқа
ops-database = Дерекқор
ops-size-mb = { $size } МБ
ops-replica = Оқуға арналған реплика
ops-replica-none = бапталмаған
ops-migrations = Схема миграциялары
ops-migrations-applied = Қолданылғаны: { $count }
ops-migrations-pending = Қолдануды күтуде: { $count }
ops-migrations-current = Дерекқор схемасы өзекті.
ops-outbox = Хаттар кезегі
ops-outbox-pending = Жіберуді күтуде
ops-outbox-failed = Жіберілмеді
ops-outbox-last-error = Соңғы қате
ops-certificates-issued = Берілген сертификаттар
ops-backup = Сақтық көшірме
ops-backup-last = Соңғы көшірме
ops-backup-none = Сақтық көшірме әлі жасалмаған. «academy backup» командасын тұрақты іске қосуды баптаңыз.
ops-metrics-hint = Prometheus үшін көрсеткіштер:
admin-status-link = Жүйе күйі
