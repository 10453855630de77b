//! Relay-layer timers (TS 24.011 §10, Table 10.1), as defaults for a caller's clock.
//!
//! The spec gives ranges; the values here are the ones libosmocore uses
//! (`GSM411_TMR_TR1M` = 40 s, `GSM411_TMR_TRAM` = 30 s, `GSM411_TMR_TR2M` = 15 s).

use core::time::Duration;

/// TR1M: the sender of RP-DATA waits this long for RP-ACK / RP-ERROR (35-45 s).
pub const TR1M: Duration = Duration::from_secs(40);

/// TRAM: the sender of RP-SMMA waits this long for RP-ACK / RP-ERROR (25-35 s).
pub const TRAM: Duration = Duration::from_secs(30);

/// TR2M: the receiver of RP-DATA sends its RP-ACK / RP-ERROR within this time (12-20 s).
pub const TR2M: Duration = Duration::from_secs(15);
