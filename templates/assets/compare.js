/* eventref compare page: the diff report between any two releases, computed in the browser from
   the published model (window.EVENTREF_MODEL, shaped as schemas/model.schema.json says).

   The computation follows the Java package io.eventref.diff step by step (each part below names
   the class it follows), so that window.eventrefCompare(from, to) returns the object that
   `eventref diff FROM TO --format json` prints, and the page words the report as the Markdown and
   HTML reports do. A change there must be made here too: CompareBrowserIT compares the two for
   every pair of releases of the real content and of the fixtures diff and compare.

   Model text (names, notes) is untrusted: it only ever reaches the page as text nodes. */
(function () {
  "use strict";

  var OWN = "own";
  var GLOBAL = "global";

  /* ---- Version: numeric comparison of release numbers such as 2.3.10 ---- */

  var VERSION_SYNTAX = /^v?\d+(\.\d+)+$/;

  function versionParts(version) {
    return version.replace(/^v/, "").split(".").map(Number);
  }
  function compareVersions(a, b) {
    var x = versionParts(a);
    var y = versionParts(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] !== y[i]) { return x[i] < y[i] ? -1 : 1; }
    }
    return x.length === y.length ? 0 : (x.length < y.length ? -1 : 1);
  }
  function isAfter(a, b) { return compareVersions(a, b) > 0; }
  function isBefore(a, b) { return compareVersions(a, b) < 0; }
  /** "v2.3.07" -> "2.3.7", as Version.parse(text).toString(); null when it is no version. */
  function normalizeVersion(text) {
    return typeof text === "string" && VERSION_SYNTAX.test(text) ? versionParts(text).join(".") : null;
  }
  /** Java's String.compareTo: UTF-16 code units, as TreeMap orders names. */
  function compareStrings(a, b) { return a < b ? -1 : (a > b ? 1 : 0); }
  /** A stable sort by release, as Comparator.comparing(...::version) sorts. */
  function sortedByVersion(list, versionOf) {
    return list.slice().sort(function (a, b) { return compareVersions(versionOf(a), versionOf(b)); });
  }

  /* ---- Lifecycle ---- */

  function makeLifecycle(added, deprecated, deprecatedNote, removed, removedNote, changes) {
    return {
      added: added, deprecated: deprecated, deprecatedNote: deprecatedNote,
      removed: removed, removedNote: removedNote,
      changes: sortedByVersion(changes, function (change) { return change.version; })
    };
  }
  function readLifecycle(item) {
    return makeLifecycle(item.added, item.deprecated, item.deprecatedNote === undefined ? null : item.deprecatedNote,
        item.removed, item.removedNote === undefined ? null : item.removedNote,
        item.changes.map(function (change) { return { version: change.version, note: change.note }; }));
  }
  function existsIn(lifecycle, release) {
    return (lifecycle.added === null || !isAfter(lifecycle.added, release))
        && (lifecycle.removed === null || isAfter(lifecycle.removed, release));
  }
  /** Lifecycle.asOf: later deprecation, removal and changes dropped. */
  function lifecycleAsOf(lifecycle, release) {
    var deprecatedThen = lifecycle.deprecated !== null && !isAfter(lifecycle.deprecated, release);
    var removedThen = lifecycle.removed !== null && !isAfter(lifecycle.removed, release);
    return makeLifecycle(lifecycle.added,
        deprecatedThen ? lifecycle.deprecated : null, deprecatedThen ? lifecycle.deprecatedNote : null,
        removedThen ? lifecycle.removed : null, removedThen ? lifecycle.removedNote : null,
        lifecycle.changes.filter(function (change) { return !isAfter(change.version, release); }));
  }

  /* ---- Reference: the parts of the model export that a diff reads, and Reference.asOf ---- */

  function readReference(model) {
    return {
      versions: model.releases.slice(),
      categories: model.categories.map(function (category) {
        return { name: category.name, lifecycle: readLifecycle(category) };
      }),
      events: model.events.map(function (event) {
        return {
          name: event.name, process: event.process, aliases: event.aliases.slice(),
          lifecycle: readLifecycle(event),
          fields: event.fields.map(function (field) {
            return { name: field.name, type: field.type, values: field.values.slice(),
              lifecycle: readLifecycle(field), origin: field.source };
          })
        };
      })
    };
  }
  function fieldsAsOf(fields, release) {
    return fields.filter(function (field) { return existsIn(field.lifecycle, release); })
        .map(function (field) {
          return { name: field.name, type: field.type, values: field.values,
            lifecycle: lifecycleAsOf(field.lifecycle, release), origin: field.origin };
        });
  }
  function referenceAsOf(reference, release) {
    return {
      versions: reference.versions.filter(function (version) { return !isAfter(version, release); }),
      categories: reference.categories.filter(function (category) { return existsIn(category.lifecycle, release); })
          .map(function (category) {
            return { name: category.name, lifecycle: lifecycleAsOf(category.lifecycle, release) };
          }),
      events: reference.events.filter(function (event) { return existsIn(event.lifecycle, release); })
          .map(function (event) {
            return { name: event.name, process: event.process, aliases: event.aliases,
              lifecycle: lifecycleAsOf(event.lifecycle, release), fields: fieldsAsOf(event.fields, release) };
          })
    };
  }

  /** A Map whose keys are inserted in alphabetical order, as a TreeMap iterates. */
  function sortedMap(entries) {
    var map = new Map();
    entries.sort(function (a, b) { return compareStrings(a[0], b[0]); })
        .forEach(function (entry) { map.set(entry[0], entry[1]); });
    return map;
  }

  /* ---- NamedEvent: an event by name, its declarations (one per emitting process) together ---- */

  function NamedEvent(name, declarations) {
    this.name = name;
    this.declarations = declarations;
  }
  NamedEvent.byName = function (reference) {
    var byName = new Map();
    reference.events.forEach(function (event) {
      if (!byName.has(event.name)) { byName.set(event.name, []); }
      byName.get(event.name).push(event);
    });
    var entries = [];
    byName.forEach(function (declarations, name) { entries.push([name, new NamedEvent(name, declarations)]); });
    return sortedMap(entries);
  };
  /** The fields of every declaration by name, in model order; the first of a name wins. */
  NamedEvent.prototype.fields = function () {
    var fields = new Map();
    this.declarations.forEach(function (event) {
      event.fields.forEach(function (field) { if (!fields.has(field.name)) { fields.set(field.name, field); } });
    });
    return fields;
  };
  NamedEvent.prototype.processes = function () {
    return this.declarations.map(function (event) { return event.process; })
        .filter(function (process) { return process !== null; }).sort(compareStrings);
  };
  NamedEvent.prototype.aliases = function () {
    var aliases = [];
    this.declarations.forEach(function (event) {
      event.aliases.forEach(function (alias) { if (aliases.indexOf(alias) < 0) { aliases.push(alias); } });
    });
    return aliases;
  };
  NamedEvent.prototype.existsIn = function (release) {
    return this.declarations.some(function (event) { return existsIn(event.lifecycle, release); });
  };
  /** The declarations' lifecycles as one, as NamedEvent.lifecycle() merges them. */
  NamedEvent.prototype.lifecycle = function () {
    var all = this.declarations.map(function (event) { return event.lifecycle; });
    var added = all.some(function (lifecycle) { return lifecycle.added === null; }) ? null
        : all.map(function (lifecycle) { return lifecycle.added; })
            .reduce(function (a, b) { return compareVersions(a, b) <= 0 ? a : b; });
    var deprecated = latest(all, "deprecated");
    var removed = latest(all, "removed");
    return makeLifecycle(added, deprecated ? deprecated.deprecated : null, deprecated ? deprecated.deprecatedNote : null,
        removed ? removed.removed : null, removed ? removed.removedNote : null, distinctChanges(all));
  };
  /** The change notes of {@code lifecycles} in turn, each once, as a LinkedHashSet of Change keeps them. */
  function distinctChanges(lifecycles) {
    var seen = new Set();
    var changes = [];
    lifecycles.forEach(function (lifecycle) {
      lifecycle.changes.forEach(function (change) {
        var key = change.version + "\u0000" + change.note;
        if (!seen.has(key)) { seen.add(key); changes.push(change); }
      });
    });
    return changes;
  }
  /** The lifecycle with the latest {@code key} version (the first of equal ones); null when one has none. */
  function latest(all, key) {
    if (all.some(function (lifecycle) { return lifecycle[key] === null; })) { return null; }
    return all.reduce(function (a, b) { return compareVersions(a[key], b[key]) >= 0 ? a : b; });
  }

  /* ---- Lineage: the lifecycle of something known under two names in turn ---- */

  /** Lineage.across: added with the earlier, removed with the later (never when either never is), deprecated as the newer. */
  function lifecycleAcross(older, newer) {
    var added = older.added === null || newer.added === null ? null
        : (compareVersions(older.added, newer.added) <= 0 ? older.added : newer.added);
    var removal = older.removed === null || newer.removed === null ? null
        : (isAfter(older.removed, newer.removed) ? older : newer);
    return makeLifecycle(added, newer.deprecated, newer.deprecatedNote,
        removal ? removal.removed : null, removal ? removal.removedNote : null, distinctChanges([older, newer]));
  }

  /* ---- Span: the two releases compared, and the whole model between them ---- */

  function Span(whole, from, to) {
    this.whole = whole;
    this.from = from;
    this.to = to;
    this.before = referenceAsOf(whole, from);
    this.after = referenceAsOf(whole, to);
  }
  Span.prototype.covers = function (version) {
    return version !== null && isAfter(version, this.from) && !isAfter(version, this.to);
  };
  Span.prototype.notes = function (lifecycle) {
    var span = this;
    return lifecycle.changes.filter(function (change) { return span.covers(change.version); });
  };
  Span.prototype.existedBetween = function (exists) {
    var span = this;
    return this.whole.versions.some(function (version) {
      return isAfter(version, span.from) && isBefore(version, span.to) && exists(version);
    });
  };
  Span.prototype.firstWith = function (exists) {
    return this.firstAfter(this.from, exists);
  };
  Span.prototype.firstWithout = function (since, exists) {
    return this.firstAfter(since, function (version) { return !exists(version); });
  };
  Span.prototype.firstAfter = function (since, test) {
    var to = this.to;
    var found = this.whole.versions.filter(function (version) {
      return isAfter(version, since) && !isAfter(version, to);
    }).filter(test);
    return found.length ? found[0] : to;
  };
  function lifecycleTest(lifecycle) {
    return function (version) { return existsIn(lifecycle, version); };
  }

  /* ---- Subject: what a difference is about ---- */

  function eventSubject(name) { return { event: name, field: null, origin: null, category: null }; }
  function fieldSubject(event, field, origin) { return { event: event, field: field, origin: origin, category: null }; }
  function categorySubject(name) { return { event: null, field: null, origin: null, category: name }; }
  function kindOf(subject) {
    if (subject.category !== null) { return "category"; }
    return subject.field !== null ? "field" : "event";
  }
  function nameOf(subject) {
    var kind = kindOf(subject);
    return kind === "event" ? subject.event : (kind === "field" ? subject.field : subject.category);
  }
  function isInherited(subject) {
    return subject.field !== null && subject.origin !== OWN && subject.origin !== GLOBAL;
  }

  /* ---- Difference: one record per kind, told apart by "type" ---- */

  function added(subject, version) { return { type: "added", subject: subject, version: version }; }
  function removed(subject, version, note) { return { type: "removed", subject: subject, version: version, note: note }; }
  function renamed(before, subject, version, note) {
    return { type: "renamed", before: before, subject: subject, version: version, note: note };
  }
  function deprecated(subject, version, note) { return { type: "deprecated", subject: subject, version: version, note: note }; }
  function cameAndWent(subject, addedIn, removedIn, note) {
    return { type: "cameAndWent", subject: subject, added: addedIn, removed: removedIn, note: note };
  }
  function noted(subject, version, note) { return { type: "noted", subject: subject, version: version, note: note }; }
  function changedPair(type, subject, before, after) { return { type: type, subject: subject, before: before, after: after }; }
  /** Difference.ValuesChanged.narrowed(): some value allowed before is no longer allowed. */
  function narrowed(values) {
    return values.after.length > 0 && (values.before.length === 0 || !values.before.every(function (value) {
      return values.after.indexOf(value) >= 0;
    }));
  }
  function dropped(values) {
    return values.before.filter(function (value) { return values.after.indexOf(value) < 0; });
  }

  /* ---- RenameNotes: "Renamed from `x`", "Renamed to `y`" in the content's notes ---- */

  /* Java's (?i) is ASCII-only, as is JavaScript's i without u; its \s is [ \t\n\x0B\f\r]. Java 17's
     \b before a letter holds unless a letter, digit or _ (or a mark on a letter or digit) precedes. */
  var RENAMED_FROM = /(?:renamed from|previously (?:named|called)|formerly(?: named| called)?|was (?:named|called))[ \t\n\u000B\f\r]+`([^`]+)`/gi;
  var RENAMED_TO = /renamed (?:to|as)[ \t\n\u000B\f\r]+`([^`]+)`/gi;
  var WORD_BEFORE = /(?:[\p{L}\p{Nd}_]|[\p{L}\p{Nd}]\p{Mn}+)$/u;

  function firstName(pattern, note) {
    if (note === null) { return null; }
    pattern.lastIndex = 0;
    var match;
    while ((match = pattern.exec(note)) !== null) {
      if (!WORD_BEFORE.test(note.substring(0, match.index))) { return match[1]; }
      pattern.lastIndex = match.index + 1;
    }
    return null;
  }
  function renamedFrom(note) { return firstName(RENAMED_FROM, note); }
  function renamedTo(note) { return firstName(RENAMED_TO, note); }

  /* ---- Renames: what went away paired with what came ---- */

  function pairRenames(removedNames, addedNames, removedNote, notes, aliases) {
    var renames = [];
    var taken = new Set();
    removedNames.forEach(function (old) {
      for (var i = 0; i < addedNames.length; i++) {
        var candidate = addedNames[i];
        if (taken.has(candidate)) { continue; }
        var note = renameLink(old, candidate, removedNote, notes, aliases);
        if (note !== null) {
          renames.push({ before: old, after: candidate, note: note === "" ? null : note });
          taken.add(candidate);
          break;
        }
      }
    });
    return renames;
  }
  /** The note that links the two names ("" when an alias does); null when nothing does. */
  function renameLink(old, candidate, removedNote, notes, aliases) {
    var removal = removedNote(old);
    if (renamedTo(removal) === candidate) { return removal; }
    var changes = notes(candidate);
    for (var i = 0; i < changes.length; i++) {
      if (renamedFrom(changes[i].note) === old) { return changes[i].note; }
    }
    return aliases(candidate).indexOf(old) >= 0 ? "" : null;
  }
  function renameTo(renames, after) {
    for (var i = 0; i < renames.length; i++) { if (renames[i].after === after) { return renames[i]; } }
    return null;
  }
  function renamedAway(renames, before) {
    return renames.some(function (rename) { return rename.before === before; });
  }
  function keysWithout(map, other) {
    var keys = [];
    map.forEach(function (value, key) { if (!other.has(key)) { keys.push(key); } });
    return keys;
  }

  /* ---- Happenings: what an item's own lifecycle tells of the span ---- */

  function happenings(span, subject, lifecycle, named, told) {
    var found = [];
    span.notes(lifecycle).forEach(function (change) {
      var oldName = named === null ? null : renamedFrom(change.note);
      if (oldName !== null && oldName !== nameOf(subject)) {
        found.push(renamed(named(oldName), subject, change.version, change.note));
      } else if (change.note !== told) {
        found.push(noted(subject, change.version, change.note));
      }
    });
    return found.concat(deprecation(span, subject, lifecycle));
  }
  function deprecation(span, subject, lifecycle) {
    return span.covers(lifecycle.deprecated) ? [deprecated(subject, lifecycle.deprecated, lifecycle.deprecatedNote)] : [];
  }
  /** The removal note when the item went away in {@code version}, else null. */
  function noteIfRemovedIn(lifecycle, version) {
    return version === lifecycle.removed ? lifecycle.removedNote : null;
  }

  /* ---- FieldDiffer: the fields one event carries in the two releases ---- */

  function compareFields(span, event, before, after, whole) {
    var removedNames = keysWithout(before, after);
    var renames = pairRenames(removedNames, keysWithout(after, before),
        function (name) { return whole.has(name) ? whole.get(name).lifecycle.removedNote : null; },
        function (name) { return span.notes(after.get(name).lifecycle); },
        function () { return []; });
    var differences = [];
    after.forEach(function (now) {
      differences = differences.concat(presentField(span, event, before, now, renames));
    });
    removedNames.forEach(function (name) {
      if (!renamedAway(renames, name)) {
        var then = before.get(name);
        var lifecycle = (whole.has(name) ? whole.get(name) : then).lifecycle;
        var version = span.firstWithout(span.from, lifecycleTest(lifecycle));
        differences.push(removed(fieldSubject(event, then.name, then.origin), version,
            noteIfRemovedIn(lifecycle, version)));
      }
    });
    whole.forEach(function (field) {
      var lifecycle = field.lifecycle;
      if (before.has(field.name) || after.has(field.name) || !span.existedBetween(lifecycleTest(lifecycle))) { return; }
      var addedIn = span.firstWith(lifecycleTest(lifecycle));
      var removedIn = span.firstWithout(addedIn, lifecycleTest(lifecycle));
      differences.push(cameAndWent(fieldSubject(event, field.name, field.origin), addedIn, removedIn,
          noteIfRemovedIn(lifecycle, removedIn)));
    });
    return differences;
  }
  function presentField(span, event, before, now, renames) {
    var subject = fieldSubject(event, now.name, now.origin);
    var differences = [];
    var then = before.has(now.name) ? before.get(now.name) : null;
    var told = null;
    var rename = renameTo(renames, now.name);
    if (rename !== null) {
      then = before.get(rename.before);
      told = rename.note;
      differences.push(renamed(fieldSubject(event, then.name, then.origin), subject,
          span.firstWith(lifecycleTest(now.lifecycle)), told));
    } else if (then === null) {
      differences.push(added(subject, span.firstWith(lifecycleTest(now.lifecycle))));
    }
    if (then === null) {
      return differences.concat(deprecation(span, subject, now.lifecycle));
    }
    differences = differences.concat(sameField(subject, then, now));
    var origin = now.origin;
    return differences.concat(happenings(span, subject, now.lifecycle,
        rename !== null ? null : function (name) { return fieldSubject(event, name, origin); }, told));
  }
  /** How the same field (or a renamed one) differs: type, allowed values (as sets), origin. */
  function sameField(subject, then, now) {
    var differences = [];
    if (then.type !== now.type) {
      differences.push(changedPair("typeChanged", subject, then.type, now.type));
    }
    if (!sameSet(then.values, now.values)) {
      differences.push(changedPair("valuesChanged", subject, then.values.slice(), now.values.slice()));
    }
    if (then.origin !== now.origin) {
      differences.push(changedPair("originChanged", subject, then.origin, now.origin));
    }
    return differences;
  }
  function sameList(a, b) {
    return a.length === b.length && a.every(function (value, i) { return value === b[i]; });
  }
  function sameSet(a, b) {
    var x = new Set(a);
    var y = new Set(b);
    if (x.size !== y.size) { return false; }
    var same = true;
    x.forEach(function (value) { same = same && y.has(value); });
    return same;
  }

  /* ---- EventDiffer: event by event, alphabetically ---- */

  function compareEvents(span) {
    var before = NamedEvent.byName(span.before);
    var after = NamedEvent.byName(span.after);
    var whole = NamedEvent.byName(span.whole);
    var renames = pairRenames(keysWithout(before, after), keysWithout(after, before),
        function (name) { return whole.get(name).lifecycle().removedNote; },
        function (name) { return span.notes(after.get(name).lifecycle()); },
        function (name) { return after.get(name).aliases(); });
    var differences = [];
    whole.forEach(function (event, name) {
      if (after.has(name)) {
        differences = differences.concat(presentEvent(span, before, whole, after.get(name), renames));
      } else if (before.has(name)) {
        if (!renamedAway(renames, name)) {
          var lifecycle = event.lifecycle();
          var version = span.firstWithout(span.from, event.existsIn.bind(event));
          differences.push(removed(eventSubject(name), version, noteIfRemovedIn(lifecycle, version)));
        }
      } else if (span.existedBetween(event.existsIn.bind(event))) {
        var addedIn = span.firstWith(event.existsIn.bind(event));
        var removedIn = span.firstWithout(addedIn, event.existsIn.bind(event));
        differences.push(cameAndWent(eventSubject(name), addedIn, removedIn,
            noteIfRemovedIn(event.lifecycle(), removedIn)));
      }
    });
    return differences;
  }
  function presentEvent(span, before, whole, now, renames) {
    var subject = eventSubject(now.name);
    var rename = renameTo(renames, now.name);
    var then = before.get(rename !== null ? rename.before : now.name);
    if (then === undefined) {
      return [added(subject, span.firstWith(now.existsIn.bind(now)))].concat(deprecation(span, subject, now.lifecycle()));
    }
    var differences = [];
    var told = rename !== null ? rename.note : null;
    if (rename !== null) {
      differences.push(renamed(eventSubject(then.name), subject, span.firstWith(now.existsIn.bind(now)), told));
    }
    var processesBefore = then.processes();
    var processesAfter = now.processes();
    if (!sameList(processesBefore, processesAfter)) {
      differences.push(changedPair("processesChanged", subject, processesBefore, processesAfter));
    }
    var formerly = rename !== null ? whole.get(then.name).fields() : new Map();
    var wholeFields = acrossNames(whole.get(now.name).fields(), formerly);
    formerly.forEach(function (field, name) {
      if (!wholeFields.has(name)) { wholeFields.set(name, field); }
    });
    differences = differences.concat(compareFields(span, now.name, then.fields(), acrossNames(now.fields(), formerly),
        wholeFields));
    var lifecycle = rename !== null ? lifecycleAcross(whole.get(then.name).lifecycle(), now.lifecycle()) : now.lifecycle();
    return differences.concat(happenings(span, subject, lifecycle, rename !== null ? null : eventSubject, told));
  }

  /** EventDiffer.acrossNames: the fields also carried under the old name, with their lifecycle across both. */
  function acrossNames(fields, formerly) {
    var across = new Map();
    fields.forEach(function (field, name) {
      var old = formerly.get(name);
      across.set(name, old === undefined ? field : { name: field.name, type: field.type, values: field.values,
        lifecycle: lifecycleAcross(old.lifecycle, field.lifecycle), origin: field.origin });
    });
    return across;
  }

  /* ---- CategoryDiffer ---- */

  function categoriesByName(reference) {
    var byName = new Map();
    reference.categories.forEach(function (category) { byName.set(category.name, category); });
    var entries = [];
    byName.forEach(function (category, name) { entries.push([name, category]); });
    return sortedMap(entries);
  }
  function compareCategories(span) {
    var before = categoriesByName(span.before);
    var after = categoriesByName(span.after);
    var whole = categoriesByName(span.whole);
    var renames = pairRenames(keysWithout(before, after), keysWithout(after, before),
        function (name) { return whole.get(name).lifecycle.removedNote; },
        function (name) { return span.notes(after.get(name).lifecycle); },
        function () { return []; });
    var differences = [];
    whole.forEach(function (category, name) {
      var lifecycle = category.lifecycle;
      if (after.has(name)) {
        differences = differences.concat(presentCategory(span, before, whole, after.get(name), renames));
      } else if (before.has(name)) {
        if (!renamedAway(renames, name)) {
          var version = span.firstWithout(span.from, lifecycleTest(lifecycle));
          differences.push(removed(categorySubject(name), version, noteIfRemovedIn(lifecycle, version)));
        }
      } else if (span.existedBetween(lifecycleTest(lifecycle))) {
        var addedIn = span.firstWith(lifecycleTest(lifecycle));
        var removedIn = span.firstWithout(addedIn, lifecycleTest(lifecycle));
        differences.push(cameAndWent(categorySubject(name), addedIn, removedIn, noteIfRemovedIn(lifecycle, removedIn)));
      }
    });
    return differences;
  }
  function presentCategory(span, before, whole, now, renames) {
    var subject = categorySubject(now.name);
    var lifecycle = now.lifecycle;
    var rename = renameTo(renames, now.name);
    if (rename !== null) {
      var across = lifecycleAcross(whole.get(rename.before).lifecycle, lifecycle);
      return [renamed(categorySubject(rename.before), subject, span.firstWith(lifecycleTest(lifecycle)), rename.note)]
          .concat(happenings(span, subject, across, null, rename.note));
    }
    if (before.has(now.name)) {
      return happenings(span, subject, lifecycle, categorySubject, null);
    }
    return [added(subject, span.firstWith(lifecycleTest(lifecycle)))].concat(deprecation(span, subject, lifecycle));
  }

  /* ---- Differ ---- */

  /** The report from {@code from} to {@code to}: {from, to, differences}. Throws an Error with a message for people. */
  function diff(model, fromText, toText) {
    var whole = readReference(model);
    var from = listedRelease(whole, "FROM", fromText);
    var to = listedRelease(whole, "TO", toText);
    if (!isBefore(from, to)) {
      throw new Error("FROM must be older than TO: " + from + (from === to ? " is the same release" : " is newer than " + to));
    }
    var span = new Span(whole, from, to);
    return { from: from, to: to, differences: compareEvents(span).concat(compareCategories(span)) };
  }
  function listedRelease(reference, label, text) {
    var version = normalizeVersion(text);
    if (version === null || reference.versions.indexOf(version) < 0) {
      throw new Error(label + ": '" + text + "' is not a listed release; the releases are " + reference.versions.join(", "));
    }
    return version;
  }

  /* ---- Outline: the differences of events or categories, grouped as a report shows them ---- */

  function outline(differences, kind) {
    var mine = differences.filter(function (difference) {
      return (kind === "category") === (kindOf(difference.subject) === "category");
    });
    var top = function (type) {
      return mine.filter(function (difference) { return difference.type === type && kindOf(difference.subject) === kind; });
    };
    var addedItems = top("added");
    var fresh = new Set(addedItems.map(function (difference) { return nameOf(difference.subject); }));
    var changed = new Map();
    mine.forEach(function (difference) {
      var item = kind === "category" ? difference.subject.category : difference.subject.event;
      var listedAlone = kindOf(difference.subject) === kind && difference.type !== "deprecated"
          && difference.type !== "noted" && difference.type !== "processesChanged";
      if (!listedAlone && !fresh.has(item)) {
        if (!changed.has(item)) { changed.set(item, []); }
        changed.get(item).push(difference);
      }
    });
    var items = [];
    changed.forEach(function (itemDifferences, name) { items.push({ name: name, differences: itemDifferences }); });
    return { added: addedItems, removed: top("removed"), renamed: top("renamed"), deprecated: top("deprecated"),
      cameAndWent: top("cameAndWent"), changed: items };
  }
  function outlineIsEmpty(outline) {
    return !outline.added.length && !outline.removed.length && !outline.renamed.length && !outline.deprecated.length
        && !outline.cameAndWent.length && !outline.changed.length;
  }
  /** ChangedItem.fields(type) and own(type): the item's differences about its fields, or itself. */
  function fieldsOf(item, type) {
    return item.differences.filter(function (d) { return (type === null || d.type === type) && kindOf(d.subject) === "field"; });
  }
  function ownOf(item, type) {
    return item.differences.filter(function (d) { return d.type === type && kindOf(d.subject) !== "field"; });
  }

  /* ---- BreakingChanges and Wording ---- */

  var BREAKING = {
    removed: { event: ["event-removed", "Event removed"], field: ["field-removed", "Field removed"],
      category: ["category-removed", "Category removed"] },
    renamed: { event: ["event-renamed", "Event renamed"], field: ["field-renamed", "Field renamed"],
      category: ["category-renamed", "Category renamed"] },
    typeChanged: ["type-changed", "Type changed"],
    valuesNarrowed: ["values-narrowed", "Allowed values narrowed"]
  };

  function breakingChanges(differences) {
    var breaking = [];
    differences.forEach(function (difference) {
      if (difference.type === "removed") {
        breaking.push(change(BREAKING.removed[kindOf(difference.subject)], difference.subject, whyRemoved(difference)));
      } else if (difference.type === "renamed") {
        breaking.push(change(BREAKING.renamed[kindOf(difference.before)], difference.before, whyRenamed(difference)));
      } else if (difference.type === "typeChanged") {
        breaking.push(change(BREAKING.typeChanged, difference.subject, whyRetyped(difference)));
      } else if (difference.type === "valuesChanged" && narrowed(difference)) {
        breaking.push(change(BREAKING.valuesNarrowed, difference.subject, whyValues(difference)));
      }
    });
    return breaking;
  }
  function change(kind, subject, why) { return { id: kind[0], label: kind[1], subject: subject, why: why }; }

  function code(name) { return "`" + name + "`"; }
  function codes(names) { return names.map(code).join(", "); }
  function valuesText(values) { return values.length === 0 ? "any value" : codes(values); }
  /* Java's String.isBlank: Character.isWhitespace, which leaves out the no-break spaces. */
  var BLANK = /^[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]*$/;
  function withNote(text, note) { return note === null || BLANK.test(note) ? text : text + ": " + note; }
  function subjectText(subject) {
    var kind = kindOf(subject);
    if (kind === "event") { return code(subject.event); }
    return kind === "field" ? code(subject.event) + " field " + code(subject.field) : "category " + code(subject.category);
  }
  function whyRemoved(difference) {
    var text = "removed in " + difference.version;
    if (isInherited(difference.subject)) {
      text += " (it came through " + difference.subject.origin + ")";
    } else if (difference.subject.origin === GLOBAL) {
      text += " (a global field)";
    }
    return withNote(text, difference.note);
  }
  function whyRenamed(difference) {
    return withNote("renamed to " + code(nameOf(difference.subject)) + " in " + difference.version, difference.note);
  }
  function whyRetyped(difference) {
    return "type changed from " + code(difference.before) + " to " + code(difference.after);
  }
  function whyValues(difference) {
    if (difference.before.length === 0) { return "any value went, now only " + valuesText(difference.after); }
    return "no longer allows " + codes(dropped(difference)) + " (now " + valuesText(difference.after) + ")";
  }
  function dated(name, version) { return code(name) + " (" + version + ")"; }
  function count(n, noun) { return n + " " + noun + (n === 1 ? "" : "s"); }
  function cameAndWentText(difference) {
    return withNote(code(nameOf(difference.subject)) + ": added in " + difference.added + ", removed in "
        + difference.removed, difference.note);
  }

  /* ---- DiffJson and FieldsJson: the report as the JSON report writes it, keys in its order ---- */

  function toJson(report) {
    return {
      from: report.from,
      to: report.to,
      events: outlineJson(outline(report.differences, "event"), true),
      categories: outlineJson(outline(report.differences, "category"), false),
      breaking: breakingChanges(report.differences).map(function (change) {
        return { kind: change.id, event: change.subject.event, field: change.subject.field,
          category: change.subject.category, why: change.why };
      })
    };
  }
  function outlineJson(items, events) {
    return {
      added: names(items.added), removed: names(items.removed), deprecated: names(items.deprecated),
      renamed: renamedJson(items.renamed), cameAndWent: cameAndWentJson(items.cameAndWent),
      changed: items.changed.map(function (item) {
        var entry = { name: item.name };
        if (events) {
          entry.changed = ownOf(item, "processesChanged").map(function (change) {
            return { what: "processes", before: change.before.slice(), after: change.after.slice() };
          });
          entry.fields = fieldsJson(item);
        }
        entry.notes = notesJson(item);
        return entry;
      })
    };
  }
  function names(differences) { return differences.map(function (difference) { return nameOf(difference.subject); }); }
  function renamedJson(renames) {
    return renames.map(function (rename) {
      return { from: nameOf(rename.before), to: nameOf(rename.subject), version: rename.version, note: rename.note };
    });
  }
  function cameAndWentJson(visits) {
    return visits.map(function (visit) {
      return { name: nameOf(visit.subject), added: visit.added, removed: visit.removed, note: visit.note };
    });
  }
  /** Change notes, deprecations and field removals with their notes, by release. */
  function notesJson(item) {
    var kinds = { noted: "changed", deprecated: "deprecated", removed: "removed" };
    var withNotes = item.differences.filter(function (difference) {
      return kinds[difference.type] !== undefined && difference.note !== null;
    });
    return sortedByVersion(withNotes, function (difference) { return difference.version; }).map(function (difference) {
      return { version: difference.version, kind: kinds[difference.type], field: difference.subject.field,
        note: difference.note };
    });
  }
  function fieldsJson(item) {
    var origins = Object.create(null);
    fieldsOf(item, null).forEach(function (difference) { origins[difference.subject.field] = difference.subject.origin; });
    return {
      added: names(fieldsOf(item, "added")),
      removed: names(fieldsOf(item, "removed")),
      deprecated: names(fieldsOf(item, "deprecated")),
      renamed: renamedJson(fieldsOf(item, "renamed")),
      cameAndWent: cameAndWentJson(fieldsOf(item, "cameAndWent")),
      changed: fieldChangesJson(item),
      origins: origins
    };
  }
  function fieldChangesJson(item) {
    var what = { typeChanged: "type", valuesChanged: "values", originChanged: "origin" };
    return fieldsOf(item, null).filter(function (difference) { return what[difference.type] !== undefined; })
        .map(function (difference) {
          var list = difference.type === "valuesChanged";
          return { name: difference.subject.field, what: what[difference.type],
            before: list ? difference.before.slice() : difference.before,
            after: list ? difference.after.slice() : difference.after };
        });
  }

  /* ---- DocumentWriter and ChangedLines: the report worded for people ---- */

  function reportDocument(report) {
    var events = outline(report.differences, "event");
    var categories = outline(report.differences, "category");
    var breaking = breakingChanges(report.differences);
    var summary = report.differences.length === 0 ? "Nothing changed."
        : "Events: " + counts(events) + ". Categories: " + counts(categories) + ". "
          + (breaking.length === 0 ? "No breaking changes." : count(breaking.length, "breaking change") + ".");
    var breakingLines = breaking.map(function (change) {
      return change.label + ": " + subjectText(change.subject) + ": " + change.why;
    });
    return {
      title: "Event reference changes from " + report.from + " to " + report.to,
      summary: summary,
      parts: [part("Breaking changes", breakingLines.length ? breakingLines : ["None."], []),
        outlinePart("Events", events, "event"), outlinePart("Categories", categories, "category")]
    };
  }
  function part(heading, lines, parts) { return { heading: heading, lines: lines, parts: parts }; }
  function counts(items) {
    var found = [];
    [[items.added, "added"], [items.removed, "removed"], [items.renamed, "renamed"], [items.deprecated, "deprecated"],
      [items.changed, "changed"], [items.cameAndWent, "came and went"]].forEach(function (entry) {
      if (entry[0].length > 0) { found.push(entry[0].length + " " + entry[1]); }
    });
    return found.length ? found.join(", ") : "no changes";
  }
  function outlinePart(heading, items, noun) {
    if (outlineIsEmpty(items)) { return part(heading, ["No " + noun + " changed."], []); }
    var parts = [];
    var add = function (title, lines) { if (lines.length) { parts.push(part(title + " (" + lines.length + ")", lines, [])); } };
    add("Added", items.added.map(function (d) { return dated(nameOf(d.subject), d.version); }));
    add("Removed", items.removed.map(function (d) { return withNote(dated(nameOf(d.subject), d.version), d.note); }));
    add("Renamed", items.renamed.map(function (d) {
      return withNote(code(nameOf(d.before)) + " \u2192 " + dated(nameOf(d.subject), d.version), d.note);
    }));
    add("Deprecated", items.deprecated.map(function (d) { return withNote(dated(nameOf(d.subject), d.version), d.note); }));
    add("Came and went", items.cameAndWent.map(cameAndWentText));
    if (items.changed.length) {
      parts.push(part("Changed (" + items.changed.length + ")", [], items.changed.map(function (item) {
        return part(code(item.name), changedLines(item), []);
      })));
    }
    return part(heading, [], parts);
  }
  function changedLines(item) {
    var lines = [];
    ownOf(item, "processesChanged").forEach(function (d) {
      lines.push("Processes: " + processesText(d.before) + " \u2192 " + processesText(d.after));
    });
    ownOf(item, "deprecated").forEach(function (d) { lines.push(withNote("Deprecated in " + d.version, d.note)); });
    lines = lines.concat(addedFieldLines(fieldsOf(item, "added")));
    fieldsOf(item, "removed").forEach(function (d) { lines.push("Field " + code(d.subject.field) + " " + whyRemoved(d)); });
    fieldsOf(item, "renamed").forEach(function (d) { lines.push("Field " + code(d.before.field) + " " + whyRenamed(d)); });
    fieldsOf(item, "typeChanged").forEach(function (d) {
      lines.push("Field " + code(d.subject.field) + ": type " + code(d.before) + " \u2192 " + code(d.after));
    });
    fieldsOf(item, "valuesChanged").forEach(function (d) {
      lines.push("Field " + code(d.subject.field) + ": allowed values " + valuesText(d.before) + " \u2192 " + valuesText(d.after));
    });
    fieldsOf(item, "originChanged").forEach(function (d) {
      lines.push("Field " + code(d.subject.field) + ": comes from " + d.before + " \u2192 " + d.after);
    });
    fieldsOf(item, "deprecated").forEach(function (d) {
      lines.push(withNote("Field " + code(d.subject.field) + " deprecated in " + d.version, d.note));
    });
    fieldsOf(item, "cameAndWent").forEach(function (d) { lines.push("Field " + cameAndWentText(d)); });
    var notes = item.differences.filter(function (d) { return d.type === "noted"; });
    sortedByVersion(notes, function (d) { return d.version; }).forEach(function (d) {
      lines.push(d.version + (d.subject.field === null ? "" : ", field " + code(d.subject.field)) + ": " + d.note);
    });
    return lines;
  }
  /** "Fields added through Auth server request: `mechanism` (2.3.12), ...", one line per origin. */
  function addedFieldLines(addedFields) {
    var byOrigin = new Map();
    addedFields.forEach(function (d) {
      if (!byOrigin.has(d.subject.origin)) { byOrigin.set(d.subject.origin, []); }
      byOrigin.get(d.subject.origin).push(dated(d.subject.field, d.version));
    });
    var lines = [];
    byOrigin.forEach(function (fields, origin) {
      var heading = origin === OWN ? "Fields added" : (origin === GLOBAL ? "Global fields added" : "Fields added through " + origin);
      lines.push(heading + ": " + fields.join(", "));
    });
    return lines;
  }
  function processesText(processes) { return processes.length === 0 ? "one declaration" : codes(processes); }

  /** The JSON report of the diff from {@code from} to {@code to}, as `eventref diff --format json` writes it. */
  function compareReleases(from, to) {
    return toJson(diff(requireModel(), from, to));
  }
  function requireModel() {
    if (!window.EVENTREF_MODEL) { throw new Error("The model (assets/model-data.js) did not load."); }
    return window.EVENTREF_MODEL;
  }
  window.eventrefCompare = compareReleases;

  /* ---- The page: the report as HTML, as DiffReportHtml and diff-parts.ftlh render it ---- */

  /** Inline Markdown as text and <code>, cut at backticks as InlineText.parse cuts it. */
  function appendInline(parent, markdown) {
    var at = 0;
    while (at < markdown.length) {
      var open = markdown.indexOf("`", at);
      var close = open < 0 ? -1 : markdown.indexOf("`", open + 1);
      if (close < 0) {
        parent.appendChild(window.document.createTextNode(markdown.substring(at)));
        break;
      }
      if (open > at) { parent.appendChild(window.document.createTextNode(markdown.substring(at, open))); }
      var element = window.document.createElement("code");
      element.textContent = markdown.substring(open + 1, close);
      parent.appendChild(element);
      at = close + 1;
    }
    return parent;
  }
  function element(name, markdown) {
    return appendInline(window.document.createElement(name), markdown);
  }
  /** "Changed (3)" -> "changed"; "`mail_opened`" -> "mail-opened", as DiffReportHtml.slug does. */
  function slug(heading) {
    var text = heading.replace(/\(\d+\)/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return text || "part";
  }
  function uniqueId(id, ids) {
    var candidate = id;
    for (var n = 2; ids.has(candidate); n++) { candidate = id + "-" + n; }
    ids.add(candidate);
    return candidate;
  }
  function renderPart(view, level, prefix, ids) {
    var id = uniqueId(prefix + slug(view.heading), ids);
    var section = window.document.createElement("section");
    section.setAttribute("aria-labelledby", id);
    var heading = element("h" + level, view.heading);
    heading.id = id;
    section.appendChild(heading);
    if (view.lines.length) {
      var list = window.document.createElement("ul");
      view.lines.forEach(function (line) { list.appendChild(element("li", line)); });
      section.appendChild(list);
    }
    view.parts.forEach(function (child) { section.appendChild(renderPart(child, Math.min(level + 1, 6), id + "-", ids)); });
    return section;
  }
  /** The report under the page's h1: its title as h2, its parts from h3 on. */
  function renderReport(container, report) {
    var words = reportDocument(report);
    container.appendChild(element("h2", words.title));
    container.appendChild(element("p", words.summary));
    var ids = new Set();
    words.parts.forEach(function (view) { container.appendChild(renderPart(view, 3, "", ids)); });
  }

  var form = window.document.getElementById("compare-form");
  var fromSelect = window.document.getElementById("compare-from");
  var toSelect = window.document.getElementById("compare-to");
  var result = window.document.getElementById("compare-result");
  var status = window.document.getElementById("compare-status");
  if (!form || !fromSelect || !toSelect || !result || !status) { return; }

  function listed(select, version) {
    return Array.prototype.some.call(select.options, function (option) { return option.value === version; });
  }
  function say(message, problem) {
    status.textContent = message;
    status.classList.toggle("compare-problem", problem);
  }
  /** Shows the report from {@code from} to {@code to}, or says why there is none. */
  function show(from, to) {
    result.textContent = "";
    if (!window.EVENTREF_MODEL) {
      say("The model of the reference (assets/model-data.js) did not load, so releases cannot be compared here. "
          + "The reports between consecutive releases are listed below.", true);
      return;
    }
    if (!isBefore(from, to)) {
      say("\u201cFrom\u201d must be an older release than \u201cTo\u201d: " + from
          + (from === to ? " is the same release." : " is newer than " + to + ".") + " Pick an older release in \u201cFrom\u201d.", true);
      return;
    }
    try {
      renderReport(result, diff(window.EVENTREF_MODEL, from, to));
    } catch (e) {
      result.textContent = "";
      say("The releases could not be compared: " + e.message, true);
      return;
    }
    say("Showing the changes from " + from + " to " + to + ".", false);
  }
  /** Keeps ?from=X&to=Y in the address, so that the comparison can be bookmarked and shared. */
  function remember(from, to) {
    var url = new URL(window.location.href);
    url.searchParams.set("from", from);
    url.searchParams.set("to", to);
    try { window.history.replaceState(null, "", url.toString()); } catch (e) { /* file:// in some browsers */ }
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    remember(fromSelect.value, toSelect.value);
    show(fromSelect.value, toSelect.value);
  });

  var params = new URL(window.location.href).searchParams;
  var unknown = [];
  [["from", fromSelect], ["to", toSelect]].forEach(function (entry) {
    var asked = params.get(entry[0]);
    if (asked === null) { return; }
    var version = normalizeVersion(asked);
    if (version !== null && listed(entry[1], version)) {
      entry[1].value = version;
    } else {
      unknown.push(asked);
    }
  });
  if (unknown.length) {
    say("No release is called " + unknown.map(function (name) { return "\u201c" + name + "\u201d"; }).join(" or ")
        + ". Pick two releases from the lists.", true);
  } else {
    show(fromSelect.value, toSelect.value);
  }
})();
