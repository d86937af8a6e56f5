//! The closed vocabularies of a learner's profile. Stored as these codes; each code has
//! a Fluent message (`country-kz`, `gender-female`, `org-type-cso`…) for display.

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, [$($variant:ident => $code:literal),+ $(,)?]) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn parse(code: &str) -> Option<$name> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The Fluent message id of this value's label.
            pub fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.code())
            }
        }
    };
}

vocabulary!(
    /// Where the learner lives and works: the six countries the Academy serves, or other.
    Country, "country", [
        Azerbaijan => "az",
        Kazakhstan => "kz",
        Kyrgyzstan => "kg",
        Tajikistan => "tj",
        Turkmenistan => "tm",
        Uzbekistan => "uz",
        Other => "other",
    ]
);

vocabulary!(
    /// Optional; used only in aggregate reports.
    Gender, "gender", [
        Female => "female",
        Male => "male",
        Other => "other",
        PreferNotToSay => "undisclosed",
    ]
);

vocabulary!(
    /// Optional; used only in aggregate reports.
    OrgType, "org-type", [
        Cso => "cso",
        InitiativeGroup => "initiative",
        Academia => "academia",
        Youth => "youth",
        Volunteer => "volunteer",
        SocialEntrepreneur => "social-enterprise",
        Government => "government",
        International => "international",
        Other => "other",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for c in Country::ALL {
            assert_eq!(Country::parse(c.code()), Some(*c));
        }
        for g in Gender::ALL {
            assert_eq!(Gender::parse(g.code()), Some(*g));
        }
        for o in OrgType::ALL {
            assert_eq!(OrgType::parse(o.code()), Some(*o));
        }
        assert_eq!(Country::Kazakhstan.message_id(), "country-kz");
        assert_eq!(Country::parse("ru"), None);
    }
}
