package addlint.lib

# section is the first section of the document matching the profile key (a key
# of data.addlint.profile.required_sections or of a required_subsections list),
# by title or alias after normalize_title. Top-level keys match headings of any
# level; a subsection is searched among the descendants of its parent's section
# when that exists, else anywhere. Undefined when absent.
section(key) := _section_by_key[key]

# _section_by_key maps each profile key the document has to its section, built
# once per evaluation. Top-level and subsection keys never overlap
# (_sub_index leaves the top-level keys out).
_section_by_key := object.union(
	{key: input.sections[i] | some key, i in _sub_index},
	{key: input.sections[i] | some key, i in _top_index},
)

# holds is true when the element (table, field, code block, ...) or section
# sits in the section or one of its subsections.
holds(sec, element) if element.section == sec.id

holds(sec, element) if startswith(element.section, concat("", [sec.id, "/"]))

holds(sec, element) if {
	not element.section
	startswith(element.id, concat("", [sec.id, "/"]))
}

# subsections lists every descendant section of sec, in document order.
subsections(sec) := [input.sections[i] | some i in sort(object.get(_subsection_groups, sec.id, set()))]

# _subsection_groups maps a section id to the indexes of the sections under
# it, built once per evaluation: "a/b/c" is under "a" and "a/b".
_subsection_groups[holder] contains i if {
	some i, s in input.sections
	holders := _holder_ids(s.id)
	some holder in array.slice(holders, 0, count(holders) - 1)
}

# section_names is the set of normalized names (title and aliases) of a
# profile key.
section_names(key) := {name | some [k, name] in _spec_names; k == key}

# normalized_titles holds normalize_title of every section title, aligned with
# input.sections.
normalized_titles := [normalize_title(object.get(s, "title", "")) | some s in input.sections]

# _title_forms holds, aligned with input.sections, the names a heading answers
# to: its normalized title and, for "Executive Summary (核心愿景)", the title
# without the trailing parenthesis.
_title_forms := [_forms(title) | some title in normalized_titles]

_forms(title) := {title, regex.replace(title, `\s*\([^()]*\)$`, "")} if {
	endswith(title, ")")
} else := {title}

_top_specs := object.get(data.addlint.profile, "required_sections", [])

_sub_lists := object.get(data.addlint.profile, "required_subsections", {})

_all_specs := array.concat(_top_specs, [spec | some list in _sub_lists; some spec in list])

_top_keys := {spec.key | some spec in _top_specs}

# _spec_names pairs each profile key with each of its normalized names.
_spec_names := [[spec.key, normalize_title(name)] |
	some spec in _all_specs
	some name in array.concat([spec.title], object.get(spec, "aliases", []))
]

# _name_keys maps a normalized name to the set of profile keys it names.
_name_keys[name] contains key if {
	some [key, name] in _spec_names
}

# _section_keys pairs each profile key with the index of each section whose
# title names it, in one pass over the sections.
_section_keys := [[key, i] |
	some i, forms in _title_forms
	some form in forms
	some key in object.get(_name_keys, form, set())
]

# _key_sections maps a profile key to the indexes of the sections named so.
_key_sections[key] contains i if {
	some [key, i] in _section_keys
}

_top_index := {key: min(candidates) |
	some key, candidates in _key_sections
	key in _top_keys
}

_sub_index := {key: min(candidates) |
	some key, named in _key_sections
	not key in _top_keys
	candidates := {i | some i in named; _in_some_parent(key, i)}
	count(candidates) > 0
}

# _parent_keys maps a subsection key to the keys of the sections listing it.
_parent_keys[key] contains parent_key if {
	some parent_key, list in _sub_lists
	some spec in list
	key := spec.key
}

# _in_some_parent is true when section i may be the subsection key: it lies
# under the section of a parent key listing it, or that parent is absent.
_in_some_parent(key, i) if {
	some parent_key in _parent_keys[key]
	_in_scope(parent_key, input.sections[i])
}

_in_scope(parent_key, sec) if startswith(sec.id, concat("", [input.sections[_top_index[parent_key]].id, "/"]))

_in_scope(parent_key, _) if not _top_index[parent_key]
