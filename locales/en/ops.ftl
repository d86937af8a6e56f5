## System status: the administrator's page.

ops-status-title = System status
ops-version = Version
ops-database = Database
ops-size-mb = { $size } MB
ops-replica = Read replica
ops-replica-none = not configured
ops-migrations = Schema migrations
ops-migrations-applied = Applied: { $count }
ops-migrations-pending = Waiting to be applied: { $count }
ops-migrations-current = The database schema is up to date.
ops-outbox = Email queue
ops-outbox-pending = Waiting to be sent
ops-outbox-failed = Could not be sent
ops-outbox-last-error = Latest error
ops-certificates-issued = Certificates issued
ops-backup = Backups
ops-backup-last = Latest backup
ops-backup-none = No backup has been taken yet. Schedule “academy backup” to run regularly.
ops-metrics-hint = Metrics for Prometheus:
admin-status-link = System status
