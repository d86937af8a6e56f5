//! Diesel table definitions, written by hand for both backends: only portable types.

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        password_hash -> Text,
        display_name -> Text,
        certificate_name -> Text,
        role -> Text,
        language -> Text,
        country -> Text,
        gender -> Nullable<Text>,
        org_type -> Nullable<Text>,
        org_name -> Nullable<Text>,
        wants_accommodations -> Bool,
        email_verified_at -> Nullable<Timestamp>,
        must_change_password -> Bool,
        session_epoch -> Integer,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    levels (id) {
        id -> BigInt,
        slug -> Text,
        position -> Integer,
        data -> Text,
        active -> Bool,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    modules (id) {
        id -> BigInt,
        slug -> Text,
        level_id -> BigInt,
        position -> Integer,
        current_version -> Integer,
        active -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    module_versions (id) {
        id -> BigInt,
        module_id -> BigInt,
        version -> Integer,
        content_hash -> Text,
        data -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    lesson_pages (id) {
        id -> BigInt,
        module_version_id -> BigInt,
        lesson_slug -> Text,
        position -> Integer,
        lang -> Text,
        title -> Text,
        html -> Text,
    }
}

diesel::table! {
    module_images (id) {
        id -> BigInt,
        module_version_id -> BigInt,
        file_name -> Text,
        content_type -> Text,
        bytes -> Binary,
    }
}

diesel::joinable!(modules -> levels (level_id));
diesel::joinable!(module_versions -> modules (module_id));
diesel::joinable!(lesson_pages -> module_versions (module_version_id));
diesel::joinable!(module_images -> module_versions (module_version_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    levels,
    modules,
    module_versions,
    lesson_pages,
    module_images
);
