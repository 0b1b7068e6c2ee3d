package addlint.lib

# section is the first section of the document matching the profile key (a key
# of data.addlint.profile.required_sections or of a required_subsections list),
# by title or alias after normalize_title. Top-level keys match headings of any
# level; a subsection is searched among the descendants of its parent's section
# when that exists, else anywhere. Undefined when absent.
section(key) := section_by_key[key]

# section_by_key maps each profile key the document has to its section (what
# section(key) gives), built once per evaluation, for a rule that visits every
# present key or looks many up: a reference into it costs less than a call of
# section(). It is built by the fast search in the usual case (each key's one
# section, less the strays, which are usually none: then nothing is removed),
# else by the general search (_top_index and _sub_index).
section_by_key := _fast_first if {
	_fast
	count(_fast_strays) == 0
} else := object.remove(_fast_first, _fast_strays) if {
	_fast
} else := {key: input.sections[i] | some key, i in object.union(_top_index, _sub_index)}

# _section_by_key is section_by_key under the name the per-rule cost
# benchmark (internal/policy) measures as the section index.
_section_by_key := section_by_key

# holds is true when the element (table, field, code block, ...) or section
# sits in the section or one of its subsections.
# The element's section is sec's id, or starts with it and a "/" (tested as
# in elements.rego: no string built per call).
holds(sec, element) if {
	section := element.section
	startswith(section, sec.id)
	substring(section, count(sec.id), 1) in {"", "/"}
}

holds(sec, element) if {
	not element.section
	startswith(element.id, concat("", [sec.id, "/"]))
}

# subsections lists every descendant section of sec, in document order.
subsections(sec) := [s |
	prefix := concat("", [sec.id, "/"])
	some s in input.sections
	startswith(s.id, prefix)
]

# section_names is the set of normalized names (title and aliases) of a
# profile key.
section_names(key) := {name | some [k, name] in _spec_names; k == key}

# normalized_titles holds normalize_title of every section title, aligned with
# input.sections: the normalized_title the parser gave each section, or (for
# a hand-written input lacking it) normalize_title of its title. Which one is
# decided once, on the first section, not per section.
normalized_titles := [s.normalized_title | some s in input.sections] if {
	input.sections[0].normalized_title != ""
} else := [normalize_title(object.get(s, "title", "")) | some s in input.sections]

# profile_index is what section() needs from the profile data alone:
# name_keys maps each normalized title or alias to the sorted keys it names,
# top_keys lists the top-level keys, parent_keys maps each subsection key to
# the sorted keys of the sections listing it. For the fast search: name_key
# maps each name naming one key to it, children maps each top-level parent key
# to the subsection keys (not top-level keys) listed by it alone, and simple is true
# when every name names one key and every subsection key that is not a
# top-level key has one parent. The Go engine evaluates it once when it loads
# the policies and stores it as data.addlint.prepared.profile_index, so that
# evaluating a document does not normalize the profile's names again.
profile_index := {
	"name_keys": {name: sort(keys) | some name, keys in _name_keys},
	"top_keys": sort(_top_keys),
	"parent_keys": {key: sort(parents) | some key, parents in _parent_keys},
	"name_key": {name: key | some name, keys in _name_keys; count(keys) == 1; some key in keys},
	"children": {parent: sort(children) | some parent, children in _children},
	"simple": _simple_profile,
	"fillers": _fillers,
	"gate_keywords": _gate_keywords,
	"quality_keys": _normalized_names(object.get(data.addlint.profile, "quality_attribute_fields", ["Quality Attributes", "Non-Functional Requirements"])),
	"integration_names": _normalized_names(object.get(data.addlint.profile, "integration_fields", ["Integration Points", "External Dependencies"])),
	"metric_pattern": _metric_pattern,
	"generic_title_words": [word | some word in object.get(data.addlint.profile, "generic_title_words", [])],
	"wordy_fillers": _wordy_fillers,
	"filler_pattern": _filler_pattern,
}

# _filler_pattern matches a lower-cased, trimmed text that filler calls a
# filler: empty, a bracketed placeholder or one of the profile's fillers
# (each quoted, so that it matches itself only). Lower-casing changes no
# bracket, so filler(text) is regex.match(_filler_pattern,
# lower(trim_space(text))).
_filler_pattern := concat("", [`^(?:(?:\[[^\]]*\])?`, concat("", quoted), `)$`]) if {
	quoted := [concat("", ["|", regex.replace(filler, `[\\.+*?()|\[\]{}^$]`, `\$0`)]) |
		some filler in object.get(data.addlint.profile, "fillers", [])
		is_string(filler)
	]
}

# _wordy_fillers are the profile's fillers of three words or more that are
# not a bracketed placeholder (rule stack-rationale tests the others with
# one regex).
_wordy_fillers := [filler |
	some filler in object.get(data.addlint.profile, "fillers", [])
	is_string(filler)
	regex.match(`^(\S*(\s+\S+)?|\[[^\]]*\])$`, filler) == false
]

# _normalized_names is the set of the names normalized (normalize_title),
# or null when one is not a string (normalize_title would fail on it: the
# rule reading them then normalizes them itself, failing as it would).
_normalized_names(names) := normalized if {
	strings := [name | some name in names; is_string(name)]
	count(strings) == count([1 | some _ in names])
	normalized := {normalize_title(name) | some name in strings}
} else := null

# _metric_pattern matches a metric keyword of the profile (metric_keywords)
# at the start of a word of a lower-cased field key (rule
# perf-target-numeric); null when there are none or they are not a list of
# strings (the rule then builds it itself, failing as it would).
_metric_pattern := concat("", [`(^|[^a-z0-9])(`, concat("|", keywords), ")"]) if {
	keywords := object.get(data.addlint.profile, "metric_keywords", [])
	is_array(keywords)
	count(keywords) > 0
	count([1 | some keyword in keywords; is_string(keyword)]) == count(keywords)
} else := null

# _gate_keywords pairs each gate keyword of the profile, lower-cased, with
# its gate (rule gate-claim). It is null when a keyword is not a string
# (lower would fail on it): gate-claim then lower-cases the profile's
# keywords itself, failing as it would.
_gate_keywords := keywords if {
	keywords := [[lower(keyword), name] |
		some name, spec in data.addlint.profile.gates
		some keyword in spec.keywords
		is_string(keyword)
	]
	count(keywords) == count([1 | some spec in data.addlint.profile.gates; some _ in spec.keywords])
} else := null

_top_keys := {spec.key | some spec in _top_specs}

# _children maps each top-level parent key to the subsection keys only it
# lists (a subsection listed under a key that is not top-level is searched
# anywhere).
_children[parent] contains key if {
	some key, parents in _parent_keys
	not key in _top_keys
	count(parents) == 1
	some parent in parents
	parent in _top_keys
}

default _simple_profile := false

_simple_profile if {
	every _, keys in _name_keys {
		count(keys) == 1
	}
	every key, parents in _parent_keys {
		_one_parent_or_top(key, parents)
	}
}

_one_parent_or_top(key, _) if key in _top_keys

_one_parent_or_top(_, parents) if count(parents) == 1

# _index is the profile index the engine prepared, or (when evaluated without
# the engine, as by opa test) the one computed from the profile data.
_index := prepared if {
	prepared := data.addlint.prepared.profile_index
} else := profile_index

# profile_facts is the profile index for rules (see profile_index for what
# it holds, such as fillers, gate_keywords or metric_pattern): prepared once
# by the engine when it loads the policies, else computed from the profile
# data.
profile_facts := _index

_top_specs := object.get(data.addlint.profile, "required_sections", [])

_sub_lists := object.get(data.addlint.profile, "required_subsections", {})

_all_specs := array.concat(_top_specs, [spec | some list in _sub_lists; some spec in list])

# _spec_names pairs each profile key with each of its normalized names.
_spec_names := [[spec.key, normalize_title(name)] |
	some spec in _all_specs
	some name in array.concat([spec.title], object.get(spec, "aliases", []))
]

# _name_keys maps a normalized name to the set of profile keys it names.
_name_keys[name] contains key if {
	some [key, name] in _spec_names
}

# _parent_keys maps a subsection key to the keys of the sections listing it.
_parent_keys[key] contains parent_key if {
	some parent_key, list in _sub_lists
	some spec in list
	key := spec.key
}

# The fast search. When the profile is simple, no key is named twice
# and no title ends with ")", each key has one candidate section: it is the
# key's section, unless the key is a subsection key whose parent section is
# present and does not hold it.
#
# _key_by_index maps the index of each section whose title names a key (by the
# parser's normalized_title) to that key.
_key_by_index := {i: key |
	name_key := _index.name_key
	some i, s in input.sections
	key := name_key[s.normalized_title]
}

# _fast is true when the fast search applies: the parser gave the titles'
# normalized forms (see normalized_titles), the profile is simple, no key is named
# twice and no title ends with ")".
_fast if {
	input.sections[0].normalized_title != ""
	_index.simple == true
	count({key | some key in _key_by_index}) == count(_key_by_index)
	strings.any_suffix_match(normalized_titles, ")") == false
}

# _fast_first maps each key found to its one section.
_fast_first := {key: sections[i] | sections := input.sections; some i, key in _key_by_index}

# _fast_strays holds the subsection keys found outside the section of their
# parent, when that is present. The part of a section's id after its
# parent's id starts with "/" exactly when the section is inside the parent's
# (ids never start with "/", so one that does not start with the parent's id
# fails too). A direct child of the parent's section (by its parent field)
# is inside it, which is tested first.
_fast_strays := {key |
	first := _fast_first
	some parent, children in _index.children
	parent_id := first[parent].id
	some key in children
	section := first[key]
	section.parent != parent_id # not a direct child (the usual case, one builtin call)
	startswith(trim_prefix(section.id, parent_id), "/") == false
}

# The general search. _hits pairs each profile key with the index of each
# section whose title names it, sorted by key and then index. A title also
# answers to its form without a trailing parenthesis ("Executive Summary
# (核心愿景)").
_hits := sort(array.concat(
	[[key, i] |
		name_keys := _index.name_keys
		some i, title in normalized_titles
		some key in name_keys[title]
	],
	[[key, i] |
		name_keys := _index.name_keys
		some i, title in normalized_titles
		endswith(title, ")")
		short := regex.replace(title, `\s*\([^()]*\)$`, "")
		short != title
		some key in name_keys[short]
	],
))

# _first maps each key some title names to the first section naming it: the
# first of its run in _hits (the entry before it has another key).
_first := {key: i |
	some n, [key, i] in _hits
	_hits_before[n][0] != key
}

# _hits_before is _hits shifted by one: _hits_before[n] is the entry before
# _hits[n].
_hits_before := array.concat([[null, null]], _hits)

# _top_index maps each top-level key to the first section it names.
_top_index := {key: i |
	some key in _index.top_keys
	i := _first[key]
}

# _sub_hits keeps the _hits of subsection keys whose section lies inside the
# section of a parent key listing them, or anywhere when that parent is
# absent (its _top_dirs entry then defaults to "", a prefix of every id).
# A key that is also a top-level key is left to _top_index.
_sub_hits := [[key, i] |
	parent_keys := _index.parent_keys
	top_keys := _index.top_keys
	some [key, i] in _hits
	parents := parent_keys[key]
	not key in top_keys
	some parent in parents
	startswith(input.sections[i].id, object.get(_top_dirs, parent, ""))
]

# _sub_index maps each subsection key to the first section it names inside
# the section of a parent key listing it (anywhere when that parent is
# absent): the first of its run in _sub_hits.
_sub_index := {key: i |
	some n, [key, i] in _sub_hits
	_sub_hits_before[n][0] != key
}

# _sub_hits_before is _sub_hits shifted by one, as _hits_before.
_sub_hits_before := array.concat([[null, null]], _sub_hits)

# _top_dirs maps each top-level key found to its section's id and a "/".
_top_dirs := {key: concat("", [input.sections[i].id, "/"]) | some key, i in _top_index}
