//! Pages rendered once and sent to every visitor who sees them the same way.
//!
//! The public catalogue is the page most visitors open first, often on a slow phone
//! connection, and it is the same for everyone who is not signed in: the same language,
//! display preferences and catalogue give the same bytes. Rendering its forty modules in
//! eight languages took most of its time, so the rendered page is kept with the
//! catalogue it was built from and reused until that catalogue is replaced (an import or
//! a publish makes a new one; `enrollment::catalog::catalogue_shared`).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use enrollment::catalog::Catalogue;

use crate::page::{RenderedPage, SharedKey};

/// A bound on the kept pages: eight languages × a few display choices × a few pages fit
/// many times over; a flood of distinct keys just starts the cache again.
const MAX_PAGES: usize = 512;

/// A rendered page and the catalogue it was rendered from.
type Kept = (Arc<Catalogue>, Arc<RenderedPage>);

#[derive(Default)]
pub struct SharedPages {
    pages: RwLock<HashMap<SharedKey, Kept>>,
}

impl SharedPages {
    /// The page kept under `key`, if it was rendered from `source`.
    pub fn get(&self, key: &SharedKey, source: &Arc<Catalogue>) -> Option<Arc<RenderedPage>> {
        let pages = self.pages.read().unwrap_or_else(|e| e.into_inner());
        pages
            .get(key)
            .filter(|(from, _)| Arc::ptr_eq(from, source))
            .map(|(_, page)| page.clone())
    }

    /// Keeps `page`, rendered from `source`, unless it belongs to one visitor.
    pub fn put(&self, key: SharedKey, source: Arc<Catalogue>, page: Arc<RenderedPage>) {
        if page.personal {
            return;
        }
        let mut pages = self.pages.write().unwrap_or_else(|e| e.into_inner());
        if pages.len() >= MAX_PAGES && !pages.contains_key(&key) {
            pages.clear();
        }
        pages.insert(key, (source, page));
    }
}
