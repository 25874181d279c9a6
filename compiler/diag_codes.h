/* Every diagnostic code, once: DIAG_CODE(NAME, code, level, text) is
 * enum diag_code's DIAG_NAME (diag.h), the code `check -f json` and SARIF
 * report, its default level, and what it means (SARIF's rules).  ORDER:
 * SARIF lists its rules in this order, and a result's ruleIndex counts
 * them; add new codes anywhere. */
DIAG_CODE(SYNTAX, "syntax", "error",
          "The text does not follow the protocol grammar.")
DIAG_CODE(UNDEFINED_NAME, "undefined-name", "error",
          "A name that is not declared: field, check, step, stage or reference.")
DIAG_CODE(DUPLICATE_NAME, "duplicate-name", "error",
          "A name declared twice, or a modifier given twice.")
DIAG_CODE(RESERVED_NAME, "reserved-name", "error",
          "A field named 'done' or declared under it: 'done' lists completed steps.")
DIAG_CODE(ID, "id", "error",
          "More than one id field, or a set field as the id.")
DIAG_CODE(TYPE, "type", "error",
          "Operands of the wrong type for an operator, or a value where a condition belongs.")
DIAG_CODE(MEMBER, "member", "error",
          "A value outside the members of a one-of or set field.")
DIAG_CODE(RANGE, "range", "error",
          "A range whose low end is greater than its high end.")
DIAG_CODE(SET_SIZE, "set-size", "error",
          "A one-of or set type with more than 64 members.")
DIAG_CODE(CYCLE, "cycle", "error",
          "Checks that use each other, or steps that come after each other.")
DIAG_CODE(AFTER_ORDER, "after-order", "error",
          "An 'after' naming a step or stage of a later stage.")
DIAG_CODE(TOO_MANY_ERRORS, "too-many-errors", "error",
          "Reporting stopped after too many errors.")
DIAG_CODE(UNUSED_FIELD, "unused-field", "warning",
          "A record field that no condition reads.")
DIAG_CODE(UNUSED_CHECK, "unused-check", "warning",
          "A check that no condition uses.")
DIAG_CODE(UNUSED_REFERENCE, "unused-reference", "warning",
          "A reference that no contraindication cites.")
DIAG_CODE(CONSTANT_CONDITION, "constant-condition", "warning",
          "A condition that is true, or false, whatever the record holds.")
DIAG_CODE(NEVER_APPLIES, "never-applies", "warning",
          "A step that no record can ever have planned.")
DIAG_CODE(EMPTY_STAGE, "empty-stage", "warning",
          "A stage with no steps.")
