//! Tables: spreadsheets of records (CSV text, or a sheet's rows), one record per row, read into
//! records of a kind by their column headers.
//!
//! A flat spreadsheet maps to nested records by header. A header is a wire path
//! (`person.fullName`, `assignments[0].startDate`, `person.identifiers[kind=cccd].number`) or
//! a header of the kind's flat view ([`columns`]): the Vietnamese and English labels of the
//! fields, generated from the registry's field descriptions (`Họ và tên`, `Ngày sinh`,
//! `Số CCCD`), compared without case, diacritics, spaces or punctuation. A [`ColumnMapping`]
//! maps anything else, or ignores a column on purpose; every other column is reported
//! (`column_unknown`), never dropped in silence. [`column_uses`] says how each column is read.
//!
//! Cells are read as a person typed them (`15/03/2024`, `Nam`, `có`, `2,34`: see the cell
//! rules in `cell.rs`); a cell that does not read as its field's type is passed on as text for
//! the record's rules to report. The batch layer ([`crate::batch`], format `csv`) checks the
//! records and names the column of every issue.

mod cell;
mod columns;
mod mapping;
mod migrate;
mod reader;
mod record;
mod target;

pub use columns::{column, columns, Column, IDENTIFIER_NAMES, LIST_POSITIONS};
pub use mapping::{column_uses, ColumnMapping, ColumnUse};
pub use migrate::{address_columns, migrate_cells, migrate_record, AddressColumns, Migration};
pub use reader::{CsvCells, CsvRow, TablePiece, TableReader, TableRow};
pub use target::Target;
