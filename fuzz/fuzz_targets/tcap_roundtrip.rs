//! Structured TCAP round trip: an arbitrary message model (every message kind, every dialogue
//! PDU, every component kind, parameters and user information as arbitrary BER element trees)
//! is built into `smsip_tcap` values, encoded, and decoded: the decoded message equals the
//! value, its components are the ones built, and it re-encodes to the same octets.
//!
//! Also: `encoded_len` matches what is written; `encode_to_slice` into an exact buffer gives the
//! same octets and into a smaller one an error with the size needed; the same message with
//! indefinite lengths on its transaction, dialogue and component structure decodes to the same
//! value and re-encodes to the definite octets.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use smsip_ber::{BerReader, BerWriter, BitString, Class, Element, Oid, RawElements, Tag};
use smsip_tcap::{
    decode, Aare, Aarq, Abort, AbortReason, AbortSource, Abrt, AssociateResult, Audt, Begin, Code,
    Component, ComponentPortion, Continue, DialoguePortion, End, External, ExternalEncoding,
    Invoke, PAbortCause, Reject, ResultSourceDiagnostic, ReturnError, ReturnResult,
    ServiceProviderDiagnostic, ServiceUserDiagnostic, TcapMessage, TransactionId, Unidirectional,
    DIALOGUE_AS_ID, UNIDIALOGUE_AS_ID,
};

/// A BER element tree (definite lengths when written).
#[derive(Debug)]
enum Tree {
    Prim(u8, u32, Vec<u8>),
    Cons(u8, u32, Vec<Tree>),
}

impl<'a> Arbitrary<'a> for Tree {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        tree(u, 0)
    }
}

fn tree(u: &mut Unstructured<'_>, depth: u32) -> arbitrary::Result<Tree> {
    let class: u8 = u.int_in_range(0..=3)?;
    let mut number: u32 = if u.ratio(1, 8)? {
        u.arbitrary()?
    } else {
        u.int_in_range(0..=30)?
    };
    if class == 0 && number == 0 {
        number = 16; // [UNIVERSAL 0] is end-of-contents only
    }
    if depth < 4 && u.ratio(1, 3)? {
        let n = u.int_in_range(0..=3)?;
        let mut kids = Vec::with_capacity(n);
        for _ in 0..n {
            kids.push(tree(u, depth + 1)?);
        }
        Ok(Tree::Cons(class, number, kids))
    } else {
        Ok(Tree::Prim(class, number, u.arbitrary()?))
    }
}

fn write_tree<S: smsip_core::Sink + ?Sized>(t: &Tree, w: &mut BerWriter<'_, S>) {
    match t {
        Tree::Prim(c, n, v) => w.primitive(Tag::new(Class::from_bits(*c), *n), v),
        Tree::Cons(c, n, k) => w.constructed(Tag::new(Class::from_bits(*c), *n), |w| {
            k.iter().for_each(|t| write_tree(t, w))
        }),
    }
}

fn encode_tree(t: &Tree) -> Vec<u8> {
    let mut v = Vec::new();
    write_tree(t, &mut BerWriter::new(&mut v));
    v
}

/// OBJECT IDENTIFIER contents from arcs (first arc 0..=2, second below 40).
#[derive(Debug, Arbitrary)]
struct OidM(u8, u8, Vec<u64>);

impl OidM {
    fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        push_base128(
            &mut out,
            u64::from(self.0 % 3) * 40 + u64::from(self.1 % 40),
        );
        for &a in &self.2 {
            push_base128(&mut out, a);
        }
        out
    }
}

fn push_base128(out: &mut Vec<u8>, v: u64) {
    let mut groups = vec![(v & 0x7F) as u8];
    let mut v = v >> 7;
    while v > 0 {
        groups.push((v & 0x7F) as u8 | 0x80);
        v >>= 7;
    }
    out.extend(groups.iter().rev());
}

#[derive(Debug, Arbitrary)]
enum CodeM {
    Local(i64),
    Global(OidM),
}

#[derive(Debug, Arbitrary)]
enum CompM {
    Invoke(i8, Option<i8>, CodeM, Option<Tree>),
    ReturnResultLast(i8, Option<(CodeM, Tree)>),
    ReturnResultNotLast(i8, Option<(CodeM, Tree)>),
    ReturnError(i8, CodeM, Option<Tree>),
    Reject(Reject),
}

#[derive(Debug, Arbitrary)]
enum EncM {
    Single(Tree),
    Octets(Vec<u8>),
    Bits(u8, Vec<u8>),
}

/// protocol-version: absent or (unused bits, octets).
type Pv = Option<(u8, Vec<u8>)>;

#[derive(Debug, Arbitrary)]
enum DlgM {
    Aarq(Pv, OidM, Option<Vec<Tree>>),
    Audt(Pv, OidM, Option<Vec<Tree>>),
    Aare(Pv, OidM, u8, bool, u8, Option<Vec<Tree>>),
    Abrt(u8, Option<Vec<Tree>>),
    Other(Option<OidM>, Option<i64>, Option<Vec<u8>>, EncM),
}

#[derive(Debug, Arbitrary)]
enum AbortM {
    None,
    Cause(u8),
    User(DlgM),
}

#[derive(Debug, Arbitrary)]
enum MsgM {
    Uni(Option<DlgM>, CompM, Vec<CompM>),
    Begin(TransactionId, Option<DlgM>, Vec<CompM>),
    End(TransactionId, Option<DlgM>, Vec<CompM>),
    Continue(TransactionId, TransactionId, Option<DlgM>, Vec<CompM>),
    Abort(TransactionId, AbortM),
}

#[derive(Debug, Arbitrary)]
struct Input {
    msg: MsgM,
    /// Picks the size of the too-small buffer.
    short: u16,
}

// ---- owned encodings the borrowed values point into ----

enum CodeB {
    Local(i64),
    Global(Vec<u8>),
}

fn code_b(c: &CodeM) -> CodeB {
    match c {
        CodeM::Local(v) => CodeB::Local(*v),
        CodeM::Global(o) => CodeB::Global(o.bytes()),
    }
}

fn code(c: &CodeB) -> Code<'_> {
    match c {
        CodeB::Local(v) => Code::Local(*v),
        CodeB::Global(b) => Code::Global(Oid::new(b).unwrap()),
    }
}

enum CompB {
    Invoke(i8, Option<i8>, CodeB, Option<Vec<u8>>),
    Rrl(i8, Option<(CodeB, Vec<u8>)>),
    Rrnl(i8, Option<(CodeB, Vec<u8>)>),
    Re(i8, CodeB, Option<Vec<u8>>),
    Reject(Reject),
}

fn comp_b(m: &CompM) -> CompB {
    match m {
        CompM::Invoke(i, l, c, p) => CompB::Invoke(*i, *l, code_b(c), p.as_ref().map(encode_tree)),
        CompM::ReturnResultLast(i, r) => {
            CompB::Rrl(*i, r.as_ref().map(|(c, p)| (code_b(c), encode_tree(p))))
        }
        CompM::ReturnResultNotLast(i, r) => {
            CompB::Rrnl(*i, r.as_ref().map(|(c, p)| (code_b(c), encode_tree(p))))
        }
        CompM::ReturnError(i, c, p) => CompB::Re(*i, code_b(c), p.as_ref().map(encode_tree)),
        CompM::Reject(r) => CompB::Reject(*r),
    }
}

fn el(b: &[u8]) -> Element<'_> {
    Element::from_ber(b).unwrap()
}

fn component(b: &CompB) -> Component<'_> {
    match b {
        CompB::Invoke(i, l, c, p) => Component::Invoke(Invoke {
            invoke_id: *i,
            linked_id: *l,
            opcode: code(c),
            parameter: p.as_deref().map(el),
        }),
        CompB::Rrl(i, r) => Component::ReturnResultLast(ReturnResult::new(
            *i,
            r.as_ref().map(|(c, p)| (code(c), el(p))),
        )),
        CompB::Rrnl(i, r) => Component::ReturnResultNotLast(ReturnResult::new(
            *i,
            r.as_ref().map(|(c, p)| (code(c), el(p))),
        )),
        CompB::Re(i, c, p) => {
            Component::ReturnError(ReturnError::new(*i, code(c), p.as_deref().map(el)))
        }
        CompB::Reject(r) => Component::Reject(*r),
    }
}

/// A dialogue model's owned octets: protocol version, OIDs, user information, values.
struct DlgB {
    kind: u8,
    pv: Option<(u8, Vec<u8>)>,
    oid: Option<Vec<u8>>,
    ui: Option<Vec<u8>>,
    result: u8,
    user: bool,
    diag: u8,
    ir: Option<i64>,
    dvd: Option<Vec<u8>>,
    enc: Option<(u8, u8, Vec<u8>)>,
}

fn pv_fix(pv: &Pv) -> Option<(u8, Vec<u8>)> {
    pv.as_ref().map(|(u, b)| {
        if b.is_empty() {
            (0, Vec::new())
        } else {
            (u % 8, b.clone())
        }
    })
}

fn ui_bytes(ui: &Option<Vec<Tree>>) -> Option<Vec<u8>> {
    ui.as_ref()
        .map(|v| v.iter().flat_map(encode_tree).collect())
}

fn dlg_b(m: &DlgM) -> DlgB {
    let mut b = DlgB {
        kind: 0,
        pv: None,
        oid: None,
        ui: None,
        result: 0,
        user: false,
        diag: 0,
        ir: None,
        dvd: None,
        enc: None,
    };
    match m {
        DlgM::Aarq(p, o, u) | DlgM::Audt(p, o, u) => {
            b.kind = if matches!(m, DlgM::Aarq(..)) { 0 } else { 1 };
            b.pv = pv_fix(p);
            b.oid = Some(o.bytes());
            b.ui = ui_bytes(u);
        }
        DlgM::Aare(p, o, r, s, d, u) => {
            b.kind = 2;
            b.pv = pv_fix(p);
            b.oid = Some(o.bytes());
            b.result = *r;
            b.user = *s;
            b.diag = *d;
            b.ui = ui_bytes(u);
        }
        DlgM::Abrt(s, u) => {
            b.kind = 3;
            b.result = *s;
            b.ui = ui_bytes(u);
        }
        DlgM::Other(o, i, d, e) => {
            b.kind = 4;
            // Not one of the TCAP abstract syntaxes (those decode as dialogue PDUs).
            b.oid = o.as_ref().map(OidM::bytes).filter(|o| {
                o.as_slice() != DIALOGUE_AS_ID.as_bytes()
                    && o.as_slice() != UNIDIALOGUE_AS_ID.as_bytes()
            });
            b.ir = *i;
            b.dvd = d.clone();
            b.enc = Some(match e {
                EncM::Single(t) => (0, 0, encode_tree(t)),
                EncM::Octets(v) => (1, 0, v.clone()),
                EncM::Bits(u, v) if !v.is_empty() => (2, u % 8, v.clone()),
                EncM::Bits(..) => (2, 0, Vec::new()),
            });
        }
    }
    b
}

fn raw(b: &Option<Vec<u8>>) -> Option<RawElements<'_>> {
    b.as_ref().map(|b| BerReader::new(b).rest_as_raw().unwrap())
}

fn dialogue(b: &DlgB) -> DialoguePortion<'_> {
    let pv = b.pv.as_ref().map(|(u, v)| BitString::new(*u, v).unwrap());
    let oid = || Oid::new(b.oid.as_ref().unwrap()).unwrap();
    match b.kind {
        0 => DialoguePortion::Request(Aarq {
            protocol_version: pv,
            application_context_name: oid(),
            user_information: raw(&b.ui),
        }),
        1 => DialoguePortion::Unidirectional(Audt {
            protocol_version: pv,
            application_context_name: oid(),
            user_information: raw(&b.ui),
        }),
        2 => DialoguePortion::Response(Aare {
            protocol_version: pv,
            application_context_name: oid(),
            result: AssociateResult(b.result),
            result_source_diagnostic: if b.user {
                ResultSourceDiagnostic::ServiceUser(ServiceUserDiagnostic(b.diag))
            } else {
                ResultSourceDiagnostic::ServiceProvider(ServiceProviderDiagnostic(b.diag))
            },
            user_information: raw(&b.ui),
        }),
        3 => DialoguePortion::Abort(Abrt {
            abort_source: AbortSource(b.result),
            user_information: raw(&b.ui),
        }),
        _ => {
            let (k, u, v) = b.enc.as_ref().unwrap();
            DialoguePortion::Other(External {
                direct_reference: b.oid.as_deref().map(|o| Oid::new(o).unwrap()),
                indirect_reference: b.ir,
                data_value_descriptor: b.dvd.as_deref(),
                encoding: match k {
                    0 => ExternalEncoding::SingleAsn1Type(el(v)),
                    1 => ExternalEncoding::OctetAligned(v),
                    _ => ExternalEncoding::Arbitrary(BitString::new(*u, v).unwrap()),
                },
            })
        }
    }
}

/// Indefinite lengths on the message, its portions and the components / EXTERNAL.
fn indefinite(bytes: &[u8], depth: u32) -> Vec<u8> {
    let mut out = Vec::new();
    for e in BerReader::new(bytes) {
        let e = e.unwrap();
        if e.is_constructed() && depth < 3 {
            out.extend_from_slice(&e.raw()[..e.tag().identifier_len()]);
            out.push(0x80);
            out.extend(indefinite(e.content(), depth + 1));
            out.extend([0, 0]);
        } else {
            out.extend_from_slice(e.raw());
        }
    }
    out
}

fuzz_target!(|input: Input| {
    let m = &input.msg;
    let (comp_models, dlg_model): (Vec<&CompM>, Option<&DlgM>) = match m {
        MsgM::Uni(d, c, cs) => (std::iter::once(c).chain(cs).collect(), d.as_ref()),
        MsgM::Begin(_, d, cs) | MsgM::End(_, d, cs) => (cs.iter().collect(), d.as_ref()),
        MsgM::Continue(_, _, d, cs) => (cs.iter().collect(), d.as_ref()),
        MsgM::Abort(_, AbortM::User(d)) => (Vec::new(), Some(d)),
        MsgM::Abort(..) => (Vec::new(), None),
    };
    let comp_bufs: Vec<CompB> = comp_models.iter().map(|c| comp_b(c)).collect();
    let comps: Vec<Component<'_>> = comp_bufs.iter().map(component).collect();
    let dlg_buf = dlg_model.map(dlg_b);
    let dlg = dlg_buf.as_ref().map(dialogue);

    let msg = match m {
        MsgM::Uni(..) => TcapMessage::Unidirectional(Unidirectional {
            dialogue_portion: dlg,
            components: ComponentPortion::new(&comps),
        }),
        MsgM::Begin(o, ..) => {
            let mut b = Begin::new(*o).with_components(&comps);
            b.dialogue_portion = dlg;
            TcapMessage::Begin(b)
        }
        MsgM::End(t, ..) => {
            let mut b = End::new(*t).with_components(&comps);
            b.dialogue_portion = dlg;
            TcapMessage::End(b)
        }
        MsgM::Continue(o, t, ..) => {
            let mut b = Continue::new(*o, *t).with_components(&comps);
            b.dialogue_portion = dlg;
            TcapMessage::Continue(b)
        }
        MsgM::Abort(t, r) => TcapMessage::Abort(Abort {
            dtid: *t,
            reason: match r {
                AbortM::None => None,
                AbortM::Cause(c) => Some(AbortReason::PAbort(PAbortCause(*c))),
                AbortM::User(_) => dlg.map(AbortReason::User),
            },
        }),
    };

    let bytes = msg.to_vec();
    assert_eq!(bytes.len(), msg.encoded_len());
    let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{e}: {msg:?}"));
    assert_eq!(decoded, msg);
    let got: Vec<_> = decoded.components().collect::<Result<_, _>>().unwrap();
    assert_eq!(got, comps);
    assert_eq!(decoded.to_vec(), bytes);

    let mut exact = vec![0u8; bytes.len()];
    assert_eq!(msg.encode_to_slice(&mut exact), Ok(bytes.len()));
    assert_eq!(exact, bytes);
    let short = usize::from(input.short) % bytes.len();
    let mut small = vec![0u8; short];
    let err = msg.encode_to_slice(&mut small).unwrap_err();
    assert_eq!(err.needed, bytes.len());

    let indef = indefinite(&bytes, 0);
    let again = decode(&indef).unwrap_or_else(|e| panic!("{e}: indefinite form of {msg:?}"));
    assert_eq!(again, msg);
    assert_eq!(again.to_vec(), bytes);
});
