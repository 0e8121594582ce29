//! Email addresses: a plain syntax check (no network, no internationalised domains).

use crate::rules::at::At;
use crate::rules::check::Check;
use crate::text::is_blank;

const LOCAL_SPECIALS: &[u8] = b"!#$%&'*+/=?^_`{|}~-";

fn dot_separated(s: &str, part_ok: impl Fn(&str) -> bool) -> bool {
    !s.is_empty() && s.split('.').all(|p| !p.is_empty() && part_ok(p))
}

/// Whether `text` is an address of the form `local@domain.tld`: an unquoted local part of
/// letters, digits and `!#$%&'*+/=?^_\`{|}~-` separated by single dots (at most 64
/// characters), and a domain of at least two labels of letters, digits and inner hyphens (at
/// most 63 each), ending in an alphabetic or `xn--` top-level label; 254 characters at most.
///
/// ```
/// use ctxh::rules::identifiers::is_valid_email;
/// assert!(is_valid_email("ctxh.hanoi@soyte.gov.vn"));
/// assert!(is_valid_email("a+b@x-y.com"));
/// for bad in ["", "a@b", "a@@b.vn", ".a@b.vn", "a..b@b.vn", "a@-b.vn", "a b@c.vn", "a@b.v1", "hoà@x.vn"] {
///     assert!(!is_valid_email(bad), "{bad}");
/// }
/// ```
pub fn is_valid_email(text: &str) -> bool {
    if text.len() > 254 {
        return false;
    }
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    let local_ok = local.len() <= 64
        && dot_separated(local, |p| {
            p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || LOCAL_SPECIALS.contains(&b))
        });
    let labels_ok = domain.len() <= 253
        && dot_separated(domain, |l| {
            l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    let tld_ok = domain.rsplit_once('.').is_some_and(|(_, tld)| {
        (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())) || tld.starts_with("xn--")
    });
    local_ok && labels_ok && tld_ok
}

/// Checks an email address found at `path` (an empty text counts as absent).
pub fn check_email<'p>(text: &str, cx: &mut Check<'_>, path: impl Into<At<'p>>) {
    check_email_at(text, cx, path.into());
}

fn check_email_at(text: &str, cx: &mut Check<'_>, at: At<'_>) {
    if !is_blank(text) && !is_valid_email(text) {
        cx.error(at.path(), "email_invalid");
    }
}
