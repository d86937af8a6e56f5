//! Writes a sample certificate PDF to the path given (default `certificate.pdf`), signed
//! with a throwaway key: `cargo run -p certificates --example render_sample -- out.pdf kk`.

use certificates::{
    render_pdf, sign, CertificateData, CertificateId, IssuerKey, KeyId, Kind, Labels, Lang,
    NewCertificate,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args.next().unwrap_or_else(|| "certificate.pdf".to_owned());
    let lang = args
        .next()
        .and_then(|c| Lang::from_code(&c))
        .unwrap_or(Lang::Kk);
    let key = IssuerKey::generate(KeyId::new("sample")?);
    let data = CertificateData::new(NewCertificate {
        id: CertificateId::random(),
        kind: Kind::Level,
        holder_name: "Һәдия Ғалымқызы Қуанышова",
        title: "Өңірлік әлеуметтік жобаларды үйлестіру және азаматтық қоғам ұйымдарының есептілігі",
        lang,
        completed_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 5).ok_or("date")?,
        key_id: key.key_id().clone(),
    })?;
    let labels = Labels {
        heading: "Certificate of completion",
        issued_by: "Issued by",
        certificate_id: "Certificate ID",
        verify_at: "Verify at",
    };
    let pdf = render_pdf(
        &sign(&data, key.signing_key()),
        &labels,
        "https://academy.example.org",
    )?;
    std::fs::write(&out, pdf)?;
    println!("{out}");
    Ok(())
}
