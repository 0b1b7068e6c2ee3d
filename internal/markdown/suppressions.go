package markdown

import (
	"bytes"
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// suppressionKinds maps comment prefixes to kinds, longest first.
var suppressionKinds = []struct{ prefix, kind string }{
	{"addlint-disable-next-line", model.SuppressDisableNextLine},
	{"addlint-disable-file", model.SuppressDisableFile},
	{"addlint-disable", model.SuppressDisable},
	{"addlint-enable", model.SuppressEnable},
}

// scanComments records the suppression comments in src[start:end].
func (b *builder) scanComments(start, end int) {
	end = min(end, len(b.src))
	for start < end {
		s := b.src[start:end]
		open := bytes.Index(s, []byte("<!--"))
		if open < 0 {
			return
		}
		closing := bytes.Index(s[open+4:], []byte("-->"))
		if closing < 0 {
			return
		}
		body := string(bytes.TrimSpace(s[open+4 : open+4+closing]))
		commentEnd := start + open + 4 + closing + 3
		b.suppression(body, start+open, commentEnd-1)
		start = commentEnd
	}
}

// suppression records one comment body if it is an addlint directive.
func (b *builder) suppression(body string, at, last int) {
	for _, k := range suppressionKinds {
		rest, ok := strings.CutPrefix(body, k.prefix)
		if !ok || (rest != "" && !strings.ContainsAny(rest[:1], " \t\n,")) {
			continue
		}
		rest, _, _ = strings.Cut(rest, "--") // "-- reason" is a comment
		rules := strings.FieldsFunc(rest, func(r rune) bool {
			return r == ',' || r == ' ' || r == '\t' || r == '\n'
		})
		if rules == nil {
			rules = []string{}
		}
		line, col := b.pos(at)
		s := model.Suppression{Rules: rules, Kind: k.kind, Line: line, Column: col}
		switch k.kind {
		case model.SuppressDisableNextLine:
			next := min(b.line(last)+1, b.doc.Lines)
			s.FromLine, s.ToLine = next, next
		case model.SuppressDisableFile:
			s.FromLine, s.ToLine = 1, b.doc.Lines
		}
		b.doc.Suppressions = append(b.doc.Suppressions, s)
		return
	}
}

// resolveSuppressions sets the lines of every disable: from its own line
// to the line before the first later enable that names no rule or shares a
// rule with it, else to the end of the file. Enables get 0/0.
func resolveSuppressions(sups []model.Suppression, lines int) {
	var open []int
	byRule := map[string][]int{}
	ended := make([]bool, len(sups))
	end := func(i, enableLine int) {
		if !ended[i] {
			ended[i] = true
			sups[i].ToLine = max(enableLine-1, sups[i].FromLine)
		}
	}
	for i := range sups {
		s := &sups[i]
		switch s.Kind {
		case model.SuppressDisable:
			s.FromLine, s.ToLine = s.Line, lines
			open = append(open, i)
			for _, r := range s.Rules {
				byRule[r] = append(byRule[r], i)
			}
		case model.SuppressEnable:
			s.FromLine, s.ToLine = 0, 0
			if len(s.Rules) == 0 {
				for _, j := range open {
					end(j, s.Line)
				}
				open = open[:0]
				clear(byRule)
				continue
			}
			for _, r := range s.Rules {
				for _, j := range byRule[r] {
					end(j, s.Line)
				}
				delete(byRule, r)
			}
		}
	}
}
