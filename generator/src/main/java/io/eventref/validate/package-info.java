/** The validation rules, one class each, over the drafts; the only user of the JSON Schema validator. */
package io.eventref.validate;
