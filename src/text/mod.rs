//! Vietnamese text normalisation: NFC composition, tone-mark placement, case and space folding.
//! (Filled in by the administrative-units issue.)
