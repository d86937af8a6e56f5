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
