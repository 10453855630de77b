//! The MAP primitives every MAP-based crate shares (TS 29.002 MAP-CommonDataTypes and
//! MAP-ExtensionDataTypes, map-sms.md §7 and §9): [`Tbcd`] and [`Imsi`], [`AddressString`]
//! (also ISDN-AddressString), [`Lmsi`], and the [`ExtensionContainer`] with its
//! [`PrivateExtension`]s and PCS-Extensions kept as borrowed raw elements.
//!
//! Each decodes from an [`Element`](crate::Element) whose tag the caller has already matched
//! (MAP fields are IMPLICIT context tags, map-sms.md §1), and encodes with a caller-chosen tag.
//!
//! ```
//! use smsip_ber::{AddressString, BerReader, Imsi, Tag};
//! // RoutingInfoForSM-Res, map-sms.md §13.3: imsi, then [0] locationInfoWithLMSI { [1] networkNode-Number ... }
//! let res = [
//!     0x30, 0x30, 0x04, 0x08, 0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9, 0xA0, 0x1C, 0x81, 0x07,
//!     0x91, 0x44, 0x77, 0x00, 0x09, 0x50, 0xF0, 0x04, 0x04, 0x01, 0x02, 0x03, 0x04, 0x85, 0x00, 0xA6,
//!     0x09, 0x80, 0x07, 0x91, 0x44, 0x77, 0x00, 0x09, 0x60, 0x00, 0xA5, 0x06, 0x02, 0x01, 0x1E, 0x02,
//!     0x01, 0x3C,
//! ];
//! let mut seq = BerReader::new(&res).enter(Tag::SEQUENCE, "RoutingInfoForSM-Res")?;
//! let imsi = Imsi::from_element(seq.expect(Tag::OCTET_STRING, "imsi")?)?;
//! assert_eq!(imsi.to_string(), "001010123456789");
//! let mut li = seq.enter(Tag::context(0), "locationInfoWithLMSI")?;
//! let nn = AddressString::from_element_isdn(li.expect(Tag::context(1), "networkNode-Number")?)?;
//! assert_eq!(nn.to_string(), "+44770090050");
//! # Ok::<(), smsip_ber::DecodeError>(())
//! ```

mod address_string;
mod extension;
mod lmsi;
mod tbcd;

pub use address_string::{
    AddressString, NatureOfAddress, NumberingPlan, MAX_ADDRESS_LENGTH, MAX_ISDN_ADDRESS_LENGTH,
};
pub use extension::{
    ExtensionContainer, PrivateExtension, PrivateExtensions, MAX_NUM_OF_PRIVATE_EXTENSIONS,
};
pub use lmsi::Lmsi;
pub use tbcd::{Imsi, Tbcd};
