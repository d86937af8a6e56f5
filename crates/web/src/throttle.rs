//! The per-client-address half of the brute-force limits (the per-account half is in
//! `enrollment::throttle`, in the database). Client addresses live only here, in this
//! instance's memory: never written to the database, never logged, forgotten an hour
//! after their last failure. IPv6 addresses count per /64, the block one household or
//! phone usually gets.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

use actix_web::HttpRequest;
use chrono::{Duration, NaiveDateTime, Utc};
use enrollment::throttle::{Policy, State, RESET_CLIENT, SIGN_IN_CLIENT};

/// Entries kept before forgotten ones are swept; if more than this many are still
/// remembered then, only locked ones stay, so a flood of sources cannot exhaust memory
/// (at most twice this many entries besides locked ones).
const SWEEP_AT: usize = 50_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    SignIn,
    Reset,
}

impl Action {
    fn policy(self) -> Policy {
        match self {
            Action::SignIn => SIGN_IN_CLIENT,
            Action::Reset => RESET_CLIENT,
        }
    }
}

/// A client address as counted: IPv4 as is, IPv6 by its /64 prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Client(u128);

impl Client {
    fn of(ip: IpAddr) -> Client {
        match ip {
            IpAddr::V4(v4) => Client(u32::from(v4) as u128),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Client(u32::from(v4) as u128),
                None => Client(((u128::from(v6) >> 64) << 64) | (1 << 32)),
            },
        }
    }
}

#[derive(Default)]
pub struct ClientThrottle {
    entries: Mutex<Entries>,
}

#[derive(Default)]
struct Entries {
    map: HashMap<(Action, Client), State>,
    /// The size at which the next sweep runs (it doubles with what survives one, so
    /// sweeping costs O(1) per insert on average).
    next_sweep: usize,
}

impl ClientThrottle {
    /// The peer address of the connection. (Behind a reverse proxy every learner shares
    /// the proxy's address; see docs/security.md.)
    fn client(req: &HttpRequest) -> Option<Client> {
        req.peer_addr().map(|a| Client::of(a.ip()))
    }

    /// `Err(wait)` while the request's client is locked for `action`.
    pub fn check(&self, req: &HttpRequest, action: Action) -> Result<(), Duration> {
        self.check_at(Self::client(req), action, Utc::now().naive_utc())
    }

    /// Counts one failure (for resets: one request) of the request's client.
    pub fn record(&self, req: &HttpRequest, action: Action) {
        self.record_at(Self::client(req), action, Utc::now().naive_utc())
    }

    fn check_at(
        &self,
        client: Option<Client>,
        action: Action,
        now: NaiveDateTime,
    ) -> Result<(), Duration> {
        let Some(client) = client else { return Ok(()) };
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        match entries.map.get(&(action, client)) {
            Some(state) => action.policy().check(state, now),
            None => Ok(()),
        }
    }

    fn record_at(&self, client: Option<Client>, action: Action, now: NaiveDateTime) {
        let Some(client) = client else { return };
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let before = entries
            .map
            .get(&(action, client))
            .copied()
            .unwrap_or_default();
        entries
            .map
            .insert((action, client), action.policy().record(before, now));
        if entries.map.len() > entries.next_sweep.max(SWEEP_AT) {
            entries
                .map
                .retain(|(a, _), s| !a.policy().is_forgotten(s, now));
            if entries.map.len() > SWEEP_AT {
                // Under a flood, keep only what is locked right now.
                entries
                    .map
                    .retain(|(a, _), s| a.policy().check(s, now).is_err());
            }
            entries.next_sweep = (2 * entries.map.len()).clamp(SWEEP_AT, 2 * SWEEP_AT);
        }
    }

    /// How many client addresses are remembered (for tests).
    pub fn len(&self) -> usize {
        self.entries
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .map
            .len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + secs, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn a_client_is_locked_after_its_free_failures_and_others_are_not() {
        let throttle = ClientThrottle::default();
        let a = Some(Client::of("203.0.113.7".parse().unwrap()));
        let b = Some(Client::of("203.0.113.8".parse().unwrap()));
        for i in 0..SIGN_IN_CLIENT.free {
            assert!(throttle.check_at(a, Action::SignIn, t(i as i64)).is_ok());
            throttle.record_at(a, Action::SignIn, t(i as i64));
        }
        throttle.record_at(a, Action::SignIn, t(30));
        let wait = throttle.check_at(a, Action::SignIn, t(30)).unwrap_err();
        assert_eq!(wait, Duration::seconds(30));
        assert!(throttle.check_at(b, Action::SignIn, t(30)).is_ok());
        assert!(throttle.check_at(a, Action::Reset, t(30)).is_ok());
        assert!(throttle.check_at(a, Action::SignIn, t(60)).is_ok());
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        let one = Client::of("2001:db8:1:2::1".parse().unwrap());
        let same = Client::of("2001:db8:1:2:ffff::9".parse().unwrap());
        let other = Client::of("2001:db8:1:3::1".parse().unwrap());
        assert_eq!(one, same);
        assert_ne!(one, other);
        assert_eq!(
            Client::of("::ffff:192.0.2.1".parse().unwrap()),
            Client::of("192.0.2.1".parse().unwrap())
        );
        assert_ne!(
            Client::of("::1".parse().unwrap()),
            Client::of("0.0.0.1".parse().unwrap())
        );
    }

    #[test]
    fn memory_stays_bounded_under_a_flood_of_sources() {
        let throttle = ClientThrottle::default();
        for i in 0..(2 * SWEEP_AT as u32 + 10) {
            throttle.record_at(Some(Client::of(IpAddr::V4(i.into()))), Action::Reset, t(0));
        }
        assert!(throttle.len() <= 2 * SWEEP_AT + 1, "{}", throttle.len());
        // Forgotten entries are swept once they are old.
        for i in 0..(2 * SWEEP_AT as u32 + 10) {
            throttle.record_at(
                Some(Client::of(IpAddr::V4((i + 1_000_000).into()))),
                Action::Reset,
                t(7200 + i64::from(i / 1000)),
            );
        }
        assert!(throttle.len() <= 2 * SWEEP_AT + 1, "{}", throttle.len());
    }
}
