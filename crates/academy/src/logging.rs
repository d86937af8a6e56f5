//! Logs go to stderr: human-readable text, or JSON lines for collectors. `RUST_LOG`
//! overrides the default level.

use tracing_subscriber::EnvFilter;

pub fn init(format: web::LogFormat) {
    // actix_web_prom warns on every request whose route has a parameter, although it then
    // labels it with the route pattern, which is what we want.
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("info,actix_server=warn,actix_web=warn,actix_web_prom=error")
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        web::LogFormat::Json => builder.json().init(),
        web::LogFormat::Text => builder.init(),
    }
}
