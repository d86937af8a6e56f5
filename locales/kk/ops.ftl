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

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Басқару
manage-title = Академияны басқару
manage-intro = Сіздің рөліңізге қолжетімді құралдар.
manage-reports = Курстарға жазылу, аяқтау және сертификаттар — елдер, жыныс, ұйымдар және кезеңдер бойынша, донорлар үшін; CSV және Excel түрінде жүктеу.
manage-certificates = Берілген сертификатты табу, себебін көрсетіп, оны кері қайтарып алу.
manage-author = Модульдер мен тесттерді жазу, аудару және жариялау.
manage-users = Тіркелгілер мен рөлдер.
manage-status = Нұсқа, дерекқор, хаттар кезегі және соңғы сақтық көшірме.
