# METADATA
# title: Broken anchor
# description: An in-document link "#anchor" matches no heading's anchor (GitHub's slug rules, with "-1", "-2" suffixes for repeated headings).
# custom:
#   id: broken-anchor
#   gate: hygiene
#   severity: error
#   why: A table of contents or cross-reference that leads nowhere sends readers hunting; it usually means a heading was renamed and the links were not.
#   example_bad: |
#     See [the API](#api-specification).
#
#     ### API Design
#   example_good: |
#     See [the API](#api-design).
#
#     ### API Design
package addlint.rules.hygiene["broken-anchor"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at(link)) if {
	slugs := _slugs
	some link in input.links
	startswith(link.target, "#")
	anchor := substring(link.target, 1, -1)
	wanted := lower(anchor)
	known := wanted in slugs # the usual case, checked before the others
	known == false # (cheaper than a negation)
	not _known(anchor)
	longer := object.get(_by_part, wanted, [])
	msg := sprintf(`Link %q points to "#%s", which matches no heading: use the anchor of an existing heading%s`, [link.text, anchor, _hint(wanted, longer)])
}

# _slugs holds every heading's anchor, lower-cased: the parser's slugs are
# (github-slugger lower-cases every letter), so they are taken as they are,
# without a builtin call per heading.
_slugs := {s.slug | some s in input.sections}

# The empty anchor and "#top" go to the top of the page.
_known("")

_known(anchor) if lower(anchor) == "top"

_known(anchor) if lower(anchor) in _slugs

_known(anchor) if lower(_decoded(anchor)) in _slugs

# _decoded percent-decodes an anchor such as "%E6%A6%82%E8%A6%81"; undefined
# when it holds a malformed escape (so urlquery.decode cannot fail).
_decoded(anchor) := urlquery.decode(anchor) if {
	contains(anchor, "%")
	regex.match(`^(?:[^%]|%[0-9A-Fa-f]{2})*$`, anchor)
}

# _hint suggests the heading whose anchor the link most likely meant: one
# whose anchor starts or ends with the link's anchor at a "-" (words or
# numbering dropped; longer lists those), or one whose anchor the link's
# starts or ends with (words or numbering added).
_hint(wanted, longer) := sprintf(`, e.g. "#%s"`, [slug]) if {
	shorter := [part | some part in _dash_parts(wanted); part in _slugs]
	candidates := sort({s | some s in array.concat(longer, shorter)})
	slug := candidates[0]
} else := ""

# _by_part maps each proper dash-separated prefix or suffix of a heading
# anchor to the anchors that have it ("summary" and "executive" to
# "executive-summary").
_by_part := {part: slugs |
	some [part, _] in _slug_parts
	slugs := [slug | some [other, slug] in _slug_parts; other == part]
}

_slug_parts := [[part, slug] |
	some slug in _slugs
	some part in _dash_parts(slug)
]

# _dash_parts lists the proper prefixes and suffixes of text that end or
# start at a "-".
_dash_parts(text) := [part |
	parts := split(text, "-")
	n := count(parts)
	n > 1
	some k in numbers.range(1, n - 1)
	some part in [concat("-", array.slice(parts, k, n)), concat("-", array.slice(parts, 0, k))]
	part != ""
]
