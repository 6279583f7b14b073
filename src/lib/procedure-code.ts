/** The national procedure code, e.g. "1.001193" (see REFERENCE.md: MATTHC). */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;
