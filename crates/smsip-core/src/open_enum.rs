//! The open-enum macro for registry values.

/// Declares an *open enum*: a newtype over an integer with a named constant per assigned value.
///
/// Unknown and reserved values are representable (so they round-trip); `name()` gives the
/// constant's name, `description()` the spec's text, `Debug` prints `Type::NAME` or
/// `Type(0x..)`, `Display` prints the spec text or `reserved (0x..)`.
///
/// A crate that uses the macro declares an `arbitrary` feature (the macro derives
/// `arbitrary::Arbitrary` under it).
///
/// ```
/// smsip_core::open_enum! {
///     /// TP-CT (TS 23.040 §9.2.3.19).
///     pub struct CommandType(u8) {
///         /// Enquiry relating to a previously submitted short message.
///         ENQUIRY = 0x00 => "enquiry relating to previously submitted short message",
///         /// Delete previously submitted short message.
///         DELETE = 0x02 => "delete previously submitted short message",
///     }
/// }
/// assert_eq!(format!("{:?}", CommandType::DELETE), "CommandType::DELETE");
/// assert_eq!(format!("{:?}", CommandType(0x30)), "CommandType(0x30)");
/// assert_eq!(CommandType(0x02).name(), Some("DELETE"));
/// assert!(CommandType(0x30).description().is_none());
/// ```
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident($int:ty) {
            $( $(#[$vmeta:meta])* $variant:ident = $value:literal => $text:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        #[repr(transparent)]
        $vis struct $name(pub $int);

        #[allow(missing_docs)]
        impl $name {
            $( $(#[$vmeta])* pub const $variant: $name = $name($value); )*

            /// Every named value, in declaration order.
            pub const NAMED: &'static [$name] = &[$( $name($value), )*];

            /// The constant's name for an assigned value.
            pub const fn name(self) -> ::core::option::Option<&'static str> {
                match self.0 {
                    $( $value => ::core::option::Option::Some(stringify!($variant)), )*
                    _ => ::core::option::Option::None,
                }
            }

            /// The spec's text for an assigned value.
            pub const fn description(self) -> ::core::option::Option<&'static str> {
                match self.0 {
                    $( $value => ::core::option::Option::Some($text), )*
                    _ => ::core::option::Option::None,
                }
            }

            /// The value as sent on the wire.
            #[inline]
            pub const fn value(self) -> $int {
                self.0
            }
        }

        impl ::core::convert::From<$int> for $name {
            #[inline]
            fn from(v: $int) -> Self {
                $name(v)
            }
        }

        impl ::core::convert::From<$name> for $int {
            #[inline]
            fn from(v: $name) -> $int {
                v.0
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.name() {
                    ::core::option::Option::Some(n) => write!(f, "{}::{}", stringify!($name), n),
                    ::core::option::Option::None => write!(f, "{}({:#04x})", stringify!($name), self.0),
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self.description() {
                    ::core::option::Option::Some(d) => f.write_str(d),
                    ::core::option::Option::None => write!(f, "reserved ({:#04x})", self.0),
                }
            }
        }
    };
}
