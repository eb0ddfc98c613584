package io.eventref.validate;

import io.eventref.diagnostic.Diagnostics;

/** One validation rule: reports every place where the content breaks it. */
interface Rule {

    void check(ContentIndex content, Diagnostics diagnostics);
}
