//! The certificate PDF with its labels in the print language: one function shared by
//! the download route and the email that announces a new certificate.

use certificates::{Labels, SignedPayload};
use courses::Lang;

use crate::render::Renderer;

/// Renders `payload` (already signed for `lang`) as the A4 certificate.
pub fn render(
    renderer: &Renderer,
    payload: &SignedPayload,
    lang: Lang,
) -> Result<Vec<u8>, enrollment::Error> {
    let heading = renderer.message(lang, "certificate-pdf-heading");
    let issued_by = renderer.message(lang, "certificate-pdf-issued-by");
    let certificate_id = renderer.message(lang, "certificate-pdf-id");
    let verify_at = renderer.message(lang, "certificate-pdf-verify-at");
    let labels = Labels {
        heading: &heading,
        issued_by: &issued_by,
        certificate_id: &certificate_id,
        verify_at: &verify_at,
    };
    certificates::render_pdf(payload, &labels, renderer.public_url())
        .map_err(|e| enrollment::Error::ContentFile(format!("certificate PDF: {e}")))
}

/// The file name a certificate is downloaded or attached as.
pub fn file_name(id: &str, lang: Lang) -> String {
    format!("certificate-{id}-{}.pdf", lang.code())
}
