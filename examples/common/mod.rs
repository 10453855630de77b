//! What the examples share: hand-made SIP requests (smsip is no SIP stack; the examples only
//! need the request line, a few headers and the binary body, TS 24.341 §5.3).

use smsip::rp::sip;

/// A SIP MESSAGE request: request line, headers, blank line, binary body
/// (`application/vnd.3gpp.sms`).
pub fn sip_message(
    request_uri: &str,
    from: &str,
    to: &str,
    call_id: &str,
    extra: &[&str],
    body: &[u8],
) -> Vec<u8> {
    let mut head = format!(
        "MESSAGE {request_uri} SIP/2.0\r\n\
         Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK{call_id}\r\n\
         Max-Forwards: 70\r\n\
         From: <{from}>;tag=1\r\n\
         To: <{to}>\r\n\
         Call-ID: {call_id}\r\n\
         CSeq: 1 MESSAGE\r\n"
    );
    for h in extra {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str(&format!(
        "Content-Type: {}\r\nContent-Length: {}\r\n\r\n",
        sip::CONTENT_TYPE,
        body.len()
    ));
    let mut msg = head.into_bytes();
    msg.extend_from_slice(body);
    msg
}
