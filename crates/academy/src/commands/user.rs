use std::process::ExitCode;

use clap::Subcommand;
use courses::Lang;
use enrollment::accounts::{self, Email, NewAccount, PersonName, Role};
use enrollment::password;

use super::{open_database, CmdResult};

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. Without --password a one-time password is generated and printed.
    Create {
        #[arg(long)]
        email: String,
        /// learner, translator, instructor, staff or admin.
        #[arg(long, default_value = "learner")]
        role: String,
        /// Display name (default: the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        /// Preferred language: ru kk ky tg tk uz az en.
        #[arg(long, default_value = "ru")]
        lang: String,
        /// Read the password from this environment variable instead of generating one.
        #[arg(long, value_name = "ENV_VAR")]
        password_env: Option<String>,
    },
}

pub fn run(settings: &web::Settings, cmd: UserCommand) -> CmdResult {
    match cmd {
        UserCommand::Create {
            email,
            role,
            name,
            lang,
            password_env,
        } => {
            let email = Email::parse(&email)
                .map_err(|_| anyhow::anyhow!("{email:?} is not a valid email address"))?;
            let role = Role::parse(&role).map_err(|_| {
                anyhow::anyhow!(
                    "unknown role {role:?}: use learner, translator, instructor, staff or admin"
                )
            })?;
            let language = Lang::from_code(&lang).ok_or_else(|| {
                anyhow::anyhow!("unknown language {lang:?}: use ru kk ky tg tk uz az en")
            })?;
            let default_name = email
                .as_str()
                .split('@')
                .next()
                .unwrap_or("user")
                .to_string();
            let display_name = PersonName::parse(name.as_deref().unwrap_or(&default_name))
                .map_err(|_| anyhow::anyhow!("the name must be 1 to 120 characters"))?;
            let (password, generated) = match password_env {
                Some(var) => (
                    std::env::var(&var)
                        .map_err(|_| anyhow::anyhow!("environment variable {var} is not set"))?,
                    false,
                ),
                None => (password::generate(), true),
            };
            let db = open_database(settings)?;
            enrollment::health::migrate(&db)?;
            let account = accounts::create(
                &db,
                NewAccount {
                    email,
                    password: password.clone(),
                    display_name,
                    role,
                    language,
                    must_change_password: generated,
                },
            )
            .map_err(|e| match e {
                enrollment::Error::EmailTaken => {
                    anyhow::anyhow!("an account with this email already exists")
                }
                enrollment::Error::WeakPassword => {
                    anyhow::anyhow!("the password must be 10 to 256 characters")
                }
                other => other.into(),
            })?;
            println!(
                "created {} account {} (id {})",
                role.as_str(),
                account.email,
                account.id
            );
            if generated {
                println!("one-time password: {password}");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
