DROP INDEX module_authors_user;
DROP TABLE translation_sources;
DROP TABLE module_draft_files;
DROP TABLE module_drafts;
DROP TABLE module_authors;
DROP TABLE level_sources;
DROP TABLE module_version_files;
