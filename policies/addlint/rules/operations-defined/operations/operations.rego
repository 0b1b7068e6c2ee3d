# METADATA
# title: Operations defined
# description: Operational Architecture lacks non-empty deployment content or non-empty monitoring/observability content (one finding for each part missing).
# custom:
#   id: operations
#   gate: operations-defined
#   severity: status-scaled
#   why: A system nobody knows how to ship or watch fails in production; deployment and monitoring are what the on-call team inherits.
#   example_bad: |
#     ## Operational Architecture
#     ### Deployment Strategy
#     TBD
#   example_good: |
#     ## Operational Architecture
#     ### Deployment Strategy
#     Blue/green deployment on EKS through Argo CD; rollback by switching the service selector.
#     ### Monitoring and Observability
#     Prometheus metrics, Grafana dashboards, PagerDuty alerts on the p99 latency SLO.
package addlint.rules["operations-defined"].operations

import data.addlint.lib

# _parts are the two things Operational Architecture must describe: the
# profile key of the subsection for each, the words that name it, and what
# to tell the author.
_parts := {
	"deployment": {
		"key": "deployment-strategy",
		"pattern": `(?i)(deploy|rollout|roll-out|rolling update|blue[/ -]green|canary|hosting|provisioning)`,
		"advice": "environments, rollout and rollback",
	},
	"monitoring": {
		"key": "monitoring-and-observability",
		"pattern": `(?i)(monitor|observab|telemetry|logging|\blogs?\b|alert|metrics|tracing|dashboard)`,
		"advice": "metrics, logs, traces and alerts",
	},
}

# The subsection exists but says nothing.
report contains lib.finding(rego.metadata.chain(), message, lib.at_section(subsection)) if {
	some part in _uncovered
	spec := _parts[part]
	subsection := lib.section(spec.key)
	message := sprintf("Section %q is empty: describe the %s (%s)", [subsection.title, part, spec.advice])
}

# Nothing in Operational Architecture covers the part.
report contains lib.finding(rego.metadata.chain(), message, lib.at_section(operations)) if {
	some part in _uncovered
	spec := _parts[part]
	not lib.section(spec.key)
	operations := lib.section("operational-architecture")
	message := sprintf(
		"Section %q describes no %s: add a %s subsection (%s)",
		[operations.title, part, _subsection_title(spec.key), spec.advice],
	)
}

# _uncovered are the parts that nothing in Operational Architecture covers
# (none when the section is absent).
_uncovered contains part if {
	operations := lib.section("operational-architecture")
	substantial := _substantial
	some part, spec in _parts
	object.get(substantial, part, false) == false
	not _covered(operations, spec)
}

# _substantial maps to true each part whose profile subsection says
# something in its own text: the usual way _covered holds (its first rule,
# with the first rule of _has_substance), tested here once per part without
# helper calls or negations (lib.filler inlined: the profile index's
# filler_pattern).
_substantial := {part: true |
	pattern := lib.profile_facts.filler_pattern
	index := lib.section_by_key
	some part, spec in _parts
	section := index[spec.key]
	regex.match(pattern, lower(trim_space(section.text))) == false
}

# _covered holds when Operational Architecture covers the part. The ways are
# tried cheapest and likeliest first. The profile's subsection for the part,
# under any alias, with content (the usual case):
_covered(_, spec) if _has_substance(lib.section(spec.key))

# A subsection (or the section itself) named for the part, with content.
_covered(operations, spec) if {
	some s in array.concat([operations], lib.subsections(operations))
	regex.match(spec.pattern, s.title)
	_has_substance(s)
}

# A field, list item, table row or sentence that names the part.
_covered(operations, spec) if {
	some text in _texts(operations)
	regex.match(spec.pattern, text)
}

_texts(operations) := array.concat(
	array.concat(
		[concat(": ", [field.key, field.value]) |
			some field in lib.fields_in(operations)
			not lib.filler(field.value)
		],
		[item.text | some list in lib.lists_in(operations); some item in list.items],
	),
	array.concat(
		[concat(" | ", row.cells) | some table in lib.tables_in(operations); some row in table.rows],
		[s.text | some s in array.concat([operations], lib.subsections(operations))],
	),
)

# _has_substance holds when a section or one of its subsections has content
# that is not a filler or a placeholder. The usual case is tested first: the
# section's own text says something (not lib.filler, inlined: it is neither
# empty nor a bracketed placeholder nor one of the profile's fillers).
_has_substance(section) if {
	text := trim_space(section.text)
	not regex.match(`^(\[[^\]]*\])?$`, text)
	not lower(text) in data.addlint.profile.fillers
}

_has_substance(section) if {
	some s in lib.subsections(section)
	not lib.filler(s.text)
}

_has_substance(section) if count(lib.code_blocks_in(section)) > 0

_has_substance(section) if count(lib.images_in(section)) > 0

_has_substance(section) if count(lib.checklists_in(section)) > 0

_has_substance(section) if {
	some table in lib.tables_in(section)
	some row in table.rows
	some cell in row.cells
	not lib.filler(cell)
}

_has_substance(section) if {
	some list in lib.lists_in(section)
	some item in list.items
	not lib.filler(item.text)
}

_has_substance(section) if {
	some field in lib.fields_in(section)
	not lib.filler(field.value)
}

_subsection_title(key) := spec.title if {
	some spec in data.addlint.profile.required_subsections["operational-architecture"]
	spec.key == key
} else := key
