//! A small JSON object writer: keys in the order written, so the text is the same in every
//! build (a `serde_json::Value` orders keys by a cargo feature that tests turn on).

/// A JSON object being written.
pub(super) struct Obj {
    text: String,
}

impl Obj {
    /// An empty object.
    pub(super) fn new() -> Obj {
        Obj {
            text: String::from("{"),
        }
    }

    fn key(&mut self, key: &str) {
        if self.text.len() > 1 {
            self.text.push(',');
        }
        push_string(&mut self.text, key);
        self.text.push(':');
    }

    /// `"key": "value"`.
    pub(super) fn str(&mut self, key: &str, value: &str) {
        self.key(key);
        push_string(&mut self.text, value);
    }

    /// `"key": value`, with `value` already JSON text.
    pub(super) fn raw(&mut self, key: &str, value: &str) {
        self.key(key);
        self.text.push_str(value);
    }

    /// `"key": n`, for a limit: a whole number or one with up to three decimals (written by
    /// [`decimal`](crate::intake::decimal), not the general float formatter, which would
    /// add its tables to the WebAssembly module). Not a finite number: `null`.
    pub(super) fn num(&mut self, key: &str, n: f64) {
        self.key(key);
        if n.is_finite() {
            self.text.push_str(&crate::intake::decimal(n));
        } else {
            self.text.push_str("null");
        }
    }

    /// The object's JSON text.
    pub(super) fn finish(mut self) -> String {
        self.text.push('}');
        self.text
    }
}

/// A JSON array of items that are already JSON text.
pub(super) fn array(items: &[String]) -> String {
    let mut text = String::from("[");
    text.push_str(&items.join(","));
    text.push(']');
    text
}

fn push_string(out: &mut String, s: &str) {
    // Serialising a string cannot fail; the fallback keeps the text valid JSON regardless.
    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| String::from("\"\"")));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_keys_in_order_and_escapes() {
        let mut o = Obj::new();
        o.str("b", "x\"y");
        o.num("a", 3.0);
        o.num("c", 2.5);
        o.raw("d", &array(&["1".into(), "true".into()]));
        assert_eq!(o.finish(), r#"{"b":"x\"y","a":3,"c":2.5,"d":[1,true]}"#);
        assert_eq!(Obj::new().finish(), "{}");
    }
}
