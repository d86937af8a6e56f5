## Состояние системы: страница администратора.

ops-status-title = Состояние системы
ops-version = Версия
ops-database = База данных
ops-size-mb = { $size } МБ
ops-replica = Реплика для чтения
ops-replica-none = не настроена
ops-migrations = Миграции схемы
ops-migrations-applied = Применено: { $count }
ops-migrations-pending = Ожидают применения: { $count }
ops-migrations-current = Схема базы данных актуальна.
ops-outbox = Очередь писем
ops-outbox-pending = Ждут отправки
ops-outbox-failed = Не удалось отправить
ops-outbox-last-error = Последняя ошибка
ops-certificates-issued = Выдано сертификатов
ops-backup = Резервное копирование
ops-backup-last = Последняя копия
ops-backup-none = Резервных копий ещё не было. Настройте регулярный запуск «academy backup».
ops-metrics-hint = Показатели для Prometheus:
admin-status-link = Состояние системы

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Управление
manage-title = Управление Академией
manage-intro = Инструменты, доступные вашей роли.
manage-reports = Записи на курсы, завершения и сертификаты по странам, полу, организациям и периодам — для доноров; выгрузка в CSV и Excel.
manage-certificates = Найти выданный сертификат, отозвать его с указанием причины.
manage-author = Писать, переводить и публиковать модули и тесты.
manage-users = Учётные записи и роли.
manage-status = Версия, база данных, очередь писем и последняя резервная копия.
