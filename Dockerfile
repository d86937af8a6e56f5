# CSO Web Academy in a container: a static (musl) `academy` binary on a distroless
# base, running as a non-root user. See docs/deploy.md, "Containers".
#
#   docker build -t cso-academy .
#   docker run -p 8080:8080 -v academy-data:/var/lib/academy \
#     -e ACADEMY_PUBLIC_URL=https://academy.example.org cso-academy
#
# SQLite, libpq and OpenSSL are compiled into the binary (bundled/vendored in
# Cargo.toml), so the runtime image needs no C libraries at all.

FROM rust:1-slim-bookworm AS build
# musl-tools: the static C toolchain for the bundled SQLite and libpq; perl and make
# build the vendored OpenSSL.
RUN apt-get update \
 && apt-get install -y --no-install-recommends musl-tools perl make \
 && rm -rf /var/lib/apt/lists/* \
 && rustup target add x86_64-unknown-linux-musl
WORKDIR /src
COPY . .
RUN cargo build --release --locked --target x86_64-unknown-linux-musl --bin academy \
 && install -D -m 0755 target/x86_64-unknown-linux-musl/release/academy /out/academy \
 && mkdir -p /out/data

# No shell, no package manager; uid 65532 ("nonroot").
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/academy /usr/local/bin/academy
COPY --chown=65532:65532 locales /opt/academy/locales
COPY --chown=65532:65532 course-content /opt/academy/course-content
COPY --from=build --chown=65532:65532 /out/data /var/lib/academy
ENV ACADEMY_BIND=0.0.0.0:8080 \
    ACADEMY_DATA_DIR=/var/lib/academy \
    DATABASE_URL=/var/lib/academy/academy.db \
    ACADEMY_LOCALES_DIR=/opt/academy/locales \
    ACADEMY_CONTENT_DIR=/opt/academy/course-content \
    ACADEMY_LOG_FORMAT=json
USER 65532:65532
WORKDIR /var/lib/academy
VOLUME ["/var/lib/academy"]
EXPOSE 8080
# Liveness: GET /healthz; readiness (load balancers, Kubernetes): GET /readyz.
ENTRYPOINT ["/usr/local/bin/academy"]
CMD ["serve"]
