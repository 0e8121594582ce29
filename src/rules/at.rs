//! [`At`]: where a rule is looking, as borrowed links on the stack. A [`Path`] (owned segments)
//! is built from it only when an issue is raised, so the rules walk a valid record without
//! copying a path for every field they enter.

use crate::issue::Path;

use super::check::LazyPath;

/// Where a rule is looking: a [`Path`] given whole (the record's base) followed by the keys and
/// indices the rules went down, each link borrowing the one above it.
///
/// ```
/// use ctxh::issue::Path;
/// use ctxh::rules::at::At;
/// let base = Path::root().key("members");
/// let at = At::from(&base);
/// let member = at.index(2);
/// assert_eq!(member.key("phone").path().to_string(), "members[2].phone");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct At<'p>(Link<'p>);

#[derive(Debug, Clone, Copy)]
enum Link<'p> {
    Base(&'p Path),
    Key(&'p At<'p>, &'static str),
    Index(&'p At<'p>, usize),
}

impl<'p> At<'p> {
    /// The place `key` below this one.
    pub fn key(&self, key: &'static str) -> At<'_> {
        At(Link::Key(self, key))
    }

    /// The place `index` below this one (an array element).
    pub fn index(&self, index: usize) -> At<'_> {
        At(Link::Index(self, index))
    }

    /// The path of this place, built now (for an issue).
    pub fn path(&self) -> Path {
        match self.0 {
            Link::Base(path) => path.clone(),
            Link::Key(parent, key) => parent.path().key(key),
            Link::Index(parent, index) => parent.path().index(index),
        }
    }
}

impl<'p> From<&'p Path> for At<'p> {
    fn from(path: &'p Path) -> Self {
        At(Link::Base(path))
    }
}

impl LazyPath for At<'_> {
    fn into_path(self) -> Path {
        self.path()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_same_path_as_the_owned_steps() {
        let base = Path::root().key("staff").index(3);
        let at = At::from(&base);
        let person = at.key("person");
        let ids = person.key("identifiers");
        let id = ids.index(1);
        let owned = base
            .clone()
            .key("person")
            .key("identifiers")
            .index(1)
            .key("number");
        assert_eq!(id.key("number").path(), owned);
        assert_eq!(At::from(&Path::root()).path(), Path::root());
        assert_eq!(at.path(), base);
    }
}
