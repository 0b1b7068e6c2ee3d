package lint

import (
	"cmp"
	"slices"
	"sort"

	"github.com/addlint/addlint/internal/model"
)

// lineRange is an inclusive range of lines.
type lineRange struct{ from, to int }

// suppressionIndex answers model.Suppression.Covers for all of a document's
// suppressions at once, in logarithmic time: a document with a hundred
// thousand comments and as many findings must not take quadratic time.
type suppressionIndex struct {
	all    []lineRange            // ranges silencing every rule
	byRule map[string][]lineRange // ranges silencing one rule
}

// newSuppressionIndex indexes the line ranges of suppressions, merged and
// sorted per rule.
func newSuppressionIndex(suppressions []model.Suppression) *suppressionIndex {
	x := &suppressionIndex{byRule: map[string][]lineRange{}}
	for _, s := range suppressions {
		if s.Kind == model.SuppressEnable || s.FromLine > s.ToLine {
			continue
		}
		r := lineRange{from: s.FromLine, to: s.ToLine}
		if len(s.Rules) == 0 {
			x.all = append(x.all, r)
			continue
		}
		for _, rule := range s.Rules {
			x.byRule[rule] = append(x.byRule[rule], r)
		}
	}
	x.all = mergeRanges(x.all)
	for rule, ranges := range x.byRule {
		x.byRule[rule] = mergeRanges(ranges)
	}
	return x
}

// covers reports whether a suppression silences rule at line.
func (x *suppressionIndex) covers(rule string, line int) bool {
	return inRanges(x.all, line) || inRanges(x.byRule[rule], line)
}

// mergeRanges sorts ranges and merges the overlapping and adjacent ones.
func mergeRanges(ranges []lineRange) []lineRange {
	if len(ranges) < 2 {
		return ranges
	}
	slices.SortFunc(ranges, func(a, b lineRange) int {
		return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.to, b.to))
	})
	merged := ranges[:1]
	for _, r := range ranges[1:] {
		last := &merged[len(merged)-1]
		if r.from-1 <= last.to {
			last.to = max(last.to, r.to)
			continue
		}
		merged = append(merged, r)
	}
	return merged
}

// inRanges reports whether line lies in one of the sorted, disjoint ranges.
func inRanges(ranges []lineRange, line int) bool {
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i].to >= line })
	return i < len(ranges) && ranges[i].from <= line
}
