//! Property tests: for every type, a generated value (built as its owned twin, then borrowed)
//! encodes to octets that decode to an equal value, whose owned copy equals the generated one;
//! `encoded_len` matches; a fixed buffer of that size receives the same octets. Then the same
//! through the dispatcher's enums.

use proptest::collection::vec;
use proptest::option::of;
use proptest::prelude::*;
use smsip_ber::Lmsi;
use smsip_core::SliceSink;
use smsip_map::*;

// ---------------------------------------------------------------------------------------------
// Member strategies (within the SIZE and range constraints decoding enforces)
// ---------------------------------------------------------------------------------------------

fn isdn() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 1..=9)
}
fn addr() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 1..=20)
}
fn imsi() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 3..=8)
}
fn signal_info() -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 1..=200)
}
fn lmsi() -> impl Strategy<Value = Lmsi> {
    any::<[u8; 4]>().prop_map(Lmsi)
}
fn time() -> impl Strategy<Value = Time> {
    any::<u32>().prop_map(Time)
}
fn timer() -> impl Strategy<Value = u16> {
    30u16..=600
}
fn diag() -> impl Strategy<Value = AbsentSubscriberDiagnosticSm> {
    any::<u8>().prop_map(AbsentSubscriberDiagnosticSm)
}
fn outcome() -> impl Strategy<Value = SmDeliveryOutcome> {
    any::<u8>().prop_map(SmDeliveryOutcome)
}
fn bits() -> impl Strategy<Value = BitStringOwned> {
    prop_oneof![
        Just(BitStringOwned {
            unused_bits: 0,
            bytes: vec![]
        }),
        (0u8..=7, vec(any::<u8>(), 1..=2))
            .prop_map(|(unused_bits, bytes)| BitStringOwned { unused_bits, bytes }),
    ]
}

/// An ExtensionContainer as its owned twin holds it (the whole element), with the identifier
/// octet of the position it is generated for (re-encoding uses the position's tag).
fn ext(id: u8) -> impl Strategy<Value = Option<Vec<u8>>> {
    let contents: [&[u8]; 4] = [
        &[],
        // privateExtensionList: the IP access flag of map-sms.md §9.
        &[
            0xA0, 0x11, 0x30, 0x0F, 0x06, 0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, 0x81, 0xFD, 0x59,
            0x01, 0x01, 0x01, 0x01, 0xFF,
        ],
        // pcs-Extensions with an addition, and an unknown addition of the container.
        &[0xA1, 0x03, 0x80, 0x01, 0x00, 0x82, 0x00],
        // Two private extensions, the second without extType.
        &[
            0xA0, 0x0C, 0x30, 0x05, 0x06, 0x03, 0x2A, 0x03, 0x04, 0x30, 0x03, 0x06, 0x01, 0x2A,
        ],
    ];
    of(prop::sample::select(contents.to_vec())).prop_map(move |c| {
        c.map(|c| {
            let mut v = vec![id, c.len() as u8];
            v.extend_from_slice(c);
            v
        })
    })
}

/// Unknown extension additions: tags no SM type uses.
fn unknown() -> impl Strategy<Value = Vec<u8>> {
    prop::sample::select(vec![
        vec![],
        vec![0x9F, 0x20, 0x01, 0xAA],
        vec![0xBF, 0x21, 0x03, 0x02, 0x01, 0x01],
        vec![0x9F, 0x7F, 0x00, 0xBF, 0x81, 0x00, 0x80, 0x00, 0x00],
    ])
    .prop_map(|v| {
        // The indefinite-length addition is kept as received.
        v
    })
}

/// A member kept raw (AnyTimeModification): the whole element with context tag `n`.
fn opaque(n: u8) -> impl Strategy<Value = Option<Vec<u8>>> {
    of(prop_oneof![
        Just(vec![0xA0 | n, 0x00]),
        Just(vec![0xA0 | n, 0x03, 0x04, 0x01, 0x07]),
        Just(vec![0x80 | n, 0x01, 0xFF]),
    ])
}

fn correlation_id() -> impl Strategy<Value = CorrelationIdOwned> {
    (
        of(imsi()),
        of(vec(any::<u8>(), 0..40)),
        vec(any::<u8>(), 0..40),
    )
        .prop_map(|(hlr_id, sip_uri_a, sip_uri_b)| CorrelationIdOwned {
            hlr_id,
            sip_uri_a,
            sip_uri_b,
        })
}

fn nnda() -> impl Strategy<Value = NetworkNodeDiameterAddressOwned> {
    (vec(any::<u8>(), 9..=40), vec(any::<u8>(), 9..=40)).prop_map(
        |(diameter_name, diameter_realm)| NetworkNodeDiameterAddressOwned {
            diameter_name,
            diameter_realm,
        },
    )
}

fn additional_number() -> impl Strategy<Value = AdditionalNumberOwned> {
    prop_oneof![
        isdn().prop_map(AdditionalNumberOwned::MscNumber),
        isdn().prop_map(AdditionalNumberOwned::SgsnNumber)
    ]
}

fn sm_rp_da(v1: bool) -> BoxedStrategy<SmRpDaOwned> {
    let v3 = prop_oneof![
        imsi().prop_map(SmRpDaOwned::Imsi),
        lmsi().prop_map(SmRpDaOwned::Lmsi),
        addr().prop_map(SmRpDaOwned::ServiceCentreAddressDa),
        Just(SmRpDaOwned::NoSmRpDa),
    ];
    if v1 {
        prop_oneof![v3, isdn().prop_map(SmRpDaOwned::RoamingNumber)].boxed()
    } else {
        v3.boxed()
    }
}

fn sm_rp_oa() -> impl Strategy<Value = SmRpOaOwned> {
    prop_oneof![
        isdn().prop_map(SmRpOaOwned::Msisdn),
        addr().prop_map(SmRpOaOwned::ServiceCentreAddressOa),
        Just(SmRpOaOwned::NoSmRpOa),
    ]
}

// ---------------------------------------------------------------------------------------------
// Type strategies
// ---------------------------------------------------------------------------------------------

fn sri_sm_arg() -> impl Strategy<Value = RoutingInfoForSmArgOwned> {
    (
        (
            isdn(),
            any::<bool>(),
            addr(),
            of(vec(any::<u8>(), 1..=5)),
            ext(0xA6),
            any::<bool>(),
        ),
        (
            of(0u8..=10),
            of(vec(any::<u8>(), 1..=12)),
            of(any::<u8>()),
            any::<bool>(),
            of(imsi()),
        ),
        (any::<[bool; 3]>(), of(correlation_id()), unknown()),
    )
        .prop_map(
            |(
                (msisdn, pri, sc, ts, ext, gprs),
                (mti, smea, dni, guid, imsi),
                (flags, corr, unknown),
            )| {
                RoutingInfoForSmArgOwned {
                    msisdn,
                    sm_rp_pri: pri,
                    service_centre_address: sc,
                    teleservice: ts,
                    extension_container: ext,
                    gprs_support_indicator: gprs,
                    sm_rp_mti: mti,
                    sm_rp_smea: smea,
                    sm_delivery_not_intended: dni.map(SmDeliveryNotIntended),
                    ip_sm_gw_guidance_indicator: guid,
                    imsi,
                    t4_trigger_indicator: flags[0],
                    single_attempt_delivery: flags[1],
                    correlation_id: corr,
                    smsf_support_indicator: flags[2],
                    unknown,
                }
            },
        )
}

fn guidance() -> impl Strategy<Value = IpSmGwGuidanceOwned> {
    (timer(), timer(), ext(0x30), unknown()).prop_map(|(a, b, e, u)| IpSmGwGuidanceOwned {
        minimum_delivery_time_value: a,
        recommended_delivery_time_value: b,
        extension_container: e,
        unknown: u,
    })
}

fn location_info() -> impl Strategy<Value = LocationInfoWithLmsiOwned> {
    (
        (
            isdn(),
            of(lmsi()),
            ext(0x30),
            any::<bool>(),
            of(additional_number()),
            of(nnda()),
        ),
        (
            of(nnda()),
            of(additional_number()),
            of(nnda()),
            any::<bool>(),
            of(isdn()),
            of(nnda()),
        ),
        (of(isdn()), of(nnda()), any::<[bool; 2]>(), unknown()),
    )
        .prop_map(
            |(
                (nn, lmsi, ext, gprs, add, nnda1),
                (nnda2, third, nnda3, ims, n3g, d3g),
                (nn3g, dn3g, ind, u),
            )| {
                LocationInfoWithLmsiOwned {
                    network_node_number: nn,
                    lmsi,
                    extension_container: ext,
                    gprs_node_indicator: gprs,
                    additional_number: add,
                    network_node_diameter_address: nnda1,
                    additional_network_node_diameter_address: nnda2,
                    third_number: third,
                    third_network_node_diameter_address: nnda3,
                    ims_node_indicator: ims,
                    smsf_3gpp_number: n3g,
                    smsf_3gpp_diameter_address: d3g,
                    smsf_non_3gpp_number: nn3g,
                    smsf_non_3gpp_diameter_address: dn3g,
                    smsf_3gpp_address_indicator: ind[0],
                    smsf_non_3gpp_address_indicator: ind[1],
                    unknown: u,
                }
            },
        )
}

fn sri_sm_res() -> impl Strategy<Value = RoutingInfoForSmResOwned> {
    (
        imsi(),
        location_info(),
        of(any::<bool>()),
        ext(0xA4),
        of(guidance()),
        unknown(),
    )
        .prop_map(|(imsi, li, mwd, ext, g, u)| RoutingInfoForSmResOwned {
            imsi,
            location_info_with_lmsi: li,
            mwd_set: mwd,
            extension_container: ext,
            ip_sm_gw_guidance: g,
            unknown: u,
        })
}

fn mo_fsm_arg() -> impl Strategy<Value = MoForwardSmArgOwned> {
    (
        sm_rp_da(false),
        sm_rp_oa(),
        signal_info(),
        ext(0x30),
        of(imsi()),
        of(correlation_id()),
        of(outcome()),
        unknown(),
    )
        .prop_map(
            |(da, oa, ui, ext, imsi, corr, out, u)| MoForwardSmArgOwned {
                sm_rp_da: da,
                sm_rp_oa: oa,
                sm_rp_ui: ui,
                extension_container: ext,
                imsi,
                correlation_id: corr,
                sm_delivery_outcome: out,
                unknown: u,
            },
        )
}

fn mt_fsm_arg() -> impl Strategy<Value = MtForwardSmArgOwned> {
    (
        (
            sm_rp_da(false),
            sm_rp_oa(),
            signal_info(),
            any::<bool>(),
            ext(0x30),
            of(timer()),
        ),
        (
            of(time()),
            any::<bool>(),
            of(correlation_id()),
            of(time()),
            of(isdn()),
            of(nnda()),
            unknown(),
        ),
    )
        .prop_map(
            |((da, oa, ui, more, ext, timer), (start, ip_only, corr, max, gmsc, gd, u))| {
                MtForwardSmArgOwned {
                    sm_rp_da: da,
                    sm_rp_oa: oa,
                    sm_rp_ui: ui,
                    more_messages_to_send: more,
                    extension_container: ext,
                    sm_delivery_timer: timer,
                    sm_delivery_start_time: start,
                    sms_over_ip_only_indicator: ip_only,
                    correlation_id: corr,
                    maximum_retransmission_time: max,
                    sms_gmsc_address: gmsc,
                    sms_gmsc_diameter_address: gd,
                    unknown: u,
                }
            },
        )
}

fn forward_sm_arg() -> impl Strategy<Value = ForwardSmArgOwned> {
    (
        sm_rp_da(true),
        sm_rp_oa(),
        signal_info(),
        any::<bool>(),
        unknown(),
    )
        .prop_map(|(da, oa, ui, more, u)| ForwardSmArgOwned {
            sm_rp_da: da,
            sm_rp_oa: oa,
            sm_rp_ui: ui,
            more_messages_to_send: more,
            unknown: u,
        })
}

fn mo_fsm_res() -> impl Strategy<Value = MoForwardSmResOwned> {
    (of(signal_info()), ext(0x30), unknown()).prop_map(|(ui, e, u)| MoForwardSmResOwned {
        sm_rp_ui: ui,
        extension_container: e,
        unknown: u,
    })
}

fn mt_fsm_res() -> impl Strategy<Value = MtForwardSmResOwned> {
    (of(signal_info()), ext(0x30), unknown()).prop_map(|(ui, e, u)| MtForwardSmResOwned {
        sm_rp_ui: ui,
        extension_container: e,
        unknown: u,
    })
}

fn rsds_arg(
) -> impl Strategy<Value = smsip_map::report_sm_delivery_status::ReportSmDeliveryStatusArgOwned> {
    (
        (
            isdn(),
            addr(),
            outcome(),
            of(diag()),
            ext(0xA1),
            any::<[bool; 2]>(),
        ),
        (
            of(outcome()),
            of(diag()),
            any::<bool>(),
            of(outcome()),
            of(diag()),
            of(imsi()),
        ),
        (
            any::<bool>(),
            of(correlation_id()),
            any::<[bool; 2]>(),
            of(outcome()),
            of(diag()),
            of(outcome()),
        ),
        (of(diag()), unknown()),
    )
        .prop_map(
            |(
                (m, sc, o, d, e, f1),
                (ao, ad, ip, ipo, ipd, imsi),
                (single, corr, f2, so, sd, sno),
                (snd, u),
            )| {
                smsip_map::report_sm_delivery_status::ReportSmDeliveryStatusArgOwned {
                    msisdn: m,
                    service_centre_address: sc,
                    sm_delivery_outcome: o,
                    absent_subscriber_diagnostic_sm: d,
                    extension_container: e,
                    gprs_support_indicator: f1[0],
                    delivery_outcome_indicator: f1[1],
                    additional_sm_delivery_outcome: ao,
                    additional_absent_subscriber_diagnostic_sm: ad,
                    ip_sm_gw_indicator: ip,
                    ip_sm_gw_sm_delivery_outcome: ipo,
                    ip_sm_gw_absent_subscriber_diagnostic_sm: ipd,
                    imsi,
                    single_attempt_delivery: single,
                    correlation_id: corr,
                    smsf_3gpp_delivery_outcome_indicator: f2[0],
                    smsf_3gpp_delivery_outcome: so,
                    smsf_3gpp_absent_subscriber_diag_sm: sd,
                    smsf_non_3gpp_delivery_outcome_indicator: f2[1],
                    smsf_non_3gpp_delivery_outcome: sno,
                    smsf_non_3gpp_absent_subscriber_diag_sm: snd,
                    unknown: u,
                }
            },
        )
}

fn rsds_res(
) -> impl Strategy<Value = smsip_map::report_sm_delivery_status::ReportSmDeliveryStatusResOwned> {
    (of(isdn()), ext(0x30), unknown()).prop_map(|(m, e, u)| {
        smsip_map::report_sm_delivery_status::ReportSmDeliveryStatusResOwned {
            stored_msisdn: m,
            extension_container: e,
            unknown: u,
        }
    })
}

fn asc_arg() -> impl Strategy<Value = smsip_map::alert::AlertServiceCentreArgOwned> {
    (
        (
            isdn(),
            addr(),
            of(imsi()),
            of(correlation_id()),
            of(time()),
            of(any::<u8>()),
        ),
        (
            of(nnda()),
            of(isdn()),
            of(nnda()),
            of(isdn()),
            of(nnda()),
            of(isdn()),
            unknown(),
        ),
    )
        .prop_map(
            |((m, sc, imsi, corr, t, ev), (gd, sgsn, sgsnd, mme, mmed, msc, u))| {
                smsip_map::alert::AlertServiceCentreArgOwned {
                    msisdn: m,
                    service_centre_address: sc,
                    imsi,
                    correlation_id: corr,
                    maximum_ue_availability_time: t,
                    sms_gmsc_alert_event: ev.map(SmsGmscAlertEvent),
                    sms_gmsc_diameter_address: gd,
                    new_sgsn_number: sgsn,
                    new_sgsn_diameter_address: sgsnd,
                    new_mme_number: mme,
                    new_mme_diameter_address: mmed,
                    new_msc_number: msc,
                    unknown: u,
                }
            },
        )
}

fn isc_arg() -> impl Strategy<Value = smsip_map::inform_sc::InformServiceCentreArgOwned> {
    (
        of(isdn()),
        of(bits()),
        ext(0x30),
        of(diag()),
        of(diag()),
        of(diag()),
        of(diag()),
        unknown(),
    )
        .prop_map(|(m, mw, e, d, ad, d3, dn3, u)| {
            smsip_map::inform_sc::InformServiceCentreArgOwned {
                stored_msisdn: m,
                mw_status: mw,
                extension_container: e,
                absent_subscriber_diagnostic_sm: d,
                additional_absent_subscriber_diagnostic_sm: ad,
                smsf_3gpp_absent_subscriber_diagnostic_sm: d3,
                smsf_non_3gpp_absent_subscriber_diagnostic_sm: dn3,
                unknown: u,
            }
        })
}

fn ready_arg() -> impl Strategy<Value = smsip_map::ready_for_sm::ReadyForSmArgOwned> {
    (
        imsi(),
        any::<u8>(),
        any::<bool>(),
        ext(0x30),
        any::<bool>(),
        of(time()),
        unknown(),
    )
        .prop_map(
            |(imsi, r, i, e, ai, t, u)| smsip_map::ready_for_sm::ReadyForSmArgOwned {
                imsi,
                alert_reason: AlertReason(r),
                alert_reason_indicator: i,
                extension_container: e,
                additional_alert_reason_indicator: ai,
                maximum_ue_availability_time: t,
                unknown: u,
            },
        )
}

fn ready_res() -> impl Strategy<Value = smsip_map::ready_for_sm::ReadyForSmResOwned> {
    (ext(0x30), unknown()).prop_map(|(e, u)| smsip_map::ready_for_sm::ReadyForSmResOwned {
        extension_container: e,
        unknown: u,
    })
}

fn ip_sm_gw_data(
) -> impl Strategy<Value = smsip_map::any_time_modification::ModificationRequestForIpSmGwDataOwned>
{
    (of(any::<u8>()), ext(0xA1), of(nnda()), unknown()).prop_map(|(m, e, d, u)| {
        smsip_map::any_time_modification::ModificationRequestForIpSmGwDataOwned {
            modify_registration_status: m.map(ModificationInstruction),
            extension_container: e,
            ip_sm_gw_diameter_address: d,
            unknown: u,
        }
    })
}

fn subscriber_identity() -> impl Strategy<Value = SubscriberIdentityOwned> {
    prop_oneof![
        imsi().prop_map(SubscriberIdentityOwned::Imsi),
        isdn().prop_map(SubscriberIdentityOwned::Msisdn)
    ]
}

fn atm_arg() -> impl Strategy<Value = smsip_map::any_time_modification::AnyTimeModificationArgOwned>
{
    (
        (
            subscriber_identity(),
            isdn(),
            opaque(2),
            opaque(3),
            opaque(4),
            ext(0xA5),
            any::<bool>(),
        ),
        (
            opaque(7),
            of(ip_sm_gw_data()),
            of(bits()),
            opaque(10),
            opaque(11),
            opaque(12),
        ),
        (opaque(13), opaque(14), opaque(15), unknown()),
    )
        .prop_map(
            |(
                (si, scf, cf, cb, csi, e, ftn),
                (odb, ip, ue, csg, cw, clip),
                (clir, hold, ect, u),
            )| {
                smsip_map::any_time_modification::AnyTimeModificationArgOwned {
                    subscriber_identity: si,
                    gsm_scf_address: scf,
                    modification_request_for_cf_info: cf,
                    modification_request_for_cb_info: cb,
                    modification_request_for_csi: csi,
                    extension_container: e,
                    long_ftn_supported: ftn,
                    modification_request_for_odb_data: odb,
                    modification_request_for_ip_sm_gw_data: ip,
                    activation_request_for_ue_reachability: ue,
                    modification_request_for_csg: csg,
                    modification_request_for_cw_data: cw,
                    modification_request_for_clip_data: clip,
                    modification_request_for_clir_data: clir,
                    modification_request_for_hold_data: hold,
                    modification_request_for_ect_data: ect,
                    unknown: u,
                }
            },
        )
}

fn atm_res() -> impl Strategy<Value = smsip_map::any_time_modification::AnyTimeModificationResOwned>
{
    (
        (
            opaque(0),
            opaque(1),
            ext(0xA2),
            opaque(3),
            opaque(4),
            opaque(5),
        ),
        (opaque(6), opaque(7), opaque(8), of(addr()), unknown()),
    )
        .prop_map(|((ss, camel, e, odb, cw, ch), (clip, clir, ect, sc, u))| {
            smsip_map::any_time_modification::AnyTimeModificationResOwned {
                ss_info_for_cse: ss,
                camel_subscription_info: camel,
                extension_container: e,
                odb_info: odb,
                cw_data: cw,
                ch_data: ch,
                clip_data: clip,
                clir_data: clir,
                ect_data: ect,
                service_centre_address: sc,
                unknown: u,
            }
        })
}

fn ext_param() -> impl Strategy<Value = smsip_map::errors::ExtensibleParamOwned> {
    (ext(0x30), unknown()).prop_map(|(e, u)| smsip_map::errors::ExtensibleParamOwned {
        extension_container: e,
        unknown: u,
    })
}

fn unknown_subscriber_param(
) -> impl Strategy<Value = smsip_map::errors::UnknownSubscriberParamOwned> {
    (ext(0x30), of(any::<u8>()), unknown()).prop_map(|(e, d, u)| {
        smsip_map::errors::UnknownSubscriberParamOwned {
            extension_container: e,
            unknown_subscriber_diagnostic: d.map(UnknownSubscriberDiagnostic),
            unknown: u,
        }
    })
}

fn unexpected_data_param() -> impl Strategy<Value = smsip_map::errors::UnexpectedDataParamOwned> {
    (ext(0x30), any::<bool>(), unknown()).prop_map(|(e, s, u)| {
        smsip_map::errors::UnexpectedDataParamOwned {
            extension_container: e,
            unexpected_subscriber: s,
            unknown: u,
        }
    })
}

fn facility_param() -> impl Strategy<Value = smsip_map::errors::FacilityNotSupParamOwned> {
    (ext(0x30), any::<[bool; 2]>(), unknown()).prop_map(|(e, f, u)| {
        smsip_map::errors::FacilityNotSupParamOwned {
            extension_container: e,
            shape_of_location_estimate_not_supported: f[0],
            needed_lcs_capability_not_supported_in_serving_node: f[1],
            unknown: u,
        }
    })
}

fn sub_busy_param() -> impl Strategy<Value = smsip_map::errors::SubBusyForMtSmsParamOwned> {
    (ext(0x30), any::<bool>(), unknown()).prop_map(|(e, g, u)| {
        smsip_map::errors::SubBusyForMtSmsParamOwned {
            extension_container: e,
            gprs_connection_suspended: g,
            unknown: u,
        }
    })
}

fn absent_sm_param() -> impl Strategy<Value = smsip_map::errors::AbsentSubscriberSmParamOwned> {
    (
        of(diag()),
        ext(0x30),
        of(diag()),
        of(imsi()),
        of(time()),
        of(imsi()),
        unknown(),
    )
        .prop_map(|(d, e, ad, imsi, t, alert, u)| {
            smsip_map::errors::AbsentSubscriberSmParamOwned {
                absent_subscriber_diagnostic_sm: d,
                extension_container: e,
                additional_absent_subscriber_diagnostic_sm: ad,
                imsi,
                requested_retransmission_time: t,
                user_identifier_alert: alert,
                unknown: u,
            }
        })
}

fn absent_param() -> impl Strategy<Value = smsip_map::errors::AbsentSubscriberParamOwned> {
    (ext(0x30), of(any::<u8>()), unknown()).prop_map(|(e, r, u)| {
        smsip_map::errors::AbsentSubscriberParamOwned {
            extension_container: e,
            absent_subscriber_reason: r.map(AbsentSubscriberReason),
            unknown: u,
        }
    })
}

fn delivery_failure() -> impl Strategy<Value = smsip_map::errors::SmDeliveryFailureCauseOwned> {
    (any::<u8>(), of(signal_info()), ext(0x30), unknown()).prop_map(|(c, d, e, u)| {
        smsip_map::errors::SmDeliveryFailureCauseOwned {
            sm_enumerated_delivery_failure_cause: SmEnumeratedDeliveryFailureCause(c),
            diagnostic_info: d,
            extension_container: e,
            unknown: u,
        }
    })
}

fn system_failure_param(
) -> impl Strategy<Value = smsip_map::errors::ExtensibleSystemFailureParamOwned> {
    (
        of(any::<u8>()),
        ext(0x30),
        of(any::<u8>()),
        of(any::<u8>()),
        unknown(),
    )
        .prop_map(
            |(n, e, a, f, u)| smsip_map::errors::ExtensibleSystemFailureParamOwned {
                network_resource: n.map(NetworkResource),
                extension_container: e,
                additional_network_resource: a.map(AdditionalNetworkResource),
                failure_cause_param: f.map(FailureCauseParam),
                unknown: u,
            },
        )
}

fn call_barred_param() -> impl Strategy<Value = smsip_map::errors::ExtensibleCallBarredParamOwned> {
    (of(any::<u8>()), ext(0x30), any::<[bool; 2]>(), unknown()).prop_map(|(c, e, f, u)| {
        smsip_map::errors::ExtensibleCallBarredParamOwned {
            call_barring_cause: c.map(CallBarringCause),
            extension_container: e,
            unauthorised_message_originator: f[0],
            anonymous_call_rejection: f[1],
            unknown: u,
        }
    })
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

macro_rules! roundtrip {
    ($test:ident, $strategy:expr, $ty:ident) => {
        proptest! {
            #[test]
            fn $test(owned in $strategy) {
                let view = owned.as_view().unwrap();
                let bytes = view.to_vec();
                prop_assert_eq!(bytes.len(), view.encoded_len());
                let back = $ty::decode(&bytes).unwrap_or_else(|e| panic!("{e}: {bytes:02X?}"));
                prop_assert_eq!(back, view);
                prop_assert_eq!(&back.into_owned(), &owned);
                let mut out = Vec::new();
                owned.encode(&mut out).unwrap();
                prop_assert_eq!(&out, &bytes);
                let mut buf = vec![0u8; bytes.len()];
                let mut sink = SliceSink::new(&mut buf);
                view.encode(&mut sink);
                prop_assert_eq!(sink.finish(), Ok(bytes.len()));
                prop_assert_eq!(&buf, &bytes);
                // One octet short: the sink reports it.
                let mut small = vec![0u8; bytes.len() - 1];
                let mut sink = SliceSink::new(&mut small);
                view.encode(&mut sink);
                prop_assert!(sink.finish().is_err());
            }
        }
    };
}

roundtrip!(correlation_id_roundtrip, correlation_id(), CorrelationId);
roundtrip!(
    network_node_diameter_address_roundtrip,
    nnda(),
    NetworkNodeDiameterAddress
);
roundtrip!(
    routing_info_for_sm_arg_roundtrip,
    sri_sm_arg(),
    RoutingInfoForSmArg
);
roundtrip!(ip_sm_gw_guidance_roundtrip, guidance(), IpSmGwGuidance);
roundtrip!(
    location_info_with_lmsi_roundtrip,
    location_info(),
    LocationInfoWithLmsi
);
roundtrip!(
    routing_info_for_sm_res_roundtrip,
    sri_sm_res(),
    RoutingInfoForSmRes
);
roundtrip!(mo_forward_sm_arg_roundtrip, mo_fsm_arg(), MoForwardSmArg);
roundtrip!(mt_forward_sm_arg_roundtrip, mt_fsm_arg(), MtForwardSmArg);
roundtrip!(forward_sm_arg_roundtrip, forward_sm_arg(), ForwardSmArg);
roundtrip!(mo_forward_sm_res_roundtrip, mo_fsm_res(), MoForwardSmRes);
roundtrip!(mt_forward_sm_res_roundtrip, mt_fsm_res(), MtForwardSmRes);
roundtrip!(
    report_sm_delivery_status_arg_roundtrip,
    rsds_arg(),
    ReportSmDeliveryStatusArg
);
roundtrip!(
    report_sm_delivery_status_res_roundtrip,
    rsds_res(),
    ReportSmDeliveryStatusRes
);
roundtrip!(
    alert_service_centre_arg_roundtrip,
    asc_arg(),
    AlertServiceCentreArg
);
roundtrip!(
    inform_service_centre_arg_roundtrip,
    isc_arg(),
    InformServiceCentreArg
);
roundtrip!(ready_for_sm_arg_roundtrip, ready_arg(), ReadyForSmArg);
roundtrip!(ready_for_sm_res_roundtrip, ready_res(), ReadyForSmRes);
roundtrip!(
    modification_request_for_ip_sm_gw_data_roundtrip,
    ip_sm_gw_data(),
    ModificationRequestForIpSmGwData
);
roundtrip!(
    any_time_modification_arg_roundtrip,
    atm_arg(),
    AnyTimeModificationArg
);
roundtrip!(
    any_time_modification_res_roundtrip,
    atm_res(),
    AnyTimeModificationRes
);
roundtrip!(extensible_param_roundtrip, ext_param(), ExtensibleParam);
roundtrip!(
    unknown_subscriber_param_roundtrip,
    unknown_subscriber_param(),
    UnknownSubscriberParam
);
roundtrip!(
    unexpected_data_param_roundtrip,
    unexpected_data_param(),
    UnexpectedDataParam
);
roundtrip!(
    facility_not_sup_param_roundtrip,
    facility_param(),
    FacilityNotSupParam
);
roundtrip!(
    sub_busy_for_mt_sms_param_roundtrip,
    sub_busy_param(),
    SubBusyForMtSmsParam
);
roundtrip!(
    absent_subscriber_sm_param_roundtrip,
    absent_sm_param(),
    AbsentSubscriberSmParam
);
roundtrip!(
    absent_subscriber_param_roundtrip,
    absent_param(),
    AbsentSubscriberParam
);
roundtrip!(
    sm_delivery_failure_cause_roundtrip,
    delivery_failure(),
    SmDeliveryFailureCause
);
roundtrip!(
    extensible_system_failure_param_roundtrip,
    system_failure_param(),
    ExtensibleSystemFailureParam
);
roundtrip!(
    extensible_call_barred_param_roundtrip,
    call_barred_param(),
    ExtensibleCallBarredParam
);

// ---------------------------------------------------------------------------------------------
// Through the dispatcher
// ---------------------------------------------------------------------------------------------

fn check_arg(op: OpCode, version: u8, a: Argument<'_>) -> Result<(), TestCaseError> {
    prop_assert_eq!(a.opcode(), op);
    let mut bytes = Vec::new();
    a.encode(&mut bytes);
    prop_assert_eq!(bytes.len(), a.encoded_len());
    prop_assert_eq!(decode_arg_versioned(op, version, &bytes).unwrap(), a);
    Ok(())
}

fn check_res(op: OpCode, r: ReturnResult<'_>) -> Result<(), TestCaseError> {
    let mut bytes = Vec::new();
    r.encode(&mut bytes);
    prop_assert_eq!(decode_res(op, &bytes).unwrap(), r);
    Ok(())
}

fn check_err(p: ErrorParam<'_>) -> Result<(), TestCaseError> {
    let mut bytes = Vec::new();
    p.encode(&mut bytes);
    prop_assert_eq!(bytes.len(), p.encoded_len());
    prop_assert_eq!(decode_err(p.code().unwrap(), &bytes).unwrap(), p);
    Ok(())
}

proptest! {
    #[test]
    fn arguments_through_the_dispatcher(
        sri in sri_sm_arg(), mo in mo_fsm_arg(), mt in mt_fsm_arg(), fsm in forward_sm_arg(),
        rsds in rsds_arg(), asc in asc_arg(), isc in isc_arg(), ready in ready_arg(), atm in atm_arg(),
        imsi in imsi(),
    ) {
        check_arg(OpCode(45), 3, Argument::SendRoutingInfoForSm(sri.as_view().unwrap()))?;
        check_arg(OpCode(46), 3, Argument::MoForwardSm(mo.as_view().unwrap()))?;
        check_arg(OpCode(44), 3, Argument::MtForwardSm(mt.as_view().unwrap()))?;
        check_arg(OpCode(46), 2, Argument::ForwardSm(fsm.as_view().unwrap()))?;
        check_arg(OpCode(47), 3, Argument::ReportSmDeliveryStatus(rsds.as_view().unwrap()))?;
        check_arg(OpCode(64), 3, Argument::AlertServiceCentre(asc.as_view().unwrap()))?;
        check_arg(OpCode(49), 1, Argument::AlertServiceCentreWithoutResult(asc.as_view().unwrap()))?;
        check_arg(OpCode(63), 3, Argument::InformServiceCentre(isc.as_view().unwrap()))?;
        check_arg(OpCode(66), 3, Argument::ReadyForSm(ready.as_view().unwrap()))?;
        check_arg(OpCode(65), 3, Argument::AnyTimeModification(atm.as_view().unwrap()))?;
        check_arg(OpCode(48), 1, Argument::NoteSubscriberPresent(smsip_ber::Imsi::new(&imsi).unwrap()))?;
    }

    #[test]
    fn results_through_the_dispatcher(
        sri in sri_sm_res(), mo in mo_fsm_res(), mt in mt_fsm_res(), rsds in rsds_res(), ready in ready_res(),
        atm in atm_res(), stored in isdn(),
    ) {
        check_res(OpCode(45), ReturnResult::SendRoutingInfoForSm(sri.as_view().unwrap()))?;
        check_res(OpCode(46), ReturnResult::MoForwardSm(mo.as_view().unwrap()))?;
        check_res(OpCode(44), ReturnResult::MtForwardSm(mt.as_view().unwrap()))?;
        check_res(OpCode(47), ReturnResult::ReportSmDeliveryStatus(rsds.as_view().unwrap()))?;
        check_res(OpCode(47), ReturnResult::ReportSmDeliveryStatusV2(smsip_ber::AddressString::new(&stored).unwrap()))?;
        check_res(OpCode(66), ReturnResult::ReadyForSm(ready.as_view().unwrap()))?;
        check_res(OpCode(65), ReturnResult::AnyTimeModification(atm.as_view().unwrap()))?;
        for op in [44u8, 46, 47, 64, 66] {
            check_res(OpCode(op), ReturnResult::Empty)?;
        }
    }

    #[test]
    fn error_parameters_through_the_dispatcher(
        e in ext_param(), us in unknown_subscriber_param(), ud in unexpected_data_param(), f in facility_param(),
        sb in sub_busy_param(), asm in absent_sm_param(), a in absent_param(), df in delivery_failure(),
        sf in system_failure_param(), cb in call_barred_param(), byte in any::<u8>(), flag in any::<bool>(),
    ) {
        let e = e.as_view().unwrap();
        for p in [
            ErrorParam::UnidentifiedSubscriber(e), ErrorParam::IllegalSubscriber(e),
            ErrorParam::BearerServiceNotProvisioned(e), ErrorParam::TeleserviceNotProvisioned(e),
            ErrorParam::IllegalEquipment(e), ErrorParam::IllegalSsOperation(e), ErrorParam::SsSubscriptionViolation(e),
            ErrorParam::MessageWaitingListFull(e), ErrorParam::DataMissing(e), ErrorParam::AtmNotAllowed(e),
            ErrorParam::InformationNotAvailable(e),
        ] {
            check_err(p)?;
        }
        check_err(ErrorParam::UnknownSubscriber(us.as_view().unwrap()))?;
        check_err(ErrorParam::UnexpectedDataValue(ud.as_view().unwrap()))?;
        check_err(ErrorParam::FacilityNotSupported(f.as_view().unwrap()))?;
        check_err(ErrorParam::SubscriberBusyForMtSms(sb.as_view().unwrap()))?;
        check_err(ErrorParam::AbsentSubscriberSm(asm.as_view().unwrap()))?;
        check_err(ErrorParam::AbsentSubscriber(a.as_view().unwrap()))?;
        check_err(ErrorParam::AbsentSubscriberMwdSet(flag))?;
        check_err(ErrorParam::SmDeliveryFailure(df.as_view().unwrap()))?;
        check_err(ErrorParam::SmDeliveryFailureV1(SmEnumeratedDeliveryFailureCause(byte)))?;
        check_err(ErrorParam::SystemFailure(SystemFailureParam::Extensible(sf.as_view().unwrap())))?;
        check_err(ErrorParam::SystemFailure(SystemFailureParam::NetworkResource(NetworkResource(byte))))?;
        check_err(ErrorParam::CallBarred(CallBarredParam::Extensible(cb.as_view().unwrap())))?;
        check_err(ErrorParam::CallBarred(CallBarredParam::CallBarringCause(CallBarringCause(byte))))?;
        check_err(ErrorParam::SsErrorStatus(byte))?;
        let raw = [0x30, 0x03, 0x81, 0x01, byte];
        check_err(ErrorParam::SsIncompatibility(smsip_ber::Element::from_ber(&raw).unwrap()))?;
    }
}

/// Owned values outlive their buffer.
#[test]
fn owned_twins_outlive_the_buffer() {
    let owned = {
        let bytes = smsip_core::hex::decode(
            "3030 0408000101214365 87F9 A01C 8107914477000950F0 040401020304 8500 \
             A609 80079144770009 6000 A506 02011E 02013C",
        )
        .unwrap();
        RoutingInfoForSmRes::decode(&bytes).unwrap().into_owned()
    };
    assert_eq!(owned.imsi, [0x00, 0x01, 0x01, 0x21, 0x43, 0x65, 0x87, 0xF9]);
    assert_eq!(
        owned.location_info_with_lmsi.additional_number,
        Some(AdditionalNumberOwned::MscNumber(vec![
            0x91, 0x44, 0x77, 0x00, 0x09, 0x60, 0x00
        ]))
    );
    let view = owned.as_view().unwrap();
    assert_eq!(
        view.ip_sm_gw_guidance
            .unwrap()
            .recommended_delivery_time_value,
        60
    );
    // A member outside its constraint is caught when borrowing it back.
    let mut bad = owned.clone();
    bad.imsi = vec![0x00];
    let e = bad.as_view().unwrap_err();
    assert_eq!((e.field(), e.offset()), ("imsi", 0));
    let mut bad = owned;
    bad.location_info_with_lmsi.network_node_number = vec![0x91; 10];
    assert_eq!(bad.as_view().unwrap_err().field(), "networkNode-Number");
    let mut out = Vec::new();
    assert!(bad.encode(&mut out).is_err());
    assert!(out.is_empty());
}
