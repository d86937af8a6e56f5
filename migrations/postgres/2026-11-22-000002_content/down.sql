DROP TABLE module_images;
DROP TABLE lesson_pages;
DROP TABLE module_versions;
DROP INDEX modules_level;
DROP TABLE modules;
DROP TABLE levels;
