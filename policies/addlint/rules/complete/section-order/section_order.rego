# METADATA
# title: Section order
# description: Required H2 sections appear out of the template's order (one finding per section that has to move, at its heading).
# custom:
#   id: section-order
#   gate: complete
#   severity: warning
#   why: Reviewers read many designs; the template's order lets them find each answer in the same place every time.
#   example_bad: |
#     ## Executive Summary
#     ## Architecture Overview
#     ## System Context
#   example_good: |
#     ## Executive Summary
#     ## System Context
#     ## Architecture Overview
package addlint.rules.complete["section-order"]

import data.addlint.lib

# The present required sections in document order, each with its place in the
# template. The sections that have to move are those outside the longest run
# that is already in template order (keeping earlier headings on ties). With
# more than _max_exact sections the search would be too large, and a section
# is reported when a section the template puts after it comes before it.

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(entry.section)) if {
	_out_of_order
	some position in _misplaced
	entry := _present[position]
	msg := sprintf(`Section %q is out of the template's order: move it %s`, [entry.section.title, _where(entry.rank)])
}

_specs := data.addlint.profile.required_sections

# _present lists {rank, section} for each present required section, in
# document order (a heading matched by two keys counts once, with the
# earlier key's rank): the first entry of each line in _sorted.
_present := [{"rank": rank, "section": section} |
	before := _sorted_before
	some n, [line, rank, section] in _sorted
	before[n][0] != line
]

# _sorted holds [heading line, rank, section] for each key of a present
# required section, sorted (by line, then rank).
_sorted := sort([[s.line, j, s] |
	index := lib.section_by_key
	some j, spec in _specs
	s := index[spec.key]
])

# _sorted_before is _sorted shifted by one: _sorted_before[n] is the entry
# before _sorted[n].
_sorted_before := array.concat([[null, null, null]], _sorted)

_n := count(_present)

_max_exact := 12

# _out_of_order is true when the ranks do not rise along the document (they
# are distinct, so they rise exactly when they are already sorted). When the
# heading lines rise along the template (checked first, without _present),
# the ranks rise along the document.
_out_of_order if {
	_lines != sort(_lines)
	ranks := [entry.rank | some entry in _present]
	ranks != sort(ranks)
}

# _lines lists the heading line of each present required section, in the
# template's order.
_lines := [s.line |
	index := lib.section_by_key
	some spec in _specs
	s := index[spec.key]
]

_misplaced contains position if {
	_out_of_order
	_n <= _max_exact
	mask := _best_mask
	bit_of := _bits
	some position in numbers.range(0, _n - 1)
	bits.and(mask, bit_of[position]) == 0
}

_misplaced contains position if {
	_out_of_order
	_n > _max_exact
	some position, entry in _present
	some earlier in array.slice(_present, 0, position)
	earlier.rank > entry.rank
}

# _best_mask is the largest set of positions (as bits, the first position
# highest) whose ranks rise strictly, the one keeping earlier headings on
# ties. A set rises strictly when it holds no inverted pair. A position in no
# inverted pair is in every such largest set (adding it keeps a set rising),
# so only the subsets of the other positions are tried. The rules' values
# are bound once, before the loop over the subsets.
_best_mask := max({[free_count + count(chosen), mask] |
	pairs := _inverted_pairs
	conflicted := _conflicted_bits
	free_mask := _free_mask
	free_count := _free_count
	some choice in numbers.range(0, bits.lsh(1, count(conflicted)) - 1)
	chosen := [b | some k, b in conflicted; bits.and(choice, bits.lsh(1, k)) != 0]
	mask := free_mask + sum(chosen)
	count([pair | some pair in pairs; bits.and(mask, pair) == pair]) == 0
})[1]

# _conflicted_bits holds the bit of each position in an inverted pair, in
# position order; _free_mask and _free_count cover the other positions.
_conflicted_bits := [b | paired := _paired; some position, b in _bits; position in paired]

_free_bits := [b | paired := _paired; some position, b in _bits; not position in paired]

_free_mask := sum(_free_bits)

_free_count := count(_free_bits)

# _inverted_positions holds [i, j] for each pair of positions i < j whose
# ranks do not rise (j runs over the positions after i, by slicing).
_inverted_positions contains [i, j] if {
	present := _present
	n := count(present)
	some i, a in present
	some k, b in array.slice(present, i + 1, n)
	a.rank >= b.rank
	j := (i + 1) + k
}

# _paired holds each position that is in an inverted pair.
_paired contains position if {
	some pair in _inverted_positions
	some position in pair
}

# _inverted_pairs holds, as bits, each pair of positions whose ranks do not
# rise.
_inverted_pairs contains bits.or(bit_of[i], bit_of[j]) if {
	bit_of := _bits
	some [i, j] in _inverted_positions
}

# _bits holds the bit of each position: earlier positions get higher bits,
# so that among runs of equal length the largest mask keeps earlier
# headings.
_bits := [bits.lsh(1, (n - 1) - position) |
	n := _n
	some position in numbers.range(0, n - 1)
]

_where(rank) := sprintf(`before %q`, [_kept_title(after)]) if {
	after := min({e.rank | some e in _kept; e.rank > rank})
} else := sprintf(`after %q`, [_kept_title(before)]) if {
	before := max({e.rank | some e in _kept; e.rank < rank})
}

_kept := [entry | some position, entry in _present; not position in _misplaced]

_kept_title(rank) := lib.section(_specs[rank].key).title
