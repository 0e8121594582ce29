//! A parser for the small subset of TypeScript the package's declaration files use, and a check
//! of JSON values against the declared types (used by `tests/typescript_api.rs`).
//!
//! The subset: `export interface X [extends Y, Z] { key?: Type; }` and `export type X = Type;`,
//! where a type is a union (`A | B`, a leading `|` allowed) of string literals, `string`,
//! `number`, `boolean`, `null`, `undefined`, `unknown`, named types, `Record<string, T>`,
//! parenthesised types and arrays (`T[]`, `(A | B)[]`); `//` and `/* */` comments. Anything
//! else is a parse error, so a declaration outside the subset fails the test instead of being
//! skipped.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::Value;

/// A type expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// `string`
    Str,
    /// `number`
    Num,
    /// `boolean`
    Bool,
    /// `null`
    Null,
    /// `undefined` (no JSON value has it)
    Undefined,
    /// `unknown` (any value)
    Unknown,
    /// A string literal: `"whole"`.
    Lit(String),
    /// A declared type, by name.
    Named(String),
    /// `T[]`
    Array(Box<Ty>),
    /// `Record<string, T>`
    Record(Box<Ty>),
    /// `A | B | ...` (two or more members)
    Union(Vec<Ty>),
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Str => f.write_str("string"),
            Ty::Num => f.write_str("number"),
            Ty::Bool => f.write_str("boolean"),
            Ty::Null => f.write_str("null"),
            Ty::Undefined => f.write_str("undefined"),
            Ty::Unknown => f.write_str("unknown"),
            Ty::Lit(s) => write!(f, "{s:?}"),
            Ty::Named(n) => f.write_str(n),
            Ty::Array(t) if matches!(**t, Ty::Union(_)) => write!(f, "({t})[]"),
            Ty::Array(t) => write!(f, "{t}[]"),
            Ty::Record(t) => write!(f, "Record<string, {t}>"),
            Ty::Union(ts) => {
                let parts: Vec<String> = ts.iter().map(ToString::to_string).collect();
                f.write_str(&parts.join(" | "))
            }
        }
    }
}

impl Ty {
    /// Every named type the expression refers to.
    pub fn names(&self, out: &mut BTreeSet<String>) {
        match self {
            Ty::Named(n) => {
                out.insert(n.clone());
            }
            Ty::Array(t) | Ty::Record(t) => t.names(out),
            Ty::Union(ts) => ts.iter().for_each(|t| t.names(out)),
            _ => {}
        }
    }
}

/// A key of an interface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The key.
    pub name: String,
    /// Declared with `?`.
    pub optional: bool,
    /// Its type.
    pub ty: Ty,
}

/// A declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decl {
    /// `export interface X extends ... { ... }`
    Interface {
        /// The interfaces it extends.
        extends: Vec<String>,
        /// Its own keys, in order.
        fields: Vec<Field>,
    },
    /// `export type X = ...;`
    Alias(Ty),
}

/// The declarations of one or more files, by name.
#[derive(Debug, Clone, Default)]
pub struct Decls {
    /// Name → (declaration, the file it comes from).
    pub map: BTreeMap<String, (Decl, String)>,
}

// --- tokens ---------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

fn tokenize(src: &str) -> Result<Vec<(Tok, usize)>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            let start = line;
            i += 2;
            loop {
                match chars.get(i) {
                    None => return Err(format!("line {start}: unterminated comment")),
                    Some('*') if chars.get(i + 1) == Some(&'/') => {
                        i += 2;
                        break;
                    }
                    Some('\n') => line += 1,
                    Some(_) => {}
                }
                i += 1;
            }
        } else if c == '"' {
            let mut s = String::new();
            i += 1;
            loop {
                match chars.get(i) {
                    None | Some('\n') => return Err(format!("line {line}: unterminated string")),
                    Some('"') => break,
                    Some('\\') => match chars.get(i + 1) {
                        Some(&e @ ('"' | '\\')) => {
                            s.push(e);
                            i += 1;
                        }
                        _ => return Err(format!("line {line}: unsupported escape in a string")),
                    },
                    Some(&ch) => s.push(ch),
                }
                i += 1;
            }
            i += 1;
            out.push((Tok::Str(s), line));
        } else if c.is_ascii_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '_' | '$'))
            {
                i += 1;
            }
            out.push((Tok::Ident(chars[start..i].iter().collect()), line));
        } else if "{}()[]<>,;:?|=".contains(c) {
            out.push((Tok::Punct(c), line));
            i += 1;
        } else {
            return Err(format!("line {line}: unsupported character {c:?}"));
        }
    }
    Ok(out)
}

// --- parser ---------------------------------------------------------------------------------

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
}

impl Parser {
    fn line(&self) -> usize {
        self.toks
            .get(self.pos)
            .or(self.toks.last())
            .map_or(0, |t| t.1)
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        let found = match self.toks.get(self.pos) {
            Some((Tok::Ident(s), _)) => s.clone(),
            Some((Tok::Str(s), _)) => format!("{s:?}"),
            Some((Tok::Punct(c), _)) => c.to_string(),
            None => "the end".into(),
        };
        Err(format!(
            "line {}: expected {what}, found {found}",
            self.line()
        ))
    }

    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|t| &t.0)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            self.err(&format!("`{c}`"))
        }
    }

    fn ident(&mut self) -> Result<String, String> {
        match self.peek() {
            Some(Tok::Ident(s)) => {
                let s = s.clone();
                self.pos += 1;
                Ok(s)
            }
            _ => self.err("a name"),
        }
    }

    fn keyword(&mut self, word: &str) -> Result<(), String> {
        match self.peek() {
            Some(Tok::Ident(s)) if s == word => {
                self.pos += 1;
                Ok(())
            }
            _ => self.err(&format!("`{word}`")),
        }
    }

    fn union(&mut self) -> Result<Ty, String> {
        self.eat('|');
        let mut members = vec![self.postfix()?];
        while self.eat('|') {
            members.push(self.postfix()?);
        }
        Ok(if members.len() == 1 {
            members.pop().unwrap()
        } else {
            Ty::Union(members)
        })
    }

    fn postfix(&mut self) -> Result<Ty, String> {
        let mut ty = self.primary()?;
        while self.eat('[') {
            self.expect(']')?;
            ty = Ty::Array(Box::new(ty));
        }
        Ok(ty)
    }

    fn primary(&mut self) -> Result<Ty, String> {
        if self.eat('(') {
            let ty = self.union()?;
            self.expect(')')?;
            return Ok(ty);
        }
        if let Some(Tok::Str(s)) = self.peek() {
            let s = s.clone();
            self.pos += 1;
            return Ok(Ty::Lit(s));
        }
        let name = self.ident()?;
        Ok(match name.as_str() {
            "string" => Ty::Str,
            "number" => Ty::Num,
            "boolean" => Ty::Bool,
            "null" => Ty::Null,
            "undefined" => Ty::Undefined,
            "unknown" => Ty::Unknown,
            "Record" => {
                self.expect('<')?;
                self.keyword("string")?;
                self.expect(',')?;
                let value = self.union()?;
                self.expect('>')?;
                Ty::Record(Box::new(value))
            }
            "any" | "object" | "never" | "true" | "false" | "Array" | "Map" | "Set" | "Partial"
            | "Readonly" | "Promise" => {
                self.pos -= 1;
                return self.err("a type of the supported subset");
            }
            _ => {
                if self.peek() == Some(&Tok::Punct('<')) {
                    return self.err("a type without type arguments");
                }
                Ty::Named(name)
            }
        })
    }

    fn interface(&mut self) -> Result<(String, Decl), String> {
        let name = self.ident()?;
        let mut extends = Vec::new();
        if self.peek() == Some(&Tok::Ident("extends".into())) {
            self.pos += 1;
            extends.push(self.ident()?);
            while self.eat(',') {
                extends.push(self.ident()?);
            }
        }
        self.expect('{')?;
        let mut fields: Vec<Field> = Vec::new();
        while !self.eat('}') {
            let key = match self.peek() {
                Some(Tok::Ident(s) | Tok::Str(s)) => s.clone(),
                _ => return self.err("a key or `}`"),
            };
            self.pos += 1;
            if fields.iter().any(|f| f.name == key) {
                return Err(format!("line {}: {name}.{key} declared twice", self.line()));
            }
            let optional = self.eat('?');
            self.expect(':')?;
            let ty = self.union()?;
            self.expect(';')?;
            fields.push(Field {
                name: key,
                optional,
                ty,
            });
        }
        Ok((name, Decl::Interface { extends, fields }))
    }
}

/// Parses a declaration file of the subset.
pub fn parse(src: &str) -> Result<Vec<(String, Decl)>, String> {
    let mut p = Parser {
        toks: tokenize(src)?,
        pos: 0,
    };
    let mut out = Vec::new();
    while p.peek().is_some() {
        p.keyword("export")?;
        match p.ident()?.as_str() {
            "interface" => out.push(p.interface()?),
            "type" => {
                let name = p.ident()?;
                p.expect('=')?;
                let ty = p.union()?;
                p.expect(';')?;
                out.push((name, Decl::Alias(ty)));
            }
            _ => {
                p.pos -= 1;
                return p.err("`interface` or `type`");
            }
        }
    }
    Ok(out)
}

/// Parses a type expression (such as an `unchecked_return_type`).
pub fn parse_type(src: &str) -> Result<Ty, String> {
    let mut p = Parser {
        toks: tokenize(src)?,
        pos: 0,
    };
    let ty = p.union()?;
    if p.peek().is_some() {
        return p.err("the end of the type");
    }
    Ok(ty)
}

impl Decls {
    /// Adds the declarations of `src` (named `file` in messages); a name declared twice is an
    /// error.
    pub fn add_file(&mut self, file: &str, src: &str) -> Result<(), String> {
        for (name, decl) in parse(src).map_err(|e| format!("{file}: {e}"))? {
            if let Some((_, other)) = self.map.get(&name) {
                return Err(format!("{name} is declared in {other} and in {file}"));
            }
            self.map.insert(name, (decl, file.to_owned()));
        }
        Ok(())
    }

    /// The declaration of `name`.
    pub fn get(&self, name: &str) -> Option<&Decl> {
        self.map.get(name).map(|d| &d.0)
    }

    /// The names declared in `file`.
    pub fn names_in(&self, file: &str) -> BTreeSet<String> {
        self.map
            .iter()
            .filter(|(_, (_, f))| f == file)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Every key of interface `name`, inherited ones included (a key redeclared below wins).
    pub fn fields(&self, name: &str) -> Option<Vec<Field>> {
        let Decl::Interface { extends, fields } = self.get(name)? else {
            return None;
        };
        let mut out: Vec<Field> = Vec::new();
        for parent in extends {
            for f in self.fields(parent)? {
                out.retain(|g| g.name != f.name);
                out.push(f);
            }
        }
        for f in fields {
            out.retain(|g| g.name != f.name);
            out.push(f.clone());
        }
        Some(out)
    }

    /// The type of key `key` of interface `name`.
    pub fn field(&self, name: &str, key: &str) -> Option<Ty> {
        self.fields(name)?
            .into_iter()
            .find(|f| f.name == key)
            .map(|f| f.ty)
    }

    /// Problems of the declarations themselves: names that are used but neither declared nor
    /// `built_in` (types of the JavaScript platform), `extends` of something that is no
    /// interface.
    pub fn unresolved(&self, built_in: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for (name, (decl, file)) in &self.map {
            let mut used = BTreeSet::new();
            match decl {
                Decl::Alias(ty) => ty.names(&mut used),
                Decl::Interface { extends, fields } => {
                    for parent in extends {
                        if !matches!(self.get(parent), Some(Decl::Interface { .. })) {
                            out.push(format!("{file}: {name} extends {parent}, no interface"));
                        }
                    }
                    fields.iter().for_each(|f| f.ty.names(&mut used));
                }
            }
            for u in used {
                if self.get(&u).is_none() && !built_in.contains(&u.as_str()) {
                    out.push(format!("{file}: {name} uses {u}, which is not declared"));
                }
            }
        }
        out
    }

    /// The string literals a type allows (through aliases, unions and arrays; `null` ignored).
    /// `Err` names a member that is not a string literal.
    pub fn literals(&self, ty: &Ty) -> Result<BTreeSet<String>, String> {
        let mut out = BTreeSet::new();
        self.collect_literals(ty, &mut out, 0)?;
        Ok(out)
    }

    fn collect_literals(
        &self,
        ty: &Ty,
        out: &mut BTreeSet<String>,
        depth: usize,
    ) -> Result<(), String> {
        if depth > 32 {
            return Err(format!("{ty}: aliases nest too deep"));
        }
        match ty {
            Ty::Lit(s) => {
                out.insert(s.clone());
            }
            Ty::Null => {}
            Ty::Array(t) => self.collect_literals(t, out, depth + 1)?,
            Ty::Union(ts) => {
                for t in ts {
                    self.collect_literals(t, out, depth + 1)?;
                }
            }
            Ty::Named(n) => match self.get(n) {
                Some(Decl::Alias(t)) => self.collect_literals(t, out, depth + 1)?,
                _ => return Err(format!("{n} is not a union of string literals")),
            },
            other => return Err(format!("{other} is not a string literal")),
        }
        Ok(())
    }
}

// --- values ---------------------------------------------------------------------------------

/// One mismatch: where in the value (`$.issues[].code`, array positions as `[]`), what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mismatch {
    /// The path in the value, array positions left out so that equal problems group.
    pub at: String,
    /// What is wrong.
    pub what: String,
}

fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

/// Checks JSON values against declarations; remembers which declarations it used.
pub struct Matcher<'d> {
    /// The declarations.
    pub decls: &'d Decls,
    /// The names resolved while checking.
    pub used: BTreeSet<String>,
}

impl<'d> Matcher<'d> {
    /// A matcher over `decls`.
    pub fn new(decls: &'d Decls) -> Self {
        Matcher {
            decls,
            used: BTreeSet::new(),
        }
    }

    /// The mismatches of `value` against `ty` (empty: it matches).
    pub fn check(&mut self, ty: &Ty, value: &Value) -> Vec<Mismatch> {
        let mut out = Vec::new();
        self.go(ty, value, "$", &mut out, 0);
        out
    }

    /// Whether the JSON kind of `value` is one `ty` may have (not looking inside).
    fn kind_fits(&self, ty: &Ty, value: &Value, depth: usize) -> bool {
        match (ty, value) {
            (Ty::Unknown, _) => true,
            (Ty::Str | Ty::Lit(_), Value::String(_)) => true,
            (Ty::Num, Value::Number(_)) => true,
            (Ty::Bool, Value::Bool(_)) => true,
            (Ty::Null, Value::Null) => true,
            (Ty::Array(_), Value::Array(_)) => true,
            (Ty::Record(_), Value::Object(_)) => true,
            (Ty::Union(ts), _) => ts.iter().any(|t| self.kind_fits(t, value, depth + 1)),
            (Ty::Named(n), _) if depth < 32 => match self.decls.get(n) {
                Some(Decl::Alias(t)) => self.kind_fits(t, value, depth + 1),
                Some(Decl::Interface { .. }) => value.is_object(),
                None => false,
            },
            _ => false,
        }
    }

    fn go(&mut self, ty: &Ty, value: &Value, at: &str, out: &mut Vec<Mismatch>, depth: usize) {
        let mut fail = |what: String| {
            out.push(Mismatch {
                at: at.to_owned(),
                what,
            })
        };
        if depth > 64 {
            return fail(format!("{ty}: types nest too deep"));
        }
        match ty {
            Ty::Unknown => {}
            Ty::Str if value.is_string() => {}
            Ty::Num if value.is_number() => {}
            Ty::Bool if value.is_boolean() => {}
            Ty::Null if value.is_null() => {}
            Ty::Lit(s) if value.as_str() == Some(s.as_str()) => {}
            Ty::Str | Ty::Num | Ty::Bool | Ty::Null | Ty::Undefined | Ty::Lit(_) => {
                fail(format!("{} is not {ty}", show(value)))
            }
            Ty::Array(t) => match value {
                Value::Array(items) => {
                    let inner = format!("{at}[]");
                    for item in items {
                        self.go(t, item, &inner, out, depth + 1);
                    }
                }
                _ => fail(format!("{} is not {ty}", show(value))),
            },
            Ty::Record(t) => match value {
                Value::Object(map) => {
                    for (k, v) in map {
                        self.go(t, v, &format!("{at}[{k:?}]"), out, depth + 1);
                    }
                }
                _ => fail(format!("{} is not {ty}", show(value))),
            },
            Ty::Union(members) => {
                let mut tried: Vec<Vec<Mismatch>> = Vec::new();
                for m in members {
                    let mut sub = Vec::new();
                    self.go(m, value, at, &mut sub, depth + 1);
                    if sub.is_empty() {
                        return;
                    }
                    if self.kind_fits(m, value, 0) {
                        tried.push(sub);
                    }
                }
                // One member of the value's kind: its mismatches say most; otherwise the union.
                match tried.len() {
                    1 => out.append(&mut tried.pop().unwrap()),
                    _ => fail(format!("{} is not {ty}", show(value))),
                }
            }
            Ty::Named(name) => {
                self.used.insert(name.clone());
                match self.decls.get(name) {
                    None => fail(format!("{name} is not declared")),
                    Some(Decl::Alias(t)) => {
                        let t = t.clone();
                        let mut sub = Vec::new();
                        self.go(&t, value, at, &mut sub, depth + 1);
                        // A mismatch at this very place names the alias, not its expansion.
                        for m in &mut sub {
                            if m.at == at && matches!(t, Ty::Union(_) | Ty::Lit(_)) {
                                m.what = format!("{} is not {name}", show(value));
                            }
                        }
                        sub.dedup();
                        out.append(&mut sub);
                    }
                    Some(Decl::Interface { .. }) => {
                        let Value::Object(map) = value else {
                            return fail(format!("{} is not {name}", show(value)));
                        };
                        let Some(fields) = self.decls.fields(name) else {
                            return fail(format!("{name} extends an undeclared interface"));
                        };
                        for (k, v) in map {
                            match fields.iter().find(|f| &f.name == k) {
                                None => out.push(Mismatch {
                                    at: at.to_owned(),
                                    what: format!("key {k:?} is not declared in {name}"),
                                }),
                                Some(f) => self.go(&f.ty, v, &format!("{at}.{k}"), out, depth + 1),
                            }
                        }
                        for f in fields.iter().filter(|f| !f.optional) {
                            if !map.contains_key(&f.name) {
                                out.push(Mismatch {
                                    at: at.to_owned(),
                                    what: format!("required key {:?} of {name} is missing", f.name),
                                });
                            }
                        }
                    }
                }
            }
        }
    }
}
