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

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Башкаруу
manage-title = Академияны башкаруу
manage-intro = Сиздин ролуңузга жеткиликтүү куралдар.
manage-reports = Курстарга катталуу, аяктоо жана сертификаттар — өлкөлөр, жынысы, уюмдар жана мезгилдер боюнча, донорлор үчүн; CSV жана Excel түрүндө жүктөө.
manage-certificates = Берилген сертификатты табуу, себебин көрсөтүп, аны кайра чакыруу.
manage-author = Модулдарды жана тесттерди жазуу, которуу жана жарыялоо.
manage-users = Каттоо эсептери жана ролдор.
manage-status = Версия, маалымат базасы, каттар кезеги жана акыркы камдык көчүрмө.
