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

## The staff's start page (/manage): one header link for all their tools.
nav-manage = Manage
manage-title = Manage the Academy
manage-intro = The tools your role gives you.
manage-reports = Enrolments, completions and certificates by country, gender, organisation and period, for donors; CSV and Excel downloads.
manage-certificates = Find an issued certificate, revoke one with a reason.
manage-author = Write, translate and publish modules and quizzes.
manage-users = Accounts and roles.
manage-status = Version, database, outgoing mail and the last backup.
